"""The front page, one page per tier and one per body."""

from __future__ import annotations

from govlint.handbook import flows, phrases
from govlint.handbook.site import FRONT, Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import capitalised, front_matter, heading, md, title
from govlint.model import Body, Meeting, Member, Text, Tier
from govlint.vocabulary import legal_forms, member_roles, obligations, party_types, word


def start(site: Site, name: str, text: Text | None = None) -> list[str]:
    """Front matter with the safe title and the H1: ``name`` (plain text), or the model
    text ``text`` in the page language (marked when it falls back to another language)."""
    h1 = site.md(text) if text else md(name)
    return [front_matter(title(site.text(text) if text else name)) + f"# {h1}", ""]


def when(site: Site, meeting: Meeting) -> str:
    """A meeting's month window as Markdown, with the agreement's own words for it when the
    source's quote does not already show them: "tammi–huhtikuu"; a window the model derives
    says so."""
    window = md(site.ui.window(meeting.month_from, meeting.month_to))
    if flows.derived_window(meeting):
        window = site.fmt(site.ui._("{months} [the model's reading]"), months=window)
    words, lang = site.pick(meeting.when)
    quotes = " ".join(s.quote or "" for s in (meeting.source, meeting.window_source) if s)
    if not words or words.casefold() in quotes.casefold():
        return window
    said = site.mark(md(site.ui._("“{quote}”", quote=words)), lang)
    return site.fmt(site.ui._("{months} (the agreement: {words})"), months=window, words=said)


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


def front_page(site: Site, structure: Diagram, edition: dict[str, str] | None = None) -> str:
    """The front page; ``edition``: the print edition's files by kind ("pdf", "html")."""
    ui, model = site.ui, site.model
    agreement = model.agreement
    frm = FRONT
    out = start(site, ui._("Home"), agreement.title if agreement else None)
    if agreement is None:
        return "\n".join(out)
    out += [md(ui._("Model version {version}.", version=agreement.model_version)), ""]
    if edition:
        kinds = {"pdf": ui._("PDF file"), "html": ui._("HTML page")}
        links = [
            f"[{md(kinds[kind])}]({site.href(frm, edition[kind])})"
            for kind in ("pdf", "html")
            if kind in edition
        ]
        whole = ui._("The whole handbook as one document, for example for a meeting's papers:")
        out += [f"{md(whole)} {' · '.join(links)}", ""]
    for head, st in ((ui._("Purpose"), agreement.purpose), (ui._("Scope"), agreement.scope)):
        if st is not None:
            out += [heading(2, md(head)), "", f"{site.md(st.text)} {site.src(frm, st.source)}", ""]
    out += [heading(2, md(ui._("Parties"))), ""]
    for ref in agreement.party_refs:
        party = model.party(ref.id)
        kind = f" – {md(word(ui, party_types, party.type))}" if party and party.type else ""
        out.append(f"- {site.link(frm, party) if party else md(ref.id)}{kind}")
    out.append("")
    for horizon, head in (
        ("short", ui._("Short-term goals")),
        ("long", ui._("Long-term goals")),
    ):
        goals = sorted((g for g in model.goals if g.horizon == horizon), key=lambda g: g.order)
        if goals:
            out += [heading(2, md(head)), ""]
            out += [
                f"{i}. {site.md(g.text)} {site.src(frm, g.source, quote=False)}"
                for i, g in enumerate(goals, start=1)
            ]
            out.append("")
    commitments = sorted(model.commitments, key=lambda c: c.order)
    if commitments:
        out += [heading(2, md(ui._("Commitments of the parties"))), ""]
        for i, com in enumerate(commitments, start=1):
            who = f" ({md(word(ui, obligations, com.obligation))})" if com.obligation else ""
            out.append(f"{i}. {site.md(com.text)}{who} {site.src(frm, com.source, False)}")
        out.append("")
    intro = ui._(
        "The cooperation is divided into tiers. In the diagram the tiers are horizontal bands, "
        "the bodies and roles are boxes, and the arrows show where matters are taken when "
        "they cannot be resolved."
    )
    out += [heading(2, md(ui._("Structure"))), "", md(intro), ""]
    out += figure(
        site,
        frm,
        structure,
        site.fixed["structure"],
        ui._("Tiers, bodies and roles of the cooperation"),
    )
    out += [heading(2, md(ui._("Contents of the handbook"))), ""]
    if model.tiers:
        tiers = site.links(frm, model.tiers)
        out.append(f"- {tiers}: " + md(ui._("the bodies and duties of each tier")))
    for page, path, what in (
        (ui._("Parties and positions"), site.path("parties"), ui._("who sits where")),
        (
            ui._("Handling of matters"),
            site.matters_index,
            ui._("where a matter is taken when it cannot be resolved"),
        ),
        (ui._("Annual cycle"), site.path("cycle"), ui._("when the bodies meet")),
        (
            ui._("Open questions"),
            site.path("questions"),
            ui._("what the agreement leaves open"),
        ),
        (
            ui._("Agreement text"),
            site.agreement_page,
            ui._("the agreement word for word, and what in the model rests on each sentence"),
        ),
    ):
        if path is not None:
            out.append(f"- [{md(page)}]({site.href(frm, path)}): {md(what)}")
    return "\n".join(out) + "\n"


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
    out += [f"{md(_rank(site, tier))} {site.src(frm, tier.source)}", ""]
    if tier.parties_required:
        required = md(ui._("Every party must be represented at this tier."))
        out += [f"{required} {site.src(frm, tier.parties_required_source)}", ""]
    out += [heading(2, md(ui._("Responsibilities of the tier"))), ""]
    out += [f"- {site.md(r.text)} {site.src(frm, r.source)}" for r in tier.responsibilities] or [
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
    return "\n".join(out) + "\n"


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
        who,
        site.link(frm, party),
        md(word(ui, member_roles, member.role)),
        "; ".join(basis),
        site.src(frm, member.source),
    ]


