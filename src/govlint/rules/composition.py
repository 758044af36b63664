"""Composition: who sits where."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Model, Party, Role, Tier

LISTED = 5  # bodies named in a GOV040 message


def check_party_representation(model: Model) -> Iterator[Finding]:
    """Every party is represented at each tier that requires it.

    A tier marked ``partiesRepresented.required`` (the agreement commits each party to name
    authorised representatives to the agreed levels) needs, for every party of the agreement
    (or each party that ``partiesRepresented.parties`` lists, when the agreement names only
    some), a body of that tier where the party has a seat by position or a representation.
    Invited experts do not count: they advise, they do not represent.

    Bad::

        # tiers/tactical.yaml: partiesRepresented: {required: true, ...}
        # bodies/service-group.yaml: only north's positions, no representation for south

    Good::

        representation:
          - party: south
            via: south.management-team
            source: {section: service-group}
        # or, when the agreement requires only some parties at the tier:
        partiesRepresented: {required: true, parties: [north, south], source: ...}
    """
    if model.agreement is None:
        return
    for tier in model.tiers:
        parties = model.required_parties(tier)
        if not parties:
            continue
        bodies = model.bodies_of_tier(tier)
        if not bodies:
            continue  # a tier worked through roles: GOV078 asks who represents each party
        if any(
            m.position is not None and m.position.target is None for b in bodies for m in b.members
        ):
            continue  # a seat's party is unknown while its reference is broken (GOV021)
        present: set[str] = set()
        for body in bodies:
            present |= {
                m.party.id
                for m in body.members
                if m.party is not None and m.role != "invited-expert"
            }
            present |= {r.party.id for r in body.representation}
        # named once per tier, and at most a few: a tier that many parties miss would otherwise
        # repeat every body in every finding (O(parties x bodies) of text)
        where = ", ".join(f"'{b.id}'" for b in bodies[:LISTED])
        if len(bodies) > LISTED:
            where += f" and {len(bodies) - LISTED} more"
        for party in parties:
            if party.id in present:
                continue
            yield Finding(
                "GOV040",
                f"party '{party.id}' has no representative at the "
                f"{model.text(tier.name)} ('{tier.id}'; bodies: {where})",
                bodies[0].at("members"),
                hint=f"Add a member position of '{party.id}' or a representation entry to a "
                "body of this tier.",
                element=party.id,
            )


def check_duplicate_members(model: Model) -> Iterator[Finding]:
    """A position sits in a body only once.

    Listing one position twice is either a copy-paste slip or two seats that should be told
    apart by role (member and chair are one seat: give the chair role instead).

    Bad::

        members:
          - {position: north.city-manager, role: member, source: ...}
          - {position: north.city-manager, role: chair, source: ...}

    Good::

        members:
          - {position: north.city-manager, role: chair, source: ...}
    """
    for body in model.bodies:
        seen: dict[str, int] = {}
        for member in body.members:
            if member.position is None:
                continue
            pid = member.position.id
            if pid in seen:
                yield Finding(
                    "GOV041",
                    f"position '{pid}' is listed twice in body '{body.id}' "
                    f"(first at line {seen[pid]})",
                    member.position.loc,
                    hint="Keep one entry; a chair is a member with role: chair.",
                    element=body.id,
                )
            else:
                seen[pid] = member.position.loc.line


def role_party(role: Role) -> Party | None:
    """The party a role belongs to: its own ``party``, else the party that names it."""
    for ref in (role.party_ref, role.named_by):
        if ref is not None and isinstance(ref.target, Party):
            return ref.target
    return None


def check_tier_representatives(model: Model) -> Iterator[Finding]:
    """Every party has a named representative at each tier that requires it and has no body.

    Some tiers work through roles, not bodies (an operational tier with coordinators). When
    such a tier requires every party's representatives (``partiesRepresented.required``:
    each party names competent representatives to the agreed tiers), a party with no role
    there has named nobody yet. That is an open question for the party, not an error of the
    model: the model must not invent the role. The finding names the matter types that then
    start with one party's role only.

    Bad::

        # tiers/operational.yaml: partiesRepresented: {required: true, ...}
        # roles: only south.coordinator (party: south) at that tier

    Good::

        # roles/north.coordinator.yaml
        tier: operational
        party: north
        namedBy: {ref: north, source: {section: structure, quote: ...}}
    """
    if model.agreement is None:
        return
    for tier in model.tiers:
        parties = model.required_parties(tier)
        if not parties or model.bodies_of_tier(tier):
            continue
        roles = model.roles_of_tier(tier)
        present = {p.id for p in (role_party(r) for r in roles) if p is not None}
        for party in parties:
            if party.id in present:
                continue
            yield Finding(
                "GOV078",
                f"the agreement names no representative of party '{party.id}' at the "
                f"{model.text(tier.name)} ('{tier.id}'), which requires representatives of "
                "every party" + _one_sided(model, tier, party),
                tier.at("partiesRepresented"),
                hint=f"Ask '{party.id}' whom it names to this tier, then add that role "
                "(tier, party, namedBy) with the words of the agreement or the decision.",
                element=tier.id,
                extra=(("party", party.id),),
            )


def _one_sided(model: Model, tier: Tier, party: Party) -> str:
    """ "; N matter types starting here are first handled by another party's role"."""
    others = [
        mt
        for mt in model.matter_types
        if mt.tier is tier
        and mt.handled_by is not None
        and isinstance(mt.handled_by.target, Role)
        and role_party(mt.handled_by.target) not in (None, party)
    ]
    if not others:
        return ""
    handlers = sorted({mt.handled_by.id for mt in others if mt.handled_by is not None})
    return (
        f"; {len(others)} matter type(s) starting at this tier are first handled by "
        f"{', '.join(repr(h) for h in handlers)} only"
    )
