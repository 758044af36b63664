"""The diff as Markdown: a change paper for the bodies that decide, and the PR comment.

Layout (:mod:`govlint.diff.paper` arranges it):

* the ``<!-- govlint-diff -->`` marker (CI finds and updates its one PR comment by it), a
  heading, and the two versions compared by their names and model versions;
* a note when ``modelVersion`` was not raised as the changes require;
* the impact levels with their counts and what each means;
* the changes grouped by who must approve them, each change once, numbered, with its impact
  in words and a sentence that names the body and the party; under it what it rests on (the
  agreement's section and the words it quotes, or the model's reasoning) and long texts
  before and after;
* when the agreement's own words change, the changed sentences of each section, current and
  proposed side by side (rinnakkaisteksti, :mod:`govlint.diff.sidebyside`), which the changes
  that rest on them name;
* at the end, collapsed (``<details>``), the technical details: each numbered change's code,
  impact and ``file:line``, the revisions and commits. Reviewers use them; the paper reads
  without them, and the JSON format holds all of it.

Names come from the model and pass through :func:`govlint.textsafe.markdown` (no markup, entity,
mention or line break of theirs survives); nothing is written for a specific model.
"""

from __future__ import annotations

import difflib

from govlint.diff.catalog import LEVELS
from govlint.diff.messages import Words
from govlint.diff.paper import Group, Item, Paper, make_paper
from govlint.diff.renderer import Renderer, location
from govlint.diff.result import Change, Diff, Side
from govlint.diff.sidebyside import SectionText, changed_text
from govlint.textsafe import code_span, markdown

MARKER = "<!-- govlint-diff -->"


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
    details: bool = True,
    lang: str | None = None,
) -> str:
    """The change paper; ``level`` is its top heading's level (the history nests it),
    ``details`` adds the collapsed technical details (the history leaves them out)."""
    words = Words(diff, lang)
    ui = words.ui
    h = "#" * level
    out: list[str] = [MARKER] if marker else []
    if title:
        sides = f"{_side(old, diff.old.version, words)} → {_side(new, diff.new.version, words)}"
        heading = ui._("Changes to the governance model")
        out += [f"{h} {heading}", "", ui._("Compared") + f": {sides}", ""]
    if not diff.changes:
        return "\n".join([*out, ui._("No changes to the governance model."), ""])
    paper = make_paper(diff)
    if paper.version is not None and paper.version.problem:
        note = ui._("Note")
        out += [f"> **{note}:** {markdown(words.version(paper.version))}", ""]
    if paper.total:
        out += _summary(paper, words)
        for group in paper.groups:
            out += _group(group, words, h)
        out += _side_by_side(changed_text(diff), words, h)
    else:
        only = ui._(
            "Only the model version changes: {old} → {new}.",
            old=diff.old.version,
            new=diff.new.version,
        )
        out += [markdown(only), ""]
    if details:
        out += _details(paper, words, old, new)
    return "\n".join(out).rstrip("\n") + "\n"


def _side(side: Side, version: str | None, words: Words) -> str:
    """A version as `label` (model version 1.1.0)."""
    name = side.label if side.kind == "revision" else (side.path or side.label)
    extra = " (" + words.ui._("model version") + f" {markdown(version)})" if version else ""
    return f"{code_span(name)}{extra}"


def _summary(paper: Paper, words: Words) -> list[str]:
    ui = words.ui
    impact, changes, meaning = ui._("Impact"), ui._("Changes"), ui._("What it means")
    out = [f"| {impact} | {changes} | {meaning} |", "|---|---:|---|"]
    out += [f"| {words.level(lv)} | {paper.counts[lv]} | {words.meaning(lv)} |" for lv in LEVELS]
    total = ui._("Total")
    return [*out, f"| **{total}** | **{paper.total}** | |", ""]


def _group(group: Group, words: Words, h: str) -> list[str]:
    names = [words.name(k) for k in group.approvers]
    label = words.ui.ngettext("Approver", "Approvers", len(names))
    who = markdown(words.ui.join(names)) if names else words.ui._("not set")
    out = [f"{h}# {label}: {who}", ""]
    for item in group.items:
        out += _item(item, words)
    return [*out, ""]


def _item(item: Item, words: Words) -> list[str]:
    change = item.change
    line = f"{item.number}. **{words.level(change.level)}.** {markdown(words.describe(change))}"
    lines = [line]
    basis = words.basis(change)
    if basis:
        lines.append("   - " + words.ui._("Basis") + f": {markdown(basis)}")
    weakens = [k for k in change.weakens if k != change.subject]
    if weakens:
        names = words.ui.join(words.ui._("“{quote}”", quote=words.scope_name(k)) for k in weakens)
        lines.append("   - " + words.ui._("Weakens the commitment") + f": {markdown(names)}")
    for label, text in words.details(change):
        lines.append(f"   - {label}: {markdown(text)}")
    return lines


def _side_by_side(sections: list[SectionText], words: Words, h: str) -> list[str]:
    """The agreement's changed sentences, current and proposed, side by side."""
    if not sections:
        return []
    ui = words.ui
    current, proposed = ui._("Current text"), ui._("Proposed text")
    out = [f"{h}# " + ui._("The agreement's text side by side"), ""]
    for section in sections:
        out += [f"{h}## {markdown(words.name(section.section))}", ""]
        out += [f"| {current} | {proposed} |", "|---|---|"]
        for row in section.rows:
            if row.skipped:
                out.append("| - - - | - - - |")
                continue
            old, new = _marked(row.old[1] if row.old else "", row.new[1] if row.new else "")
            left = f"{row.old[0]}. {old}" if row.old else ""
            right = f"{row.new[0]}. {new}" if row.new else ""
            out.append(f"| {left} | {right} |")
        out.append("")
    return out


def _marked(old: str, new: str) -> tuple[str, str]:
    """Two sentences escaped for a table cell, the words that differ in bold."""
    a, b = old.split(), new.split()
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        part_a, part_b = markdown(" ".join(a[i1:i2])), markdown(" ".join(b[j1:j2]))
        changed = tag != "equal" and bool(a) and bool(b)
        left.append(f"**{part_a}**" if changed and part_a else part_a)
        right.append(f"**{part_b}**" if changed and part_b else part_b)
    return " ".join(x for x in left if x), " ".join(x for x in right if x)


def _details(paper: Paper, words: Words, old: Side, new: Side) -> list[str]:
    """The collapsed technical part: codes, impact levels, places, revisions."""
    ui = words.ui
    number, code, impact, where = ui._("No."), ui._("Change code"), ui._("Impact"), ui._("Location")
    out = [
        "<details>",
        "<summary>" + ui._("Technical details") + "</summary>",
        "",
        ui._("Compared") + f": {_tech_side(old)} → {_tech_side(new)}",
        "",
        f"| {number} | {code} | {impact} | {where} |",
        "|---:|---|---|---|",
    ]
    rows: list[tuple[str, Change]] = [(str(i.number), i.change) for i in paper.items()]
    rows += [("–", c) for c in paper.others]
    for number, change in rows:
        where = location(change, old, new)
        place = code_span(where, in_table=True) if where else ""
        out.append(f"| {number} | `{change.code}` | {change.level.value} | {place} |")
    return [*out, "", "</details>", ""]


def _tech_side(side: Side) -> str:
    parts = [code_span(side.label)]
    if side.commit:
        parts.append(f"commit `{side.commit[:12]}`")
    if side.path and side.path != side.label:
        parts.append(code_span(side.path))
    return " ".join(parts)