def _law(site: Site, act: Text, sections: tuple[str, ...]) -> str:
    """An act and its sections as Markdown: "kuntalaki (410/2015) 51 ja 52 §"."""
    name = site.md(act)
    if not sections:
        return name
    numbers = md(site.ui.join(sections))
    template = site.ui.ngettext(
        "{act}, section {sections}", "{act}, sections {sections}", len(sections)
    )
    return site.fmt(template, act=name, sections=numbers)


def _facts(site: Site, frm: str, body: Body) -> list[str]:
    ui = site.ui
    out = ["- **" + md(ui._("Tier")) + f":** {site.ref(frm, body.tier_ref)}"]
    lf = body.legal_form
    if lf is not None:
        desc = f" – {site.md(lf.description)}" if lf.description else ""
        out.append(
            "- **" + md(ui._("Legal form")) + f":** {md(word(ui, legal_forms, lf.type))}{desc} "
            f"{site.src(frm, lf.source)}"
        )
        basis = lf.legal_basis
        if basis is not None:
            law = _law(site, basis.act, basis.sections)
            desc = f" – {site.md(basis.description)}" if basis.description else ""
            label = md(ui._("Legal basis"))
            out.append(f"- **{label}:** {law}{desc} {site.src(frm, basis.source)}")
        contract = lf.contract
        if contract is not None:
            said = " ".join(site.md(t) for t in (contract.says, contract.unknown) if t)
            label = md(ui._("Set up under"))
            out.append(
                f"- **{label}:** {site.md(contract.title)}. {said} {site.src(frm, contract.source)}"
            )
    for label, ref, always in (
        (ui._("Appointed by"), body.appointed_by, True),
        (ui._("Reports to"), body.reports_to, False),
        (ui._("Next handler of unresolved matters"), body.escalates_to, False),
    ):
        if ref is None and not always:
            continue  # nothing to say: the top body escalates nowhere
        marker = f" {site.src(frm, ref.source)}" if ref is not None else ""
        value = site.ref(frm, ref) if ref is not None else md(ui._("not stated in the agreement"))
        out.append(f"- **{md(label)}:** {value}{marker}")
    return out


