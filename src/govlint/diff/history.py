"""Version history ("Muutoshistoria"): every version tag against the one before, as Markdown.

Version tags are ``v1.0.0`` or ``1.0.0`` style (any number of numeric parts, an optional
pre-release suffix such as ``-rc1``, sorted before the release). Other tags are not versions and
are skipped. Tags are read with one ``git for-each-ref refs/tags`` (sorted by creation date, the
tie-break between equal versions); it lists what ``git tag --list`` lists, with dates and the
peeled commit ids, so no tag name is ever passed back to git. Each tagged model is read with
:mod:`govlint.diff.gitsource`, never by checking it out.

Each version shows who approved it, from the model's approval records (kind ``Approval``, read
from the newest model, since a version's record is written after its decisions): the tag marks
the commit, the record says who approved it and when. A version that only a record marks (the
working tree's, approved but not yet tagged) is listed too, against the last tagged version.

The handbook's "Versiohistoria" page calls :func:`version_history_markdown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from govlint.diff.compare import diff_models
from govlint.diff.gitsource import GitError, model_path_in_repo, repo_root, run_git
from govlint.diff.markdown import render_markdown
from govlint.diff.messages import language
from govlint.diff.result import Side
from govlint.diff.versions import Version, VersionError, load_revision_version
from govlint.l10n import Ui
from govlint.model import Approval, Model
from govlint.textsafe import markdown

# Matched with fullmatch. The numbers are an atomic group: the suffix may hold digits and dots
# too, and without it a tag that does not match would be tried at every split (quadratic).
VERSION = re.compile(r"v?((?>[0-9]+(?:\.[0-9]+)*))(?:[-+~]?([0-9A-Za-z.+-]*))?")


@dataclass(frozen=True)
class Tag:
    name: str
    commit: str
    date: str  # ISO 8601 date (YYYY-MM-DD)

    @property
    def sort_key(self) -> tuple[Any, ...]:
        match = VERSION.fullmatch(self.name)
        assert match is not None
        numbers = tuple(_number_key(n) for n in match.group(1).split("."))
        suffix = match.group(2) or ""
        padding = (_number_key("0"),) * (8 - len(numbers))
        return (numbers + padding, 0 if suffix else 1, suffix, self.date)


def _number_key(digits: str) -> tuple[int, str]:
    """A numeric part compared as a number without converting it: by its length without
    leading zeros, then by its digits. A tag may carry thousands of digits, more than Python
    converts to ``int`` (and converting them would cost time quadratic in their number)."""
    significant = digits.lstrip("0")
    return (len(significant), significant)


def version_tags(repo: Path) -> list[Tag]:
    """The version tags of the checked-out history (the commits HEAD contains: a tag on
    another branch is not a version of what is built), oldest version first."""
    proc = run_git(
        repo,
        "for-each-ref",
        "--merged=HEAD",
        "--sort=creatordate",
        "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:short)",
        "refs/tags",
    )
    if proc.returncode != 0:
        return []
    tags = []
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split("\0")
        if len(parts) != 4 or not VERSION.fullmatch(parts[0]):
            continue
        name, obj, peeled, date = parts
        tags.append(Tag(name, peeled or obj, date))
    return sorted(tags, key=lambda t: t.sort_key)


def _date(iso: str, ui: Ui) -> str:
    """A tag's date as the language writes dates (CLDR): "5.3.2026"."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        return iso
    try:
        return ui.date(date.fromisoformat(iso))
    except ValueError:  # "2027-02-30" in an approval record: GOV091 reports it
        return iso


