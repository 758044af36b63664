"""Read the model files of a git revision without touching the working tree or the index.

``git ls-tree -r -z --long REV -- DIR`` lists the files with their sizes, ``git cat-file
--batch`` reads those within the size limit, all in one process. git runs with list arguments
(never a shell) in the repository's top level. User text never reaches git where it could be
read as an option: a revision beginning with ``-`` is refused before git sees it,
``rev-parse`` gets it after ``--end-of-options``, and later commands get the resolved commit
id or object ids only.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path, PurePosixPath

from govlint.findings import Finding, Loc
from govlint.loadproblems import make_finding
from govlint.sources import IGNORED_NAMES, MAX_FILE_BYTES, YAML_SUFFIXES, SourceFile


class GitError(Exception):
    """A revision cannot be read; the message says why in the user's terms."""


def run_git(
    repo: Path, *args: str, data: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(
            ["git", *args], cwd=repo, input=data, capture_output=True, env=env, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed to read a revision)") from None


def repo_root(start: Path) -> Path | None:
    """The top level of the git working tree containing ``start`` (None outside git)."""
    try:
        proc = run_git(start, "rev-parse", "--show-toplevel")
    except (GitError, OSError):
        return None
    if proc.returncode != 0:
        return None
    return Path(proc.stdout.decode("utf-8", "surrogateescape").strip())


def resolve(repo: Path, rev: str) -> str:
    """The commit id of ``rev``; a clear :class:`GitError` for anything else."""
    if not rev or rev.startswith("-"):
        raise GitError(f"'{rev}' is not a revision: revisions cannot begin with '-'")
    if any(ch in rev for ch in "\0\n\r") or ".." in rev or ":" in rev:
        raise GitError(f"'{rev}' is not a single revision (use a tag, branch or commit)")
    proc = run_git(
        repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"
    )
    if proc.returncode != 0:
        raise GitError(
            f"unknown revision '{rev}': no tag, branch or commit of that name "
            f"(and no directory '{rev}' either){_remote_hint(repo, rev)}"
        )
    return proc.stdout.decode("ascii").strip()


def _remote_hint(repo: Path, rev: str) -> str:
    """ "; did you mean 'origin/x'?" when only a remote-tracking branch has that name."""
    proc = run_git(repo, "for-each-ref", "--format=%(refname:short)", "refs/remotes")
    names = proc.stdout.decode("utf-8", "replace").split() if proc.returncode == 0 else []
    matches = [n for n in names if n.endswith("/" + rev)]
    return f"; did you mean '{matches[0]}'?" if matches else ""


def read_revision(
    repo: Path, commit: str, model_dir: str
) -> tuple[list[SourceFile], list[Finding]]:
    """The model files below ``model_dir`` (posix, relative to ``repo``) at ``commit``.

    Files are filtered as :func:`govlint.sources.read_directory` does: hidden names and READMEs
    are skipped, other non-YAML files become findings. Display paths are relative to the
    repository root, like the working tree's. ``ls-tree --long`` gives every blob's size
    first: a blob over the size limit is a finding and is never read, so at most the limit
    per file reaches memory; a symbolic link (only text in a revision) is a finding, not
    followed. Blobs are then read by object id, so any file name (a newline in it) works.
    """
    spec = model_dir.strip("/") or "."
    proc = run_git(repo, "ls-tree", "-r", "-z", "--long", "--full-tree", commit, "--", spec)
    if proc.returncode != 0:
        raise GitError(
            f"cannot list {spec} at {commit[:10]}: {proc.stderr.decode('utf-8', 'replace').strip()}"
        )
    entries = sorted(_tree_entries(proc.stdout))
    if not entries:
        raise GitError(f"there is no model directory '{spec}' at {commit[:10]}")
    findings: list[Finding] = []
    wanted: list[tuple[str, str]] = []  # (name, object id)
    for name, mode, kind, oid, size in entries:
        parts = PurePosixPath(name).parts
        base = parts[-1]
        if any(p.startswith(".") for p in parts) or base in IGNORED_NAMES or kind != "blob":
            continue  # hidden, a README, or a submodule: not the model's
        if not base.endswith(YAML_SUFFIXES):
            findings.append(
                Finding(
                    "GOV008",
                    f"'{base}' is not a YAML document and does not belong in the model directory",
                    Loc(name),
                    hint="Move it out of the model directory.",
                )
            )
        elif mode == "120000":
            findings.append(
                make_finding(
                    "GOV082",
                    "is a symbolic link; links are not followed in a git revision",
                    Loc(name),
                    "Keep the file itself in the model directory.",
                )
            )
        elif size > MAX_FILE_BYTES:
            findings.append(
                make_finding(
                    "GOV005",
                    f"the file is {size} bytes, over the limit of {MAX_FILE_BYTES}",
                    Loc(name),
                    "split the model into several files",
                )
            )
        else:
            wanted.append((name, oid))
    if not wanted:
        return [], findings
    request = "".join(f"{oid}\n" for _, oid in wanted).encode("ascii")
    proc = run_git(repo, "cat-file", "--batch", data=request)
    if proc.returncode != 0:
        raise GitError(
            f"cannot read files at {commit[:10]}: {proc.stderr.decode('utf-8', 'replace').strip()}"
        )
    files: list[SourceFile] = []
    out, pos = proc.stdout, 0
    for name, _oid in wanted:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] != b"blob":
            continue  # "missing": nothing to read
        size = int(header[2])
        files.append(SourceFile(name, out[pos : pos + size]))
        pos += size + 1
    return files, findings


def _tree_entries(listing: bytes) -> list[tuple[str, str, str, str, int]]:
    """``ls-tree -z --long`` records: (name, mode, type, object id, size; -1 for no blob)."""
    entries = []
    for record in listing.split(b"\0"):
        meta, tab, raw_name = record.partition(b"\t")
        fields = meta.split()
        if not tab or len(fields) != 4:
            continue
        mode, kind, oid, size = (f.decode("ascii", "replace") for f in fields)
        name = raw_name.decode("utf-8", "surrogateescape")
        entries.append((name, mode, kind, oid, int(size) if size.isdigit() else -1))
    return entries


def model_path_in_repo(repo: Path, model_dir: Path) -> str:
    """``model_dir`` relative to the repository's top level, as a posix path."""
    try:
        rel = model_dir.resolve().relative_to(repo.resolve())
    except ValueError:
        raise GitError(
            f"the model directory {model_dir} is not inside the git repository {repo}"
        ) from None
    return rel.as_posix()
