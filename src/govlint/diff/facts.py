"""The model as a flat set of facts: one per element, keyed by identity, fields as values.

The diff never compares YAML or list positions: each element of the resolved model becomes a
:class:`Fact` whose key is its identity (``body:board``, ``member:board/north.city-manager/
member``, ``duty:service-group/budget-draft``) and whose fields
are comparable values (:mod:`govlint.diff.values`). Each field is one thing a reader would call
"a change" (a cadence's ``count`` holds min, max and "about"; a meeting's ``window`` both months),
so one changed field becomes one reported change. Lists whose order means nothing (parties,
holders, topics) are sorted; escalation steps keep their order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.diff.values import Key, TextV
from govlint.findings import Loc

AGREEMENT: Key = ("agreement",)

# The field that names an element of each kind (for messages and approvers).
NAME_FIELDS = {
    "agreement": "title",
    "party": "name",
    "organ": "name",
    "position": "title",
    "tier": "name",
    "body": "name",
    "role": "name",
    "matter-type": "name",
    "meeting": "name",
    "goal": "text",
    "commitment": "text",
    "duty": "text",
    "responsibility": "text",
    "section": "heading",
    "legal-basis": "act",
    "term": "text",
    "related-agreement": "title",
    "not-modelled": "quote",
    "open-question": "question",
}


@dataclass(eq=False)
class Fact:
    key: Key
    fields: dict[str, Any]
    loc: Loc
    scope: Key = AGREEMENT  # whose approval a change needs: a body, role, matter type or agreement
    locs: dict[str, Loc] = field(default_factory=dict)
    origin: Key | None = None  # the key before renames were applied (old side only)

    @property
    def kind(self) -> str:
        return self.key[0]

    def loc_of(self, name: str) -> Loc:
        return self.locs.get(name, self.loc)


@dataclass(eq=False)
class Facts:
    """Every fact of one model version, with the model's language and version.

    Treated as immutable once built: the per-kind index and the parties are computed once.
    """

    facts: dict[Key, Fact]
    lang: str = ""  # the model's main language
    version: str | None = None
    _by_kind: dict[str, list[Fact]] | None = field(default=None, init=False, repr=False)

    def __contains__(self, key: Key) -> bool:
        return key in self.facts

    def get(self, key: Key) -> Fact | None:
        return self.facts.get(key)

    def field(self, key: Key, name: str) -> Any:
        fact = self.facts.get(key)
        return fact.fields.get(name) if fact else None

    def name(self, key: Key) -> TextV | None:
        fact = self.facts.get(key)
        if fact is None:
            return None
        value = fact.fields.get(NAME_FIELDS.get(fact.kind, "name"))
        return value if isinstance(value, TextV) else None

    def of_kind(self, kind: str) -> list[Fact]:
        if self._by_kind is None:
            self._by_kind = {}
            for fact in self.facts.values():
                self._by_kind.setdefault(fact.key[0], []).append(fact)
        return self._by_kind.get(kind, [])

    def parties(self) -> tuple[Key, ...]:
        """Keys of the agreement's parties (every party document when there is no agreement)."""
        refs = self.field(AGREEMENT, "parties")
        if refs:
            return tuple(r.key for r in refs)
        return tuple(f.key for f in self.of_kind("party"))

    def top_rank(self) -> int | None:
        ranks = [f.fields["rank"] for f in self.of_kind("tier")]
        return min(ranks) if ranks else None
