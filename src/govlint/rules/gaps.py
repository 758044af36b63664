"""Governance gaps: what the agreement leaves open. Warnings, phrased for renegotiation."""

from __future__ import annotations

from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Body, Model

TOPICS = {
    "tasks": "the body's tasks",
    "composition": "the body's composition",
    "appointment": "who appoints the members",
    "cost-basis": "the basis of the costs",
    "cost-distribution": "how the costs are divided between the parties",
    "validity": "how long the agreement is in force",
    "termination": "how the agreement is terminated",
}
TERM_KEYS = {
    "cost-basis": "costBasis",
    "cost-distribution": "costDistribution",
    "validity": "validity",
    "termination": "termination",
}


def _meets(body: Body) -> bool:
    return body.cadence is not None and body.cadence.max > 0


def check_chair(model: Model) -> Iterator[Finding]:
    """A body that meets has a chair.

    Someone must convene the meetings, set the agenda and lead decisions. Where the agreement
    does not say who chairs a body, the question is left open for the body or for
    renegotiation; the model leaves it absent rather than guessing.

    Bad::

        members:
          - {position: pori.kaupunginjohtaja, role: member, ...}

    Good::

        members:
          - {position: pori.kaupunginjohtaja, role: chair, ...}
    """
    for body in model.bodies:
        if _meets(body) and not body.members_in_role("chair"):
            yield Finding(
                "GOV060",
                f"the agreement does not say who chairs '{model.text(body.name)}' ('{body.id}')",
                body.at("members") if body.members else body.at("id"),
                hint="Agree on the chair (e.g. by position) and mark that member role: chair.",
                element=body.id,
            )


def check_secretary(model: Model) -> Iterator[Finding]:
    """A body that meets has a secretary.

    Minutes are how decisions are recorded and followed up (the parties commit to implementing
    decisions as agreed). Without a secretary, nobody is responsible for the record.

    Bad::

        members: [...]            # no role: secretary

    Good::

        members:
          - {position: pori.kehittamispaallikko, role: secretary, ...}
    """
    for body in model.bodies:
        if _meets(body) and not body.members_in_role("secretary"):
            yield Finding(
                "GOV061",
                f"the agreement does not name a secretary for "
                f"'{model.text(body.name)}' ('{body.id}'): nobody is responsible for the minutes",
                body.at("members") if body.members else body.at("id"),
                hint="Agree on who keeps the minutes and add that seat with role: secretary.",
                element=body.id,
            )


def check_joint_body_terms(model: Model) -> Iterator[Finding]:
    """A joint body's agreement covers what its legal basis requires.

    A body whose legal form rests on a legal basis with ``requires`` (for a joint body of
    municipalities, kuntalaki 410/2015 § 51: tasks, composition and the right to appoint
    members, the basis and distribution of costs, validity and termination) is checked against
    the model: tasks are the body's duties, composition its members, appointment its
    ``appointedBy``, and the rest the Agreement's ``terms``.

    Bad::

        # agreement.yaml: no terms.costDistribution

    Good::

        terms:
          costDistribution:
            fi: Kustannukset jaetaan asukasluvun suhteessa.
            source: {section: kustannukset}
    """
    agreement = model.agreement
    if agreement is None:
        return
    for body in model.bodies:
        lf = body.legal_form
        basis = lf.legal_basis if lf is not None else None
        if lf is None or basis is None:
            continue
        present = {
            "tasks": bool(body.duties),
            "composition": bool(body.members or body.representation),
            "appointment": body.appointed_by is not None,
        }
        for topic, key in TERM_KEYS.items():
            present[topic] = key in agreement.terms
        act = model.text(basis.act)
        for topic in basis.requires:
            if present.get(topic, False):
                continue
            yield Finding(
                "GOV062",
                f"'{body.id}' is a joint body under {act}, which requires the "
                f"agreement to cover {TOPICS[topic]}; the agreement does not",
                lf.at("type"),
                hint=_topic_hint(topic),
                element=body.id,
                extra=(("topic", topic),),
            )


def _topic_hint(topic: str) -> str:
    key = TERM_KEYS.get(topic)
    if key:
        return f"Agree on it and record it under terms.{key} in the Agreement document."
    return {
        "tasks": "List the body's duties.",
        "composition": "List the body's members.",
        "appointment": "Record who appoints the body (appointedBy).",
    }[topic]


def check_appointment(model: Model) -> Iterator[Finding]:
    """Every body and named role says who appoints or names it.

    Without it, nobody is accountable for filling the seats, and a party cannot know whom to
    ask when a seat is empty.

    Bad::

        kind: Role
        id: ict-asiakkuuspaallikko        # no namedBy, no providedBy

    Good::

        namedBy:
          ref: pori
          source: {section: asiakkuuspaallikko}
    """
    for body in model.bodies:
        if body.appointed_by is None:
            yield Finding(
                "GOV063",
                f"the agreement does not say who sets up '{model.text(body.name)}' "
                f"('{body.id}') or appoints its members",
                body.at("id"),
                hint="Agree on the appointing organ and record it as appointedBy.",
                element=body.id,
            )
    for role in model.roles:
        if role.named_by is None and role.provided_by is None and not role.held_by:
            yield Finding(
                "GOV063",
                f"the agreement does not say who names or provides "
                f"'{model.text(role.name)}' ('{role.id}')",
                role.at("id"),
                hint="Agree on who names the role and record it as namedBy or providedBy.",
                element=role.id,
            )
