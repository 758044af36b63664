"""The whole handbook from a model: a pure function, no MkDocs, no file system.

:func:`generate_handbook` returns every generated file (Markdown, SVG, iCalendar) by its path
below the docs directory, and the navigation (following the tiers). The MkDocs plugin and
``govlint handbook`` only write or serve what this returns, so the handbook does not depend on
one static-site generator (Material for MkDocs has announced its end of life);
:func:`write_files` is how those without MkDocs write them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govlint.engine import paused_gc
from govlint.findings import Finding, Severity
from govlint.handbook import diagrams
from govlint.handbook.calendar import calendar_bytes
from govlint.handbook.edition import EditionText
from govlint.handbook.openpoints import by_element
from govlint.handbook.pages_agreement import agreement_page
from govlint.handbook.pages_core import body_page, loose_page, start, tier_page
from govlint.handbook.pages_cycle import cycle_page
from govlint.handbook.pages_front import front_page
from govlint.handbook.pages_matters import matter_page, matters_index
from govlint.handbook.pages_people import parties_page, roles_page
from govlint.handbook.pages_reference import glossary_page, matrix_page, rules_page
from govlint.handbook.pages_statement import statement_page
from govlint.handbook.questions import questions_page
from govlint.handbook.ring import cycle_ring_svg
from govlint.handbook.site import FRONT, PageNames, Site
from govlint.handbook.stamp import BuildStamp
from govlint.handbook.statement import Statement
from govlint.handbook.svg import Diagram
from govlint.handbook.text import title, xml
from govlint.model import Model


@dataclass(frozen=True)
class NavItem:
    """A navigation entry; ``title`` is already safe to print as HTML."""

    title: str
    path: str | None = None
    children: tuple[NavItem, ...] = ()


# At most this many pages listed in one navigation section. The theme renders the sections on
# the path to the current page into that page, and the top-level sections into every page:
# each entry costs it ~0.06 ms per page (measured), so a section of n pages costs O(n) per page
# and O(n^2) for the site (300 cities: 3 600 matter types, gigabytes of HTML). A longer list
# is left out of the navigation: its section shows the index page, which lists every entry
# (with more than the navigation could say), and the pages are marked "not in nav" for MkDocs.
# A page then carries O(sections x NAV_SECTION) entries whatever the size of the model. At
# 300 cities this took the theme from 35 s (alphabetical ranges of 20, ~80 entries a page) to
# 9 s.
NAV_SECTION = 20


def section(index: NavItem, entries: Sequence[NavItem]) -> NavItem:
    """A navigation section: its index page, then ``entries`` if there are at most
    NAV_SECTION; only the index page (a plain entry, not a section with one page) if there
    are none or more: a long list is reached through the index page."""
    if not entries or len(entries) > NAV_SECTION:
        return index
    return NavItem(index.title, children=(index, *entries))


def nav_paths(items: Sequence[NavItem]) -> set[str]:
    """Every page the navigation links to."""
    found: set[str] = set()
    for item in items:
        if item.path is not None:
            found.add(item.path)
        found |= nav_paths(item.children)
    return found


@dataclass(frozen=True)
class EditionPlan:
    """Whether to make the print edition (the whole handbook as one document)."""

    max_pages: int = 150  # above this many pages, none (see the plugin's edition_max_pages)
    pdf: bool = True  # also as PDF


@dataclass
class Handbook:
    """Every generated file by path, the navigation, and the page language. ``keys`` names
    each page in a way that is the same in every language (``body:steering-group``,
    ``page:parties``), so that a language switch can link a page to itself in another
    language."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    nav: list[NavItem] = field(default_factory=list)
    lang: str = ""
    keys: dict[str, str] = field(default_factory=dict)  # page path -> language-neutral key
    # the print edition's pages in reading order, each with its level (1: a top-level page,
    # 2: a page under it); empty: no edition
    book: list[tuple[str, int]] = field(default_factory=list)
    edition: dict[str, str] = field(default_factory=dict)  # its files by kind: html, pdf
    cover: EditionText | None = None  # what the edition says around the pages


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write generated files below ``root`` by their paths (text as UTF-8, with "\\n" line
    ends on every platform): ``govlint handbook --out`` and the Zensical project."""
    for rel, content in sorted(files.items()):
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8", newline="\n")


def open_questions(model: Model) -> list[Finding]:
    """The rules' findings whose default severity is warning: what the agreement leaves open."""
    from govlint.engine import run_rules
    from govlint.rules import RULES

    return [
        f
        for f in run_rules(model)
        if f.code in RULES and RULES[f.code].severity is Severity.WARNING
    ]


