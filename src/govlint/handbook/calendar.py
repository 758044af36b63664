"""The annual cycle as iCalendar: one yearly event per anchored meeting, and one repeating
event per body that meets every month or every quarter (on the first day of each month, or
of each quarter's first month, since no day is agreed).

An anchored meeting is known only to a month window ("early in the year" = January–April), so
its event is a one-day, all-day event on the window's first day, recurring yearly, with the
window in its description and marked free (``TRANSP:TRANSPARENT``): a calendar shows when the
window opens without showing months as busy. UIDs are built from the agreement, body and
meeting ids, so re-importing an updated file updates the events instead of duplicating them.

``DTSTAMP`` and ``LAST-MODIFIED`` are the build's moment (:mod:`govlint.handbook.stamp`: the
commit's time or ``SOURCE_DATE_EPOCH``, never the clock), so two builds of one commit give the
same bytes, and a later version of the model is newer in a client's eyes (with an equal
``SEQUENCE``, the later ``DTSTAMP`` wins, RFC 5546). There is no ``SEQUENCE`` counter: a count
of commits is not reproducible in a shallow clone, and the commit time already orders versions.

Every text property (the calendar's name included) is added through :func:`_text`: the model's
text made an iCalendar TEXT by :func:`govlint.textsafe.ical` and escaped by the icalendar
library (``vText``), so no line break, ``;`` or ``,`` of a model text can end a content line
or start a property. A property the library does not know (``X-WR-CALNAME``) would otherwise
be written as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from govlint.handbook import phrases
from govlint.handbook.phrases import how_often, rhythm_note
from govlint.handbook.stamp import BuildStamp
from govlint.l10n import Ui
from govlint.model import Body, Cadence, Meeting, Model, Source, Text
from govlint.textsafe import ical

if TYPE_CHECKING:
    from icalendar import Event

# The years a calendar can be made for: Python's dates end with 9999, and a year's cycle can
# reach into the next (a meeting window over the new year).
FIRST_YEAR, LAST_YEAR = 1, 9998


def _text(value: str) -> Any:
    """A TEXT property value, escaped by the library whatever the property."""
    from icalendar import vText

    return vText(ical(value))


def _pick(model: Model, ui: Ui, value: Text | None) -> str:
    """``value`` in the calendar's language (else the model's main one); "" for none."""
    return value.pick(ui.lang, model.lang)[0] if value else ""


def _description(model: Model, ui: Ui, body: Body, meeting: Meeting) -> str:
    window = ui.window(meeting.month_from, meeting.month_to)
    lines = [
        ui._(
            "The entry is on the first day of the meeting's months ({window}); the exact day "
            "of the meeting is agreed separately.",
            window=window,
        )
    ]
    topics = ui.join(_pick(model, ui, t.name) for t in meeting.topics)
    if topics:
        lines.append(ui._("Handles") + f": {topics}")
    when = _pick(model, ui, meeting.when)
    lines.append(ui._("Months") + f": {phrases.window(ui, meeting, when)}")
    if body.cadence is not None:
        lines.append(how_often(ui, body.cadence))
    return _lines(model, ui, lines, (meeting.source, meeting.window_source))


def _lines(model: Model, ui: Ui, lines: list[str], sources: Iterable[Source | None]) -> str:
    """A description: ``lines``, then what each source says the fact rests on."""
    for source in sources:
        if source is None:
            continue
        if source.is_derived:
            lines.append(ui._("Derived") + f": {source.derived}")
        elif source.section is not None:
            heading = _pick(model, ui, source.section.heading)
            lines.append(ui._("Source") + f": {heading}")
    return "\n".join(" ".join(line.split()) for line in lines)


def _event(
    uid: str,
    stamp: BuildStamp,
    first: date,
    rrule: dict[str, Any],
    summary: str,
    category: str,
    description: str,
) -> Event:
    """One all-day event on ``first``, repeating by ``rrule``, marked free; every text
    property escaped by the library."""
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.moment)
    event.add("last-modified", stamp.moment)
    event.add("summary", _text(summary))
    event.add("dtstart", first)
    event.add("dtend", first + timedelta(days=1))
    event.add("rrule", rrule)
    event.add("transp", "TRANSPARENT")
    event.add("categories", [_text(category)])
    event.add("description", _text(description))
    return event


def _regular(
    model: Model, ui: Ui, body: Body, cad: Cadence, year: int, stamp: BuildStamp, agreement: str
) -> Event:
    """A body's regular rhythm as one event on the first day of January, repeating every
    month or every three months. Its UID (agreement/body) is no anchored meeting's
    (agreement/body/meeting)."""
    name = _pick(model, ui, body.name)
    return _event(
        f"{agreement}/{body.id}@govlint",
        stamp,
        date(year, 1, 1),
        {"freq": "monthly", "interval": cad.gap},
        f"{name}: {how_often(ui, cad)}",
        name,
        _lines(model, ui, [rhythm_note(ui, cad)], (cad.source,)),
    )


def calendar_bytes(
    model: Model, year: int, lang: str | None = None, stamp: BuildStamp | None = None
) -> bytes:
    """The .ics file of every anchored meeting, the first events in ``year``, in ``lang``
    (default: the model's main language); ``stamp`` (default: 1 January of ``year``) dates
    the file."""
    from icalendar import Calendar

    ui = Ui(lang or model.lang)
    agreement_id = model.agreement.id if model.agreement else "govlint"
    cal = Calendar()
    cal.add("prodid", _text("-//govlint//handbook//" + ui.lang.upper()))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = _pick(model, ui, model.agreement.title) if model.agreement else ""
    page = ui._("Annual cycle")
    cal.add("x-wr-calname", _text(f"{page}: {name}" if name else page))
    stamp = stamp or BuildStamp.of_year(year)
    for body in model.bodies:
        if body.cadence is None:
            continue
        if body.cadence.gap is not None:
            cal.add_component(_regular(model, ui, body, body.cadence, year, stamp, agreement_id))
        body_name = _pick(model, ui, body.name)
        for meeting in body.cadence.meetings:
            event = _event(
                f"{agreement_id}/{body.id}/{meeting.id}@govlint",
                stamp,
                date(year, meeting.month_from, 1),
                {"freq": "yearly"},
                f"{body_name}: {_pick(model, ui, meeting.name)}",
                body_name,
                _description(model, ui, body, meeting),
            )
            cal.add_component(event)
    return cal.to_ical()
