"""Reference pages: responsibility matrix, glossary, and the maintainers' rule reference."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import (
    anchor,
    capitalised,
    code_span,
    collation_key,
    fence,
    heading,
    md,
    table,
)
from govlint.l10n import Ui
from govlint.model import Body, Element, Meeting, Organ, Position, Ref, Role, Tier
from govlint.vocabulary import kinds, member_roles, severities, word


def _tier_columns(site: Site) -> list[Tier | None]:
    model = site.model
    cols: list[Tier | None] = list(model.tiers)
    owners: Iterable[Body | Role] = [*model.bodies, *model.roles]
    if any(model.tier_of(o) is None and o.duties for o in owners) or any(
        mt.tier is None for mt in model.matter_types
    ):
        cols.append(None)
    return cols


def matrix_page(site: Site) -> str:
    ui, model = site.ui, site.model
    frm = site.path("matrix")
    out = start(site, ui._("Responsibility matrix"))
    intro = ui._(
        "Duties by tier and by body. A cell tells who is responsible for the duty at that tier."
    )
    out += [md(intro), "", heading(2, md(ui._("Duties"))), ""]
    cols = _tier_columns(site)
    head = [md(ui._("Duty"))] + [
        site.link(frm, t) if t else md(ui._("Without a tier")) for t in cols
    ]
    rows = []

    def row(text: str, owner: str, tier: Tier | None) -> list[str]:
        return [text] + [owner if c is tier else "" for c in cols]

    for tier in cols:
        if tier is not None:
            whole = _whole_tier(site, frm, tier)
            rows += [
                row(f"{site.md(r.text)}{site.src(r.source, quote=False)}", whole, tier)
                for r in tier.responsibilities
            ]
        owners: list[Body | Role] = [*model.bodies, *model.roles]
        for owner in owners:
            if model.tier_of(owner) is tier:
                rows += [
                    row(
                        f"{site.md(d.text)}{site.src(d.source, quote=False)}",
                        site.link(frm, owner),
                        tier,
                    )
                    for d in owner.duties
                ]
    out += table(head, rows) if rows else [md(ui._("The agreement lists no duties."))]
    out += _section(
        ui._("Matter types by tier"), ui._("Who handles each matter type at which tier.")
    )
    if len(model.matter_types) > MATRIX_ROWS:
        sentence = ui.ngettext(
            "There is {n} matter type, too many for this page: the tier and route of each are on "
            "the page {page}.",
            "There are {n} matter types, too many for this page: the tier and route of each are "
            "on the page {page}.",
            len(model.matter_types),
        )
        index = site.page_link(frm, site.matters_index, ui._("Handling of matters"))
        out.append(site.fmt(sentence, page=index))
    else:
        out += _matter_table(site, frm, cols, head)
    out += _section(
        ui._("Positions in bodies and roles"), ui._("What each position holds in the cooperation.")
    )
    seats = _seat_matrix(site, frm)
    out += seats or [md(ui._("No position holds a seat in a body or a role."))]
    return "\n".join(out) + "\n"


def _section(title: str, intro: str) -> list[str]:
    """A section's heading and its one-sentence introduction, after what came before."""
    return ["", heading(2, md(title)), "", md(intro), ""]


# Above this many rows, a table that another page gives in full is left to that page: the
# matter types' tiers to the matters' index, the positions' parts to the parties' page (300
# cities: 3 600 and 3 300 rows, two thirds of a 3.4 MB page that repeated them).
MATRIX_ROWS = 200


