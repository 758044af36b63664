"""Where model files come from: a directory on disk (a git revision is read by the diff).

Kept free of heavy imports: a cache hit reads the files and stops here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from govlint.findings import Finding, Loc

YAML_SUFFIXES = (".yaml", ".yml")
_HERE = Path(__file__).resolve().parent
IGNORED_NAMES = frozenset({"README.md", "README", ".gitkeep"})


@dataclass(frozen=True)
class SourceFile:
    """One model file: its display path (posix, relative) and its bytes."""

    path: str
    data: bytes


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
    """Every file below ``model_dir``, sorted; files that do not belong become findings."""
    files: list[SourceFile] = []
    findings: list[Finding] = []
    shown_root = display_path(model_dir, base)  # resolved once, not per file
    for dirpath, dirnames, filenames in os.walk(model_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        parts = [
            p for p in (shown_root, Path(dirpath).relative_to(model_dir).as_posix()) if p != "."
        ]
        prefix = "/".join(parts) + "/" if parts else ""
        for name in sorted(filenames):
            if name.startswith(".") or name in IGNORED_NAMES:
                continue
            path = Path(dirpath, name)
            shown = prefix + name
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
                files.append(SourceFile(shown, path.read_bytes()))
            except OSError as exc:
                findings.append(
                    Finding("GOV001", f"cannot read the file: {exc.strerror}", Loc(shown))
                )
    return files, findings


def schema_dir() -> Path:
    """The schemas shipped in the wheel (``govlint/schemas``), or the repository's ``schemas/``
    in a source checkout or editable install."""
    packaged = _HERE / "schemas"
    if packaged.is_dir():
        return packaged
    return _HERE.parents[1] / "schemas"


def schema_files() -> list[Path]:
    return sorted(schema_dir().glob("*.schema.json"))
