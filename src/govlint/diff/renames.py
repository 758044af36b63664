"""Renames: an element whose id changed but whose content did not (or hardly) is one change.

Without this, renaming ``service-group`` would read as "a body removed, a body added, every
member, duty and meeting removed and added, every escalation route changed". Instead, a removed
and an added element of the same kind are paired when their content (fields and children,
without ids or locations) is equal or nearly so (Jaccard similarity of their field values at
least :data:`THRESHOLD`); the old side is then rewritten to the new ids, so that only the rename
and any real differences remain.

Kinds are paired in dependency order (sections before the sources citing them, positions before
the bodies whose members name them, bodies before the routes through them). Local elements
(meetings, duties, responsibilities) pair only within the same owner; a member whose role
changed pairs with its new seat (same body, same position), whatever else changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.diff.facts import Fact, Facts
from govlint.diff.values import Key, rewrite

THRESHOLD = 0.7

# For every kind: which kinds of global element each part of its key names (None: a local id).
PART_KINDS: dict[str, tuple[tuple[str, ...] | None, ...]] = {
    "agreement": (),
    "section": (("section",),),
    "legal-basis": (("legal-basis",),),
    "term": (None,),
    "cost-share": (("party",),),
    "party": (("party",),),
    "organ": (("organ",),),
    "position": (("position",),),
    "tier": (("tier",),),
    "body": (("body",),),
    "role": (("role",),),
    "matter-type": (("matter-type",),),
    "goal": (("goal",),),
    "commitment": (("commitment",),),
    "responsibility": (("tier",), None),
    "member": (("body",), ("position", "party"), None),
    "representation": (("body",), ("party",)),
    "cadence": (("body",),),
    "meeting": (("body",), None),
    "duty": (("body", "role"), None),
    "related-agreement": (None,),
    "not-modelled": (("section",), None),
    "open-question": (("open-question",),),
}
GLOBAL_STAGES = (
    "section",
    "legal-basis",
    "party",
    "organ",
    "position",
    "tier",
    "body",
    "role",
    "matter-type",
    "goal",
    "commitment",
    "open-question",
)
LOCAL_STAGES = ("responsibility", "meeting", "duty", "member")


@dataclass
class Renames:
    ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, old id) -> new id
    keys: dict[Key, Key] = field(default_factory=dict)  # local renames, after ids are applied

    def apply(self, key: Key) -> Key:
        kinds = PART_KINDS.get(key[0])
        if kinds is None:
            return key
        parts = list(key[1:])
        for i, part_kinds in enumerate(kinds):
            if part_kinds is None or i >= len(parts):
                continue
            for kind in part_kinds:
                new = self.ids.get((kind, parts[i]))
                if new is not None:
                    parts[i] = new
                    break
        out = (key[0], *parts)
        return self.keys.get(out, out)


@dataclass(frozen=True)
class Rename:
    kind: str
    old: Key  # as in the old model
    new: Key


def _rewritten(old: Facts, renames: Renames) -> Facts:
    facts: dict[Key, Fact] = {}
    for fact in old.facts.values():
        origin = fact.origin or fact.key
        key = renames.apply(origin)
        fields = {k: rewrite(v, renames.apply) for k, v in fact.fields.items()}
        facts[key] = Fact(key, fields, fact.loc, renames.apply(fact.scope), fact.locs, origin)
    return Facts(facts, old.lang, old.version)


def _children(facts: Facts, kind: str) -> dict[str, list[Fact]]:
    """Facts owned by elements of ``kind`` (a body's seats, meetings, duties), by owner id."""
    out: dict[str, list[Fact]] = {}
    for child in facts.facts.values():
        kinds = PART_KINDS.get(child.kind, ())
        if child.kind != kind and kinds and kinds[0] and kind in kinds[0]:
            out.setdefault(child.key[1], []).append(child)
    return out


def _items(facts: Facts, key: Key, children: dict[str, list[Fact]]) -> set[tuple[Any, ...]]:
    """An element's content without ids: its field values and its children's."""
    out: set[tuple[Any, ...]] = {
        (name, value) for name, value in facts.facts[key].fields.items() if value is not None
    }
    if len(key) == 2:
        for child in children.get(key[1], ()):
            rest = child.key[2:]
            out |= {
                (child.kind, rest, name, value)
                for name, value in child.fields.items()
                if value is not None
            }
    return out


def _similarity(a: set[Any], b: set[Any]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _pairs(old: Facts, new: Facts, kind: str) -> list[tuple[Key, Key]]:
    removed = [k for k, f in old.facts.items() if f.kind == kind and k not in new.facts]
    added = [k for k, f in new.facts.items() if f.kind == kind and k not in old.facts]
    if not removed or not added:
        return []
    scored: list[tuple[float, Key, Key]] = []
    old_children, new_children = _children(old, kind), _children(new, kind)
    items_b = {b: _items(new, b, new_children) for b in added} if kind != "member" else {}
    for a in removed:
        items_a = _items(old, a, old_children) if kind != "member" else set()
        for b in added:
            if kind == "member":
                if a[:3] == b[:3]:  # same body and seat holder: the role changed
                    scored.append((1.0, a, b))
                continue
            if len(a) > 2 and a[:-1] != b[:-1]:
                continue  # local ids pair only within the same owner
            score = _similarity(items_a, items_b[b])
            if score >= THRESHOLD:
                scored.append((score, a, b))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used_a: set[Key] = set()
    used_b: set[Key] = set()
    pairs = []
    for _, a, b in scored:
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        pairs.append((a, b))
    return pairs


def find_renames(old: Facts, new: Facts) -> tuple[list[Rename], Facts]:
    """The renames from ``old`` to ``new``, and ``old`` rewritten to the new ids."""
    renames = Renames()
    found: list[Rename] = []
    current = _rewritten(old, renames)
    for kind in GLOBAL_STAGES + LOCAL_STAGES:
        pairs = _pairs(current, new, kind)
        if not pairs:
            continue
        for a, b in pairs:
            origin = current.facts[a].origin or a
            found.append(Rename(kind, origin, b))
            if kind in GLOBAL_STAGES:
                renames.ids[(kind, a[1])] = b[1]
            else:
                renames.keys[a] = b
        current = _rewritten(old, renames)
    return found, current
