"""The annual cycle: the ring, meetings by month, regular and unscheduled cadences, .ics."""

from __future__ import annotations

from govlint.handbook import phrases
from govlint.handbook.pages_core import figure, start, when
from govlint.handbook.site import Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import heading, md
from govlint.model import Body, Meeting, Role, Text


def anchored(site: Site) -> list[tuple[Body, Meeting]]:
    """Every anchored meeting, in calendar order of its first month (then model order)."""
    found = [(b, m) for b in site.model.bodies if b.cadence is not None for m in b.cadence.meetings]
    order = site.index.body_order  # not bodies.index(): that made the sort O(meetings x bodies)
    return sorted(found, key=lambda bm: (bm[1].month_from, bm[1].month_to, order[bm[0]]))


def cycle_page(site: Site, svg: Diagram) -> str:
    ui, model = site.ui, site.model
    frm = site.path("cycle")
    out = start(site, ui._("Annual cycle"))
    intro = ui._(
        "The annual cycle shows when the bodies meet and what their meetings handle. A "
        "meeting's arc covers the months within which the meeting is held. The numbers in the "
        "diagram are explained with it, and the table below says the same."
    )
    out += [md(intro), ""]
    out += figure(site, frm, svg, site.fixed["cycle"], ui._("Annual cycle {year}", year=site.year))
    download = ui._("Download the annual cycle as a calendar (iCalendar, {year})", year=site.year)
    if any(b.cadence is not None and b.cadence.frequency for b in model.bodies):
        note = ui._(
            "Each meeting appears as a yearly reminder on the first day of its months, and a "
            "regular rhythm as a reminder on the first day of each month or quarter; the exact "
            "day of a meeting is agreed separately."
        )
    else:
        note = ui._(
            "Each meeting appears as a yearly reminder on the first day of its months; the "
            "exact day of the meeting is agreed separately."
        )
    out += [f"[{md(download)}]({site.href(frm, site.path('cycle', 'ics'))}) – {md(note)}", ""]
    out += [heading(2, md(ui._("Meetings by month"))), ""]
    rows = []
    for body, meeting in anchored(site):
        window = site.src(meeting.window_source) if meeting.window_source else ""
        rows.append(
            [
                when(site, meeting) + window,
                site.link(frm, body),
                site.link(frm, meeting) + site.src(meeting.source),
                md(ui.join(site.text(t.name) for t in meeting.topics)),
            ]
        )
    if rows:
        headers = (ui._("Months"), ui._("Body"), ui._("Meeting"), ui._("Handles"))
        out += site.table(headers, rows)
    else:
        out.append(md(ui._("No meeting is bound to a time of year.")))
    regular = []
    for body in model.bodies:
        cad = body.cadence
        if cad is None or not cad.frequency:
            continue
        text = site.fmt(
            ui._("{body}: {cadence}."),
            body=site.link(frm, body),
            cadence=md(phrases.how_often(ui, cad)),
        )
        regular.append(f"- {text}{site.src(cad.source)}")
    if regular:
        out += ["", heading(2, md(ui._("Regular meetings"))), "", *regular]
    unscheduled = []
    for body in model.bodies:
        cad = body.cadence
        if cad is None or cad.frequency or cad.max <= len(cad.meetings):
            continue
        cadence = md(phrases.cadence(ui, cad.min, cad.max, cad.approximate))
        if cad.meetings:
            template = ui.ngettext(
                "{body}: {cadence}, of which {n} is bound to a time of year.",
                "{body}: {cadence}, of which {n} are bound to a time of year.",
                len(cad.meetings),
            )
        else:
            template = ui._("{body}: {cadence}; the times are not agreed.")
        text = site.fmt(template, body=site.link(frm, body), cadence=cadence)
        unscheduled.append(f"- {text}{site.src(cad.source)}")
    if unscheduled:
        out += ["", heading(2, md(ui._("Meetings without an agreed time"))), "", *unscheduled]
    preparations = []
    for body in model.bodies:
        for duty in body.duties:
            prep = duty.prepares
            if prep is None or prep.meeting is None:
                continue
            text = site.fmt(
                ui._("{body} prepares: {duty}. Decided by: {target}, {meeting} ({months})."),
                body=site.link(frm, body),
                duty=site.md(Text({k: v.rstrip(".") for k, v in duty.text.values.items()})),
                target=site.ref(frm, prep.body),
                meeting=site.link(frm, prep.meeting),
                months=when(site, prep.meeting),
            )
            preparations.append(f"- {text}{site.src(prep.source)}")
    if preparations:
        out += ["", heading(2, md(ui._("Preparation"))), "", *preparations]
    owners: list[Body | Role] = [*model.bodies, *model.roles]
    timed = [(owner, d) for owner in owners for d in owner.duties if d.timing is not None]
    if timed:
        out += ["", heading(2, md(ui._("Duties bound to a time of year"))), ""]
        for owner, duty in timed:
            assert duty.timing is not None
            out.append(
                f"- {md(ui.window(*duty.timing))}: {site.link(frm, owner)} – "
                f"{site.md(duty.text)}{site.src(duty.timing_source)}"
            )
    return "\n".join(out) + "\n"
