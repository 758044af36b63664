"""Reference pages: responsibility matrix, rule reference, glossary."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, code_span, collation_key, fence, heading, md, table
from govlint.model import Body, Element, Role, Tier


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
    out = start(site, ui.t("page.matrix"))
    out += [md(ui.t("matrix.intro")), "", heading(2, md(ui.t("matrix.duties"))), ""]
    cols = _tier_columns(site)
    head = [md(ui.t("matrix.col.duty"))] + [
        site.link(frm, t) if t else md(ui.t("matrix.no_tier")) for t in cols
    ]
    rows = []

    def row(text: str, owner: str, tier: Tier | None) -> list[str]:
        return [text] + [owner if c is tier else "" for c in cols]

    for tier in cols:
        if tier is not None:
            rows += [
                row(
                    f"{md(model.text(r.text))} {site.src(r.source, quote=False)}",
                    md(ui.t("matrix.tier_itself")),
                    tier,
                )
                for r in tier.responsibilities
            ]
        owners: list[Body | Role] = [*model.bodies, *model.roles]
        for owner in owners:
            if model.tier_of(owner) is tier:
                rows += [
                    row(
                        f"{md(model.text(d.text))} {site.src(d.source, quote=False)}",
                        site.link(frm, owner),
                        tier,
                    )
                    for d in owner.duties
                ]
    out += table(head, rows) if rows else [md(ui.t("tier.none"))]
    out += ["", heading(2, md(ui.t("matrix.matters"))), "", md(ui.t("matrix.matters.intro")), ""]
    rows = []
    for mt in model.matter_types:
        cells: dict[int, list[str]] = {}
        for i, ref in enumerate(mt.route(), start=1):
            tier = model.tier_of(ref.target)
            col = cols.index(tier) if tier in cols else len(cols) - 1
            cells.setdefault(col, []).append(f"{i}. {site.ref(frm, ref)}")
        rows.append(
            [site.link(frm, mt)] + ["<br>".join(cells.get(c, [])) for c in range(len(cols))]
        )
    head = [md(ui.t("matters.col.type")), *head[1:]]
    out += table(head, rows) if rows else [md(ui.t("tier.none"))]
    out += ["", heading(2, md(ui.t("matrix.seats"))), "", md(ui.t("matrix.seats.intro")), ""]
    seats = _seat_matrix(site, frm)
    out += seats or [md(ui.t("tier.none"))]
    return "\n".join(out) + "\n"


# Above this many bodies and roles the seat matrix becomes a list per position: a dense
# positions x holders table is O(positions x holders) cells (300 cities: 3 300 x 2 100, some
# 7 million mostly empty cells), which neither a reader nor Markdown can handle.
MATRIX_COLUMNS = 40


def _seat_matrix(site: Site, frm: str) -> list[str]:
    """Positions (rows) by bodies and roles (columns): what each position holds.

    A matrix while there are at most :data:`MATRIX_COLUMNS` holders; otherwise a row per
    position listing what it holds, O(positions + seats)."""
    ui, model = site.ui, site.model
    holders: list[Body | Role] = [*model.bodies, *[r for r in model.roles if r.held_by]]
    holdings = site.index.holdings
    dense = len(holders) <= MATRIX_COLUMNS
    rows = []
    for pos in model.positions():
        held = holdings.get(pos)
        if not held:
            continue
        if dense:
            roles = {el: role for el, role in held}
            cells = [md(ui.t("mrole." + roles[h])) if h in roles else "" for h in holders]
        else:
            cells = [
                "<br>".join(
                    f"{site.link(frm, el)}: {md(ui.t('mrole.' + role))}" for el, role in held
                )
            ]
        rows.append([site.link(frm, pos), site.link(frm, pos.party), *cells])
    if not rows:
        return []
    head = [md(ui.t("body.col.position")), md(ui.t("body.col.party"))]
    if dense:
        return table(head + [site.link(frm, h) for h in holders], rows)
    intro = md(ui.t("matrix.seats.list", count=len(holders)))
    return [intro, "", *table([*head, md(ui.t("party.col.holds"))], rows)]


def _spaced(text: str) -> str:
    """``md(text)`` keeping one space at either edge (text between code spans)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md(text) + trail


def _doc_blocks(doc: str) -> list[str]:
    """A rule docstring as Markdown: prose escaped, indented blocks as YAML code blocks."""
    out: list[str] = []
    para: list[str] = []
    code: list[str] = []

    def flush_para() -> None:
        if para:
            text = " ".join(line.strip() for line in para)
            text = re.sub(r"::$", ":", text)
            parts = re.split(r"``(.+?)``", text)
            out.append("".join(code_span(p) if i % 2 else _spaced(p) for i, p in enumerate(parts)))
            out.append("")
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
    from govlint.rules import RULES

    ui = site.ui
    frm = site.path("rules")
    out = start(site, ui.t("page.rules"))
    out += [md(ui.t("rules.intro")), ""]
    out += site.table(
        ("rules.col.code", "rules.col.slug", "rules.severity", "rules.col.summary"),
        [
            [
                f"[{md(r.code)}](#{anchor(r.code)})",
                code_span(r.slug),
                md(ui.t("sev." + r.severity.value)),
                md(r.summary),
            ]
            for r in RULES.values()
        ],
    )
    out.append("")
    for rule in RULES.values():
        out += [heading(2, f"{md(rule.code)} {md(rule.slug)}", anchor(rule.code)), ""]
        out += [
            f"**{md(ui.t('rules.severity'))}:** {md(ui.t('sev.' + rule.severity.value))}",
            "",
            f"*{md(rule.summary)}*" if rule.summary else "",
            "",
        ]
        out += _doc_blocks(rule.body)
    _ = frm
    return "\n".join(out)


def glossary_page(site: Site) -> str:
    ui, model = site.ui, site.model
    frm = site.path("glossary")
    out = start(site, ui.t("page.glossary"))
    out += [md(ui.t("gl.intro")), ""]
    entries: dict[tuple[str, str, str], str] = {}

    def add(element: Element | None, fi: str, en: str | None, kind: str) -> None:
        if not fi:
            return
        cell = site.link(frm, element) if element is not None else md(fi)
        entries.setdefault((fi, en or "", kind), cell)

    lang = model.lang
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
    for kind, elements in groups:
        for el in elements:
            text = site.text_of(el)
            add(el, site.name(el), text.values.get("en") if text and lang != "en" else None, kind)
    if lang != "en":
        for fi, en in ui.terms():
            add(None, fi, en, "term")
    rows = [
        [cell, md(en), md(ui.t("kind." + kind))]
        for (fi, en, kind), cell in sorted(entries.items(), key=lambda kv: collation_key(kv[0][0]))
    ]
    out += site.table(("gl.col.fi", "gl.col.en", "gl.col.kind"), rows)
    return "\n".join(out) + "\n"
