"""The annual cycle as iCalendar: one yearly event per anchored meeting.

An anchored meeting is known only to a month window ("early in the year" = January–April), so
its event is an all-day event over the whole window, recurring yearly, marked free
(``TRANSP:TRANSPARENT``) so that it does not block anyone's calendar. UIDs are built from the
agreement, body and meeting ids, so re-importing an updated file updates the events instead of
duplicating them. ``DTSTAMP`` is derived from the year, so the same model and year always give
the same bytes (golden tests, reproducible builds).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from govlint.handbook.phrases import cadence
from govlint.l10n import Ui
from govlint.model import Body, Meeting, Model, Text


def _end(meeting: Meeting, year: int) -> date:
    """The first day after the window (DTEND is exclusive); a window may wrap the year."""
    end_year = year if meeting.month_to >= meeting.month_from else year + 1
    if meeting.month_to == 12:
        return date(end_year + 1, 1, 1)
    return date(end_year, meeting.month_to + 1, 1)


def _description(model: Model, ui: Ui, body: Body, meeting: Meeting) -> str:
    def text(value: Text | None) -> str:
        return value.pick(ui.lang, model.lang)[0] if value else ""

    lines = []
    topics = ui.join(text(t.name) for t in meeting.topics)
    if topics:
        lines.append(ui._("Handles") + f": {topics}")
    when = ui.window(meeting.month_from, meeting.month_to)
    lines.append(ui._("Months") + f": {when}")
    if body.cadence is not None:
        lines.append(cadence(ui, body.cadence.min, body.cadence.max, body.cadence.approximate))
    for source in (meeting.source, meeting.window_source):
        if source is None:
            continue
        if source.is_derived:
            lines.append(ui._("Derived") + f": {source.derived}")
        elif source.section is not None:
            lines.append(ui._("Source") + f": {text(source.section.heading)}")
    return "\n".join(" ".join(line.split()) for line in lines)


def calendar_bytes(model: Model, year: int, lang: str | None = None) -> bytes:
    """The .ics file of every anchored meeting, starting in ``year``, in ``lang`` (default:
    the model's main language)."""
    from icalendar import Calendar, Event

    ui = Ui(lang or model.lang)

    def text(value: Text | None) -> str:
        return value.pick(ui.lang, model.lang)[0] if value else ""

    agreement_id = model.agreement.id if model.agreement else "govlint"
    cal = Calendar()
    cal.add("prodid", "-//govlint//handbook//" + ui.lang.upper())
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = text(model.agreement.title) if model.agreement else ""
    page = ui._("Annual cycle")
    cal.add("x-wr-calname", f"{page}: {name}" if name else page)
    stamp = datetime(year, 1, 1, tzinfo=UTC)
    for body in model.bodies:
        if body.cadence is None:
            continue
        for meeting in body.cadence.meetings:
            event = Event()
            event.add("uid", f"{agreement_id}/{body.id}/{meeting.id}@govlint")
            event.add("dtstamp", stamp)
            event.add("summary", f"{text(body.name)}: {text(meeting.name)}")
            event.add("dtstart", date(year, meeting.month_from, 1))
            event.add("dtend", _end(meeting, year))
            event.add("rrule", {"freq": "yearly"})
            event.add("transp", "TRANSPARENT")
            event.add("categories", [text(body.name)])
            event.add("description", _description(model, ui, body, meeting))
            cal.add_component(event)
    return cal.to_ical()
