"""Who points at whom: the model's reverse references, built once per handbook.

The model keeps references one way (a body names the body it escalates to, a matter type the
bodies on its route). A page about an element needs the other direction: what reaches it,
which seats a position holds, how a party's organs are used. Scanning the whole model for
each page makes the handbook quadratic (a 300-city model has ~1 500 bodies, 3 600 matter types
and 3 300 positions: hours). :class:`ModelIndex` walks the model once, in model order,
O(bodies + members + duties + route steps + roles), so every lookup afterwards is O(1) plus
the size of its answer, and every list keeps the order the per-page scans used to give.

Elements are keyed by identity (the model's classes compare by identity: ``eq=False``), as
the scans compared ``ref.target is element``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from govlint.model import (
    Body,
    Duty,
    Element,
    MatterType,
    Member,
    Model,
    Organ,
    Party,
    Position,
    Ref,
    Representation,
    Role,
    Tier,
)

# How a body reaches another: it escalates to it, reports to it, or prepares its meeting.
Inbound = (
    tuple[Literal["escalates"], Body, Ref]
    | tuple[Literal["reports"], Body, Ref]
    | tuple[Literal["prepares"], Body, Duty]
)
OrganUse = Literal["appoints", "represents", "reported"]
PartySeat = tuple[Body, Member] | tuple[Body, Representation]


@dataclass
class ModelIndex:
    """Reverse references of one model; see the module docstring."""

    # element -> (matter type, index on its route), matter types in model order
    stops: dict[Element, list[tuple[MatterType, int]]] = field(default_factory=dict)
    # element -> bodies escalating/reporting to it and duties preparing its meetings
    inbound: dict[Element, list[Inbound]] = field(default_factory=dict)
    # position -> (body, seat role) in body order, then (role, "holder")
    holdings: dict[Position, list[tuple[Body | Role, str]]] = field(default_factory=dict)
    organ_uses: dict[Organ, list[tuple[OrganUse, Body]]] = field(default_factory=dict)
    # party -> seats without a position and representations, in body order
    party_seats: dict[Party, list[PartySeat]] = field(default_factory=dict)
    # party -> (role, "role.named_by" | "role.provided_by" | "role.serves", the reference)
    party_roles: dict[Party, list[tuple[Role, str, Ref | None]]] = field(default_factory=dict)
    bodies_of_tier: dict[Tier | None, list[Body]] = field(default_factory=dict)
    matters_of_tier: dict[Tier | None, list[MatterType]] = field(default_factory=dict)
    body_order: dict[Body, int] = field(default_factory=dict)

    @classmethod
    def of(cls, model: Model) -> ModelIndex:
        """One pass over the model: O(size of the model)."""
        stops: defaultdict[Element, list[tuple[MatterType, int]]] = defaultdict(list)
        inbound: defaultdict[Element, list[Inbound]] = defaultdict(list)
        held: defaultdict[Position, list[tuple[Body | Role, str]]] = defaultdict(list)
        organs: defaultdict[Organ, list[tuple[OrganUse, Body]]] = defaultdict(list)
        seats: defaultdict[Party, list[PartySeat]] = defaultdict(list)
        tiers: defaultdict[Tier | None, list[Body]] = defaultdict(list)
        matters: defaultdict[Tier | None, list[MatterType]] = defaultdict(list)
        for mt in model.matter_types:
            matters[mt.tier].append(mt)
            for i, ref in enumerate(mt.route()):
                if ref.target is not None:
                    stops[ref.target].append((mt, i))
        for body in model.bodies:
            tiers[body.tier].append(body)
            if body.escalates_to is not None and body.escalates_to.target is not None:
                inbound[body.escalates_to.target].append(("escalates", body, body.escalates_to))
            if body.reports_to is not None and body.reports_to.target is not None:
                inbound[body.reports_to.target].append(("reports", body, body.reports_to))
            for duty in body.duties:
                prep = duty.prepares
                if prep is not None and prep.body.target is not None and prep.meeting is not None:
                    inbound[prep.body.target].append(("prepares", body, duty))
            for member in body.members:
                pos = member.position.target if member.position is not None else None
                if isinstance(pos, Position):
                    held[pos].append((body, member.role))
                elif member.position is None and member.party is not None:
                    seats[member.party].append((body, member))
            for rep in body.representation:
                if isinstance(rep.party.target, Party):
                    seats[rep.party.target].append((body, rep))
            _organ_uses(body, organs)
        roles: defaultdict[Party, list[tuple[Role, str, Ref | None]]] = defaultdict(list)
        for role in model.roles:
            for pos in dict.fromkeys(r.target for r in role.held_by):  # once per role
                if isinstance(pos, Position):
                    held[pos].append((role, "holder"))
            named: tuple[tuple[str, Ref | None], ...] = (
                ("named", role.named_by),
                ("provided", role.provided_by),
            )
            for key, by in named:
                if by is not None and isinstance(by.target, Party):
                    roles[by.target].append((role, key, by))
            for party in dict.fromkeys(r.target for r in role.serves):
                if isinstance(party, Party):
                    roles[party].append((role, "serves", None))
        return cls(
            stops=dict(stops),
            inbound=dict(inbound),
            holdings=dict(held),
            organ_uses=dict(organs),
            party_seats=dict(seats),
            party_roles=dict(roles),
            bodies_of_tier=dict(tiers),
            matters_of_tier=dict(matters),
            body_order={body: i for i, body in enumerate(model.bodies)},
        )


def _organ_uses(body: Body, organs: defaultdict[Organ, list[tuple[OrganUse, Body]]]) -> None:
    """A body's uses of organs, in the order the party page lists them."""
    if body.appointed_by is not None and isinstance(body.appointed_by.target, Organ):
        organs[body.appointed_by.target].append(("appoints", body))
    vias = [r.via.target for r in body.representation if r.via is not None]
    for organ in dict.fromkeys(vias):  # once per body, however many seats it names
        if isinstance(organ, Organ):
            organs[organ].append(("represents", body))
    if body.reports_to is not None and isinstance(body.reports_to.target, Organ):
        organs[body.reports_to.target].append(("reported", body))