def _meetings(site: Site, frm: str, body: Body) -> list[str]:
    ui = site.ui
    cad = body.cadence
    if cad is None:
        return [md(ui._("The number of meetings is not agreed."))]
    count = capitalised(phrases.cadence(ui, cad.min, cad.max, cad.approximate))
    out = [f"**{md(count)}** {site.src(frm, cad.source)}", ""]
    if cad.meetings:
        out += [heading(3, md(ui._("Meetings bound to a time of year"))), ""]
        rows = []
        for m in cad.meetings:
            marks = site.src(frm, m.source) + (
                f" {site.src(frm, m.window_source)}" if m.window_source else ""
            )
            rows.append(
                [
                    f'<span id="{site.meeting_anchor(m)}"></span>{site.name_md(m)}',
                    when(site, m),
                    md(ui.join(site.text(t.name) for t in m.topics)),
                    marks,
                ]
            )
        out += site.table(
            (ui._("Meeting"), ui._("Months"), ui._("Handles"), ui._("Source")), rows, sources=True
        )
        out.append("")
        extra = phrases.extra_meetings(
            ui, max(0, cad.min - len(cad.meetings)), cad.max - len(cad.meetings)
        )
        if extra:
            out += [md(extra), ""]
    else:
        out += [md(ui._("The meetings are not bound to a time of year.")), ""]
    out.append(
        md(ui._("See also")) + ": [" + md(ui._("Annual cycle")) + "]"
        f"({site.href(frm, site.path('cycle'))})"
    )
    return out


def body_page(site: Site, body: Body) -> str:
    ui = site.ui
    frm = site.body_path(body)
    out = start(site, site.name(body), body.name)
    out += [site.src(frm, body.source), "", heading(2, md(ui._("Facts"))), ""]
    out += _facts(site, frm, body)
    out += ["", heading(2, md(ui._("Composition"))), ""]
    rows = [_member_row(site, frm, m) for m in body.members]
    for rep in body.representation:
        party = rep.party.target
        via = site.ref(frm, rep.via) if rep.via else ""
        label = md(ui._("Representation of the party"))
        rows.append(
            [
                label + (f": {via}" if via else ""),
                site.link(frm, party) if party else md(rep.party.id),
                md(word(ui, member_roles, "representation")),
                site.md(rep.description) if rep.description else "",
                site.src(frm, rep.source),
            ]
        )
    if rows:
        out += site.table(
            (ui._("Position"), ui._("Party"), ui._("Role"), ui._("Basis"), ui._("Source")),
            rows,
            sources=True,
        )
    else:
        out.append(md(ui._("The agreement does not say who sits in the body.")))
    out += ["", heading(2, md(ui._("Meetings"))), ""]
    out += _meetings(site, frm, body)
    out += ["", heading(2, md(ui._("Duties"))), ""]
    for duty in body.duties:
        line = f"- {site.md(duty.text)}"
        if duty.timing is not None:
            months = md(ui.window(*duty.timing))
            line += " " + site.fmt(ui._("(months: {months})"), months=months)
        line += f" {site.src(frm, duty.source)}"
        if duty.timing is not None:
            line += f" {site.src(frm, duty.timing_source)}"
        prep = duty.prepares
        if prep is not None and prep.meeting is not None:
            text = site.fmt(
                ui._("Prepared for: {body}, {meeting} ({months})"),
                body=site.link(frm, prep.body.target),
                meeting=site.link(frm, prep.meeting),
                months=md(ui.window(prep.meeting.month_from, prep.meeting.month_to)),
            )
            line += f"<br>→ {text} {site.src(frm, prep.source)}"
        out.append(line)
    if not body.duties:
        out.append(md(ui._("The agreement lists no duties for this body.")))
    out += ["", heading(2, md(ui._("Where matters come from"))), ""]
    out += flows.incoming(site, frm, body)
    out += ["", heading(2, md(ui._("Where matters go"))), ""]
    out += flows.outgoing(site, frm, body)
    return "\n".join(out) + "\n"
