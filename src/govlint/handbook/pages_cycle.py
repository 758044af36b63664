"""The annual cycle (vuosikello): timeline, meetings by month, unscheduled cadences, .ics."""

from __future__ import annotations

from govlint.handbook.pages_core import figure, start
from govlint.handbook.site import Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import heading, md
from govlint.model import Body, Meeting, Role


def anchored(site: Site) -> list[tuple[Body, Meeting]]:
    """Every anchored meeting, in calendar order of its first month (then model order)."""
    found = [(b, m) for b in site.model.bodies if b.cadence is not None for m in b.cadence.meetings]
    order = site.index.body_order  # not bodies.index(): that made the sort O(meetings x bodies)
    return sorted(found, key=lambda bm: (bm[1].month_from, bm[1].month_to, order[bm[0]]))


def cycle_page(site: Site, svg: Diagram) -> str:
    ui, model = site.ui, site.model
    frm = site.path("cycle")
    out = start(site, ui.t("page.cycle"))
    out += [md(ui.t("cycle.intro")), ""]
    out += figure(
        site, frm, svg, site.image(ui.t("path.cycle")), ui.t("cycle.svg.title", year=site.year)
    )
    out += [
        f"[{md(ui.t('cycle.download', year=site.year))}]"
        f"({site.href(frm, site.path('cycle', 'ics'))}) – {md(ui.t('cycle.download.note'))}",
        "",
    ]
    out += [heading(2, md(ui.t("cycle.anchored"))), ""]
    rows = []
    for body, meeting in anchored(site):
        window = ui.window(meeting.month_from, meeting.month_to)
        when = f"{window} ({model.text(meeting.when)})" if meeting.when else window
        marks = site.src(meeting.source) + (
            f" {site.src(meeting.window_source)}" if meeting.window_source else ""
        )
        rows.append(
            [
                md(when),
                site.link(frm, body),
                site.link(frm, meeting),
                md(", ".join(model.text(t.name) for t in meeting.topics)),
                marks,
            ]
        )
    if rows:
        out += site.table(
            (
                "cycle.col.month",
                "cycle.col.body",
                "body.col.meeting",
                "body.col.topics",
                "body.col.source",
            ),
            rows,
        )
    else:
        out.append(md(ui.t("cycle.none")))
    unscheduled = []
    for body in model.bodies:
        cad = body.cadence
        if cad is None or cad.max <= len(cad.meetings):
            continue
        cadence = ui.cadence(cad.min, cad.max, cad.approximate)
        key = "cycle.unanchored.extra" if cad.meetings else "cycle.unanchored.row"
        text = site.fmt(
            key, body=site.link(frm, body), cadence=md(cadence), n=str(len(cad.meetings))
        )
        unscheduled.append(f"- {text} {site.src(cad.source)}")
    if unscheduled:
        out += ["", heading(2, md(ui.t("cycle.unanchored"))), "", *unscheduled]
    preparations = []
    for body in model.bodies:
        for duty in body.duties:
            prep = duty.prepares
            if prep is None or prep.meeting is None:
                continue
            preparations.append(
                "- "
                + site.fmt(
                    "cycle.preparation.row",
                    body=site.link(frm, body),
                    duty=md(model.text(duty.text)),
                    target=site.ref(frm, prep.body),
                    meeting=site.link(frm, prep.meeting),
                    when=md(ui.window(prep.meeting.month_from, prep.meeting.month_to)),
                )
                + f" {site.src(prep.source)}"
            )
    if preparations:
        out += ["", heading(2, md(ui.t("cycle.preparation"))), "", *preparations]
    owners: list[Body | Role] = [*model.bodies, *model.roles]
    timed = [(owner, d) for owner in owners for d in owner.duties if d.timing is not None]
    if timed:
        out += ["", heading(2, md(ui.t("cycle.timings"))), ""]
        for owner, duty in timed:
            assert duty.timing is not None
            out.append(
                f"- {md(ui.window(*duty.timing))}: {site.link(frm, owner)} – "
                f"{md(model.text(duty.text))} {site.src(duty.timing_source)}"
            )
    return "\n".join(out) + "\n"
