"""Result cache for ``govlint check``, keyed by everything that can change a finding.

The key hashes govlint's version and the size and modification time of each of its own
source files (an editable or development install changes code without changing the version),
every schema file, the configuration, every model file (path and bytes) and every finding of
reading the model directory (a stray file, an unreadable file, a link that leaves the model, a
special file: the directory can change without any model file changing), in the manner of
ruff and mypy: any change to any input is a different key, so a cached result is never stale.

The cache is data, never code, and is read as untrusted: an entry is a bounded read of a
regular file, parsed as JSON and checked field by field (:meth:`CheckResult.from_json`); a
damaged entry is a miss and is rewritten. ``.govlint_cache`` is opened with ``O_NOFOLLOW``
and everything in it is reached through that directory's descriptor (``dir_fd``), so a
``.govlint_cache`` that is a symbolic link is refused and govlint never writes, prunes or
reads through a link. Entries are written to a temporary file and renamed into place, so two
overlapping runs never see a half-written entry. This module imports nothing heavy: a cache
hit must not pay for yaml, jsonschema or networkx.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from govlint.findings import Finding
from govlint.sources import Refused, SourceFile, read_bounded
from govlint.textsafe import terminal

CACHE_DIR_NAME = ".govlint_cache"
KEEP_ENTRIES = 32
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # a larger entry is a miss
_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
# Without descriptor-relative calls a link could not be refused safely: no cache there.
_SUPPORTED = {os.open, os.unlink, os.rename, os.stat} <= os.supports_dir_fd and hasattr(
    os, "O_NOFOLLOW"
)


def code_fingerprint(package_dir: Path | None = None) -> str:
    """govlint's own code: relative path, size and mtime of every module (about 70 ``stat``
    calls, well under a millisecond; reading and hashing them would cost more than a hit)."""
    root = package_dir or Path(__file__).parent
    parts: list[str] = []
    pending = [str(root)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append(entry.path)
                elif entry.name.endswith(".py"):
                    st = entry.stat()
                    parts.append(f"{entry.path[len(str(root)) :]}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(sorted(parts))


def cache_key(
    files: list[SourceFile],
    read_findings: list[Finding],
    config_fingerprint: str,
    schema_paths: list[Path],
    extra: str = "",
) -> str:
    from govlint import __version__

    h = hashlib.blake2b(digest_size=20)

    def add(text: str) -> None:  # file names need not be UTF-8 (surrogateescape)
        data = text.encode("utf-8", "surrogateescape")
        h.update(len(data).to_bytes(8, "little") + data)

    add(f"govlint {__version__}\0{code_fingerprint()}")
    add(f"{config_fingerprint}\0{extra}")
    for path in schema_paths:
        add(path.name)
        h.update(path.read_bytes())
    for src in files:
        add(src.path)
        h.update(len(src.data).to_bytes(8, "little") + src.data)
    for f in read_findings:  # what reading the directory found, in full
        add(f"{f.code}\0{f.loc.file}\0{f.loc.line}\0{f.loc.column}\0{f.message}\0{f.hint or ''}")
    return h.hexdigest()


def _open_dir(project_root: Path, create: bool) -> int | None:
    """A descriptor of ``.govlint_cache``, never of what a link of that name leads to."""
    if not _SUPPORTED:
        return None
    path = project_root / CACHE_DIR_NAME
    if create:
        try:
            os.mkdir(path)
        except FileExistsError:
            pass
        except OSError:
            return None
    try:
        return os.open(path, _DIR_FLAGS)
    except OSError:
        if create and os.path.islink(path):
            print(
                f"govlint: warning: {terminal(str(path))} is a symbolic link; the result "
                "cache is not used",
                file=sys.stderr,
            )
        return None


def get(project_root: Path, key: str) -> dict[str, Any] | None:
    directory = _open_dir(project_root, create=False)
    if directory is None:
        return None
    try:
        text = read_bounded(f"check-{key}.json", MAX_ENTRY_BYTES, follow=False, dir_fd=directory)
        data = json.loads(text.decode("utf-8"))
    except (OSError, Refused, ValueError, RecursionError):
        return None
    finally:
        os.close(directory)
    return data if isinstance(data, dict) else None


def put(project_root: Path, key: str, data: dict[str, Any]) -> None:
    """Store an entry atomically; a cache that cannot be written is silently skipped."""
    directory = _open_dir(project_root, create=True)
    if directory is None:
        return
    try:
        _write_new(directory, "CACHEDIR.TAG", _TAG)
        _write_new(directory, ".gitignore", b"*\n")
        tmp = f".tmp-{os.getpid()}-{os.urandom(6).hex()}.json"
        _write_new(directory, tmp, json.dumps(data).encode("utf-8"))
        os.replace(tmp, f"check-{key}.json", src_dir_fd=directory, dst_dir_fd=directory)
        _prune(directory)
    except OSError:
        return
    finally:
        os.close(directory)


_TAG = b"Signature: 8a477f597d28d172789f06886806bc55\n# govlint's result cache; safe to delete.\n"


def _write_new(directory: int, name: str, data: bytes) -> None:
    """Create ``name`` in ``directory`` with ``data``; an existing name (or link) is left."""
    try:
        fd = os.open(name, _NEW_FILE, 0o666, dir_fd=directory)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _prune(directory: int) -> None:
    entries: list[tuple[float, str]] = []
    with os.scandir(directory) as scan:
        for entry in scan:
            if entry.name.startswith("check-") and entry.name.endswith(".json"):
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                entries.append((st.st_mtime if stat.S_ISREG(st.st_mode) else 0.0, entry.name))
    for _, name in sorted(entries, reverse=True)[KEEP_ENTRIES:]:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=directory)
