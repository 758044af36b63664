"""Version history ("Muutoshistoria"): every version tag against the one before, as Markdown.

Version tags are ``v1.0.0`` or ``1.0.0`` style (any number of numeric parts, an optional
pre-release suffix such as ``-rc1``, sorted before the release). Other tags are not versions and
are skipped. Tags are read with one ``git for-each-ref refs/tags`` (sorted by creation date, the
tie-break between equal versions); it lists what ``git tag --list`` lists, with dates and the
peeled commit ids, so no tag name is ever passed back to git. Each tagged model is read with
:mod:`govlint.diff.gitsource`, never by checking it out.

The handbook's "Versiohistoria" page calls :func:`version_history_markdown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govlint.diff.compare import diff_models
from govlint.diff.gitsource import GitError, model_path_in_repo, repo_root, run_git
from govlint.diff.i18n import STRINGS, language
from govlint.diff.markdown import escape, render_markdown
from govlint.diff.versions import Version, VersionError, load_revision_version

VERSION = re.compile(r"^v?(\d+(?:\.\d+)*)(?:[-+~]?([0-9A-Za-z.+-]*))?$")


@dataclass(frozen=True)
class Tag:
    name: str
    commit: str
    date: str  # ISO 8601 date (YYYY-MM-DD)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        match = VERSION.match(self.name)
        assert match is not None
        numbers = tuple(int(n) for n in match.group(1).split("."))
        suffix = match.group(2) or ""
        return (numbers + (0,) * (8 - len(numbers)), 0 if suffix else 1, suffix, self.date)


def version_tags(repo: Path) -> list[Tag]:
    """The repository's version tags, oldest version first."""
    proc = run_git(
        repo,
        "for-each-ref",
        "--sort=creatordate",
        "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)",
        "refs/tags",
    )
    if proc.returncode != 0:
        return []
    tags = []
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split("\0")
        if len(parts) != 4 or not VERSION.match(parts[0]):
            continue
        name, obj, peeled, date = parts
        tags.append(Tag(name, peeled or obj, date))
    return sorted(tags, key=lambda t: t.sort_key)


def _date(iso: str, lang: str) -> str:
    if lang != "fi" or not re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        return iso
    year, month, day = iso.split("-")
    return f"{int(day)}.{int(month)}.{year}"


def version_history_markdown(
    repo_root_dir: Path, model_dir: Path, *, level: int = 1, lang: str | None = None
) -> str:
    """The version history page: a heading per version tag (newest first) with its date and
    its changes against the previous version; the first version is described as the initial
    one. Without tags, or outside git, a short note says so. ``level`` is the page heading's
    level; ``lang`` defaults to the newest version's model language (Finnish without one).
    """
    repo = repo_root(repo_root_dir)
    tags = version_tags(repo) if repo is not None else []
    model_dir = model_dir if model_dir.is_absolute() else repo_root_dir / model_dir
    versions: list[tuple[Tag, Version | None, str, int]] = []
    if repo is not None and tags:
        try:
            rel = model_path_in_repo(repo, model_dir)
        except GitError:
            rel = None
        for tag in tags:
            versions.append((tag, *_load(repo, tag, rel)))
    models = [v for _, v, _, _ in versions if v is not None]
    page_lang = language(lang or (models[-1].model.lang if models else "fi"))
    words = STRINGS[page_lang]
    ui: dict[str, str] = words["ui"]
    h = "#" * level
    out = [f"{h} {ui['history_title']}", ""]
    if repo is None or not tags:
        out += [ui["not_git"] if repo is None else ui["no_tags"], ""]
        return "\n".join(out)
    previous: Version | None = None
    sections: list[list[str]] = []
    for tag, version, problem, errors in versions:
        date = _date(tag.date, page_lang)
        part = [f"{h}# {escape(tag.name)} ({date})", ""]
        if version is None:
            part += [ui[problem].format(n=errors), ""]
        elif previous is None:
            part += [ui["initial"], "", ui["initial_counts"].format(**_counts(version)), ""]
        else:
            diff = diff_models(previous.model, version.model)
            span = (
                f" ({ui['model_version']} {escape(previous.model_version)} → "
                f"{escape(version.model_version)})"
                if previous.model_version or version.model_version
                else ""
            )
            part += [ui["against"].format(prev=escape(previous.side.label)) + span, ""]
            body = render_markdown(
                diff,
                previous.side,
                version.side,
                level=level + 1,
                marker=False,
                title=False,
                by_approver=False,
                lang=page_lang,
            )
            part += [body.rstrip("\n"), ""]
        if version is not None:
            previous = version
        sections.append(part)
    for part in reversed(sections):
        out += part
    return "\n".join(out).rstrip("\n") + "\n"


def _load(repo: Path, tag: Tag, rel: str | None) -> tuple[Version | None, str, int]:
    """The tagged model, or why not: ("no_model" | "unreadable", number of errors)."""
    if rel is None:
        return None, "no_model", 0
    try:
        return load_revision_version(repo, tag.name, rel, commit=tag.commit), "", 0
    except VersionError as exc:
        if exc.findings:
            return None, "unreadable", len(exc.findings)
        return None, "no_model", 0


def _counts(version: Version) -> dict[str, int]:
    model = version.model
    return {
        "bodies": len(model.bodies),
        "roles": len(model.roles),
        "matters": len(model.matter_types),
        "goals": len(model.goals),
        "commitments": len(model.commitments),
    }