def generate_handbook(
    model: Model,
    *,
    year: int,
    warnings: Sequence[Finding] | None = None,
    waived: Sequence[tuple[Finding, str]] = (),
    history: str | None = None,
    lang: str | None = None,
    stamp: BuildStamp | None = None,
    edition: EditionPlan | None = None,
    statement: Statement | None = None,
    prefixes: Sequence[str] = (),
) -> Handbook:
    """Every page of the handbook in ``lang`` (default: the model's main language).
    ``warnings`` default to the rules' warnings; ``history`` is the version-history Markdown
    when there is one; ``stamp`` dates what is published (default: 1 January of ``year``);
    ``edition``: plan the print edition (which the MkDocs plugin makes from the rendered
    pages), with a link to it on the front page; ``statement``: the accessibility statement;
    ``prefixes``: the folders of the other languages' handbooks (no page takes their place,
    :func:`reserved_paths`).

    Linear in the model: reverse references come from the site's index, long navigation
    sections are left to their index pages (:func:`section`), the seat matrix is bounded. The
    cyclic GC is paused, as while loading: the millions of temporary lists a large handbook
    allocates set off collections that walk the whole live model and free nothing (reference
    counting frees the temporaries); they cost ~25% of the time at 300 cities."""
    with paused_gc():
        stamp = stamp or BuildStamp.of_year(year)
        extra = (stamp, edition, statement, reserved_paths(prefixes))
        return _generate(model, year, warnings, waived, history, lang, *extra)


def _generate(
    model: Model,
    year: int,
    warnings: Sequence[Finding] | None,
    waived: Sequence[tuple[Finding, str]],
    history: str | None,
    lang: str | None,
    stamp: BuildStamp,
    edition: EditionPlan | None,
    statement: Statement | None,
    reserved: Sequence[str],
) -> Handbook:
    site = Site.of(model, year, lang, reserved)
    ui = site.ui
    out = Handbook(lang=site.lang)
    if warnings is None:
        warnings = open_questions(model)
    site.open_points = by_element(model, warnings)  # each page says its own open points
    files = out.files

    book = out.book
    structure = diagrams.structure_svg(site)
    add_diagram(files, site, site.fixed["structure"], structure)
    files[FRONT] = ""  # written last, when it is known whether there is a print edition
    book.append((FRONT, 1))
    nav = [NavItem(title(ui._("Home")), FRONT)]
    for tier in model.tiers:
        files[site.tier_path(tier)] = tier_page(site, tier)
        book.append((site.tier_path(tier), 1))
        bodies = []
        for body in site.index.bodies_of_tier.get(tier, []):
            files[site.body_path(body)] = body_page(site, body)
            book.append((site.body_path(body), 2))
            bodies.append(NavItem(title(site.name(body)), site.body_path(body)))
        nav.append(section(NavItem(title(site.name(tier)), site.tier_path(tier)), bodies))
    loose = site.index.bodies_of_tier.get(None, [])  # their tier does not resolve
    if loose:  # they still get their pages, and a page that lists them in place of a tier's
        entries = []
        for body in loose:
            files[site.body_path(body)] = body_page(site, body)
            entries.append(NavItem(title(site.name(body)), site.body_path(body)))
        files[site.loose_index] = loose_page(site, loose)
        book += [(site.loose_index, 1), *((site.body_path(b), 2) for b in loose)]
        nav.append(
            section(NavItem(title(ui._("Bodies without a tier")), site.loose_index), entries)
        )

    files[site.path("parties")] = parties_page(site)
    files[site.path("roles")] = roles_page(site)
    book += [(site.path("parties"), 1), (site.path("roles"), 1), (site.matters_index, 1)]
    nav += [
        NavItem(title(ui._("Parties and positions")), site.path("parties")),
        NavItem(title(ui._("Roles")), site.path("roles")),
    ]

    files[site.matters_index] = matters_index(site)
    matters = []
    for mt in model.matter_types:
        svg = diagrams.route_svg(site, mt)
        add_diagram(files, site, site.route_name(mt), svg)
        files[site.matter_path(mt)] = matter_page(site, mt, svg)
        book.append((site.matter_path(mt), 2))
        matters.append(NavItem(title(site.name(mt)), site.matter_path(mt)))
    nav.append(section(NavItem(title(ui._("Handling of matters")), site.matters_index), matters))

    cycle = cycle_ring_svg(site)
    add_diagram(files, site, site.fixed["cycle"], cycle)
    files[site.path("cycle")] = cycle_page(site, cycle)
    files[site.path("cycle", "ics")] = calendar_bytes(model, year, site.lang, stamp)
    files[site.path("matrix")] = matrix_page(site)
    files[site.path("questions")] = questions_page(site, warnings, waived)
    files[site.path("glossary")] = glossary_page(site)
    pages = [
        ("cycle", ui._("Annual cycle")),
        ("matrix", ui._("Responsibility matrix")),
        ("questions", ui._("Open questions")),
        ("glossary", ui._("Glossary")),
    ]
    if site.agreement_page is not None:
        files[site.agreement_page] = agreement_page(site)
        pages.insert(3, ("agreement", ui._("Agreement text")))
    for page, name in pages:
        nav.append(NavItem(title(name), site.path(page)))
    book += [(site.path(page), 1) for page, _ in pages]
    if history is not None:
        files[site.path("history")] = history_page(site, history)
        nav.append(NavItem(title(ui._("Version history")), site.path("history")))
        book.append((site.path("history"), 1))
    # the rule reference (below) is for the model's maintainers, not for council papers
    if edition is None or len(book) > edition.max_pages:
        book.clear()
    else:
        out.edition["html"] = site.path("edition", "html")
        if edition.pdf:
            out.edition["pdf"] = site.path("edition", "pdf")
        out.cover = cover(site, stamp, out.edition.get("pdf"))
    files[FRONT] = front_page(site, structure, out.edition)
    if statement is not None:
        files[site.path("accessibility")] = ""  # written last: it names the other pages
    files[site.path("rules")] = rules_page(site)
    rules = NavItem(title(ui._("Validation rules")), site.path("rules"))
    nav.append(NavItem(title(ui._("For maintainers")), children=(rules,)))
    if statement is not None:
        name = ui._("Accessibility statement")
        nav.append(NavItem(title(name), site.path("accessibility")))
        names = {path: path for path in (*files, *out.edition.values())}
        names.update(_titles(nav))
        files[site.path("accessibility")] = statement_page(site, statement, stamp, names)
    for path, content in files.items():  # number each page's source markers, list its sources
        if isinstance(content, str) and path.endswith(".md"):
            files[path] = site.finish(path, content)
    out.nav = nav
    out.keys = {path: key for path, key in page_keys(site).items() if path in files}
    served = PageNames()  # the names were decided in Site: a page added without one fails here
    for path in (*reserved, *files, *out.edition.values()):
        served.take(path)
    return out