def version_history_markdown(
    repo_root_dir: Path,
    model_dir: Path,
    *,
    level: int = 1,
    lang: str | None = None,
    current: Model | None = None,
) -> str:
    """The version history page: a heading per version tag (newest first) with its date, who
    approved it and its changes against the previous version; the first version is described
    as the initial one. Without tags, or outside git, a short note says so. ``level`` is the
    page heading's level; ``lang`` defaults to the newest version's main language (English
    without one). ``current`` is the working tree's model: its approval records are shown.
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
    records = _records(current)
    untagged = _untagged(current, versions, records) if repo is not None else None
    if untagged is not None:
        versions.append(untagged)
    models = [v for _, v, _, _ in versions if v is not None]
    newest = models[-1].model if models else current  # without tags: the working tree's
    page_lang = language(lang, newest.lang if newest is not None else "")
    ui = Ui(page_lang)
    h = "#" * level
    out = [f"{h} " + ui._("Version history"), ""]
    if repo is None:
        out += [ui._("There are no version tags yet: the model is not in a git repository."), ""]
        return "\n".join(out)
    if not versions:
        no_tags = ui._(
            "There are no version tags yet. Once an approved version is tagged in git (for "
            "example v1.0.0), its changes since the previous version are shown on this page."
        )
        out += [no_tags, ""]
        return "\n".join(out)
    previous: Version | None = None
    sections: list[list[str]] = []
    for tag, version, problem, errors in versions:
        part = [f"{h}# {markdown(tag.name)} ({markdown(_date(tag.date, ui))})", ""]
        if version is not None:
            part += approval_markdown(records.get(version.model_version), ui)
        if version is None:
            if problem == "unreadable":
                text = ui.ngettext(
                    "The model of this version could not be read ({n} error); it is not compared.",
                    "The model of this version could not be read ({n} errors); it is not compared.",
                    errors,
                )
            else:
                text = ui._("This version has no model directory.")
            part += [text, ""]
        elif previous is None:
            part += [ui._("The first version."), "", _counts(ui, version), ""]
        else:
            diff = diff_models(previous.model, version.model)
            span = (
                " (" + ui._("model version") + f" {markdown(previous.model_version)} → "
                f"{markdown(version.model_version)})"
                if previous.model_version or version.model_version
                else ""
            )
            against = ui._("Changes since {prev}", prev=markdown(previous.side.label))
            part += [against + span, ""]
            body = render_markdown(
                diff,
                previous.side,
                version.side,
                level=level + 1,
                marker=False,
                title=False,
                details=False,
                lang=page_lang,
            )
            part += [body.rstrip("\n"), ""]
        if version is not None:
            previous = version
        sections.append(part)
    for part in reversed(sections):
        out += part
    return "\n".join(out).rstrip("\n") + "\n"


def _records(model: Model | None) -> dict[str, Approval]:
    """Version -> its approval record (the first, if a version has two: GOV090 reports it)."""
    out: dict[str, Approval] = {}
    for record in model.approvals if model is not None else []:
        out.setdefault(record.version, record)
    return out


def _untagged(
    model: Model | None,
    versions: list[tuple[Tag, Version | None, str, int]],
    records: dict[str, Approval],
) -> tuple[Tag, Version | None, str, int] | None:
    """The working tree's version, when a record approves it and no tag marks it."""
    if model is None or model.agreement is None:
        return None
    number = model.agreement.model_version
    record = records.get(number)
    if record is None or any(
        v is not None and v.model_version == number for _, v, _, _ in versions
    ):
        return None
    dates = sorted(d.date for d in record.decisions)
    side = Side(number, "directory", None, "")
    return Tag(number, "", dates[-1] if dates else ""), Version(side, model), "", 0


def approval_markdown(record: Approval | None, ui: Ui) -> list[str]:
    """Who approved a version: a table of the decisions, or a note that none is recorded."""
    if record is None:
        return [ui._("No decision approving this version is recorded in the model."), ""]
    approved_by, day, minutes = ui._("Approved by"), ui._("Date"), ui._("Minutes")
    link = ui._("published minutes")
    out = [
        "**" + ui._("Approval") + "**",
        "",
        f"| {approved_by} | {day} | {minutes} |",
        "|---|---|---|",
    ]
    for decision in record.decisions:
        target = decision.by.target
        name = _name(target, ui.lang) if target is not None else decision.by.id
        reference = markdown(decision.minutes)
        if decision.url:
            reference += f" ([{link}](<{decision.url}>))"
        out.append(f"| {markdown(name)} | {markdown(_date(decision.date, ui))} | {reference} |")
    return [*out, ""]


def _name(element: Any, lang: str) -> str:
    """An element's name or title in ``lang`` (names are never inflected)."""
    text = getattr(element, "name", None) or getattr(element, "title", None)
    return text.get(lang) if text else str(getattr(element, "id", ""))


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


def _counts(ui: Ui, version: Version) -> str:
    """What the first version holds: "Mallissa on 2 toimielintä, 4 roolia, ..."."""
    model = version.model
    parts = [
        ui.ngettext("{n} body", "{n} bodies", len(model.bodies)),
        ui.ngettext("{n} role", "{n} roles", len(model.roles)),
        ui.ngettext("{n} matter type", "{n} matter types", len(model.matter_types)),
        ui.ngettext("{n} goal", "{n} goals", len(model.goals)),
        ui.ngettext("{n} commitment", "{n} commitments", len(model.commitments)),
    ]
    return ui._("The model has {counts}.", counts=ui.join(parts))
