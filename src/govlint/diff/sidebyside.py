"""The side-by-side text (rinnakkaisteksti): the agreement's changed sentences, old and new.

When the model holds the agreement's text (an AgreementText document), each section's
sentences are a fact of the diff (``section-text-changed`` when any word differs). As Finnish
legislative drafting shows a change to an act, the change paper shows the current and the
proposed wording of each changed section side by side: sentences are aligned by content
(:class:`difflib.SequenceMatcher` over the section's sentences, so an inserted sentence does
not shift every later one into a "change"), a reworded sentence stands beside the sentence it
replaces, an added or removed one beside an empty cell, and a run of unchanged sentences is
one row of "- - -". Sentences are numbered as their addresses count them (``section.n``).

:func:`cited_sentence` links a model change to the sentence its source quotes, so the paper
can say which sentence a change rests on and whether that sentence changes too.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from govlint.diff.result import Change, Diff
from govlint.diff.values import Key, Src, TextV
from govlint.quotes import SectionIndex, normalise_quote, normalise_text

TEXT_CODES = frozenset({"section-text-changed", "section-added", "section-removed"})


@dataclass(frozen=True)
class Row:
    """One line of the table: a sentence of each version (number, text), or None."""

    old: tuple[int, str] | None
    new: tuple[int, str] | None
    skipped: bool = False  # unchanged sentences left out ("- - -")


@dataclass(frozen=True)
class SectionText:
    section: Key
    rows: tuple[Row, ...]


def sentences(value: object, lang: str) -> list[str]:
    """A section's sentences (the fact's ``text``: one text per sentence) in ``lang``."""
    if not isinstance(value, tuple):
        return []
    return [v.get(lang) for v in value if isinstance(v, TextV)]


def align(old: list[str], new: list[str]) -> tuple[Row, ...]:
    """The changed sentences of two versions of a section, side by side."""
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.append(Row(None, None, skipped=True))
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            o, n = i1 + k, j1 + k
            rows.append(
                Row(
                    (o + 1, old[o]) if o < i2 else None,
                    (n + 1, new[n]) if n < j2 else None,
                )
            )
    return tuple(rows)


def changed_text(diff: Diff) -> list[SectionText]:
    """Every section whose words differ between the versions, in the agreement's order."""
    place = {
        key: i for i, key in enumerate([*diff.new.facts, *diff.old.facts]) if key[0] == "section"
    }
    out = []
    for change in diff.changes:
        if change.code not in TEXT_CODES or change.subject[0] != "section":
            continue
        old = sentences(diff.old.field(change.subject, "text"), diff.old.lang)
        new = sentences(diff.new.field(change.subject, "text"), diff.new.lang)
        if old == new:
            continue  # a heading or a parent changed, not the words
        out.append(SectionText(change.subject, align(old, new)))
    return sorted(out, key=lambda t: place.get(t.section, len(place)))


@dataclass(frozen=True)
class Citation:
    """The sentence a change's source quotes: its section, number and whether it changes."""

    section: Key
    number: int
    changes: bool


def cited_sentence(diff: Diff, change: Change, source: Src) -> Citation | None:
    """The first sentence ``source`` quotes, in the version the change's element is read
    from (the new one, the old one for a removal); None without a text or a match."""
    if source.section is None or not source.quote:
        return None
    facts = diff.new if change.subject in diff.new else diff.old
    section = source.section.key
    text = sentences(facts.field(section, "text"), facts.lang)
    if not text:
        return None
    index = SectionIndex([[normalise_text(s) for s in text]])
    found = index.find(normalise_quote(source.quote))
    if not found:
        return None
    number = index.sentences_of(found[0])[0] + 1
    other = diff.old if facts is diff.new else diff.new
    other_text = sentences(other.field(section, "text"), other.lang)
    return Citation(section, number, bool(other_text) and text[number - 1] not in other_text)
