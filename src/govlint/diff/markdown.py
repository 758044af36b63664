"""The diff as Markdown: a pull-request comment and a memo for the parties' boards.

Layout: the ``<!-- govlint-diff -->`` marker (CI finds and updates its one PR comment by it),
a heading, what was compared, a summary table of counts by level, the changes grouped by the
body (role, matter type, or the agreement) they concern, and the same changes grouped by
approver, so that each board can be handed its own list. Names come from the model and are
escaped; nothing is written for a specific model.
"""

from __future__ import annotations

import re

from govlint.diff.catalog import LEVELS
from govlint.diff.messages import Words
from govlint.diff.renderer import Renderer, location
from govlint.diff.result import Change, Diff, Side
from govlint.diff.values import Key
from govlint.diff.versioning import check_version

MARKER = "<!-- govlint-diff -->"
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
KIND_ORDER = {"party": 0, "organ": 1, "body": 2, "role": 3, "position": 4}


def escape(text: str) -> str:
    """Model text made inert in Markdown (no emphasis, links, tables or HTML)."""
    return _SPECIAL.sub(r"\\\1", text)


class MarkdownRenderer(Renderer):
    name = "markdown"

    def render(self, diff: Diff, old: Side, new: Side) -> str:
        return render_markdown(diff, old, new, lang=self.lang)


def render_markdown(
    diff: Diff,
    old: Side,
    new: Side,
    *,
    level: int = 2,
    marker: bool = True,
    title: bool = True,
    by_approver: bool = True,
    lang: str | None = None,
) -> str:
    """The diff in Markdown; ``level`` is the level of the top heading (history nests it)."""
    words = Words(diff, lang)
    ui = words.ui
    h = "#" * level
    out: list[str] = [MARKER] if marker else []
    if title:
        out += [f"{h} " + ui._("Changes to the governance model"), ""]
    if title:
        sides = f"{_side(old, diff.old.version, words)} → {_side(new, diff.new.version, words)}"
        out += [ui._("Compared") + f": {sides}", ""]
    if not diff.changes:
        out += [ui._("No changes to the governance model."), ""]
        return "\n".join(out)
    check = check_version(diff)
    if check is not None and check.problem:
        note = ui._("Note")
        out += [f"> **{note}:** {escape(words.version(check))}", ""]
    counts = diff.counts()
    impact, changes = ui._("Impact"), ui._("Changes")
    out += [f"| {impact} | {changes} |", "|---|---:|"]
    out += [f"| {words.level(lv)} | {counts[lv]} |" for lv in LEVELS]
    total = ui._("Total")
    out += [f"| **{total}** | **{len(diff.changes)}** |", ""]
    out += [f"{h}# " + ui._("Changes by subject"), ""]
    scope: Key | None = None
    for change in diff.changes:
        if change.scope != scope:
            if scope is not None:
                out.append("")
            scope = change.scope
            out += [f"{h}## {escape(words.scope_name(scope))}", ""]
        out += _item(change, words, old, new, details=True)
    out.append("")
    if by_approver:
        out += _approvers(diff, words, h)
    return "\n".join(out).rstrip("\n") + "\n"


def _side(side: Side, version: str | None, words: Words) -> str:
    """A version as `label` (model version 1.1.0, commit abc1234567)."""
    name = side.label if side.kind == "revision" else (side.path or side.label)
    extra = [words.ui._("model version") + f" {escape(version)}"] if version else []
    if side.commit:
        extra.append(f"commit {side.commit[:10]}")
    return f"`{escape_code(name)}`" + (f" ({', '.join(extra)})" if extra else "")


def escape_code(text: str) -> str:
    return text.replace("`", "'")


def _item(change: Change, words: Words, old: Side, new: Side, *, details: bool) -> list[str]:
    line = f"- **{words.level(change.level)}**: {escape(words.describe(change))}"
    if not details:
        return [line]
    meta = [f"`{change.code}`"]
    where = location(change, old, new)
    if where:
        meta.append(f"`{escape_code(where)}`")
    if change.approvers:
        label = words.ui.ngettext("Approver", "Approvers", len(change.approvers))
        meta.append(f"{label}: {escape(words.approvers(change))}")
    if change.weakens:
        names = words.ui.join(words.scope_name(k) for k in change.weakens)
        weakens = words.ui._("Weakens the commitment")
        meta.append(f"{weakens}: {escape(_short(names))}")
    lines = [line + " \\", "  " + " · ".join(meta)]
    for label, text in words.details(change):
        lines.append(f"  - {label}: {escape(text)}")
    return lines


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _approvers(diff: Diff, words: Words, h: str) -> list[str]:
    groups: dict[Key, list[Change]] = {}
    for change in diff.changes:
        for key in change.approvers:
            groups.setdefault(key, []).append(change)
    parties = list(diff.new.parties()) + [
        p for p in diff.old.parties() if p not in diff.new.parties()
    ]

    def order(key: Key) -> tuple[int, int, str]:
        return (
            KIND_ORDER.get(key[0], 9),
            parties.index(key) if key in parties else 0,
            words.name(key),
        )

    out = [
        f"{h}# " + words.ui._("Approvers"),
        "",
        words.ui._("The changes each approver decides on:"),
        "",
    ]
    for key in sorted(groups, key=order):
        out += [f"{h}## {escape(words.name(key))}", ""]
        for change in sorted(groups[key], key=lambda c: -c.level.rank):
            out += _item(change, words, Side(""), Side(""), details=False)
        out.append("")
    return out
