"""The front page, one page per tier and one per body."""

from __future__ import annotations

from govlint.handbook import flows
from govlint.handbook.site import FRONT, Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import front_matter, heading, md, title
from govlint.model import Body, Member, Tier


def start(site: Site, name: str, en: str | None = None) -> list[str]:
    """Front matter with the safe title, the H1, and the English name alongside."""
    lines = [front_matter(title(name)) + f"# {md(name)}", ""]
    if en:
        lines += [f'<span lang="en" class="gl-en">{md(en)}</span>', ""]
    return lines


def figure(site: Site, frm: str, diagram: Diagram, image: str, caption: str) -> list[str]:
    """A diagram as an image of its SVG file, with the caption and a link to open the file.

    An image rather than inline SVG: a page stays light however large the diagram (the
    structure of a model with hundreds of bodies is megabytes of SVG), the browser loads it
    lazily, and Markdown, the search index and the theme never process the drawing. Its
    ``desc`` (every node in words) is the alternative text, so nothing is lost without it.
    """
    href = site.href(frm, image)
    size = f'width="{diagram.width:.0f}" height="{diagram.height:.0f}" loading="lazy"'
    return [
        f"![{md(diagram.desc)}]({href}){{ {size} }}",
        "{ .gl-diagram }",
        "",
        f"{md(caption)} · [{md(site.ui.t('svg.open'))}]({href})",
        "{ .gl-caption }",
        "",
    ]


def front_page(site: Site, structure: Diagram) -> str:
    ui, model = site.ui, site.model
    agreement = model.agreement
    frm = FRONT
    name = model.text(agreement.title) if agreement else ui.t("page.front")
    out = start(site, name, site.alongside(agreement.title) if agreement else None)
    if agreement is None:
        return "\n".join(out)
    out += [md(ui.t("front.version", version=agreement.model_version)), ""]
    for key, st in (("front.purpose", agreement.purpose), ("front.scope", agreement.scope)):
        if st is not None:
            out += [
                heading(2, md(ui.t(key))),
                "",
                f"{md(model.text(st.text))} {site.src(st.source)}",
                "",
            ]
    out += [heading(2, md(ui.t("front.parties"))), ""]
    for ref in agreement.party_refs:
        party = model.party(ref.id)
        kind = f" – {md(ui.t('ptype.' + party.type))}" if party and party.type else ""
        out.append(f"- {site.link(frm, party, english=True) if party else md(ref.id)}{kind}")
    out.append("")
    for horizon in ("short", "long"):
        goals = sorted((g for g in model.goals if g.horizon == horizon), key=lambda g: g.order)
        if goals:
            out += [heading(2, md(ui.t(f"front.goals.{horizon}"))), ""]
            out += [
                f"{i}. {md(model.text(g.text))} {site.src(g.source, quote=False)}"
                for i, g in enumerate(goals, start=1)
            ]
            out.append("")
    commitments = sorted(model.commitments, key=lambda c: c.order)
    if commitments:
        out += [heading(2, md(ui.t("front.commitments"))), ""]
        for i, com in enumerate(commitments, start=1):
            who = f" ({md(ui.t('obligation.' + com.obligation))})" if com.obligation else ""
            out.append(f"{i}. {md(model.text(com.text))}{who} {site.src(com.source, False)}")
        out.append("")
    out += [heading(2, md(ui.t("front.structure"))), "", md(ui.t("front.structure.intro")), ""]
    out += figure(
        site, frm, structure, site.image(ui.t("path.structure")), ui.t("svg.structure.title")
    )
    out += [heading(2, md(ui.t("front.pages"))), ""]
    tiers = ", ".join(site.link(frm, t) for t in model.tiers)
    if tiers:
        out.append(f"- {tiers}: {md(ui.t('front.pages.tiers'))}")
    for page, path in (
        ("parties", site.path("parties")),
        ("matters", site.matters_index),
        ("cycle", site.path("cycle")),
        ("questions", site.path("questions")),
    ):
        out.append(
            f"- [{md(ui.t('page.' + page))}]({site.href(frm, path)}): "
            f"{md(ui.t('front.pages.' + page))}"
        )
    return "\n".join(out) + "\n"


