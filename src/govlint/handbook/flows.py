"""Where matters come from and where they go, seen from one body or role.

Shared by the body and role pages: matter types routed through the element (with the trigger
that brings a matter here and the one that takes it further), bodies escalating or reporting
to it, and preparations aimed at its meetings.
"""

from __future__ import annotations

from govlint.handbook.site import Site
from govlint.handbook.text import md, table
from govlint.model import Body, Element, MatterType, Role, Source


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


def _positions(mt: MatterType, element: Element) -> list[int]:
    return [i for i, ref in enumerate(mt.route()) if ref.target is element]


def incoming(site: Site, frm: str, element: Body | Role) -> list[str]:
    """Lines: how matters reach ``element``."""
    ui, model = site.ui, site.model
    out: list[str] = []
    for body in model.bodies:
        if body.escalates_to is not None and body.escalates_to.target is element:
            out.append(
                f"- {site.fmt('body.in.escalates', body=site.link(frm, body))} "
                f"{site.src(body.escalates_to.source)}"
            )
        if body.reports_to is not None and body.reports_to.target is element:
            out.append(
                f"- {site.fmt('body.in.reports', body=site.link(frm, body))} "
                f"{site.src(body.reports_to.source)}"
            )
        for duty in body.duties:
            prep = duty.prepares
            if prep is not None and prep.body.target is element and prep.meeting is not None:
                text = site.fmt(
                    "body.in.prepares",
                    body=site.link(frm, body),
                    duty=md(model.text(duty.text)),
                    meeting=site.link(frm, prep.meeting),
                )
                out.append(f"- {text} {site.src(prep.source)}")
    rows, first = [], []
    for mt in model.matter_types:
        route = mt.route()
        for i in _positions(mt, element):
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
        out += table(
            [
                md(ui.t("matters.col.type")),
                md(ui.t("matter.col.step")),
                md(ui.t("body.col.from")),
                md(ui.t("matter.col.when")),
                md(ui.t("body.col.source")),
            ],
            rows,
        )
    return out or [md(ui.t("body.none"))]


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
    for mt in model.matter_types:
        route = mt.route()
        for i in _positions(mt, element):
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
        out += table(
            [
                md(ui.t("matters.col.type")),
                md(ui.t("matter.col.step")),
                md(ui.t("body.col.to")),
                md(ui.t("body.col.when_next")),
                md(ui.t("body.col.source")),
            ],
            rows,
        )
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
