"""Operational matters: the index of matter types and one page per type with its route."""

from __future__ import annotations

from govlint.handbook import flows
from govlint.handbook.pages_core import figure, in_agreement, questions_section, start
from govlint.handbook.site import Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import heading, md
from govlint.model import MatterType


def route_links(site: Site, frm: str, mt: MatterType) -> str:
    return " → ".join(site.ref(frm, ref) for ref in mt.route()) or "–"


def matters_index(site: Site) -> str:
    ui, model = site.ui, site.model
    frm = site.matters_index
    out = start(site, ui._("Handling of matters"))
    intro = ui._(
        "Every matter type has a first handler and a route that the matter follows when it "
        "cannot be resolved. The route ends at the top tier."
    )
    out += [md(intro), ""]
    rows = [
        [site.link(frm, mt), site.ref(frm, mt.tier_ref), route_links(site, frm, mt)]
        for mt in model.matter_types
    ]
    if rows:
        out += site.table((ui._("Matter type"), ui._("Tier"), ui._("Route")), rows)
    else:
        out.append(md(ui._("The model has no matter types.")))
    return "\n".join(out) + "\n"


def matter_page(site: Site, mt: MatterType, svg: Diagram) -> str:
    ui = site.ui
    frm = site.matter_path(mt)
    out = start(site, site.name(mt), mt.name)
    if mt.description:
        out += [site.md(mt.description), ""]
    out += [
        "- **" + md(ui._("Tier")) + f":** {site.ref(frm, mt.tier_ref)}",
        in_agreement(site, frm, mt.source),
        "",
    ]
    out += [heading(2, md(ui._("Route"))), ""]
    names = [site.name_md(r.target) if r.target is not None else md(r.id) for r in mt.route()]
    route = " → ".join(names) or "–"
    decided_first = not mt.steps and mt.escalation_source is None  # where it is first handled
    out += [route if decided_first else f"{route}{site.src(mt.escalation_source)}", ""]
    rows = []
    for i, ref in enumerate(mt.route()):
        target = ref.target
        when = (
            md(ui._("The matter comes here first.")) if i == 0 else site.md(mt.steps[i - 1].trigger)
        )
        tier_ref = getattr(target, "tier_ref", None) if target is not None else None
        rows.append(
            [
                str(i + 1),
                site.ref(frm, ref),
                site.ref(frm, tier_ref) if tier_ref else "–",
                when + site.src(flows.step_source(mt, i)),
                flows.meets(site, target),
            ]
        )
    out += site.table(
        (
            ui._("Step"),
            ui._("Handler"),
            ui._("Tier"),
            ui._("When the matter moves here"),
            ui._("Meets"),
        ),
        rows,
    )
    if decided_first:
        decides = ui._("The first handler decides the matter; it is not taken further.")
        first = mt.handled_by.source if mt.handled_by else None
        out += ["", f"{md(decides)}{site.src(first)}"]
    out += ["", heading(3, md(ui._("The route as a diagram"))), ""]
    out += figure(
        site, frm, svg, site.route_name(mt), ui._("Route: {matter}", matter=site.name(mt))
    )
    out += questions_section(site, frm, mt)
    return "\n".join(out) + "\n"