def tier_page(site: Site, tier: Tier) -> str:
    ui, model = site.ui, site.model
    frm = site.tier_path(tier)
    out = start(site, site.name(tier), site.alongside(tier.name))
    out += [
        f"{md(ui.t('tier.rank', rank=model.tiers.index(tier) + 1, count=len(model.tiers)))} "
        f"{site.src(tier.source)}",
        "",
    ]
    if tier.parties_required:
        out += [f"{md(ui.t('tier.parties_required'))} {site.src(tier.parties_required_source)}", ""]
    out += [heading(2, md(ui.t("tier.responsibilities"))), ""]
    out += [f"- {md(model.text(r.text))} {site.src(r.source)}" for r in tier.responsibilities] or [
        md(ui.t("tier.none"))
    ]
    out += ["", heading(2, md(ui.t("tier.bodies"))), ""]
    out += [
        f"- {site.link(frm, b, english=True)} – {flows.meets(site, b)}"
        for b in site.index.bodies_of_tier.get(tier, ())
    ] or [md(ui.t("tier.none"))]
    out += ["", heading(2, md(ui.t("tier.roles"))), ""]
    out += [f"- {site.link(frm, r, english=True)}" for r in model.roles_of_tier(tier)] or [
        md(ui.t("tier.none"))
    ]
    out += ["", heading(2, md(ui.t("tier.matters"))), ""]
    out += [
        f"- {site.link(frm, mt, english=True)}" for mt in site.index.matters_of_tier.get(tier, ())
    ] or [md(ui.t("tier.none"))]
    return "\n".join(out) + "\n"


def loose_page(site: Site, bodies: list[Body]) -> str:
    """The bodies whose tier does not resolve: no tier page lists them, this page does."""
    frm = site.loose_index
    out = start(site, site.ui.t("page.loose"))
    out += [md(site.ui.t("loose.intro")), ""]
    out += [f"- {site.link(frm, b, english=True)} – {flows.meets(site, b)}" for b in bodies]
    return "\n".join(out) + "\n"


def _member_row(site: Site, frm: str, member: Member) -> list[str]:
    ui, model = site.ui, site.model
    pos = member.position.target if member.position else None
    party = member.party
    if pos is not None:
        who = site.link(frm, pos, plural=member.all_holders, english=True)
    elif member.position is not None:
        who = md(member.position.id)
    else:
        who = md(ui.t("body.invited"))
    basis = []
    if member.ex_officio:
        basis.append(ui.t("body.ex_officio"))
    if member.all_holders:
        basis.append(ui.t("body.all_holders"))
    text = md(", ".join(basis))
    if member.description:
        text = (
            f"{text}. {md(model.text(member.description))}"
            if text
            else md(model.text(member.description))
        )
    return [
        who,
        site.link(frm, party),
        md(ui.t("mrole." + member.role)),
        text,
        site.src(member.source),
    ]


def _facts(site: Site, frm: str, body: Body) -> list[str]:
    ui, model = site.ui, site.model
    out = [f"- **{md(ui.t('body.tier'))}:** {site.ref(frm, body.tier_ref)}"]
    lf = body.legal_form
    if lf is not None:
        desc = f" – {md(model.text(lf.description))}" if lf.description else ""
        out.append(
            f"- **{md(ui.t('body.legal_form'))}:** {md(ui.t('lf.' + lf.type))}{desc} "
            f"{site.src(lf.source)}"
        )
        basis = lf.legal_basis
        if basis is not None:
            act = model.text(basis.act)
            law = (
                ui.t("law.sections", act=act, sections=", ".join(basis.sections))
                if basis.sections
                else act
            )
            desc = f" – {md(model.text(basis.description))}" if basis.description else ""
            out.append(
                f"- **{md(ui.t('body.legal_basis'))}:** {md(law)}{desc} {site.src(basis.source)}"
            )
    for key, ref in (
        ("body.appointed_by", body.appointed_by),
        ("body.reports_to", body.reports_to),
        ("body.escalates_to", body.escalates_to),
    ):
        if ref is None and key != "body.appointed_by":
            continue  # nothing to say: the top body escalates nowhere
        marker = f" {site.src(ref.source)}" if ref is not None else ""
        out.append(f"- **{md(ui.t(key))}:** {site.ref(frm, ref)}{marker}")
    return out


