"""Where matters come from and where they go, seen from one body or role.

Shared by the body and role pages: matter types routed through the element (with the trigger
that brings a matter here and the one that takes it further), bodies escalating or reporting
to it, and preparations aimed at its meetings.
"""

from __future__ import annotations

from govlint.handbook import phrases
from govlint.handbook.site import Site
from govlint.handbook.text import md
from govlint.model import Body, Element, MatterType, Meeting, Ref, Role, Source


def step_source(mt: MatterType, index: int) -> Source | None:
    """Provenance of route position ``index`` (0 = first handler)."""
    if index == 0:
        return mt.handled_by.source if mt.handled_by else None
    step = mt.steps[index - 1]
    return step.source or mt.escalation_source


def incoming(site: Site, frm: str, element: Body | Role) -> list[str]:
    """Lines: how matters reach ``element``.

    O(what reaches the element): the bodies, duties and route stops come from the site's
    index, not from a scan of every body and matter type (which made the handbook
    O(elements x matter types)).
    """
    ui = site.ui
    out: list[str] = []
    for kind, body, what in site.index.inbound.get(element, ()):
        if isinstance(what, Ref):  # escalates or reports to the element
            template = (
                ui._("{body} takes its unresolved matters here.")
                if kind == "escalates"
                else ui._("{body} reports here.")
            )
            out.append(f"- {site.fmt(template, body=site.link(frm, body))}{site.src(what.source)}")
        else:
            assert what.prepares is not None  # a duty preparing the element's meeting
            prep = what.prepares
            text = site.fmt(
                ui._("{body} prepares: {duty} (meeting: {meeting})."),
                body=site.link(frm, body),
                duty=site.md(what.text),
                meeting=site.link(frm, prep.meeting),
            )
            out.append(f"- {text}{site.src(prep.source)}")
    rows, first = [], []
    for mt, i in site.index.stops.get(element, ()):
        route = mt.route()
        if i == 0:
            first.append((site.link(frm, mt), site.src(step_source(mt, 0))))
            continue
        prev = route[i - 1].target
        came = site.link(frm, prev) if prev is not None else md(route[i - 1].id)
        rows.append(
            [
                site.link(frm, mt),
                f"{i + 1}/{len(route)}",
                came,
                site.md(mt.steps[i - 1].trigger) + site.src(step_source(mt, i)),
            ]
        )
    if first:
        if out:
            out.append("")
        markers = list(dict.fromkeys(marker for _, marker in first))
        label = md(
            ui.ngettext(
                "Matter type that comes here first", "Matter types that come here first", len(first)
            )
        )
        if len(markers) == 1:  # one shared reason: say it once
            out.append(f"{label}: {ui.join(link for link, _ in first)}.{markers[0]}")
        else:
            out += [f"- {label}: {link}{marker}" for link, marker in first]
    if rows:
        if out:
            out.append("")
        out += _stops_table(
            site, rows, ui._("Previous handler"), ui._("When the matter moves here")
        )
    return out or [md(ui._("No matters come here."))]


def _stops_table(site: Site, rows: list[list[str]], other: str, when: str) -> list[str]:
    """Matter types stopping at an element: type, step, the handler before or after it (the
    ``other`` column), when the matter moves (with its source's marker)."""
    ui = site.ui
    return site.table((ui._("Matter type"), ui._("Step"), other, when), rows)


def outgoing(site: Site, frm: str, element: Body | Role) -> list[str]:
    """Lines: where matters go from ``element``."""
    ui = site.ui
    out: list[str] = []
    if isinstance(element, Body):
        if element.escalates_to is not None:
            target = site.ref(frm, element.escalates_to)
            text = site.fmt(ui._("Next handler of unresolved matters: {body}."), body=target)
            out.append(f"- {text}{site.src(element.escalates_to.source)}")
        if element.reports_to is not None:
            target = site.ref(frm, element.reports_to)
            text = site.fmt(ui._("Reports to: {body}."), body=target)
            out.append(f"- {text}{site.src(element.reports_to.source)}")
    rows, final = [], []
    for mt, i in site.index.stops.get(element, ()):  # O(route stops at the element)
        route = mt.route()
        if i + 1 < len(route):
            nxt = route[i + 1].target
            goes = site.link(frm, nxt) if nxt is not None else md(route[i + 1].id)
            rows.append(
                [
                    site.link(frm, mt),
                    f"{i + 1}/{len(route)}",
                    goes,
                    site.md(mt.steps[i].trigger) + site.src(step_source(mt, i + 1)),
                ]
            )
        else:
            final.append(site.link(frm, mt))
    if rows:
        if out:
            out.append("")
        out += _stops_table(site, rows, ui._("Next handler"), ui._("When the matter moves on"))
    if final:
        if out:
            out.append("")
        label = ui.ngettext(
            "Decided here (the last step of its route)",
            "Decided here (the last step of their routes)",
            len(final),
        )
        out.append(f"{md(label)}: {ui.join(final)}.")
    return out or [md(ui._("No matters go on from here."))]


def meets(site: Site, element: Element | None) -> str:
    """How often a body meets, with its anchored windows: "noin 2 kokousta vuodessa (…)"."""
    if not isinstance(element, Body) or element.cadence is None:
        return "–"
    cad = element.cadence
    ui = site.ui
    text = phrases.how_often(ui, cad)
    windows = ui.join(window_text(site, m) for m in cad.meetings)
    return md(f"{text} ({windows})" if windows else text)


def window_text(site: Site, meeting: Meeting) -> str:
    """A meeting's month window in words (plain text), see :func:`phrases.window`."""
    return phrases.window(site.ui, meeting, site.text(meeting.when))
