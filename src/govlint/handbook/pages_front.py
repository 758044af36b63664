"""The front page: first the answers to what its readers come for (who decides, when the
bodies meet, where to take a problem), each with direct links; then the structure, what the
agreement is for, and the contents of the handbook."""

from __future__ import annotations

from govlint.handbook import flows
from govlint.handbook.pages_core import figure, start
from govlint.handbook.pages_terms import terms_section
from govlint.handbook.site import FRONT, Site
from govlint.handbook.svg import Diagram
from govlint.handbook.text import heading, md
from govlint.model import Agreement, Body, Element, MatterType
from govlint.vocabulary import obligations, party_types, word

# At most this many entries in each answer; the rest are on the page the answer links to (a
# model of hundreds of cities has thousands of matter types, and the front page stays short).
ANSWER = 10


def _who_decides(site: Site) -> list[str]:
    ui, model = site.ui, site.model
    if not model.tiers:
        return []
    intro = ui._(
        "The bodies and roles of each tier work on the matters of their tier. A matter that "
        "cannot be resolved at its tier is taken to the next tier up."
    )
    out = [heading(2, md(ui._("Who decides?"))), "", md(intro), ""]
    for tier in model.tiers:
        members = site.tier_members(tier)
        more = site.tier_path(tier)
        who = site.listed(FRONT, members, lambda el: site.link(FRONT, el), ANSWER, more)
        who = who or md(ui._("no bodies or roles"))
        out.append(f"- {site.link(FRONT, tier)}: {who}")
    matrix = site.page_link(FRONT, site.path("matrix"), ui._("Responsibility matrix"))
    out += ["", site.fmt(ui._("{matrix} shows who is responsible for each duty."), matrix=matrix)]
    return [*out, ""]


def _when_they_meet(site: Site) -> list[str]:
    ui, model = site.ui, site.model
    order = [*model.tiers, None]  # top tier first; then the bodies whose tier does not resolve
    bodies: list[Body] = [
        b for t in order for b in site.index.bodies_of_tier.get(t, ()) if b.cadence is not None
    ]
    if not bodies:
        return []
    cycle_path = site.path("cycle")
    out = [heading(2, md(ui._("When do the bodies meet?"))), ""]
    items = site.capped(
        FRONT,
        bodies,
        lambda b: f"{site.link(FRONT, b)}: {flows.meets(site, b)}",
        ANSWER,
        cycle_path,
    )
    out += [f"- {item}" for item in items]
    cycle = site.page_link(FRONT, cycle_path, ui._("Annual cycle"))
    said = site.fmt(ui._("{cycle} shows the meetings month by month."), cycle=cycle)
    download = ui._("Download the annual cycle as a calendar (iCalendar, {year})", year=site.year)
    ics = site.page_link(FRONT, site.path("cycle", "ics"), download)
    return [*out, "", f"{said} {ics}", ""]


def _where_to_take(site: Site) -> list[str]:
    ui, model = site.ui, site.model
    if not model.matter_types:
        return []
    intro = ui._(
        "A matter goes first to the first handler of its type. If it cannot be resolved "
        "there, it moves along its route to the next handler."
    )
    out = [heading(2, md(ui._("Where do I take a problem?"))), "", md(intro), ""]
    by_handler: dict[Element | None, list[MatterType]] = {}  # one line per first handler
    for mt in model.matter_types:
        handler = mt.handled_by.target if mt.handled_by is not None else None
        by_handler.setdefault(handler, []).append(mt)
    more = site.matters_index

    def line(entry: tuple[Element | None, list[MatterType]]) -> str:
        handler, matters = entry
        listed = site.listed(FRONT, matters, lambda mt: site.link(FRONT, mt), ANSWER, more)
        if handler is None:
            return site.fmt(ui._("{matters}: the first handler is not agreed"), matters=listed)
        template = ui._("{handler} handles first: {matters}")
        return site.fmt(template, handler=site.link(FRONT, handler), matters=listed)

    out += [
        f"- {item}" for item in site.capped(FRONT, list(by_handler.items()), line, ANSWER, more)
    ]
    page = site.page_link(FRONT, site.matters_index, ui._("Handling of matters"))
    out += ["", site.fmt(ui._("{page} shows the whole route of each matter type."), page=page)]
    return [*out, ""]


