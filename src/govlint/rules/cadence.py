"""Meeting cadence and the annual cycle."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Body, Meeting, Model

PREPARATION_MONTHS = 6  # a preparing meeting ends within this many months before the decision


def _window(meeting: Meeting) -> str:
    if meeting.month_from == meeting.month_to:
        return f"month {meeting.month_from}"
    return f"months {meeting.month_from}–{meeting.month_to}"


def check_cadence_range(model: Model) -> Iterator[Finding]:
    """A cadence's minimum is not above its maximum, and the anchored meetings fit in it.

    ``min`` and ``max`` are meetings per year. The meetings anchored to a time of year count
    towards them: more anchored meetings than ``max`` cannot all be held. Meeting ids are
    unique within the body.

    Bad::

        cadence: {min: 4, max: 2, source: ...}

    Good::

        cadence: {min: 2, max: 4, source: ...}
    """
    for body in model.bodies:
        cad = body.cadence
        if cad is None:
            continue
        if cad.min > cad.max:
            yield Finding(
                "GOV050",
                f"body '{body.id}' meets at least {cad.min} and at most {cad.max} times a year",
                cad.at("min"),
                hint="Swap them, or correct the one that is wrong.",
                element=body.id,
            )
        if len(cad.meetings) > cad.max:
            yield Finding(
                "GOV050",
                f"body '{body.id}' has {len(cad.meetings)} anchored "
                f"meetings but meets at most {cad.max} times a year",
                cad.at("meetings"),
                hint="Raise max or remove an anchored meeting.",
                element=body.id,
            )
        seen: set[str] = set()
        for meeting in cad.meetings:
            if meeting.id in seen:
                yield Finding(
                    "GOV050",
                    f"body '{body.id}' has two meetings with id '{meeting.id}'",
                    meeting.at("id"),
                    element=body.id,
                )
            seen.add(meeting.id)


def check_duty_timing(model: Model) -> Iterator[Finding]:
    """A duty bound to a time of year has a meeting of its body in that window.

    If the body must handle something in June, one of its anchored meetings must fall in June;
    otherwise the annual cycle cannot deliver the duty.

    A body that meets monthly has a meeting in every window; one that meets quarterly in
    every window of three months or more.

    Bad::

        duties:
          - id: budget
            timing: {from: 6, to: 6}
        cadence: {min: 1, max: 1, meetings: [{id: autumn, window: {from: 9, to: 9}, ...}]}

    Good::

        cadence:
          meetings:
            - id: budget
              window: {from: 6, to: 6}
    """
    for body in model.bodies:
        for duty in body.duties:
            if duty.timing is None:
                continue
            months = set(_months(*duty.timing))
            meetings = body.cadence.meetings if body.cadence else []
            if any(months & set(m.months) for m in meetings):
                continue
            gap = body.cadence.gap if body.cadence else None
            if gap is not None and len(months) >= gap:
                continue  # a regular meeting falls in any window this long
            yield Finding(
                "GOV051",
                f"duty '{duty.id}' of body '{body.id}' is bound to months "
                f"{duty.timing[0]}–{duty.timing[1]}, but no meeting of the body is anchored "
                "then",
                duty.at("timing"),
                hint="Anchor a meeting in that window under cadence.meetings.",
                element=body.id,
            )


def _months(start: int, end: int) -> list[int]:
    if start <= end:
        return list(range(start, end + 1))
    return [*range(start, 13), *range(1, end + 1)]


def check_preparation_order(model: Model) -> Iterator[Finding]:
    """What a lower tier prepares is scheduled before the meeting that decides it.

    A duty with ``prepares`` (the development group drafts the budget that the steering group
    decides in June) needs a meeting of its own body that ends before the deciding meeting
    starts, within the six months before it. Without one, the annual cycle does not show when
    the preparation happens. A body that meets monthly or quarterly (``frequency``) has one.

    Bad::

        duties:
          - id: budget-draft
            prepares: {body: board, meeting: budget, source: ...}
        # and the preparing body has no anchored meetings, or only after June

    Good::

        cadence:
          meetings:
            - id: budget-preparation
              window: {from: 4, to: 5}
        # or a regular rhythm: cadence: {min: 12, max: 12, frequency: monthly, ...}
    """
    for body in model.bodies:
        for duty in body.duties:
            prep = duty.prepares
            if prep is None or prep.meeting is None:
                continue
            decide = prep.meeting
            own = body.cadence.meetings if body.cadence else []
            if any(_before(m, decide) for m in own):
                continue
            gap = body.cadence.gap if body.cadence else None
            if gap is not None and gap <= PREPARATION_MONTHS:
                continue  # a regular meeting falls within the months before
            decider = prep.body.target
            decider_id = decider.id if isinstance(decider, Body) else prep.body.id
            if own:
                detail = "none of its anchored meetings comes before it"
            else:
                detail = "the body has no meeting anchored to a time of year"
            yield Finding(
                "GOV052",
                f"body '{body.id}' prepares '{model.text(duty.text)}' for "
                f"'{decider_id}' meeting '{decide.id}' ({_window(decide)}), but {detail}; the "
                "agreement does not say when the preparation is done",
                duty.at("prepares"),
                hint=f"Anchor a meeting of '{body.id}' in the months before "
                f"{calendar.month_name[decide.month_from]} (cadence.meetings), or record its "
                "regular rhythm (cadence.frequency), once the parties agree on it.",
                element=body.id,
                extra=(("duty", duty.id),),
            )


def _before(prep: Meeting, decide: Meeting) -> bool:
    """True when ``prep`` ends within the six months before ``decide`` starts (cyclically)."""
    gap = (decide.month_from - prep.month_to) % 12
    return 1 <= gap <= PREPARATION_MONTHS


def check_frequency(model: Model) -> Iterator[Finding]:
    """A regular rhythm of meetings agrees with the number of meetings a year.

    ``frequency: monthly`` makes 12 meetings a year and ``quarterly`` 4; ``min`` and ``max``
    must allow that many (a monthly group that skips July: ``min: 11, max: 12``). Anchored
    meetings may stand beside the rhythm (the budget meeting is one of the monthly ones).

    Bad::

        cadence: {min: 4, max: 6, frequency: monthly, source: ...}

    Good::

        cadence: {min: 12, max: 12, frequency: monthly, source: ...}
    """
    for body in model.bodies:
        cad = body.cadence
        if cad is None or cad.per_year is None or cad.min > cad.max:
            continue  # no rhythm, or min above max (GOV050 says so first)
        if cad.min <= cad.per_year <= cad.max:
            continue
        yield Finding(
            "GOV053",
            f"body '{body.id}' meets {cad.frequency} ({cad.per_year} times a year), but its "
            f"cadence says {cad.min}–{cad.max} times a year",
            cad.at("frequency"),
            hint=f"Make min at most {cad.per_year} and max at least {cad.per_year}, or correct "
            "the frequency.",
            element=body.id,
        )
