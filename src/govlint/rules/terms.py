"""Terms of the agreement as data: cost shares and the period in force."""

from __future__ import annotations

import math
from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Model, Party, parse_date


def check_cost_shares(model: Model) -> Iterator[Finding]:
    """The cost shares name every party of the agreement once and sum to 100 %.

    ``terms.costDistribution.shares`` gives each party's share of the costs in per cent. A
    share for an organisation that is not a party to the agreement (``signatory: false``), a
    party listed twice or left out, or shares that do not add up to 100 would leave part of
    the costs unpaid or paid twice. A party that pays nothing is listed with ``percent: 0``.

    Bad::

        costDistribution:
          shares:
            - {party: north, percent: 60}
            - {party: south, percent: 30}      # 90 % in all; east is left out

    Good::

        costDistribution:
          shares:
            - {party: north, percent: 55}
            - {party: south, percent: 30}
            - {party: east, percent: 15}
          source: {section: costs, quote: ...}
    """
    agreement = model.agreement
    term = agreement.terms.get("costDistribution") if agreement is not None else None
    if agreement is None or term is None or not term.shares:
        return
    seen: dict[str, int] = {}
    counted = []  # the shares that divide the costs: each listed party's first
    listed = {ref.id for ref in agreement.party_refs}
    for share in term.shares:
        party = share.party.target
        if share.party.id in seen:
            yield Finding(
                "GOV064",
                f"party '{share.party.id}' has two cost shares (first at line "
                f"{seen[share.party.id]})",
                share.party.loc,
                hint="Give each party one share.",
                element=share.party.id,
            )
            continue
        seen[share.party.id] = share.party.loc.line
        if share.party.id in listed:
            counted.append(share)
        if isinstance(party, Party) and not party.signatory:
            yield Finding(
                "GOV064",
                f"'{party.id}' has a cost share but is not a party to the agreement "
                "(signatory: false)",
                share.party.loc,
                hint="The costs are divided between the parties: remove this share, or make "
                f"'{party.id}' a party.",
                element=party.id,
            )
    if any(share.party.target is None for share in term.shares):
        return  # an unknown party (GOV021): the sum may be right once it is fixed
    for party in model.signatories():
        if party.id not in seen:
            yield Finding(
                "GOV064",
                f"the cost shares leave out party '{party.id}'",
                term.at("shares"),
                hint=f"Add '{{party: {party.id}, percent: ...}}' (0 if it pays nothing).",
                element=party.id,
            )
    total = sum(s.percent for s in counted)
    if not math.isclose(total, 100, abs_tol=1e-6):
        parts = " + ".join(f"{_number(s.percent)}" for s in counted)
        yield Finding(
            "GOV064",
            f"the cost shares sum to {_number(total)} %, not 100 % ({parts})",
            term.at("shares"),
            hint="Correct the shares so that they add up to 100.",
            element=agreement.id,
        )


def _number(value: float) -> str:
    """30.0 -> "30", 33.35 -> "33.35"."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def check_validity(model: Model) -> Iterator[Finding]:
    """The agreement's period in force is made of real dates, its end after its start.

    ``terms.validity.from`` and ``to`` are the first and last day in force ("YYYY-MM-DD"). A
    date that is not in the calendar ("2025-02-30") or an end before the start cannot be
    shown or compared.

    Bad::

        validity: {from: "2025-01-01", to: "2024-12-31", source: ...}

    Good::

        validity: {from: "2025-01-01", to: "2028-12-31", source: ...}
    """
    agreement = model.agreement
    term = agreement.terms.get("validity") if agreement is not None else None
    if agreement is None or term is None:
        return
    dates = {}
    for key, value in (("from", term.start), ("to", term.end)):
        if value is None:
            continue
        dates[key] = parse_date(value)
        if dates[key] is None:
            yield Finding(
                "GOV065",
                f"terms.validity.{key}: '{value}' is not a date in the calendar",
                term.at(key),
                hint="Write a real day as YYYY-MM-DD.",
                element=agreement.id,
            )
    start, end = dates.get("from"), dates.get("to")
    if start is not None and end is not None and end < start:
        yield Finding(
            "GOV065",
            f"the agreement ends ({term.end}) before it starts ({term.start})",
            term.at("to"),
            hint="Correct the dates: 'to' is the last day in force, on or after 'from'.",
            element=agreement.id,
        )