def reserved_paths(prefixes: Sequence[str] = ()) -> list[str]:
    """What may be published beside the handbook: the schemas at their ``$id`` addresses
    (reserved whether or not this site is the one that publishes them), and the front page of
    each other language (its pages live below its prefix, ``en/``)."""
    from govlint.schemaexport import SITE_DIR, schema_names

    schemas = [f"{SITE_DIR}/{name}" for name in schema_names()]
    return [*schemas, *(f"{p.strip('/')}/index.md" for p in prefixes if p)]


def page_keys(site: Site) -> dict[str, str]:
    """Page path -> a key that names the same page in every language ("page:parties",
    "body:steering-group"): the language switch links a page to itself in another language."""
    keys = {
        FRONT: "page:front",
        site.loose_index: "page:bodies",
        site.matters_index: "page:matters",
    }
    for name in ("parties", "roles", "cycle", "matrix", "questions", "rules", "glossary"):
        keys[site.path(name)] = f"page:{name}"
    keys[site.path("history")] = "page:history"
    keys[site.path("agreement")] = "page:agreement"
    keys[site.path("accessibility")] = "page:accessibility"
    for key, target in site.pages.items():
        keys.setdefault(target.partition("#")[0], key)
    return keys


def page_paths(model: Model, lang: str, prefixes: Sequence[str] = ()) -> dict[str, str]:
    """Key -> page path in ``lang``, without writing the pages (see :func:`page_keys`)."""
    site = Site.of(model, 2000, lang, reserved_paths(prefixes))
    return {key: path for path, key in page_keys(site).items()}


def cover(site: Site, stamp: BuildStamp, pdf: str | None) -> EditionText:
    """The print edition's own words: its title, the model's version and the build's date."""
    ui, agreement = site.ui, site.model.agreement
    name = site.text(agreement.title) if agreement else ui._("Home")
    version = agreement.model_version if agreement else "?"
    same = ui._("The same document as a PDF file")
    link = f'<a href="{xml(pdf)}">{xml(same)}</a>'
    return EditionText(
        lang=site.lang,
        title=xml(name),
        subtitle=xml(ui._("The complete handbook")),
        version=xml(ui._("Model version {version}", version=version)),
        date=xml(ui._("Compiled on {date}", date=ui.date(stamp.day))),
        iso_date=stamp.day.isoformat(),
        contents=xml(ui._("Contents")),
        page_ref=xml(ui.pgettext("page reference", "p.")),
        pdf_link=link if pdf else "",
    )


def _titles(items: Sequence[NavItem]) -> dict[str, str]:
    """Every page in the navigation by its path: its title as plain text."""
    found = {}
    for item in items:
        if item.path is not None:
            found[item.path] = html.unescape(item.title)
        found.update(_titles(item.children))
    return found


def add_diagram(files: dict[str, str | bytes], site: Site, name: str, diagram: Diagram) -> None:
    """The diagram's SVG file, and its narrow drawing's if it has one."""
    files[site.image(name)] = diagram.file()
    if diagram.narrow is not None:
        files[site.image(name, narrow=True)] = diagram.narrow.file()


def history_page(site: Site, history: str) -> str:
    """The version history Markdown (from govlint.diff) under the handbook's own title."""
    head = start(site, site.ui._("Version history"))
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
