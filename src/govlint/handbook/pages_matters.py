"""Operational matters: the index of matter types and one page per type with its route."""

from __future__ import annotations

from govlint.handbook import flows
from govlint.handbook.pages_core import figure, start
from govlint.handbook.site import Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import heading, md
from govlint.model import MatterType


def route_links(site: Site, frm: str, mt: MatterType) -> str:
    return " → ".join(site.ref(frm, ref) for ref in mt.route()) or "–"


def matters_index(site: Site) -> str:
    ui, model = site.ui, site.model
    frm = site.matters_index
    out = start(site, ui.t("page.matters"))
    out += [md(ui.t("matters.intro")), ""]
    rows = [
        [site.link(frm, mt, english=True), site.ref(frm, mt.tier_ref), route_links(site, frm, mt)]
        for mt in model.matter_types
    ]
    if rows:
        out += site.table(("matters.col.type", "matters.col.tier", "matters.col.route"), rows)
    else:
        out.append(md(ui.t("tier.none")))
    return "\n".join(out) + "\n"


def matter_page(site: Site, mt: MatterType, svg: Diagram) -> str:
    ui, model = site.ui, site.model
    frm = site.matter_path(mt)
    out = start(site, site.name(mt), site.alongside(mt.name))
    out += [site.src(mt.source), ""]
    if mt.description:
        out += [md(model.text(mt.description)), ""]
    out += [f"**{md(ui.t('matter.tier'))}:** {site.ref(frm, mt.tier_ref)}", ""]
    out += [heading(2, md(ui.t("matter.route"))), ""]
    names = [site.name(r.target) if r.target is not None else r.id for r in mt.route()]
    out += [md(ui.t("matter.route.summary", route=" → ".join(names) or "–")), ""]
    rows = []
    for i, ref in enumerate(mt.route()):
        target = ref.target
        when = md(ui.t("matter.first")) if i == 0 else md(model.text(mt.steps[i - 1].trigger))
        rows.append(
            [
                str(i + 1),
                site.ref(frm, ref),
                site.ref(frm, getattr(target, "tier_ref", None))
                if target is not None and getattr(target, "tier_ref", None)
                else "–",
                when,
                flows.meets(site, target),
                flows.src_brief(site, frm, flows.step_source(mt, i), mt),
            ]
        )
    out += site.table(
        (
            "matter.col.step",
            "matter.col.handler",
            "matter.col.tier",
            "matter.col.when",
            "matter.col.meets",
            "body.col.source",
        ),
        rows,
    )
    out += ["", heading(3, md(ui.t("matter.route.source")), flows.ROUTE_BASIS), ""]
    out += [site.src(mt.escalation_source), ""]
    out += [heading(3, md(ui.t("matter.diagram"))), ""]
    out += figure(
        site,
        frm,
        svg,
        site.image(f"{ui.t('path.route')}-{mt.id}"),
        ui.t("svg.route.title", matter=site.name(mt)),
    )
    return "\n".join(out)
