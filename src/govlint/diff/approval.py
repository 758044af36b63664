"""Who must approve a change, read from the model itself.

* the agreement, parties, tiers, goals and commitments: every party of the agreement;
* a body: whoever appoints it (``appointedBy``); at the top tier (rank 1) also every party, since
  the top tier is where the parties steer together; below it the body it escalates and reports
  to (the development group's changes go to the steering group); a body with neither goes to
  the parties;
* a matter type: the element at the top of its route (its last step, continued along
  ``escalatesTo``), the body that has the last word on it;
* a role: who names or provides it, else the parties.

A change is judged on both versions: a removal by the old model, an addition by the new one, a
change by both (so that when the appointer changes, the old and the new appointer both see it).
"""

from __future__ import annotations

from govlint.diff.catalog import BOTH, CATALOG, PARTIES
from govlint.diff.facts import AGREEMENT, Facts
from govlint.diff.values import Key, R


def route(facts: Facts, matter: Key) -> list[Key]:
    """A matter type's route: first handler, steps, then bodies' standing ``escalatesTo``."""
    fact = facts.get(matter)
    if fact is None:
        return []
    refs = [fact.fields.get("handledBy"), *fact.fields.get("route", ())]
    seq: list[Key] = []
    for ref in refs:
        if not isinstance(ref, R):
            continue
        if ref.key in seq:
            return seq
        seq.append(ref.key)
    while seq and seq[-1][0] == "body":
        nxt = facts.field(seq[-1], "escalatesTo")
        if not isinstance(nxt, R) or nxt.key in seq or nxt.key not in facts:
            break
        seq.append(nxt.key)
    return seq


def rank_of(facts: Facts, key: Key) -> int | None:
    tier = facts.field(key, "tier")
    if not isinstance(tier, R):
        return None
    rank = facts.field(tier.key, "rank")
    return rank if isinstance(rank, int) else None


def scope_approvers(facts: Facts, scope: Key) -> list[Key]:
    """Approvers of changes within ``scope`` according to one version of the model."""
    parties = list(facts.parties())
    if scope == AGREEMENT or scope not in facts:
        return parties
    kind = scope[0]
    found: list[Key] = []

    def add(ref: object) -> None:
        if isinstance(ref, R) and ref.key not in found and ref.key[0] != "?":
            found.append(ref.key)

    if kind == "body":
        add(facts.field(scope, "appointedBy"))
        if rank_of(facts, scope) == facts.top_rank():
            found += [p for p in parties if p not in found]
        else:
            add(facts.field(scope, "escalatesTo"))
            add(facts.field(scope, "reportsTo"))
    elif kind == "matter-type":
        seq = route(facts, scope)
        if seq:
            found.append(seq[-1])
        else:
            found += parties
    elif kind == "role":
        add(facts.field(scope, "namedBy"))
        add(facts.field(scope, "providedBy"))
        if not found:
            found += parties
    return found or parties


def approvers(code: str, scope: Key, old: Facts | None, new: Facts | None) -> tuple[Key, ...]:
    """The approvers of one change; ``old``/``new`` are the versions the change exists in."""
    rule = CATALOG[code].approval
    out: list[Key] = []
    for facts in (new, old):
        if facts is None:
            continue
        keys = list(facts.parties()) if rule == PARTIES else scope_approvers(facts, scope)
        if rule == BOTH:
            keys += list(facts.parties())
        out += [k for k in keys if k not in out]
    return tuple(out)
