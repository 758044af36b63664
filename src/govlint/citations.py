"""Every source of the model, with the element it belongs to: what cites the agreement.

The rules read this walk to check every source (a section that exists, a quote that is
verbatim); the coverage table and the handbook read it to say which element cites a sentence
(``owner``: the element whose page shows the fact, e.g. the position for a position's title,
the body for one of its seats).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from govlint.model import Body, Element, Model, Node, Source


@dataclass(frozen=True)
class Cited:
    """One provenance-carrying node: its source, a label for messages and its owner."""

    owner: Element | None
    node: Node
    source: Source | None
    label: str


def walk(model: Model) -> Iterator[Cited]:
    """Every provenance-carrying node of the model, in model order."""
    agreement = model.agreement
    if agreement is not None:
        for name in ("purpose", "scope"):
            st = getattr(agreement, name)
            if st is not None:
                yield Cited(agreement, st, st.source, f"agreement {name}")
        for key, st in agreement.terms.items():
            yield Cited(agreement, st, st.source, f"agreement term '{key}'")
        for lb in agreement.legal_bases.values():
            yield Cited(agreement, lb, lb.source, f"legal basis '{lb.id}'")
            if lb.requires_source is not None:
                yield Cited(
                    agreement, lb, lb.requires_source, f"legal basis '{lb.id}' requirements"
                )
        for ra in agreement.related.values():
            yield Cited(agreement, ra, ra.source, f"related agreement '{ra.id}'")
        for q in agreement.open_questions:
            yield Cited(q, q, q.source, f"open question '{q.id}'")
    for party in model.parties:
        yield Cited(party, party, party.source, f"party '{party.id}'")
        for organ in party.organs:
            yield Cited(organ, organ, organ.source, f"organ '{organ.id}'")
        for pos in party.positions:
            yield Cited(pos, pos, pos.source, f"position '{pos.id}'")
    for tier in model.tiers:
        yield Cited(tier, tier, tier.source, f"tier '{tier.id}'")
        if tier.parties_required_source is not None:
            label = f"tier '{tier.id}' representation"
            yield Cited(tier, tier, tier.parties_required_source, label)
        for resp in tier.responsibilities:
            label = f"responsibility '{resp.id}' of tier '{tier.id}'"
            yield Cited(tier, resp, resp.source, label)
    for body in model.bodies:
        yield from _body(body)
    for role in model.roles:
        yield Cited(role, role, role.source, f"role '{role.id}'")
        if role.purpose_source is not None:
            yield Cited(role, role, role.purpose_source, f"purpose of role '{role.id}'")
        for ref, what in ((role.named_by, "namedBy"), (role.provided_by, "providedBy")):
            if ref is not None:
                yield Cited(role, ref, ref.source, f"{what} of role '{role.id}'")
        for duty in role.duties:
            yield Cited(role, duty, duty.source, f"duty '{duty.id}' of role '{role.id}'")
    for mt in model.matter_types:
        yield Cited(mt, mt, mt.source, f"matter type '{mt.id}'")
        if mt.handled_by is not None:
            label = f"first handler of matter type '{mt.id}'"
            yield Cited(mt, mt.handled_by, mt.handled_by.source, label)
        yield Cited(mt, mt, mt.escalation_source, f"escalation route of matter type '{mt.id}'")
        for step in mt.steps:
            if step.source is not None:
                label = f"escalation step of matter type '{mt.id}'"
                yield Cited(mt, step, step.source, label)
    for goal in model.goals:
        yield Cited(goal, goal, goal.source, f"goal '{goal.id}'")
        if goal.horizon_source is not None:
            yield Cited(goal, goal, goal.horizon_source, f"horizon of goal '{goal.id}'")
    for com in model.commitments:
        yield Cited(com, com, com.source, f"commitment '{com.id}'")


def _body(body: Body) -> Iterator[Cited]:
    label = f"body '{body.id}'"
    yield Cited(body, body, body.source, label)
    if body.legal_form is not None:
        yield Cited(body, body.legal_form, body.legal_form.source, f"legal form of {label}")
    for ref, what in (
        (body.appointed_by, "appointedBy"),
        (body.escalates_to, "escalatesTo"),
        (body.reports_to, "reportsTo"),
    ):
        if ref is not None:
            yield Cited(body, ref, ref.source, f"{what} of {label}")
    for m in body.members:
        yield Cited(body, m, m.source, f"member of {label}")
    for r in body.representation:
        yield Cited(body, r, r.source, f"representation of {label}")
    if body.cadence is not None:
        yield Cited(body, body.cadence, body.cadence.source, f"cadence of {label}")
        for meeting in body.cadence.meetings:
            yield Cited(meeting, meeting, meeting.source, f"meeting '{meeting.id}' of {label}")
            if meeting.window_source is not None:
                what = f"window of meeting '{meeting.id}'"
                yield Cited(meeting, meeting, meeting.window_source, what)
    for duty in body.duties:
        yield Cited(body, duty, duty.source, f"duty '{duty.id}' of {label}")
        if duty.prepares is not None:
            what = f"preparation link of duty '{duty.id}'"
            yield Cited(body, duty.prepares, duty.prepares.source, what)
