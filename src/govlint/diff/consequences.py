"""Consequences: changes of the model as a whole that no single element's edit shows.

Removing one seat is ``member-removed`` (significant). When that seat was the party's last one
at a tier where every party must be represented, the party has lost its representation there:
``representation-lost`` (breaking, it weakens the commitment to name representatives). Likewise
a changed step or a body's changed ``escalatesTo`` can leave a matter type without a route to the
top tier: ``route-to-top-lost``. Both are judged on the whole model, old against new, after
renames, so they also catch a loss caused by an edit elsewhere (a body moved to another tier).
"""

from __future__ import annotations

from collections.abc import Iterator

from govlint.diff.approval import approvers, rank_of, route
from govlint.diff.catalog import level_of
from govlint.diff.facts import Facts
from govlint.diff.result import Change
from govlint.diff.values import Key, R


def presence(facts: Facts) -> dict[tuple[Key, Key], list[Key]]:
    """(tier, party) -> the seats and representations that place the party at the tier.

    Invited experts do not count: they advise, they do not represent (as rule GOV040).
    """
    out: dict[tuple[Key, Key], list[Key]] = {}
    for fact in facts.facts.values():
        if fact.kind == "member" and fact.key[-1] == "invited-expert":
            continue
        if fact.kind not in ("member", "representation"):
            continue
        party = fact.fields.get("party")
        tier = facts.field(("body", fact.key[1]), "tier")
        if isinstance(party, R) and isinstance(tier, R):
            out.setdefault((tier.key, party.key), []).append(fact.key)
    return out


def commitments_on(facts: Facts, aspect: str) -> tuple[Key, ...]:
    return tuple(f.key for f in facts.of_kind("commitment") if f.fields.get("aspect") == aspect)


def representation_lost(old: Facts, new: Facts) -> Iterator[Change]:
    before, after = presence(old), presence(new)
    parties = [p for p in old.parties() if p in new.parties()]
    for tier in old.of_kind("tier"):
        if not tier.fields.get("partiesRequired") or tier.key not in new:
            continue
        listed = tier.fields.get("requiredParties")  # only these, when the tier lists some
        required = parties if listed is None else [r.key for r in listed if r.key in parties]
        for party in required:
            seats = before.get((tier.key, party), [])
            if not seats or after.get((tier.key, party)):
                continue
            body: Key = ("body", seats[-1][1])
            where = new.get(body) or new.get(tier.key)
            yield Change(
                "representation-lost",
                level_of("representation-lost"),
                subject=party,
                scope=body,
                field=tier.key[1],
                before=tuple(R(k) for k in seats),
                after=(),
                old_loc=old.facts[seats[-1]].loc,
                new_loc=where.loc if where else None,
                approvers=approvers("representation-lost", body, old, new),
                weakens=commitments_on(new, "representation")
                or commitments_on(old, "representation"),
            )


def reaches_top(facts: Facts, matter: Key) -> bool | None:
    """Whether the matter's route ends at the top tier (None: a top-tier matter, exempt)."""
    top = facts.top_rank()
    if top is None or rank_of(facts, matter) == top:
        return None
    seq = route(facts, matter)
    return bool(seq) and rank_of(facts, seq[-1]) == top


def route_lost(old: Facts, new: Facts) -> Iterator[Change]:
    for matter in old.of_kind("matter-type"):
        key = matter.key
        if key not in new or not reaches_top(old, key) or reaches_top(new, key) is not False:
            continue
        yield Change(
            "route-to-top-lost",
            level_of("route-to-top-lost"),
            subject=key,
            scope=key,
            field="route",
            before=tuple(R(k) for k in route(old, key)),
            after=tuple(R(k) for k in route(new, key)),
            old_loc=matter.loc_of("route"),
            new_loc=new.facts[key].loc_of("route"),
            approvers=approvers("route-to-top-lost", key, old, new),
        )


def consequences(old: Facts, new: Facts) -> list[Change]:
    return [*representation_lost(old, new), *route_lost(old, new)]
