"""Coverage: for every sentence of the agreement, the elements that cite it.

A sentence is *cited* when a source names its section and quotes words that lie in it (in
whole or in part: a quote may run over two sentences of a paragraph). A source that names the
section without a quote cites no sentence: it says where a fact is, not which words state it.
A sentence that no element cites may be *left out on purpose*: the Agreement document's
``notModelled`` entries quote it and give the reason. Every other sentence is *untraced*: the
coverage rule (GOV073) reports it.

The quotes are looked up once, while the model is built (:mod:`govlint.build_text`); this
module only reads the result. ``govlint coverage`` prints it; the rule and the handbook's
agreement page read it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.citations import walk
from govlint.findings import Loc
from govlint.model import Element, Model, NotModelled, Sentence, Source, as_data
from govlint.quotes import display

CITED, LEFT_OUT, UNTRACED = "cited", "not-modelled", "untraced"


@dataclass(frozen=True)
class Citation:
    """A source that cites a sentence, with the element it belongs to."""

    source: Source
    element: Element | None
    label: str


@dataclass(frozen=True)
class Row:
    sentence: Sentence
    citations: tuple[Citation, ...]
    left_out: tuple[NotModelled, ...]

    @property
    def status(self) -> str:
        if self.citations:
            return CITED
        return LEFT_OUT if self.left_out else UNTRACED


@dataclass
class Coverage:
    """The coverage table of one model; ``text_id`` is None when it holds no text."""

    text_id: str | None
    rows: list[Row] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def summary(self) -> dict[str, int]:
        return {
            "sentences": len(self.rows),
            "cited": self.count(CITED),
            "notModelled": self.count(LEFT_OUT),
            "untraced": self.count(UNTRACED),
        }


def coverage(model: Model) -> Coverage:
    """The coverage table: one row per sentence, in the agreement's order."""
    text = model.agreement.text if model.agreement is not None else None
    result = Coverage(text_id=text.id if text is not None else None)
    if text is None:
        return result
    cited = {id(c.source): c for c in walk(model) if c.source is not None and c.source.sentences}
    for sentence in text.sentences():
        citations = []
        for src in sentence.cited_by:
            c = cited.get(id(src))
            citations.append(Citation(src, c.owner if c else None, c.label if c else "?"))
        result.rows.append(Row(sentence, tuple(citations), tuple(sentence.not_modelled)))
    return result


def _loc(loc: Loc) -> dict[str, Any]:
    return {"file": loc.file, "line": loc.line, "column": loc.column}


def to_data(cov: Coverage, only: str | None = None) -> dict[str, Any]:
    """The table as JSON-able data (``govlint coverage --format json``, ``version`` 1):
    the rows in state ``only`` (all when None), the summary of the whole table."""
    return {
        "version": 1,
        "text": cov.text_id,
        "sentences": [
            {
                "address": row.sentence.address,
                "section": row.sentence.section.id,
                "number": row.sentence.number,
                "text": display(row.sentence.text),
                **_loc(row.sentence.loc),
                "status": row.status,
                "citedBy": [
                    {
                        "element": c.element.id if c.element is not None else None,
                        "kind": c.element.KIND if c.element is not None else None,
                        "label": c.label,
                        "quote": c.source.quote,
                        **_loc(c.source.at("quote")),
                    }
                    for c in row.citations
                ],
                "notModelled": [
                    {"reason": as_data(nm.reason), **_loc(nm.source.at("quote"))}
                    for nm in row.left_out
                ],
            }
            for row in cov.rows
            if only is None or row.status == only
        ],
        "summary": cov.summary(),
    }