def _agreement(site: Site, agreement: Agreement) -> list[str]:
    """What the agreement is for: purpose, scope, parties, terms, goals and commitments."""
    ui, model = site.ui, site.model
    out: list[str] = []
    for head, st in ((ui._("Purpose"), agreement.purpose), (ui._("Scope"), agreement.scope)):
        if st is not None:
            out += [heading(2, md(head)), "", f"{site.md(st.text)}{site.src(st.source)}", ""]
    out += [heading(2, md(ui._("Parties"))), ""]
    for ref in agreement.party_refs:
        party = model.party(ref.id)
        kind = f" – {md(word(ui, party_types, party.type))}" if party and party.type else ""
        out.append(f"- {site.link(FRONT, party) if party else md(ref.id)}{kind}")
    out.append("")
    others = [p for p in model.parties if not p.signatory]
    if others:
        also = site.fmt(
            ui._("Also taking part, without being a party to the agreement: {organisations}."),
            organisations=site.links(FRONT, others),
        )
        out += [also, ""]
    out += terms_section(site, FRONT, agreement)
    for horizon, head in (
        ("short", ui._("Short-term goals")),
        ("long", ui._("Long-term goals")),
    ):
        goals = sorted((g for g in model.goals if g.horizon == horizon), key=lambda g: g.order)
        if goals:
            out += [heading(2, md(head)), ""]
            out += [
                f"{i}. {site.md(g.text)}{site.src(g.source, quote=False)}"
                for i, g in enumerate(goals, start=1)
            ]
            out.append("")
    commitments = sorted(model.commitments, key=lambda c: c.order)
    if commitments:
        out += [heading(2, md(ui._("Commitments of the parties"))), ""]
        for i, com in enumerate(commitments, start=1):
            who = f" ({md(word(ui, obligations, com.obligation))})" if com.obligation else ""
            out.append(f"{i}. {site.md(com.text)}{who}{site.src(com.source, quote=False)}")
        out.append("")
    return out


def _contents(site: Site, edition: dict[str, str] | None) -> list[str]:
    ui, model = site.ui, site.model
    out = [heading(2, md(ui._("Contents of the handbook"))), ""]
    if model.tiers:
        tiers = site.links(FRONT, model.tiers)
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
            out.append(f"- [{md(page)}]({site.href(FRONT, path)}): {md(what)}")
    if edition:
        kinds = {"pdf": ui._("PDF file"), "html": ui._("HTML page")}
        links = [
            f"[{md(kinds[kind])}]({site.href(FRONT, edition[kind])})"
            for kind in ("pdf", "html")
            if kind in edition
        ]
        whole = ui._("The whole handbook as one document, for example for a meeting's papers:")
        out += ["", f"{md(whole)} {' · '.join(links)}"]
    return out


def front_page(site: Site, structure: Diagram, edition: dict[str, str] | None = None) -> str:
    """The front page; ``edition``: the print edition's files by kind ("pdf", "html")."""
    ui, model = site.ui, site.model
    agreement = model.agreement
    out = start(site, ui._("Home"), agreement.title if agreement else None)
    if agreement is None:
        return "\n".join(out)
    out += [md(ui._("Model version {version}.", version=agreement.model_version)), ""]
    out += _who_decides(site) + _when_they_meet(site) + _where_to_take(site)
    intro = ui._(
        "The cooperation is divided into tiers. In the diagram the tiers are horizontal bands, "
        "the bodies and roles are boxes, and the arrows show where matters are taken when "
        "they cannot be resolved."
    )
    out += [heading(2, md(ui._("Structure"))), "", md(intro), ""]
    caption = ui._("Tiers, bodies and roles of the cooperation")
    out += figure(site, FRONT, structure, site.fixed["structure"], caption)
    out += _agreement(site, agreement)
    out += _contents(site, edition)
    return "\n".join(out) + "\n"
