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


def _settled_elsewhere(model: Model, body: Body) -> str:
    """ ", which <appointer> may settle": a body set up by an organ or a party may have its
    chair or secretary named in the appointing decision or by that party's own rules, which
    the model does not hold; the finding then says no more than the agreement leaves open."""
    ref = body.appointed_by
    if ref is None or ref.target is None:
        return ""
    return f"; it is set up by '{ref.id}', whose decision or rules may settle it"


def check_chair(model: Model) -> Iterator[Finding]:
    """A body that meets has a chair.

    Someone must convene the meetings, set the agenda and lead decisions. Where the agreement
    does not say who chairs a body, the question is left open for the body or for
    renegotiation; the model leaves it absent rather than guessing.

    Bad::

        members:
          - {position: north.city-manager, role: member, ...}

    Good::

        members:
          - {position: north.city-manager, role: chair, ...}
    """
    for body in model.bodies:
        if _meets(body) and not body.members_in_role("chair"):
            yield Finding(
                "GOV060",
                f"the agreement does not say who chairs '{model.text(body.name)}' ('{body.id}')"
                + _settled_elsewhere(model, body),
                body.at("members") if body.members else body.at("id"),
                hint="Agree on the chair (e.g. by position) and mark that member role: chair.",
                element=body.id,
            )


def check_secretary(model: Model) -> Iterator[Finding]:
    """A body that meets has a secretary.

    Minutes are how decisions are recorded and followed up (the parties commit to implementing
    decisions as agreed). Where the agreement names no secretary, who keeps the record is left
    to the body, or to the appointing party's decision and rules, which the model does not
    hold: the finding says only that the agreement does not settle it.

    Bad::

        members: [...]            # no role: secretary

    Good::

        members:
          - {position: north.development-manager, role: secretary, ...}
    """
    for body in model.bodies:
        if _meets(body) and not body.members_in_role("secretary"):
            yield Finding(
                "GOV061",
                f"the agreement does not name a secretary for "
                f"'{model.text(body.name)}' ('{body.id}')" + _settled_elsewhere(model, body),
                body.at("members") if body.members else body.at("id"),
                hint="Agree on who keeps the minutes and add that seat with role: secretary.",
                element=body.id,
            )


def check_joint_body_terms(model: Model) -> Iterator[Finding]:
    """The terms a joint body's legal basis requires are agreed somewhere the model can see.

    A body whose legal form rests on a legal basis with ``requires`` (for a joint body of
    municipalities, the law may list its tasks, its composition and the right to appoint
    members, the basis and distribution of costs, validity and termination) is checked against
    the model: tasks are the body's duties, composition its members, appointment its
    ``appointedBy``, and the rest the Agreement's ``terms``. When the body is set up by another
    agreement that the model does not hold (``legalForm.contract``), the missing terms belong
    there: the finding asks to check them in that contract. Otherwise this agreement should
    state them. One finding per body lists every missing term.

    Bad::

        # agreement.yaml: no terms.costDistribution, and no contract named

    Good::

        terms:
          costDistribution:
            en: The costs are divided in proportion to the population.
            source: {section: costs}
        # or, when another contract sets the body up:
        legalForm: {type: joint-body, legalBasis: act, contract: service-contract, ...}
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
        missing = [t for t in basis.requires if not present.get(t, False)]
        if not missing:
            continue
        act = model.text(basis.act)
        if basis.sections:
            act += " § " + ", ".join(basis.sections)
        terms = ", ".join(TOPICS[t] for t in missing)
        extra = (("topics", " ".join(missing)),)
        contract = lf.contract
        if contract is not None:
            yield Finding(
                "GOV062",
                f"'{body.id}' is a joint body under {act}, which requires the contract that "
                f"sets it up to agree on: {terms}. That contract, "
                f"'{model.text(contract.title)}', is not in the model: check these terms "
                "in it",
                lf.at("contract"),
                hint="Once the terms are known, record them under terms in the Agreement "
                "document, citing where they stand.",
                element=body.id,
                extra=(*extra, ("contract", contract.id)),
            )
            continue
        yield Finding(
            "GOV062",
            f"'{body.id}' is a joint body under {act}, which requires the agreement to "
            f"cover: {terms}; the agreement does not",
            lf.at("type"),
            hint=" ".join(_topic_hint(t) for t in missing),
            element=body.id,
            extra=extra,
        )


def _topic_hint(topic: str) -> str:
    key = TERM_KEYS.get(topic)
    if key:
        return f"Agree on {TOPICS[topic]} and record it under terms.{key}."
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
        id: account-manager        # no namedBy, no providedBy

    Good::

        namedBy:
          ref: north
          source: {section: account-manager}
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


def check_open_questions(model: Model) -> Iterator[Finding]:
    """Every open question a reader recorded is reported until it is answered.

    Some gaps no rule can find: whether a title in one list means the same person as in
    another, who exactly takes part for a party, how a body decides. The Agreement document's
    ``openQuestions`` records them, each with the words it arises from; each is reported as
    a warning and listed with the other open questions in the handbook. Answer it in the
    model (and remove the entry) once the parties agree.

    Bad::

        # a question raised in a review, kept only in someone's notes

    Good::

        openQuestions:
          - id: service-group-decisions
            about: [service-group]
            question: {en: How does the service group take its decisions?}
            source: {section: service-group}
    """
    agreement = model.agreement
    if agreement is None:
        return
    for q in agreement.open_questions:
        text = q.question.get("en", model.lang)
        about = ", ".join(f"'{r.id}'" for r in q.about)
        yield Finding(
            "GOV077",
            f"open question{f' about {about}' if about else ''}: {' '.join(text.split())}",
            q.at("question"),
            hint="Answer it in the model once the parties agree, and remove the entry.",
            element=q.id,
        )
