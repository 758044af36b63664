"""Composition: who sits where."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Model

LISTED = 5  # bodies named in a GOV040 message


def check_party_representation(model: Model) -> Iterator[Finding]:
    """Every party is represented at each tier that requires it.

    A tier marked ``partiesRepresented.required`` (the agreement commits each party to name
    authorised representatives to the agreed levels) needs, for every party of the agreement,
    a body of that tier where the party has a seat by position or a representation. Invited
    experts do not count: they advise, they do not represent.

    Bad::

        # tiers/taktinen.yaml: partiesRepresented: {required: true, ...}
        # bodies/kehittamisryhma.yaml: only Pori's positions, no representation for Ulvila

    Good::

        representation:
          - party: ulvila
            via: ulvila.johtoryhma
            source: {section: tietohallinnon-kehittamisryhma}
    """
    agreement = model.agreement
    if agreement is None:
        return
    parties = [ref.target for ref in agreement.party_refs if ref.target is not None]
    for tier in model.tiers:
        if not tier.parties_required:
            continue
        bodies = model.bodies_of_tier(tier)
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
        where = ", ".join(f"'{b.id}'" for b in bodies[:LISTED]) or "no bodies"
        if len(bodies) > LISTED:
            where += f" and {len(bodies) - LISTED} more"
        for party in parties:
            if party.id in present:
                continue
            yield Finding(
                "GOV040",
                f"party '{party.id}' has no representative at the "
                f"{model.text(tier.name)} ('{tier.id}'; bodies: {where})",
                bodies[0].at("members") if bodies else tier.at("partiesRepresented"),
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
          - {position: pori.kaupunginjohtaja, role: member, source: ...}
          - {position: pori.kaupunginjohtaja, role: chair, source: ...}

    Good::

        members:
          - {position: pori.kaupunginjohtaja, role: chair, source: ...}
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
