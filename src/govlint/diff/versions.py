"""One side of a diff: a model directory or a git revision, loaded into a resolved model.

An existing directory wins over a revision of the same name; anything else is a revision. A
revision's model directory is the configured one, relative to the repository's top level. A
model that fails to load with errors is refused (a diff of a half-read model would report
phantom removals); warnings are fine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from govlint.diff.gitsource import GitError, model_path_in_repo, read_revision, repo_root, resolve
from govlint.diff.result import Side
from govlint.findings import Finding, Severity
from govlint.model import Model


class VersionError(Exception):
    """A side cannot be read or loaded; ``findings`` holds the loading errors, if any."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


@dataclass
class Version:
    side: Side
    model: Model

    @property
    def model_version(self) -> str:
        agreement = self.model.agreement
        return agreement.model_version if agreement is not None else ""


def errors_of(
    findings: list[Finding], severities: dict[str, Severity | None] | None = None
) -> list[Finding]:
    """The findings that are errors under the rule registry (and configured severities)."""
    from govlint.rules import RULES

    severities = severities or {}
    out = []
    for f in findings:
        default = RULES[f.code].severity if f.code in RULES else Severity.ERROR
        if severities.get(f.code, default) is Severity.ERROR:
            out.append(f)
    return out


def load_directory_version(
    model_dir: Path, label: str, severities: dict[str, Severity | None] | None = None
) -> Version:
    from govlint.engine import load_directory
    from govlint.sources import display_path

    if not model_dir.is_dir():
        raise VersionError(f"model directory '{label}' does not exist")
    loaded = load_directory(model_dir)
    _refuse_errors(label, loaded.findings, severities)
    return Version(Side(label, "directory", None, display_path(model_dir)), loaded.model)


def load_revision_version(
    repo: Path,
    rev: str,
    model_dir: str,
    *,
    commit: str | None = None,
    severities: dict[str, Severity | None] | None = None,
) -> Version:
    from govlint.engine import load_model

    try:
        commit = commit or resolve(repo, rev)
        files, findings = read_revision(repo, commit, model_dir)
    except GitError as exc:
        raise VersionError(str(exc)) from None
    loaded = load_model(files, model_dir)
    _refuse_errors(rev, findings + loaded.findings, severities)
    return Version(Side(rev, "revision", commit, model_dir), loaded.model)


def _refuse_errors(
    label: str, findings: list[Finding], severities: dict[str, Severity | None] | None
) -> None:
    errors = errors_of(findings, severities)
    if errors:
        raise VersionError(
            f"the model in '{label}' does not load: {len(errors)} error(s); "
            "fix them (see `govlint check`) before comparing",
            errors,
        )


def load_version(
    spec: str | None,
    model_dir: Path,
    project_root: Path,
    severities: dict[str, Severity | None] | None = None,
) -> Version:
    """``spec``: a directory, a revision, or None for the working tree's model directory."""
    if spec is None:
        return load_directory_version(model_dir, _shown(model_dir), severities)
    if not spec.startswith("-") and Path(spec).is_dir():
        return load_directory_version(Path(spec), spec, severities)
    if spec.startswith("-"):
        raise VersionError(f"'{spec}' is not a revision: revisions cannot begin with '-'")
    repo = repo_root(project_root)
    if repo is None:
        raise VersionError(
            f"'{spec}' is neither a directory nor, outside a git repository, a revision"
        )
    try:
        rel = model_path_in_repo(repo, model_dir)
    except GitError as exc:
        raise VersionError(str(exc)) from None
    return load_revision_version(repo, spec, rel, severities=severities)


def _shown(path: Path) -> str:
    from govlint.sources import display_path

    return display_path(path)