def _meetings(site: Site, frm: str, body: Body) -> list[str]:
    ui, model = site.ui, site.model
    cad = body.cadence
    if cad is None:
        return [md(ui.t("body.no_cadence"))]
    out = [f"**{md(ui.cadence(cad.min, cad.max, cad.approximate))}** {site.src(cad.source)}", ""]
    if cad.meetings:
        out += [heading(3, md(ui.t("body.anchored"))), ""]
        rows = []
        for m in cad.meetings:
            window = ui.window(m.month_from, m.month_to)
            when = f"{model.text(m.when)} ({window})" if m.when else window
            marks = site.src(m.source) + (
                f" {site.src(m.window_source)}" if m.window_source else ""
            )
            rows.append(
                [
                    f'<span id="{site.meeting_anchor(m)}"></span>{site.label(m)}',
                    md(when),
                    md(", ".join(model.text(t.name) for t in m.topics)),
                    marks,
                ]
            )
        out += site.table(
            ("body.col.meeting", "body.col.when", "body.col.topics", "body.col.source"),
            rows,
        )
        out.append("")
        extra = ui.extra_meetings(max(0, cad.min - len(cad.meetings)), cad.max - len(cad.meetings))
        if extra:
            out += [md(extra), ""]
    else:
        out += [md(ui.t("body.unanchored")), ""]
    out.append(
        f"{md(ui.t('body.see_cycle'))}: [{md(ui.t('page.cycle'))}]"
        f"({site.href(frm, site.path('cycle'))})"
    )
    return out


def body_page(site: Site, body: Body) -> str:
    ui, model = site.ui, site.model
    frm = site.body_path(body)
    out = start(site, site.name(body), site.alongside(body.name))
    out += [site.src(body.source), "", heading(2, md(ui.t("body.facts"))), ""]
    out += _facts(site, frm, body)
    out += ["", heading(2, md(ui.t("body.composition"))), ""]
    rows = [_member_row(site, frm, m) for m in body.members]
    for rep in body.representation:
        party = rep.party.target
        via = site.ref(frm, rep.via) if rep.via else ""
        desc = md(model.text(rep.description)) if rep.description else ""
        rows.append(
            [
                md(ui.t("body.representation")) + (f": {via}" if via else ""),
                site.link(frm, party) if party else md(rep.party.id),
                md(ui.t("mrole.representation")),
                desc,
                site.src(rep.source),
            ]
        )
    if rows:
        out += site.table(
            (
                "body.col.position",
                "body.col.party",
                "body.col.role",
                "body.col.basis",
                "body.col.source",
            ),
            rows,
        )
    else:
        out.append(md(ui.t("body.no_members")))
    out += ["", heading(2, md(ui.t("body.meetings"))), ""]
    out += _meetings(site, frm, body)
    out += ["", heading(2, md(ui.t("body.duties"))), ""]
    for duty in body.duties:
        line = f"- {md(model.text(duty.text))} {site.src(duty.source)}"
        if duty.timing is not None:
            line += f" ({md(ui.window(*duty.timing))}) {site.src(duty.timing_source)}"
        prep = duty.prepares
        if prep is not None and prep.meeting is not None:
            target = prep.body.target
            text = site.fmt(
                "body.prepares",
                body=site.link(frm, target),
                meeting=site.link(frm, prep.meeting),
                when=md(ui.window(prep.meeting.month_from, prep.meeting.month_to)),
            )
            line += f"<br>→ {text} {site.src(prep.source)}"
        out.append(line)
    if not body.duties:
        out.append(md(ui.t("tier.none")))
    out += ["", heading(2, md(ui.t("body.incoming"))), ""]
    out += flows.incoming(site, frm, body)
    out += ["", heading(2, md(ui.t("body.outgoing"))), ""]
    out += flows.outgoing(site, frm, body)
    return "\n".join(out) + "\n"
