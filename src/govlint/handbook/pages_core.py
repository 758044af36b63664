"""One page per tier and one per body, and what pages share: their start, diagrams."""

from __future__ import annotations

from govlint.handbook import flows, openpoints, phrases
from govlint.handbook.pages_terms import law
from govlint.handbook.site import Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import capitalised, front_matter, heading, md, title
from govlint.model import Body, Element, Meeting, Member, Source, Text, Tier
from govlint.vocabulary import legal_forms, member_roles, word


def start(site: Site, name: str, text: Text | None = None) -> list[str]:
    """Front matter with the safe title and the H1: ``name`` (plain text), or the model
    text ``text`` in the page language (marked when it falls back to another language)."""
    h1 = site.md(text) if text else md(name)
    return [front_matter(title(site.text(text) if text else name)) + f"# {h1}", ""]


def when(site: Site, meeting: Meeting) -> str:
    """A meeting's month window as Markdown: "kesäkuu"; a window the model reads from the
    agreement's words says so: "alkuvuonna [mallin tulkinta: tammi–huhtikuu]"."""
    return md(flows.window_text(site, meeting))


def figure(site: Site, frm: str, diagram: Diagram, name: str, caption: str) -> list[str]:
    """A diagram as an image of its SVG file (``name``, see :meth:`Site.image`), with the
    caption and a link to open the file; its narrow drawing, if it has one, in its place on
    a phone (the stylesheet shows one of the two, and only the one shown is loaded).

    An image rather than inline SVG: a page stays light however large the diagram (the
    structure of a model with hundreds of bodies is megabytes of SVG), the browser loads it
    lazily, and Markdown, the search index and the theme never process the drawing. Its
    ``desc`` (every node in words) is the alternative text, so nothing is lost without it.
    """
    alt = md(diagram.desc)
    href = site.href(frm, site.image(name))
    size = f'width="{diagram.width:.0f}" height="{diagram.height:.0f}" loading="lazy"'
    if diagram.narrow is None:
        images = f"![{alt}]({href}){{ {size} }}"
    else:
        narrow = diagram.narrow
        small = site.href(frm, site.image(name, narrow=True))
        small_size = f'width="{narrow.width:.0f}" height="{narrow.height:.0f}" loading="lazy"'
        images = (
            f"![{alt}]({href}){{ {size} .gl-wide }} ![{alt}]({small}){{ {small_size} .gl-narrow }}"
        )
    return [
        images,
        "{ .gl-diagram }",
        "",
        f"{md(caption)} · [" + md(site.ui._("Open the diagram on its own (SVG)")) + f"]({href})",
        "{ .gl-caption }",
        "",
    ]


def _rank(site: Site, tier: Tier) -> str:
    """Where the tier stands: "Yhteistyön ylin taso."."""
    ui, tiers = site.ui, site.model.tiers
    rank, count = tiers.index(tier) + 1, len(tiers)
    if count == 1:
        return ui._("The only tier of the cooperation.")
    if rank == 1:
        return ui._("The top tier of the cooperation.")
    if rank == count:
        return ui._("The lowest tier of the cooperation.")
    return ui.ngettext(
        "The cooperation has {n} tier; this is number {rank} from the top.",
        "The cooperation has {n} tiers; this is number {rank} from the top.",
        count,
        rank=rank,
    )


def tier_page(site: Site, tier: Tier) -> str:
    ui, model = site.ui, site.model
    frm = site.tier_path(tier)
    out = start(site, site.name(tier), tier.name)
    out += [f"{md(_rank(site, tier))}{site.src(tier.source)}", ""]
    if tier.parties_required and tier.required_party_refs is not None:
        required = site.fmt(
            ui._("These parties must be represented at this tier: {parties}."),
            parties=ui.join(site.ref(frm, ref) for ref in tier.required_party_refs),
        )
        out += [f"{required}{site.src(tier.parties_required_source)}", ""]
    elif tier.parties_required:
        required = md(ui._("Every party must be represented at this tier."))
        out += [f"{required}{site.src(tier.parties_required_source)}", ""]
    for finding in openpoints.of(site, tier, openpoints.REPRESENTATIVE):
        party = model.party(finding.param("party") or "")
        if party is not None:
            text = ui._("The agreement names no representative of {party} for this tier.")
            said = site.fmt(text, party=site.link(frm, party))
            out += openpoints.paragraph(site, frm, said, openpoints.REPRESENTATIVE)
    out += [heading(2, md(ui._("Responsibilities of the tier"))), ""]
    out += [f"- {site.md(r.text)}{site.src(r.source)}" for r in tier.responsibilities] or [
        md(ui._("The agreement lists no responsibilities for this tier."))
    ]
    out += ["", heading(2, md(ui._("Bodies"))), ""]
    out += [
        f"- {site.link(frm, b)} – {flows.meets(site, b)}"
        for b in site.index.bodies_of_tier.get(tier, ())
    ] or [md(ui._("There are no bodies at this tier."))]
    out += ["", heading(2, md(ui._("Roles"))), ""]
    out += [f"- {site.link(frm, r)}" for r in model.roles_of_tier(tier)] or [
        md(ui._("There are no roles at this tier."))
    ]
    out += ["", heading(2, md(ui._("Matters that start at this tier"))), ""]
    out += [f"- {site.link(frm, mt)}" for mt in site.index.matters_of_tier.get(tier, ())] or [
        md(ui._("No matter type starts at this tier."))
    ]
    out += questions_section(site, frm, tier)
    return "\n".join(out) + "\n"