def _matter_table(site: Site, frm: str, cols: list[Tier | None], head: list[str]) -> list[str]:
    """Matter types (rows) by tier: who handles each one at each tier."""
    ui, model = site.ui, site.model
    rows = []
    for mt in model.matter_types:
        cells: dict[int, list[str]] = {}
        route = mt.route()
        for i, ref in enumerate(route):
            tier = model.tier_of(ref.target)
            col = cols.index(tier) if tier in cols else len(cols) - 1
            cells.setdefault(col, []).append(_handles(site, frm, ref, i, len(route)))
        rows.append(
            [site.link(frm, mt)] + ["<br>".join(cells.get(c, [])) for c in range(len(cols))]
        )
    head = [md(ui._("Matter type")), *head[1:]]
    return table(head, rows) if rows else [md(ui._("The model has no matter types."))]


# The tier duties of a large model name only a few of the tier's bodies and roles per cell.
TIER_NAMES = 3


def _whole_tier(site: Site, frm: str, tier: Tier) -> str:
    """A duty of the whole tier, in words, with who works at the tier: "Koko tason
    tehtävä: Ohjausryhmä" (at most a few; the tier's page lists them all)."""
    ui = site.ui
    members = site.tier_members(tier)
    if not members:
        return md(ui._("Duty of the whole tier"))
    more = site.tier_path(tier)
    holders = site.listed(frm, members, lambda el: site.link(frm, el), TIER_NAMES, more)
    return site.fmt(ui._("Duty of the whole tier: {holders}"), holders=holders)


def _handles(site: Site, frm: str, ref: Ref, step: int, steps: int) -> str:
    """What a handler does on a matter type's route, in words: "Ohjausryhmä ratkaisee viime
    kädessä"."""
    ui = site.ui
    who = site.ref(frm, ref)
    if steps == 1:
        template = ui._("{who} handles and decides")
    elif step == 0:
        template = ui._("{who} handles first")
    elif step == steps - 1:
        template = ui._("{who} decides in the last instance")
    else:
        return site.fmt(ui._("{who} handles at step {n}"), who=who, n=str(step + 1))
    return site.fmt(template, who=who)


# Above this many bodies and roles the seat matrix becomes a list per position: a dense
# positions x holders table is O(positions x holders) cells (300 cities: 3 300 x 2 100, some
# 7 million mostly empty cells), which neither a reader nor Markdown can handle.
MATRIX_COLUMNS = 40


def _seat_matrix(site: Site, frm: str) -> list[str]:
    """Positions (rows) by bodies and roles (columns): what each position holds.

    A matrix while there are at most :data:`MATRIX_COLUMNS` holders; otherwise a row per
    position listing what it holds, O(positions + seats); above :data:`MATRIX_ROWS` positions
    the page of parties and positions, which lists the same for each party."""
    ui, model = site.ui, site.model
    holders: list[Body | Role] = [*model.bodies, *[r for r in model.roles if r.held_by]]
    holdings = site.index.holdings
    positions = [pos for pos in model.positions() if holdings.get(pos)]
    if len(positions) > MATRIX_ROWS:
        sentence = ui.ngettext(
            "{n} position has a part in the cooperation, too many for this page: the part of "
            "each is on the page {page}, party by party.",
            "{n} positions have a part in the cooperation, too many for this page: the part of "
            "each is on the page {page}, party by party.",
            len(positions),
        )
        parties = site.page_link(frm, site.path("parties"), ui._("Parties and positions"))
        return [site.fmt(sentence, page=parties)]
    dense = len(holders) <= MATRIX_COLUMNS
    rows = []
    for pos in positions:
        held = holdings[pos]
        if dense:
            roles = {el: role for el, role in held}
            cells = [md(word(ui, member_roles, roles[h])) if h in roles else "" for h in holders]
        else:
            cells = [
                "<br>".join(
                    f"{site.link(frm, el)}: {md(word(ui, member_roles, role))}" for el, role in held
                )
            ]
        rows.append([site.link(frm, pos), site.link(frm, pos.party), *cells])
    if not rows:
        return []
    head = [md(ui._("Position")), md(ui._("Party"))]
    if dense:
        return table(head + [site.link(frm, h) for h in holders], rows)
    intro = ui._(
        "There are {count} bodies and roles, too many for columns, so each position's part is "
        "listed on its row.",
        count=len(holders),
    )
    return [md(intro), "", *table([*head, md(ui._("Part in the cooperation"))], rows)]


