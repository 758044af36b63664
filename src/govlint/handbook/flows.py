"""Where matters come from and where they go, seen from one body or role.

Shared by the body and role pages: matter types routed through the element (with the trigger
that brings a matter here and the one that takes it further), bodies escalating or reporting
to it, and preparations aimed at its meetings.
"""

from __future__ import annotations

from govlint.handbook.site import Site
from govlint.handbook.text import md
from govlint.model import Body, Element, MatterType, Ref, Role, Source


def step_source(mt: MatterType, index: int) -> Source | None:
    """Provenance of route position ``index`` (0 = first handler)."""
    if index == 0:
        return mt.handled_by.source if mt.handled_by else None
    step = mt.steps[index - 1]
    return step.source or mt.escalation_source


def src_brief(site: Site, frm: str, source: Source | None, mt: MatterType) -> str:
    """A provenance marker; a derived route points to the reason on the matter's page."""
    if source is not None and source.is_derived and source is mt.escalation_source:
        target = site.href(frm, site.matter_path(mt)) + "#" + ROUTE_BASIS
        label = md(site.ui.t("src.derived"))
        return (
            f'<small class="gl-src gl-derived">{label}: '
            f"[{md(site.ui.t('matter.route.source'))}]({target})</small>"
        )
    return site.src(source, quote=False)


ROUTE_BASIS = "route-basis"


def incoming(site: Site, frm: str, element: Body | Role) -> list[str]:
    """Lines: how matters reach ``element``.

    O(what reaches the element): the bodies, duties and route stops come from the site's
    index, not from a scan of every body and matter type (which made the handbook
    O(elements x matter types)).
    """
    ui, model = site.ui, site.model
    out: list[str] = []
    for kind, body, what in site.index.inbound.get(element, ()):
        if isinstance(what, Ref):  # escalates or reports to the element
            text = site.fmt(f"body.in.{kind}", body=site.link(frm, body))
            out.append(f"- {text} {site.src(what.source)}")
        else:
            assert what.prepares is not None  # a duty preparing the element's meeting
            prep = what.prepares
            text = site.fmt(
                "body.in.prepares",
                body=site.link(frm, body),
                duty=md(model.text(what.text)),
                meeting=site.link(frm, prep.meeting),
            )
            out.append(f"- {text} {site.src(prep.source)}")
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
                md(model.text(mt.steps[i - 1].trigger)),
                src_brief(site, frm, step_source(mt, i), mt),
            ]
        )
    if first:
        if out:
            out.append("")
        markers = list(dict.fromkeys(marker for _, marker in first))
        if len(markers) == 1:  # one shared reason: say it once
            out.append(
                f"{md(ui.t('body.first'))}: {', '.join(link for link, _ in first)}. {markers[0]}"
            )
        else:
            out += [f"- {md(ui.t('body.first'))}: {link} {marker}" for link, marker in first]
    if rows:
        if out:
            out.append("")
        out += _stops_table(site, rows, "body.col.from", "matter.col.when")
    return out or [md(ui.t("body.none"))]


def _stops_table(site: Site, rows: list[list[str]], other: str, when: str) -> list[str]:
    """Matter types stopping at an element: type, step, the handler before or after it (the
    ``other`` column), when the matter moves, source."""
    return site.table(("matters.col.type", "matter.col.step", other, when, "body.col.source"), rows)


def outgoing(site: Site, frm: str, element: Body | Role) -> list[str]:
    """Lines: where matters go from ``element``."""
    ui, model = site.ui, site.model
    out: list[str] = []
    if isinstance(element, Body):
        if element.escalates_to is not None:
            target = site.ref(frm, element.escalates_to)
            out.append(
                f"- {site.fmt('body.out.escalates', body=target)} "
                f"{site.src(element.escalates_to.source)}"
            )
        if element.reports_to is not None:
            out.append(
                f"- {site.fmt('body.out.reports', body=site.ref(frm, element.reports_to))}"
                f" {site.src(element.reports_to.source)}"
            )
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
                    md(model.text(mt.steps[i].trigger)),
                    src_brief(site, frm, step_source(mt, i + 1), mt),
                ]
            )
        else:
            final.append(site.link(frm, mt))
    if rows:
        if out:
            out.append("")
        out += _stops_table(site, rows, "body.col.to", "body.col.when_next")
    if final:
        if out:
            out.append("")
        out.append(f"{md(ui.t('body.final'))}: {', '.join(final)}.")
    return out or [md(ui.t("body.none"))]


def meets(site: Site, element: Element | None) -> str:
    """How often a body meets, with its anchored windows: "n. 2 kokousta vuodessa (…)"."""
    if not isinstance(element, Body) or element.cadence is None:
        return "–"
    cad = element.cadence
    text = site.ui.cadence(cad.min, cad.max, cad.approximate)
    windows = [site.ui.window(m.month_from, m.month_to) for m in cad.meetings]
    return md(f"{text} ({', '.join(windows)})" if windows else text)
