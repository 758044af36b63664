"""Where model files come from: a directory on disk (a git revision is read by the diff).

Reading is bounded and never blocks: a file is opened without waiting (a FIFO opened for
reading would wait for a writer for ever), must be a regular file (not a FIFO, device or
socket), and its size is checked with ``fstat`` before it is read and again while it is read,
never more than the limit plus one byte (a link to ``/dev/zero`` or a 5 GB file costs nothing).
Symbolic links are followed only to files inside the model directory; a link that leaves it,
a broken link or a link loop, a special file, an unreadable file or directory, and a
directory too large to walk are findings (:data:`govlint.loadproblems.LOADING_CODES`), so a
check never hangs, never reads outside the model, and never drops a file's errors silently.

Kept free of heavy imports: a cache hit reads the files and stops here.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from govlint.findings import Finding, Loc
from govlint.loadproblems import make_finding

YAML_SUFFIXES = (".yaml", ".yml")
_HERE = Path(__file__).resolve().parent
IGNORED_NAMES = frozenset({"README.md", "README", ".gitkeep"})
MAX_FILE_BYTES = 1_048_576  # one model file (GOV005); the loader's Limits.max_bytes
MAX_ENTRIES = 100_000  # directory entries one walk visits (a model of 300 cities has 6 041)

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISLNK, "a symbolic link"),
)


@dataclass(frozen=True)
class SourceFile:
    """One model file: its display path (posix, relative) and its bytes."""

    path: str
    data: bytes


class Refused(Exception):
    """A file that is not read: ``code`` and ``message`` make its finding."""

    def __init__(self, code: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def read_bounded(
    path: str | os.PathLike[str], limit: int, *, follow: bool = True, dir_fd: int | None = None
) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`Refused` for anything else (a special file, a file over the limit) and
    ``OSError`` when the file cannot be opened (``follow=False``: when it is a link)."""
    flags = _OPEN_FLAGS | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(path, flags, dir_fd=dir_fd)
    except OSError:  # a socket cannot be opened at all: say what it is
        st = os.stat(path, dir_fd=dir_fd, follow_symlinks=follow)
        if not stat.S_ISREG(st.st_mode):
            raise _not_a_file(st.st_mode) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_a_file(st.st_mode)
        if st.st_size > limit:
            raise _too_large(st.st_size, limit)
        chunks: list[bytes] = []
        left = limit + 1  # one byte more than allowed tells a file that grew while read
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise _too_large(len(data), limit)
        return data
    finally:
        os.close(fd)


def _not_a_file(mode: int) -> Refused:
    what = next((name for test, name in _SPECIAL_KINDS if test(mode)), "not a file")
    return Refused(
        "GOV081",
        f"is {what}, not a regular file; it is not read",
        "Remove it from the model directory.",
    )


def _too_large(size: int, limit: int) -> Refused:
    return Refused(
        "GOV005",
        f"the file is {size} bytes, over the limit of {limit}",
        "split the model into several files",
    )


def display_path(path: Path, base: Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the working directory) when below it."""
    base = base or Path.cwd()
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_directory(
    model_dir: Path, base: Path | None = None
) -> tuple[list[SourceFile], list[Finding]]:
    """Every model file below ``model_dir``, in walk order (each directory's files by name,
    then its subdirectories by name); files that do not belong or cannot be read become
    findings. Hidden names (``.git``, ``.govlint_cache``) and READMEs are not the model's."""
    files: list[SourceFile] = []
    findings: list[Finding] = []
    shown_root = display_path(model_dir, base)  # resolved once, not per file
    root = os.path.realpath(model_dir)
    budget = MAX_ENTRIES
    pending = [(str(model_dir), "" if shown_root == "." else shown_root + "/")]
    while pending:
        directory, prefix = pending.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            shown = prefix.rstrip("/") or "."
            findings.append(_finding("GOV081", f"cannot read the directory: {_why(exc)}", shown))
            continue
        subdirs = []
        for entry in entries:
            budget -= 1
            if budget < 0:
                findings.append(
                    _finding(
                        "GOV081",
                        f"the model directory holds more than {MAX_ENTRIES} files and "
                        "directories; reading stopped there",
                        shown_root,
                        "Point the model setting at the model's own directory.",
                    )
                )
                return files, findings
            name, shown = entry.name, prefix + entry.name
            if name.startswith("."):
                continue
            path, follow = entry.path, False
            try:
                if entry.is_symlink():
                    path = _inside_target(entry.path, root)
                    follow = True
                    if os.path.isdir(path):
                        continue  # read where it is, inside the model: once, and no loops
                elif entry.is_dir(follow_symlinks=False):
                    subdirs.append((entry.path, shown + "/"))
                    continue
            except Refused as problem:
                findings.append(_finding(problem.code, problem.message, shown, problem.hint))
                continue
            except OSError as exc:
                findings.append(_finding("GOV081", f"cannot read it: {_why(exc)}", shown))
                continue
            if name in IGNORED_NAMES:
                continue
            if not name.endswith(YAML_SUFFIXES):
                findings.append(
                    Finding(
                        "GOV008",
                        f"'{name}' is not a YAML document and does not belong in the "
                        "model directory",
                        Loc(shown),
                        hint="Move it out of the model directory.",
                    )
                )
                continue
            try:
                files.append(SourceFile(shown, read_bounded(path, MAX_FILE_BYTES, follow=follow)))
            except Refused as problem:
                findings.append(_finding(problem.code, problem.message, shown, problem.hint))
            except OSError as exc:
                findings.append(_finding("GOV081", f"cannot read the file: {_why(exc)}", shown))
        pending.extend(reversed(subdirs))
    return files, findings


def _inside_target(link: str, root: str) -> str:
    """Where the symbolic link ``link`` leads, if that is inside ``root``; else Refused."""
    try:
        target = os.path.realpath(link, strict=True)
    except OSError as exc:
        loop = exc.errno == errno.ELOOP
        raise Refused(
            "GOV081",
            "is a symbolic link that leads to itself (a loop)"
            if loop
            else "is a symbolic link to something that does not exist",
            "Remove the link or point it at a model file.",
        ) from None
    if target != root and not target.startswith(root.rstrip(os.sep) + os.sep):
        raise Refused(
            "GOV082",
            "is a symbolic link that leads outside the model directory; it is not followed",
            "Copy the file into the model directory, or remove the link.",
        )
    return target


def _finding(code: str, message: str, shown: str, hint: str | None = None) -> Finding:
    return make_finding(code, message, Loc(shown), hint)


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def schema_dir() -> Path:
    """The schemas shipped in the wheel (``govlint/schemas``), or the repository's ``schemas/``
    in a source checkout or editable install."""
    packaged = _HERE / "schemas"
    if packaged.is_dir():
        return packaged
    return _HERE.parents[1] / "schemas"


def schema_files() -> list[Path]:
    return sorted(schema_dir().glob("*.schema.json"))