def _spaced(text: str) -> str:
    """``md(text)`` keeping one space at either edge (text between code spans)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md(text) + trail


ENGLISH = '{ lang="en" }'  # attr_list: the paragraph above is in English


def _doc_blocks(doc: str) -> list[str]:
    """A rule docstring as Markdown: prose escaped and marked English, indented blocks as YAML
    code blocks."""
    out: list[str] = []
    para: list[str] = []
    code: list[str] = []

    def flush_para() -> None:
        if para:
            text = " ".join(line.strip() for line in para)
            text = re.sub(r"::$", ":", text)
            parts = re.split(r"``(.+?)``", text)
            out.append("".join(code_span(p) if i % 2 else _spaced(p) for i, p in enumerate(parts)))
            out.extend((ENGLISH, ""))
            para.clear()

    def flush_code() -> None:
        while code and not code[-1].strip():
            code.pop()
        if code:
            indent = min(len(c) - len(c.lstrip()) for c in code if c.strip())
            out.extend(fence("\n".join(c[indent:] for c in code), "yaml"))
            out.append("")
            code.clear()

    for line in doc.splitlines():
        if line.startswith((" ", "\t")) and line.strip() and not para:
            code.append(line)
        elif line.startswith((" ", "\t")) and line.strip() and para and para[-1].endswith(":"):
            flush_para()
            code.append(line)
        elif not line.strip():
            if code:
                code.append("")
            else:
                flush_para()
        else:
            flush_code()
            para.append(line)
    flush_para()
    flush_code()
    return out


def rules_page(site: Site) -> str:
    """The rule reference, for the people who maintain the model: the frame (title, intro,
    column headings, severities) in the page language, each rule's own text in English (the
    language of govlint's messages to maintainers), marked ``lang="en"``. Each rule's anchor
    is its lower-case code (``#gov030``) in every language, which SARIF and the open
    questions link to."""
    from govlint.rules import RULES

    ui = site.ui
    out = start(site, ui._("Validation rules"))
    intro = ui._(
        "The rules that check the model, for those who maintain it. The descriptions and "
        "examples are in English, like govlint's other messages to maintainers. A rule's "
        "severity tells whether a finding blocks publication (error) or is an open question "
        "(warning)."
    )
    out += [md(intro), ""]

    def en(markdown: str) -> str:
        return f'<span lang="en">{markdown}</span>' if markdown else ""

    out += site.table(
        (ui._("Code"), ui._("Name"), ui._("Severity"), ui._("Summary")),
        [
            [
                f"[{md(r.code)}](#{anchor(r.code)})",
                code_span(r.slug),
                md(word(ui, severities, r.severity.value)),
                en(md(r.summary)),
            ]
            for r in RULES.values()
        ],
    )
    out.append("")
    for rule in RULES.values():
        out += [heading(2, f"{md(rule.code)} {en(md(rule.slug))}", anchor(rule.code)), ""]
        out += [
            "**" + md(ui._("Severity")) + f":** {md(word(ui, severities, rule.severity.value))}",
            "",
        ]
        if rule.summary:
            out += [f"*{md(rule.summary)}*", ENGLISH, ""]
        out += _doc_blocks(rule.body)
    return "\n".join(out)


def _terms(ui: Ui) -> list[tuple[str, str]]:
    """The handbook's own terms with their explanations, in the page language."""
    return [
        (
            ui._("matter type"),
            ui._("A kind of matter with its own first handler and route."),
        ),
        (
            ui._("escalation"),
            ui._(
                "Taking a matter to the next handler at a higher tier when it cannot be "
                "resolved where it is."
            ),
        ),
        (
            ui._("derived"),
            ui._(
                "A fact the agreement does not state but the model infers; the reason is "
                "given with it."
            ),
        ),
        (ui._("meeting cadence"), ui._("How many times a year a body meets.")),
        (ui._("source"), ui._("The section of the agreement that a fact rests on.")),
        (ui._("party"), ui._("An organisation that is a party to the agreement.")),
        (
            ui._("tier"),
            ui._(
                "A level of the cooperation; unresolved matters go from a lower tier to a "
                "higher one."
            ),
        ),
        (
            ui._("body"),
            ui._("A group of the cooperation with members, meetings and duties."),
        ),
        (ui._("role"), ui._("A task in the cooperation held by one or more positions.")),
        (ui._("position"), ui._("A post of a party, such as a head of a department.")),
        (
            ui._("responsibility matrix"),
            ui._("A table of who is responsible for which duty at which tier."),
        ),
        (
            ui._("annual cycle"),
            ui._("The year as a timeline: when the bodies meet and what they handle."),
        ),
        (
            ui._("joint body"),
            ui._("A body the parties set up together under an agreement, as the law provides."),
        ),
    ]


def _context(site: Site, element: Element) -> Element | None:
    """Where an element belongs: a position's party, a meeting's body, a body's tier."""
    if isinstance(element, Position | Organ):
        return element.party
    if isinstance(element, Meeting):
        return site.model.get(element.body_id)
    return site.model.tier_of(element)


# A name that many elements share (a position in every party, a meeting of every city's
# group) is one entry that names this many of them, then counts the rest: at 300 cities the
# glossary had 300 rows of "Hallintosihteeri" and thousands more like it.
SAME_NAME = 10


def glossary_page(site: Site) -> str:
    """The model's names and the handbook's terms in alphabetical order, each with what it
    is; in the page language only (no translations alongside). Elements of one kind with one
    name are one entry, linked through where each belongs (a title that several parties have:
    "Asema: A ja B", each party's name linking to its position)."""
    ui, model = site.ui, site.model
    frm = site.path("glossary")
    out = start(site, ui._("Glossary"))
    out += [md(ui._("The names and terms of the handbook, with what each one is.")), ""]
    groups: list[tuple[str, Iterable[Element]]] = [
        ("party", model.parties),
        ("tier", model.tiers),
        ("body", model.bodies),
        ("role", model.roles),
        ("matter-type", model.matter_types),
        ("organ", [o for p in model.parties for o in p.organs]),
        ("position", list(model.positions())),
        ("meeting", [m for b in model.bodies if b.cadence for m in b.cadence.meetings]),
    ]
    named: dict[tuple[str, str], list[Element]] = {}
    for kind, elements in groups:
        for el in elements:
            name = site.name(el)
            if name:
                named.setdefault((name, kind), []).append(el)

    def where(el: Element) -> str:
        """A link to one of several of a name, named by where it belongs."""
        context = _context(site, el)
        target = site.pages.get(el.key)
        text = site.name_md(context) if context else site.name_md(el)
        return f"[{text}]({site.href(frm, target)})" if target else text

    entries: dict[tuple[str, str], list[str]] = {}
    for (name, kind), same in named.items():
        what = md(capitalised(word(ui, kinds, kind)))
        if len(same) == 1:
            context = _context(site, same[0])
            term = site.link(frm, same[0])
            explained = f"{what}: {site.link(frm, context)}" if context else what
        else:
            term = md(name)
            explained = f"{what}: {site.listed(frm, same, where, SAME_NAME, None)}"
        entries[(name, explained)] = [term, explained]
    for term, explanation in _terms(ui):
        entries.setdefault((term, explanation), [md(term), md(explanation)])
    rows = [cells for key, cells in sorted(entries.items(), key=lambda kv: collation_key(kv[0][0]))]
    out += site.table((ui._("Term"), ui._("What it is")), rows)
    return "\n".join(out) + "\n"