def questions_section(site: Site, frm: str, element: Element, level: int = 2) -> list[str]:
    """The recorded open questions about ``element``, under their own heading (of
    ``level``)."""
    found = openpoints.questions(site, frm, element)
    if not found:
        return []
    return ["", heading(level, md(site.ui._("Open questions"))), "", *found]


def loose_page(site: Site, bodies: list[Body]) -> str:
    """The bodies whose tier does not resolve: no tier page lists them, this page does."""
    ui = site.ui
    frm = site.loose_index
    out = start(site, ui._("Bodies without a tier"))
    intro = ui._(
        "The tier of these bodies is not in the model, so no tier page lists them. Correct "
        "the tier reference; `govlint check` tells what is wrong."
    )
    out += [md(intro), ""]
    out += [f"- {site.link(frm, b)} – {flows.meets(site, b)}" for b in bodies]
    return "\n".join(out) + "\n"


def in_agreement(site: Site, frm: str, source: Source | None) -> str:
    """A fact line saying where in the agreement a whole element (a body, a role, a matter
    type) is described: its section, linked to the first sentence the source quotes (or
    with a marker without the agreement's page); a derived element gets its marker."""
    label = md(site.ui._("In the agreement"))
    if source is None or source.section is None:
        unstated = md(site.ui._("not stated directly"))
        return f"- **{label}:** {unstated}{site.src(source)}"
    where = site.section_title(source.section)
    target = site.source_target(source)
    if target is None:
        return f"- **{label}:** {where}{site.src(source)}"
    return f"- **{label}:** [{where}]({site.href(frm, target)})"


def _member_row(site: Site, frm: str, member: Member) -> list[str]:
    ui = site.ui
    pos = member.position.target if member.position else None
    party = member.party
    if pos is not None:
        who = site.link(frm, pos, plural=member.all_holders)
    elif member.position is not None:
        who = md(member.position.id)
    else:
        who = md(ui._("Other experts"))
    basis = []
    if member.ex_officio:
        basis.append(md(ui._("by virtue of the position")))
    if member.all_holders:
        basis.append(md(ui._("everyone in the position")))
    if member.description:
        basis.append(site.md(member.description))
    return [
        who + site.src(member.source),
        site.link(frm, party),
        md(word(ui, member_roles, member.role)),
        "; ".join(basis),
    ]


def _facts(site: Site, frm: str, body: Body) -> list[str]:
    ui = site.ui
    out = ["- **" + md(ui._("Tier")) + f":** {site.ref(frm, body.tier_ref)}"]
    lf = body.legal_form
    if lf is not None:
        desc = f" – {site.md(lf.description)}" if lf.description else ""
        out.append(
            "- **" + md(ui._("Legal form")) + f":** {md(word(ui, legal_forms, lf.type))}{desc}"
            f"{site.src(lf.source)}"
        )
        basis = lf.legal_basis
        if basis is not None:
            law_md = law(site, basis.act, basis.sections)
            desc = f" – {site.md(basis.description)}" if basis.description else ""
            label = md(ui._("Legal basis"))
            out.append(f"- **{label}:** {law_md}{desc}{site.src(basis.source)}")
        contract = lf.contract
        if contract is not None:
            said = " ".join(site.md(t) for t in (contract.says, contract.unknown) if t)
            label = md(ui._("Set up under"))
            line = f"- **{label}:** {site.md(contract.title)}. {said}{site.src(contract.source)}"
            if openpoints.of(site, body, openpoints.TERMS):
                line += " " + openpoints.link(site, frm, openpoints.TERMS)
            out.append(line)
    for label, ref, always in (
        (ui._("Appointed by"), body.appointed_by, True),
        (ui._("Reports to"), body.reports_to, False),
        (ui._("Next handler of unresolved matters"), body.escalates_to, False),
    ):
        if ref is None and not always:
            continue  # nothing to say: the top body escalates nowhere
        if ref is not None:
            value = site.ref(frm, ref) + site.src(ref.source)
        else:
            value = md(ui._("not stated in the agreement"))
            if openpoints.of(site, body, openpoints.APPOINTER):
                value += " " + openpoints.link(site, frm, openpoints.APPOINTER)
        out.append(f"- **{md(label)}:** {value}")
    out.append(in_agreement(site, frm, body.source))
    return out


