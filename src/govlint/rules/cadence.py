"""Meeting cadence and the annual cycle."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from govlint.findings import Finding
from govlint.model import Body, Meeting, Model


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

    Bad::

        duties:
          - id: talousarvio
            timing: {from: 6, to: 6}
        cadence: {min: 1, max: 1, meetings: [{id: syys, window: {from: 9, to: 9}, ...}]}

    Good::

        cadence:
          meetings:
            - id: talousarvio
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
    the preparation happens.

    Bad::

        duties:
          - id: talousarvion-laadinta
            prepares: {body: ohjausryhma, meeting: talousarvio, source: ...}
        # and the preparing body has no anchored meetings, or only after June

    Good::

        cadence:
          meetings:
            - id: talousarvion-valmistelu
              window: {from: 4, to: 5}
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
                f"{calendar.month_name[decide.month_from]} (cadence.meetings), once the parties "
                "agree on it.",
                element=body.id,
                extra=(("duty", duty.id),),
            )


def _before(prep: Meeting, decide: Meeting) -> bool:
    """True when ``prep`` ends within the six months before ``decide`` starts (cyclically)."""
    gap = (decide.month_from - prep.month_to) % 12
    return 1 <= gap <= 6
