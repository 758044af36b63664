"""Approval records against the versions they approve (rules GOV093 and GOV094).

A record says that version ``N`` was approved, changing version ``P``. Who had to approve is
what the diff from ``P`` to ``N`` names (:mod:`govlint.diff.approval`), so both models are
needed. A version's model is the working tree's when its ``modelVersion`` is that version,
else the commit a version tag marks (``vN`` or ``N``, as :mod:`govlint.diff.history` reads
them), read from git without touching the working tree (:mod:`govlint.diff.gitsource`). The
tag marks the commit; the record is what says it was approved.

``govlint check`` runs :func:`check_records` after the rules (the command, not the engine:
the engine stays below the diff). Its result depends on the tags as well as the files, so the
check's cache key covers them (:mod:`govlint.commands.check`).
"""

from __future__ import annotations

from pathlib import Path

from govlint.diff.catalog import LEVELS
from govlint.diff.compare import diff_models
from govlint.diff.gitsource import GitError, model_path_in_repo, repo_root
from govlint.diff.history import Tag, version_tags
from govlint.diff.versioning import NOT_CONTENT
from govlint.diff.versions import VersionError, load_revision_version
from govlint.findings import Finding
from govlint.model import Model
from govlint.rules.approvals import Approver, check_approvers


class GitHistory:
    """The versions of one model: the working tree's and those git's version tags mark."""

    def __init__(self, model: Model, repo: Path | None, model_dir: str | None) -> None:
        self.model = model
        self.repo = repo
        self.model_dir = model_dir
        self._tags: dict[str, Tag] | None = None
        self._models: dict[str, Model | str] = {}

    @classmethod
    def of_project(cls, model: Model, project_root: Path, model_dir: Path) -> GitHistory:
        repo = repo_root(project_root)
        rel = None
        if repo is not None:
            try:
                rel = model_path_in_repo(repo, model_dir)
            except GitError:
                repo = None
        return cls(model, repo, rel)

    def tags(self) -> dict[str, Tag]:
        """Version -> its tag (``v1.0.0`` wins over ``1.0.0``)."""
        if self._tags is None:
            found = version_tags(self.repo) if self.repo is not None else []
            self._tags = {}
            for tag in sorted(found, key=lambda t: t.name.startswith("v")):
                self._tags[tag.name.removeprefix("v")] = tag
        return self._tags

    def model_of(self, version: str) -> Model | str:
        """The model of ``version``, or why it cannot be found."""
        agreement = self.model.agreement
        if agreement is not None and agreement.model_version == version:
            return self.model
        if version not in self._models:
            self._models[version] = self._load(version)
        return self._models[version]

    def _load(self, version: str) -> Model | str:
        if self.repo is None or self.model_dir is None:
            return (
                f"version {version} is not the working tree's and the model is not in a git "
                "repository whose tags could mark it"
            )
        tag = self.tags().get(version)
        if tag is None:
            return f"version {version} is not the working tree's and no tag v{version} marks it"
        try:
            loaded = load_revision_version(self.repo, tag.name, self.model_dir, commit=tag.commit)
        except VersionError as exc:
            return f"tag {tag.name}: {exc}"
        if loaded.model_version != version:
            return f"tag {tag.name} marks a model whose modelVersion is {loaded.model_version}"
        return loaded.model

    def required_approvers(self, previous: str | None, version: str) -> list[Approver] | str:
        new = self.model_of(version)
        if isinstance(new, str):
            return new
        if previous is None:
            return [Approver("party", p.id, new.text(p.name)) for p in new.parties]
        old = self.model_of(previous)
        if isinstance(old, str):
            return old
        diff = diff_models(old, new)
        out: list[Approver] = []
        seen: set[tuple[str, ...]] = set()
        for level in LEVELS:  # who the weightiest changes need first
            for change in diff.changes:
                if change.level is not level or change.code in NOT_CONTENT:
                    continue
                for key in change.approvers:
                    if key in seen or key[0] == "?":
                        continue
                    seen.add(key)
                    name = diff.name(key)
                    out.append(Approver(key[0], key[-1], name.get(new.lang) if name else key[-1]))
        return out


def check_records(model: Model, project_root: Path, model_dir: Path) -> list[Finding]:
    """GOV093/GOV094 for every approval record of ``model`` (nothing without records)."""
    if not model.approvals or model.agreement is None:
        return []
    history = GitHistory.of_project(model, project_root, model_dir)
    return list(check_approvers(model, history))
