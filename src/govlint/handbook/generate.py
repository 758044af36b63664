"""The whole handbook from a model: a pure function, no MkDocs, no file system.

:func:`generate_handbook` returns every generated file (Markdown, SVG, iCalendar) by its path
below the docs directory, and the navigation (following the tiers). The MkDocs plugin and
``govlint handbook`` only write or serve what this returns, so the handbook does not depend on
one static-site generator (Material for MkDocs has announced its end of life).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from govlint.findings import Finding, Severity
from govlint.handbook import diagrams
from govlint.handbook.calendar import calendar_bytes
from govlint.handbook.pages_core import body_page, front_page, start, tier_page
from govlint.handbook.pages_cycle import cycle_page
from govlint.handbook.pages_matters import matter_page, matters_index
from govlint.handbook.pages_people import parties_page, roles_page
from govlint.handbook.pages_reference import glossary_page, matrix_page, rules_page
from govlint.handbook.questions import questions_page
from govlint.handbook.site import FRONT, Site
from govlint.handbook.text import collation_key, title
from govlint.model import Model


@dataclass(frozen=True)
class NavItem:
    """A navigation entry; ``title`` is already safe to print as HTML."""

    title: str
    path: str | None = None
    children: tuple[NavItem, ...] = ()


# At most this many entries in one navigation section. The theme renders the sections on the
# path to the current page into that page, so a section of n pages costs O(n) per page and
# O(n^2) for the site (300 cities: 3 600 matter types, ~100 MB of navigation per 10 pages).
# A longer list is split into alphabetical ranges, nested as deep as needed: a page then
# carries O(NAV_SECTION x depth) entries, and the site O(pages x NAV_SECTION x log pages).
NAV_SECTION = 30


def grouped(entries: Sequence[tuple[str, NavItem]], limit: int = NAV_SECTION) -> list[NavItem]:
    """``entries`` (plain name, item) as they are if there are at most ``limit``, otherwise
    in alphabetical order, split into ranges "first – last" of about equal size, nested
    (each level at most ``limit`` entries) so that every section stays short."""
    if len(entries) <= limit:
        return [item for _, item in entries]
    ordered = sorted(entries, key=lambda entry: collation_key(entry[0]))
    depth = 2  # levels: ranges, then pages
    while limit**depth < len(ordered):
        depth += 1
    return _ranges(ordered, depth)


def _ranges(entries: Sequence[tuple[str, NavItem]], depth: int) -> list[NavItem]:
    if depth <= 1:
        return [item for _, item in entries]
    count = math.ceil(len(entries) ** (1 / depth) - 1e-9)  # ranges here: every level alike
    out = []
    for k in range(count):
        part = entries[k * len(entries) // count : (k + 1) * len(entries) // count]
        if part:
            name = f"{part[0][1].title} – {part[-1][1].title}"
            out.append(NavItem(name, children=tuple(_ranges(part, depth - 1))))
    return out


@dataclass
class Handbook:
    files: dict[str, str | bytes] = field(default_factory=dict)
    nav: list[NavItem] = field(default_factory=list)


def open_questions(model: Model) -> list[Finding]:
    """The rules' findings whose default severity is warning: what the agreement leaves open."""
    from govlint.engine import run_rules
    from govlint.rules import RULES

    return [
        f
        for f in run_rules(model)
        if f.code in RULES and RULES[f.code].severity is Severity.WARNING
    ]


def _svg_file(svg: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n"


def generate_handbook(
    model: Model,
    *,
    year: int,
    warnings: Sequence[Finding] | None = None,
    waived: Sequence[tuple[Finding, str]] = (),
    history: str | None = None,
) -> Handbook:
    """Every page of the handbook. ``warnings`` default to the rules' warnings; ``history``
    is the version-history Markdown when there is one."""
    site = Site.of(model, year)
    ui = site.ui
    out = Handbook()
    files = out.files

    structure = diagrams.structure_svg(site)
    files[site.image(ui.t("path.structure"))] = _svg_file(structure)
    files[FRONT] = front_page(site, structure)
    nav = [NavItem(title(ui.t("page.front")), FRONT)]
    for tier in model.tiers:
        files[site.tier_path(tier)] = tier_page(site, tier)
        bodies = []
        for body in site.index.bodies_of_tier.get(tier, []):
            files[site.body_path(body)] = body_page(site, body)
            bodies.append((site.name(body), NavItem(title(site.name(body)), site.body_path(body))))
        children = [NavItem(title(site.name(tier)), site.tier_path(tier)), *grouped(bodies)]
        nav.append(NavItem(title(site.name(tier)), children=tuple(children)))
    loose = [b for b in model.bodies if b.tier is None]
    for body in loose:  # a body whose tier does not resolve still gets its page
        files[site.body_path(body)] = body_page(site, body)
        nav.append(NavItem(title(site.name(body)), site.body_path(body)))

    files[site.path("parties")] = parties_page(site)
    files[site.path("roles")] = roles_page(site)
    nav += [
        NavItem(title(ui.t("page.parties")), site.path("parties")),
        NavItem(title(ui.t("page.roles")), site.path("roles")),
    ]

    files[site.matters_index] = matters_index(site)
    matters = []
    for mt in model.matter_types:
        svg = diagrams.route_svg(site, mt)
        files[site.image(f"{ui.t('path.route')}-{mt.id}")] = _svg_file(svg)
        files[site.matter_path(mt)] = matter_page(site, mt, svg)
        matters.append((site.name(mt), NavItem(title(site.name(mt)), site.matter_path(mt))))
    matter_nav = [NavItem(title(ui.t("page.matters")), site.matters_index), *grouped(matters)]
    nav.append(NavItem(title(ui.t("page.matters")), children=tuple(matter_nav)))

    cycle = diagrams.cycle_svg(site)
    files[site.image(ui.t("path.cycle"))] = _svg_file(cycle)
    files[site.path("cycle")] = cycle_page(site, cycle)
    files[site.path("cycle", "ics")] = calendar_bytes(model, year)
    files[site.path("matrix")] = matrix_page(site)
    if warnings is None:
        warnings = open_questions(model)
    files[site.path("questions")] = questions_page(site, warnings, waived)
    files[site.path("rules")] = rules_page(site)
    files[site.path("glossary")] = glossary_page(site)
    for page in ("cycle", "matrix", "questions", "rules", "glossary"):
        nav.append(NavItem(title(ui.t(f"page.{page}")), site.path(page)))
    if history is not None:
        files[site.path("history")] = history_page(site, history)
        nav.append(NavItem(title(ui.t("page.history")), site.path("history")))
    out.nav = nav
    return out


def history_page(site: Site, history: str) -> str:
    """The version history Markdown (from govlint.diff) under the handbook's own title."""
    head = start(site, site.ui.t("page.history"))
    body = history.lstrip()
    if body.startswith("# "):  # the handbook supplies the H1
        body = body.split("\n", 1)[1] if "\n" in body else ""
    return "\n".join(head) + body.rstrip() + "\n"


def mkdocs_nav(items: Sequence[NavItem]) -> list[Any]:
    """The navigation in MkDocs' ``nav`` format."""
    result: list[Any] = []
    for item in items:
        if item.children:
            result.append({item.title: mkdocs_nav(item.children)})
        else:
            result.append({item.title: item.path})
    return result