def _meetings(site: Site, frm: str, body: Body) -> list[str]:
    ui = site.ui
    cad = body.cadence
    if cad is None:
        return [md(ui._("The number of meetings is not agreed."))]
    count = capitalised(phrases.how_often(ui, cad))
    out = [f"**{md(count)}**{site.src(cad.source)}", ""]
    if cad.meetings:
        out += [heading(3, md(ui._("Meetings bound to a time of year"))), ""]
        rows = [
            [
                f'<span id="{site.meeting_anchor(m)}"></span>{site.name_md(m)}'
                + site.src(m.source),
                when(site, m) + (site.src(m.window_source) if m.window_source else ""),
                md(ui.join(site.text(t.name) for t in m.topics)),
            ]
            for m in cad.meetings
        ]
        out += site.table((ui._("Meeting"), ui._("Months"), ui._("Handles")), rows)
        out.append("")
        extra = phrases.extra_meetings(
            ui, max(0, cad.min - len(cad.meetings)), cad.max - len(cad.meetings)
        )
        if extra and not cad.frequency:
            out += [md(extra), ""]
    if cad.frequency:
        out += [md(phrases.rhythm_note(ui, cad)), ""]
    elif not cad.meetings:
        out += [md(ui._("The meetings are not bound to a time of year.")), ""]
    out.append(
        md(ui._("See also")) + ": [" + md(ui._("Annual cycle")) + "]"
        f"({site.href(frm, site.path('cycle'))})"
    )
    return out


def _duties(site: Site, frm: str, body: Body) -> list[str]:
    ui = site.ui
    unscheduled = {f.param("duty") for f in openpoints.of(site, body, openpoints.PREPARATION)}
    out = []
    for duty in body.duties:
        line = f"- {site.md(duty.text)}{site.src(duty.source)}"
        if duty.timing is not None:
            months = md(ui.window(*duty.timing)) + site.src(duty.timing_source)
            line += " " + site.fmt(ui._("(months: {months})"), months=months)
        prep = duty.prepares
        if prep is not None and prep.meeting is not None:
            text = site.fmt(
                ui._("Prepared for: {body}, {meeting} ({months})"),
                body=site.link(frm, prep.body.target),
                meeting=site.link(frm, prep.meeting),
                months=when(site, prep.meeting),
            )
            line += f"<br>→ {text}{site.src(prep.source)}"
            if duty.id in unscheduled:
                unsettled = md(ui._("When it is prepared is not agreed."))
                line += f" {unsettled} {openpoints.link(site, frm, openpoints.PREPARATION)}"
        out.append(line)
    return out or [md(ui._("The agreement lists no duties for this body."))]


def body_page(site: Site, body: Body) -> str:
    ui = site.ui
    frm = site.body_path(body)
    out = start(site, site.name(body), body.name)
    out += [heading(2, md(ui._("Facts"))), ""]
    out += _facts(site, frm, body)
    out += ["", heading(2, md(ui._("Composition"))), ""]
    rows = [_member_row(site, frm, m) for m in body.members]
    for rep in body.representation:
        party = rep.party.target
        via = site.ref(frm, rep.via) if rep.via else ""
        label = md(ui._("Representation of the party"))
        rows.append(
            [
                label + (f": {via}" if via else "") + site.src(rep.source),
                site.link(frm, party) if party else md(rep.party.id),
                md(word(ui, member_roles, "representation")),
                site.md(rep.description) if rep.description else "",
            ]
        )
    if rows:
        out += site.table((ui._("Position"), ui._("Party"), ui._("Role"), ui._("Basis")), rows)
    else:
        out.append(md(ui._("The agreement does not say who sits in the body.")))
    out += ["", *openpoints.seats(site, frm, body)]
    out += [heading(2, md(ui._("Meetings"))), ""]
    out += _meetings(site, frm, body)
    out += ["", heading(2, md(ui._("Duties"))), ""]
    out += _duties(site, frm, body)
    out += ["", heading(2, md(ui._("Where matters come from"))), ""]
    out += flows.incoming(site, frm, body)
    out += ["", heading(2, md(ui._("Where matters go"))), ""]
    out += flows.outgoing(site, frm, body)
    out += questions_section(site, frm, body)
    return "\n".join(out) + "\n"
