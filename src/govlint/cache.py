"""Result cache for ``govlint check``, keyed by the content of every input.

The key hashes govlint's version and the size and modification time of each of its own
source files (an editable or development install changes code without changing the version),
every schema file, the configuration and every model file (path and bytes), in the manner of
ruff and mypy: any change to any input is a different key, so a cached result is never stale.
Entries are written to a temporary file and renamed into place, so two overlapping runs never
see a half-written entry. This module imports nothing heavy: a cache hit must not pay for
yaml, jsonschema or networkx.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from govlint.sources import SourceFile

CACHE_DIR_NAME = ".govlint_cache"
KEEP_ENTRIES = 32


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
    files: list[SourceFile], config_fingerprint: str, schema_paths: list[Path], extra: str = ""
) -> str:
    from govlint import __version__

    h = hashlib.blake2b(digest_size=20)
    h.update(f"govlint {__version__}\0{code_fingerprint()}\0".encode())
    h.update(f"{config_fingerprint}\0{extra}\0".encode())
    for path in schema_paths:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for src in files:
        h.update(src.path.encode() + b"\0" + len(src.data).to_bytes(8, "little") + src.data)
    return h.hexdigest()


def _dir(project_root: Path) -> Path:
    return project_root / CACHE_DIR_NAME


def get(project_root: Path, key: str) -> dict[str, Any] | None:
    path = _dir(project_root) / f"check-{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def put(project_root: Path, key: str, data: dict[str, Any]) -> None:
    """Store an entry atomically; a cache that cannot be written is silently skipped."""
    import tempfile  # only on a miss: it imports random, shutil and more

    directory = _dir(project_root)
    try:
        directory.mkdir(exist_ok=True)
        tag = directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# govlint's result cache; safe to delete.\n",
                encoding="utf-8",
            )
            (directory / ".gitignore").write_text("*\n", encoding="utf-8")
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, directory / f"check-{key}.json")
        _prune(directory)
    except OSError:
        return


def _prune(directory: Path) -> None:
    entries = sorted(directory.glob("check-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_ENTRIES:]:
        with contextlib.suppress(OSError):
            old.unlink()
