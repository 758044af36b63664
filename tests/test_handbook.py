"""Tests of the handbook: generated pages, escaping, the MkDocs build, the calendar.

Golden files: ``tests/golden/handbook/`` holds every file the handbook generates for the small
fictional model in ``tests/examples/small/`` (calendar year 2025), plus its navigation
(``_nav.json``). After an intended change to the generator or the example, regenerate them with

    python3 scripts/update_golden.py handbook

and review the diff like any other change. Never edit golden files by hand.
"""

from __future__ import annotations

import difflib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from govlint.config import load_config
from govlint.engine import load_directory
from govlint.findings import Finding, Loc
from govlint.handbook import generate_handbook
from govlint.handbook.site import Site
from govlint.handbook.text import front_matter, md, plain, title
from helpers import build_model_site, file_tree, load_script

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "examples" / "small"
GOLDEN = ROOT / "tests" / "golden" / "handbook"
YEAR = 2025


def _update_golden() -> ModuleType:
    return load_script("scripts/update_golden.py", "update_golden")


def _model(path: Path = SMALL) -> Any:
    loaded = load_directory(path)
    assert loaded.findings == [], loaded.findings
    return loaded.model


# -- golden files ---------------------------------------------------------------------------


def test_golden_handbook_is_current(tmp_path: Path) -> None:
    module = _update_golden()
    assert module.HANDBOOK_YEAR == YEAR
    module.generate("handbook", tmp_path / "handbook")
    fresh, golden = file_tree(tmp_path / "handbook"), file_tree(GOLDEN)
    assert sorted(fresh) == sorted(golden), (
        "the set of generated files changed; run `python3 scripts/update_golden.py handbook`"
    )
    for name in golden:
        want, got = golden[name], fresh[name]
        if name.endswith(".ics"):  # RFC 5545 CRLF; a checkout may have converted them
            want, got = want.replace(b"\r\n", b"\n"), got.replace(b"\r\n", b"\n")
        if want != got:
            diff = "\n".join(
                difflib.unified_diff(
                    want.decode().splitlines(),
                    got.decode().splitlines(),
                    f"golden/{name}",
                    f"generated/{name}",
                    lineterm="",
                    n=2,
                )
            )
            pytest.fail(
                f"{name} differs from its golden file; if the change is intended, "
                f"run `python3 scripts/update_golden.py handbook`\n{diff[:4000]}"
            )


def test_golden_pages_answer_the_readers_questions() -> None:
    """The golden files are not just current but say what a reader needs."""
    body = (GOLDEN / "strateginen" / "johtoryhma.md").read_text(encoding="utf-8")
    assert "puheenjohtaja" in body and "Kunnanjohtaja" in body
    assert "2–3 kokousta vuodessa" in body
    # a derived window: the agreement's words, the model's reading, and why (a marker)
    assert "| talvella \\[mallin tulkinta: marras–helmikuu\\]<sup class" in body
    assert "Lisäksi enintään 1 kokous" in body
    assert "Johdettu: Sopimus sanoo ”talvella”" in body  # provenance of the derived window
    assert "Sihteeristä ei ole sovittu." in body  # its open point, on its own page
    matter = (GOLDEN / "asiat" / "hairiot.md").read_text(encoding="utf-8")
    assert "Koivulan tukihenkilöt → ICT-työryhmä → ICT-johtoryhmä<sup" in matter
    cycle = (GOLDEN / "vuosikello.md").read_text(encoding="utf-8")
    assert "ICT-työryhmä](taktinen/tyoryhma.md): 2–4 kokousta vuodessa; ajankohdista ei" in cycle
    assert "(vuosikello.ics)" in cycle
    nav = json.loads((GOLDEN / "_nav.json").read_text(encoding="utf-8"))
    titles = [next(iter(item)) for item in nav]
    assert titles[1:4] == ["Strateginen taso", "Taktinen taso", "Operatiivinen taso"]


# -- escaping -------------------------------------------------------------------------------

MD_EXTENSIONS = ["tables", "attr_list", "toc"]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "img":
            self.images.append(dict(attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


URL_ATTRS = frozenset(
    {"href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background"}
)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    parser.close()
    return parser


NASTY = st.text(alphabet=st.sampled_from(list("ab <>&*_`[](){}:#|!-+=~.\\\"'1\n\t/")), max_size=40)


@given(NASTY)
@settings(max_examples=300, deadline=None)
def test_md_escape_renders_as_the_same_plain_text(text: str) -> None:
    """Whatever the YAML says, it renders as that text and nothing else, in a paragraph, a
    list item, a table cell and a heading."""
    expected = plain(text)
    contexts = {
        "p": md(text),
        "li": f"- {md(text)}",
        "table": f"| h |\n|---|\n| {md(text)} |",
        "h2": f"## x {md(text)}",
    }
    for where, source in contexts.items():
        got = _parse(markdown.markdown(source, extensions=MD_EXTENSIONS))
        if not expected:
            continue
        allowed = {
            "p": {"p"},
            "li": {"ul", "li"},
            "table": {"table", "thead", "tbody", "tr", "th", "td"},
            "h2": {"h2"},
        }[where]
        assert set(got.tags) <= allowed, (where, source, got.tags)
        assert not any(name.startswith("on") for name, _ in got.attrs), (where, source)
        rendered = " ".join("".join(got.text).split())
        if where == "table":
            rendered = rendered.removeprefix("h ").strip()
        if where == "h2":
            rendered = rendered.removeprefix("x").strip()
        assert rendered == expected, (where, source)


@given(NASTY)
@settings(max_examples=200, deadline=None)
def test_front_matter_title_round_trips(text: str) -> None:
    """MkDocs reads back exactly the escaped title, and the page body is untouched."""
    from mkdocs.utils.meta import get_data

    body, meta = get_data(front_matter(title(text)) + "# x\n")
    assert meta == {"title": title(text)}
    assert body.strip() == "# x"
    assert "<" not in meta["title"] and ">" not in meta["title"]


PAYLOADS = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(2))",
    '{: onclick="alert(3)" }',
    "<img src=x onerror=alert(4)>",
    "</title><script>alert(5)</script>",
    "**lihava** _kursiivi_ `koodi` | putki | ![k](javascript:alert(6))",
    "rivi\n\n# Otsikko\n<script>alert(7)</script>\n{: onclick=alert(8)}",
]


def _poison(value: Any, counter: list[int]) -> Any:
    """Append a payload to every Finnish text and every quote/derived reason."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in ("fi", "quote", "derived", "heading") and isinstance(item, str):
                out[key] = f"{item} {PAYLOADS[counter[0] % len(PAYLOADS)]}"
                counter[0] += 1
            else:
                out[key] = _poison(item, counter)
        return out
    if isinstance(value, list):
        return [_poison(item, counter) for item in value]
    return value


@pytest.fixture(scope="module")
def hostile_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("hostile") / "model"
    counter = [0]
    for path in sorted(SMALL.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out = target / path.relative_to(SMALL)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            yaml.safe_dump(_poison(data, counter), allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
    assert counter[0] > 40
    return target


def test_hostile_model_markdown_is_inert(hostile_model: Path) -> None:
    handbook = generate_handbook(_model(hostile_model), year=YEAR)
    pages = {p: c for p, c in handbook.files.items() if isinstance(c, str) and p.endswith(".md")}
    assert len(pages) > 10
    for path, text in pages.items():
        assert "<script" not in text and "<img" not in text, path
        body = text.split("---\n", 2)[-1]  # after the front matter (YAML, not Markdown)
        assert not re.search(r"(?<!\\)\]\(javascript", body), path
        assert not re.search(r"(?<!\\)\{:", body), path
        html = markdown.markdown(body, extensions=MD_EXTENSIONS)
        parsed = _parse(html)
        assert "script" not in parsed.tags, path
        # the only images are the generated diagrams, two drawings (wide, narrow) per diagram
        assert len(parsed.images) == 2 * body.count("\n{ .gl-diagram }\n"), path
        for image in parsed.images:
            assert re.fullmatch(r"(\.\./)*kuvat/[\w.-]+\.svg", image.get("src") or ""), path
            assert image.get("alt"), path
        assert not [a for a in parsed.attrs if a[0].startswith("on")], path
        assert not [
            a for a in parsed.attrs if a[0] in URL_ATTRS and "javascript:" in (a[1] or "").lower()
        ], path
    body = _parse(markdown.markdown(pages["strateginen/johtoryhma.md"], extensions=MD_EXTENSIONS))
    text = " ".join("".join(body.text).split())
    assert "<script>alert(1)</script>" in text  # shown, as text
    for path, content in handbook.files.items():
        if path.endswith(".svg"):
            root = ET.fromstring(content)
            assert not root.findall(".//{http://www.w3.org/2000/svg}script"), path
    for item in handbook.nav:
        for entry in (item, *item.children):
            assert "<" not in entry.title, entry


# -- the MkDocs build -----------------------------------------------------------------------


def _text(page: Path) -> str:
    return " ".join("".join(_parse(page.read_text(encoding="utf-8")).text).split())


def test_repository_site_builds_with_the_key_pages(repo_site: Path) -> None:
    steering = _text(repo_site / "strateginen" / "ohjausryhma" / "index.html")
    for position in ("Kaupunginjohtaja", "Talous- ja hallintojohtaja", "Tietohallintojohtaja"):
        assert position in steering
    assert steering.count("Kaupunginjohtaja") >= 2  # Pori's and Ulvila's
    assert "Porin kaupunki" in steering and "Ulvilan kaupunki" in steering
    assert "Noin 2 kokousta vuodessa" in steering
    assert "Tilinpäätöskokous" in steering and "Talousarviokokous" in steering
    assert "alkuvuonna [mallin tulkinta: tammi–huhtikuu]" in steering  # derived: says so
    assert "”tilinpäätös alkuvuonna”" in steering  # in its sources
    assert "Puheenjohtajasta ja sihteeristä ei ole sovittu." in steering
    dev = _text(repo_site / "taktinen" / "kehittamisryhma" / "index.html")
    assert "2–4 kokousta vuodessa" in dev and "kutsuttu asiantuntija" in dev
    assert "Ulvilan johtoryhmä" in dev
    updates = _text(repo_site / "asiat" / "paivitykset" / "index.html")
    assert (
        "Operatiivisen tason koordinaattori → Tietohallinnon kehittämisryhmä → "
        "Tietohallinnon ohjausryhmä"
    ) in updates
    assert "Päivitys epäonnistuu" in updates
    cycle = _text(repo_site / "vuosikello" / "index.html")
    assert (
        "Tietohallinnon kehittämisryhmä: 2–4 kokousta vuodessa; ajankohdista ei ole sovittu"
        in cycle
    )
    questions = _text(repo_site / "avoimet-kysymykset" / "index.html")
    for fact in (
        "kuka toimii puheenjohtajana",
        "sihteeriä",
        "kustannusten jako osapuolten kesken",
        "sopimuksen irtisanominen",
        "Mallin päätelmät",
    ):
        assert fact in questions
    assert (
        'lang="en"'
        not in (repo_site / "avoimet-kysymykset" / "index.html")
        .read_text(encoding="utf-8")
        .split("<article", 1)[1]
        .split("Mallin päätelmät")[0]
    ), "every warning of the repository model has a Finnish sentence"
    rules = _text(repo_site / "govlint" / "index.html")
    assert "GOV060 missing-chair" in rules
    front = (repo_site / "index.html").read_text(encoding="utf-8")
    nav = [front.find(t) for t in ("Strateginen taso", "Taktinen taso", "Operatiivinen taso")]
    assert -1 not in nav and nav == sorted(nav)
    assert (repo_site / "vuosikello.ics").is_file()
    assert 'lang="fi"' in front


def test_nothing_generated_is_committed_to_docs() -> None:
    from govlint.handbook.generate import generate_handbook as gen

    generated = gen(_model(ROOT / "governance"), year=YEAR).files
    present = [p for p in generated if (ROOT / "docs" / p).exists()]
    assert present == [], f"generated pages must not be committed under docs/: {present}"


EXTERNAL = re.compile(
    r"""(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I
)


def test_site_is_self_contained(repo_site: Path) -> None:
    offenders = []
    for page in repo_site.rglob("*.html"):
        parsed = _parse(page.read_text(encoding="utf-8"))
        for name, value in parsed.attrs:
            if (
                name in ("src", "href", "srcset", "action", "poster", "data")
                and value
                and re.match(r"\s*(https?:)?//", value)
                and "127.0.0.1" not in value
            ):
                offenders.append(f"{page.relative_to(repo_site)}: {name}={value}")
    for css in repo_site.rglob("*.css"):
        for url in re.findall(
            r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)",
            css.read_text(encoding="utf-8", errors="replace"),
        ):
            offenders.append(f"{css.relative_to(repo_site)}: url({url})")
    assert offenders == [], offenders


def test_hostile_model_site_is_inert(hostile_model: Path, tmp_path: Path) -> None:
    """A whole MkDocs build of the hostile model: no script, handler or javascript: URL
    reaches the HTML, the titles or the search index; a hand-written page is kept."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "ohje.md").write_text("# Ohje\n\nKäsin kirjoitettu sivu.\n", encoding="utf-8")
    # The payloads also break the model's quotes: those model errors are expected warnings;
    # any other warning (a broken link or anchor the payloads made) is not.
    proc, site = build_model_site(hostile_model, tmp_path, docs, strict=False)
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings and all("model error" in w for w in warnings), warnings
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parsed = _parse(page.read_text(encoding="utf-8"))
        assert not [s for s in parsed.scripts if "alert(" in s], page
        assert not [a for a in parsed.attrs if a[0].startswith("on")], page
        assert not [
            a for a in parsed.attrs if a[0] in URL_ATTRS and "javascript:" in (a[1] or "").lower()
        ], page
        assert not [a for a in parsed.attrs if a == ("src", "x")], page
    body = site / "strateginen" / "johtoryhma" / "index.html"
    html = body.read_text(encoding="utf-8")
    head_title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in head_title
    assert "<script>alert(1)</script>" in _text(body)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            parsed = _parse(doc.get(field, ""))
            assert "script" not in parsed.tags and "img" not in parsed.tags, doc["location"]
    front = (site / "index.html").read_text(encoding="utf-8")
    assert (site / "ohje" / "index.html").is_file() and "Ohje" in front


# -- a large model: every page, bounded sections ----------------------------------------------


def _nav_pages(items: Any) -> list[str]:
    return [p for item in items for p in ([item.path] if item.path else _nav_pages(item.children))]


def _links(page: str, text: str) -> set[str]:
    """The pages a generated page links to, as paths from the site root."""
    base = posixpath.dirname(page)
    return {
        posixpath.normpath(posixpath.join(base, target))
        for target in re.findall(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)", text)
    }


def test_large_model_handbook_has_every_page_and_short_sections(consortium: Path) -> None:
    """The reverse-reference index says what the model's own scans say; the seat matrix turns
    into a list per position above its column bound; no navigation section is longer than the
    bound, and every page left out of the navigation is linked from an index page in it."""
    from govlint.handbook.generate import NAV_SECTION, NavItem, nav_paths
    from govlint.handbook.pages_reference import MATRIX_COLUMNS

    model = _model(consortium)
    site = Site.of(model, YEAR)
    for pos in model.positions():
        assert site.index.holdings.get(pos, []) == model.holdings(pos), pos.id
    for element in [*model.bodies, *model.roles]:
        stops = [
            (mt, i)
            for mt in model.matter_types
            for i, ref in enumerate(mt.route())
            if ref.target is element
        ]
        assert site.index.stops.get(element, []) == stops, element.id

    handbook = generate_handbook(model, year=YEAR)
    pages = [p for p in handbook.files if p.endswith(".md")]
    for element in [*model.bodies, *model.matter_types]:
        assert site.pages[element.key] in pages, element.id
    in_nav = nav_paths(handbook.nav)
    assert len(_nav_pages(handbook.nav)) == len(in_nav)  # each page once
    outside = set(pages) - in_nav
    assert {site.pages[mt.key] for mt in model.matter_types} <= outside  # 120 > NAV_SECTION
    reached = set().union(*(_links(p, str(handbook.files[p])) for p in in_nav))
    assert outside <= reached, sorted(outside - reached)[:5]

    def sections(items: tuple[NavItem, ...] | list[NavItem]) -> list[tuple[NavItem, ...]]:
        return [tuple(items)] + [s for i in items if i.children for s in sections(i.children)]

    assert max(len(s) for s in sections(handbook.nav)) <= NAV_SECTION + 1  # + the index page
    matters = next(i for i in handbook.nav if i.path == "asiat/index.md")
    assert not matters.children  # a plain entry, not a section holding only its index page
    index = str(handbook.files["asiat/index.md"])
    assert _links("asiat/index.md", index) >= {site.pages[mt.key] for mt in model.matter_types}
    small = generate_handbook(_model(), year=YEAR)
    assert {p for p in small.files if p.endswith(".md")} == nav_paths(small.nav)  # all listed

    holders = len(model.bodies) + len([r for r in model.roles if r.held_by])
    assert holders > MATRIX_COLUMNS
    seats = str(handbook.files["vastuumatriisi.md"]).split("## Asemat toimielimissä", 1)[1]
    rows = [line for line in seats.splitlines() if line.startswith("| [")]
    assert seats.count("| Asema | Osapuoli | Tehtävät yhteistyössä |") == 1
    held = [pos for pos in model.positions() if model.holdings(pos)]
    assert len(rows) == len(held)
    for row, pos in zip(rows, held, strict=True):
        assert row.count(" | ") == 2 and row.count("<br>") == len(model.holdings(pos)) - 1
    matrix = str(small.files["vastuumatriisi.md"])
    assert "Tehtävät yhteistyössä" not in matrix  # a small model keeps the dense matrix


def test_bodies_without_a_tier_have_an_index_page_and_a_bounded_navigation(
    consortium: Path,
) -> None:
    """A tier document that fails its schema leaves its bodies without a tier: they keep their
    pages, a page lists them, and the navigation stays bounded however many they are."""
    from govlint.handbook.generate import NAV_SECTION, nav_paths

    model = _model(consortium)
    clean = generate_handbook(model, year=YEAR)
    for body in model.bodies:
        body.tier_ref.target = None
    handbook = generate_handbook(model, year=YEAR)
    loose = handbook.files["toimielimet/index.md"]
    assert isinstance(loose, str) and "# Toimielimet ilman tasoa" in loose
    pages = {f"toimielimet/{b.id}.md" for b in model.bodies}
    assert pages <= set(handbook.files)
    assert pages <= _links("toimielimet/index.md", loose)
    assert len(model.bodies) > NAV_SECTION
    assert len(handbook.nav) == len(clean.nav) + 1  # the index page, not 52 entries
    assert "toimielimet/index.md" in nav_paths(handbook.nav)
    small = _model()
    small.bodies[0].tier_ref.target = None
    few = generate_handbook(small, year=YEAR)
    section = next(i for i in few.nav if i.title == "Toimielimet ilman tasoa")
    assert [c.path for c in section.children] == [
        "toimielimet/index.md",
        f"toimielimet/{small.bodies[0].id}.md",
    ]


def test_pages_outside_the_navigation_still_honour_exclude_docs(
    consortium: Path, tmp_path: Path
) -> None:
    """The plugin marks the pages of a long list "not in nav", unless the project excludes or
    drafts them: MkDocs' own patterns still decide those."""
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files, InclusionLevel, set_exclusions

    model = _model(consortium)
    excluded, drafted, other = (f"asiat/{mt.id}.md" for mt in model.matter_types[:3])
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict(
        {
            "site_name": "x",
            "docs_dir": str(tmp_path / "docs"),
            "exclude_docs": excluded,
            "draft_docs": drafted,
            "plugins": [{"govlint": {"model": str(consortium), "history": False}}],
        }
    )
    errors, _ = config.validate()
    assert not errors
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    set_exclusions(files, config)
    level = {f.src_uri: f.inclusion for f in files}
    assert level[excluded] is InclusionLevel.EXCLUDED
    assert level[drafted] is InclusionLevel.DRAFT
    assert level[other] is InclusionLevel.NOT_IN_NAV
    assert level["asiat/index.md"] is InclusionLevel.INCLUDED


def test_large_model_site_builds_strict_with_pruned_navigation(
    consortium: Path, tmp_path: Path
) -> None:
    """A strict build fails on any broken link or anchor, so every generated link of the
    large model resolves; each page carries only its part of the navigation."""
    from govlint.handbook.generate import NAV_SECTION

    proc, site = build_model_site(consortium, tmp_path)
    assert proc.returncode == 0, proc.stderr
    model = _model(consortium)
    for mt in model.matter_types:
        assert (site / "asiat" / mt.id / "index.html").is_file(), mt.id
    page = (site / "asiat" / model.matter_types[0].id / "index.html").read_text(encoding="utf-8")
    nav = page.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-content"', 1)[0]
    linked = set(re.findall(r'href="\.\./([^"/]+)/"', nav)) & {mt.id for mt in model.matter_types}
    assert not linked  # 120 matter types: reached through the index, not listed on every page
    assert len(re.findall(r"<a ", nav)) < 4 * NAV_SECTION
    assert "not included in the" not in proc.stderr  # the omitted pages are declared


# -- calendar -------------------------------------------------------------------------------


def test_calendar_events_open_windows_and_keep_uids(tmp_path: Path) -> None:
    """One all-day event on the window's first day, recurring yearly, with the window in
    words: a client shows the meeting coming, not the spring as busy."""
    from icalendar import Calendar

    from govlint.commands.handbook import run_calendar

    config = load_config(ROOT, ROOT / "governance")
    out_a, out_b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run_calendar(config, 2025, str(out_a)) == 0
    assert run_calendar(config, 2026, str(out_b)) == 0
    raw = out_a.read_bytes()
    assert b"\r\n" in raw and b"http" not in raw.lower()
    events = {str(e["uid"]): e for e in Calendar.from_ical(raw).walk("VEVENT")}
    assert len(events) == 2
    assert set(events) == {
        str(e["uid"]) for e in Calendar.from_ical(out_b.read_bytes()).walk("VEVENT")
    }
    by_summary = {str(e["summary"]): e for e in events.values()}
    budget = by_summary["Tietohallinnon ohjausryhmä: Talousarviokokous"]
    assert budget.decoded("dtstart").isoformat() == "2025-06-01"
    assert budget.decoded("dtend").isoformat() == "2025-06-02"
    assert budget["rrule"]["FREQ"] == ["YEARLY"]
    assert str(budget["transp"]) == "TRANSPARENT"
    statements = by_summary["Tietohallinnon ohjausryhmä: Tilinpäätöskokous"]
    assert statements.decoded("dtstart").isoformat() == "2025-01-01"
    assert statements.decoded("dtend").isoformat() == "2025-01-02"
    description = str(statements["description"])
    assert description.startswith("Kalenterimerkintä on kokouksen ajankohdan (tammi–huhtikuu)")
    assert "Tilinpäätös" in description


def test_calendar_window_over_new_year() -> None:
    from icalendar import Calendar

    from govlint.handbook.calendar import calendar_bytes

    cal = Calendar.from_ical(calendar_bytes(_model(), 2025))
    winter = next(e for e in cal.walk("VEVENT") if "Talvikokous" in str(e["summary"]))
    assert winter.decoded("dtstart").isoformat() == "2025-11-01"
    assert winter.decoded("dtend").isoformat() == "2025-11-02"
    assert "marras–helmikuu" in str(winter["description"])


def test_calendar_is_dated_by_the_build_not_the_clock(tmp_path: Path) -> None:
    """DTSTAMP and LAST-MODIFIED come from SOURCE_DATE_EPOCH or the commit: the same commit
    gives the same bytes whenever it is built, and a newer model is newer to a client."""
    from datetime import UTC, datetime

    from icalendar import Calendar

    from govlint.handbook.calendar import calendar_bytes
    from govlint.handbook.stamp import BuildStamp

    model = _model()
    june = BuildStamp(datetime(2025, 6, 15, 12, 30, tzinfo=UTC), "git")
    later = BuildStamp(datetime(2025, 9, 1, tzinfo=UTC), "git")
    one, two = calendar_bytes(model, 2025, stamp=june), calendar_bytes(model, 2025, stamp=later)
    assert one == calendar_bytes(model, 2025, stamp=june)
    event = Calendar.from_ical(one).walk("VEVENT")[0]
    assert event.decoded("dtstamp") == june.moment == event.decoded("last-modified")
    newer = Calendar.from_ical(two).walk("VEVENT")[0]
    assert newer.decoded("last-modified") > event.decoded("last-modified")
    assert str(newer["uid"]) == str(event["uid"])


def test_build_stamp_prefers_source_date_epoch_then_git(tmp_path: Path) -> None:
    from govlint.handbook.stamp import build_stamp

    stamp = build_stamp(tmp_path, {"SOURCE_DATE_EPOCH": "1767225600", "PATH": os.environ["PATH"]})
    assert (stamp.origin, stamp.moment.isoformat()) == (
        "SOURCE_DATE_EPOCH",
        "2026-01-01T00:00:00+00:00",
    )
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2026-03-04T05:06:07Z",
        "GIT_COMMITTER_DATE": "2026-03-04T05:06:07Z",
    }
    env.pop("SOURCE_DATE_EPOCH", None)
    for args in (
        ("init", "-q"),
        (
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "x",
        ),
    ):
        subprocess.run(["git", *args], cwd=repo, check=True, env=env)
    stamp = build_stamp(repo, env)
    assert (stamp.origin, stamp.moment.isoformat()) == ("git", "2026-03-04T05:06:07+00:00")
    outside = tmp_path / "outside"  # no git: the newest file's time, then the clock
    outside.mkdir()
    assert build_stamp(outside, {"PATH": os.environ["PATH"]}).origin == "clock"
    (outside / "a.yaml").write_text("x")
    os.utime(outside / "a.yaml", (1767225600, 1767225600))
    stamp = build_stamp(outside, {"PATH": os.environ["PATH"]})
    assert (stamp.origin, stamp.moment.isoformat()) == ("files", "2026-01-01T00:00:00+00:00")


@pytest.mark.parametrize(
    ("day", "year"),
    [("2026-01-10", 2026), ("2026-06-30", 2026), ("2026-07-01", 2027), ("2026-11-30", 2027)],
)
def test_calendar_year_is_the_one_still_ahead(day: str, year: int) -> None:
    """The repository's meetings: January-April and June. After June's window closes, the
    reader plans for next year's cycle."""
    from datetime import UTC, datetime

    from govlint.handbook.stamp import cycle_year

    moment = datetime.fromisoformat(day).replace(tzinfo=UTC)
    assert cycle_year(_model(ROOT / "governance"), moment) == year


def test_calendar_year_runs_to_december_for_a_window_over_new_year() -> None:
    from datetime import UTC, datetime

    from govlint.handbook.stamp import cycle_year

    # the small model's winter meeting (November-February) is under way in December
    assert cycle_year(_model(), datetime(2025, 12, 31, tzinfo=UTC)) == 2025


def test_calendar_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from govlint.commands.handbook import run_calendar

    assert run_calendar(load_config(ROOT, SMALL), 2025, None) == 0
    assert capsysbinary.readouterr().out.startswith(b"BEGIN:VCALENDAR")


# -- commands, questions, diagrams, strings ---------------------------------------------------


def test_run_handbook_refuses_a_model_that_does_not_load(tmp_path: Path) -> None:
    from govlint.commands.handbook import run_handbook

    broken = tmp_path / "model"
    shutil.copytree(SMALL, broken)
    (broken / "bodies" / "tyoryhma.yaml").write_text(
        "kind: Body\nid: [unclosed\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert run_handbook(load_config(tmp_path, broken), out, year=YEAR, history=False) == 2
    assert not out.exists()


def test_cli_handbook_writes_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from govlint.cli import main

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["handbook", str(SMALL), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "strateginen" / "johtoryhma.md").is_file()
    assert (tmp_path / "o" / "vuosikello.ics").is_file()


def test_unknown_finding_falls_back_to_its_english_message() -> None:
    from govlint.handbook.questions import questions_page

    model = _model()
    odd = Finding("GOV999", "something <odd> happened", Loc("x.yaml", 1, 1), element="johtoryhma")
    page = questions_page(Site.of(model, YEAR), [odd])
    assert '<span lang="en">something &lt;odd&gt; happened</span>' in page
    assert "## Muut havainnot" in page


def test_version_history_is_skipped_only_when_not_importable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from govlint.handbook import project

    monkeypatch.setitem(sys.modules, "govlint.diff.history", None)  # import -> ImportError
    assert project.version_history(ROOT, ROOT / "governance") is None
    fake = ModuleType("govlint.diff.history")
    fake.version_history_markdown = (  # type: ignore[attr-defined]
        lambda root, model, lang=None, current=None: "# Versiot\n\n- v1.0.0\n"
    )
    monkeypatch.setitem(sys.modules, "govlint.diff.history", fake)
    text = project.version_history(ROOT, ROOT / "governance")
    handbook = generate_handbook(_model(), year=YEAR, history=text)
    page = handbook.files["versiohistoria.md"]
    assert isinstance(page, str) and "- v1.0.0" in page and "# Versiot" not in page
    assert handbook.nav[-2].title == "Versiohistoria"  # before the maintainers' section


def test_sources_land_on_the_agreement_text(repo_site: Path) -> None:
    """Every "Lähde" link of every page lands on an anchor of the agreement's text page, and
    that page carries every sentence, each anchored and marked with what models it."""
    page = (repo_site / "sopimus" / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([^"]+)"', page))
    sentences = re.findall(r'<span class="gl-sentence" id="([^"]+)">', page)
    assert len(sentences) == 47 and set(sentences) <= anchors
    marks = re.findall(r'</span> <small class="gl-src (gl-models|gl-omitted|gl-missing)"', page)
    assert len(marks) == 47 and "gl-missing" not in marks
    assert "tietohallinnon-ohjausryhma" in anchors  # sections keep the ids sources cite
    landed: set[str] = set()
    for html in repo_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        landed |= set(re.findall(r'href="[^"]*sopimus/#([^"]+)"', text))
    assert len(landed) > 30 and landed <= anchors
    steering = (repo_site / "strateginen" / "ohjausryhma" / "index.html").read_text("utf-8")
    assert 'href="../../sopimus/#tietohallinnon-ohjausryhma--4"' in steering  # a member's quote


def test_a_derived_window_is_never_shown_as_agreed(repo_site: Path) -> None:
    """ "alkuvuonna" read as January-April is the model's reading wherever it is shown."""
    said = "alkuvuonna [mallin tulkinta: tammi–huhtikuu]"
    assert said in _text(repo_site / "strateginen" / "index.html")  # the tier's summary
    assert said in _text(repo_site / "asiat" / "paivitykset" / "index.html")  # "Kokoontuu"
    assert "(tammi–huhtikuu)" not in _text(repo_site / "strateginen" / "index.html")


def test_diagrams_are_accessible_svg() -> None:
    handbook = generate_handbook(_model(ROOT / "governance"), year=YEAR)
    svgs = {p: c for p, c in handbook.files.items() if p.endswith(".svg")}
    # structure, annual cycle, one route per matter type; each wide and narrow
    assert len(svgs) == 2 * (2 + 6)
    assert len([p for p in svgs if p.endswith("-kapea.svg")]) == 2 + 6
    ns = "{http://www.w3.org/2000/svg}"
    for path, content in svgs.items():
        assert isinstance(content, str)
        root = ET.fromstring(content)
        assert root.get("role") == "img", path
        ids = (root.get("aria-labelledby") or "").split()
        assert [root.find(f".//*[@id='{i}']") is not None for i in ids] == [True, True], path
        assert root.find(f"{ns}title") is not None and root.find(f"{ns}title").text, path
        assert root.findall(f".//{ns}text"), path
    structure = ET.fromstring(str(svgs["kuvat/rakenne.svg"]))
    labels = " ".join(t.text or "" for t in structure.iter(f"{ns}text"))
    for name in (
        "Strateginen taso",
        "Tietohallinnon",
        "ohjausryhmä",
        "kehittämisryhmä",
        "koordinaattori",
    ):
        assert name in labels
    arrows = [p for p in structure.iter(f"{ns}path") if p.get("marker-end")]
    assert len(arrows) == 2  # coordinator -> development group -> steering group
    for name in ("vuosikello", "vuosikello-kapea"):  # the legend, wrapped in lines
        cycle = ET.fromstring(str(svgs[f"kuvat/{name}.svg"]))
        cycle_text = " ".join(t.text or "" for t in cycle.iter(f"{ns}text"))
        assert "Talousarviokokous: Talousarvio (kesäkuu)" in cycle_text
        assert "2–4 kokousta vuodessa, ajankohdat sopimatta" in cycle_text


def test_rule_reference_lists_every_rule_with_its_examples() -> None:
    """Generated from the RULES registry: code, slug, severity, summary, examples as code."""
    from govlint.handbook.pages_reference import rules_page
    from govlint.rules import RULES

    page = rules_page(Site.of(_model(), YEAR))
    html = markdown.markdown(page.split("---\n", 2)[-1], extensions=["fenced_code", *MD_EXTENSIONS])
    parsed = _parse(html)
    for rule in RULES.values():
        slug = f'<span lang="en">{md(rule.slug)}</span>'
        assert f"## {rule.code} {slug} {{#{rule.code.lower()}}}" in page
    assert parsed.tags.count("h2") == len(RULES)
    with_examples = [r for r in RULES.values() if re.search(r"^\s{4}\S", r.body, re.M)]
    assert parsed.tags.count("pre") >= len(with_examples) > 0  # examples become code blocks
    assert "**Vakavuus:** varoitus" in page and "**Vakavuus:** virhe" in page
    text = "".join(parsed.text)
    assert "a value containing : that is not quoted" in " ".join(text.split())
    assert "script" not in parsed.tags


def test_handbook_source_names_no_particular_agreement() -> None:
    for module in (ROOT / "src" / "govlint" / "handbook").glob("*.py"):
        text = module.read_text(encoding="utf-8").lower()
        assert "pori" not in text and "ulvila" not in text, module.name


# -- search ---------------------------------------------------------------------------------


def test_search_index_gets_folded_words() -> None:
    """Words with diacritics are added without them, in fields weighted as their originals;
    the title and text the reader sees are untouched."""
    from govlint.handbook.searchfold import (
        declare_folded,
        fold_entries,
        folded_words,
        material_search_index,
    )

    assert folded_words("Tietohallinnon ohjausryhmä, ohjausryhmän Åbo ja café") == (
        "ohjausryhma ohjausryhman Abo cafe"
    )
    assert folded_words("plain ASCII text") == ""
    entries = [
        {"location": "a/", "title": "Ohjausryhmä", "text": "<p>Käyttäjä ja tuki</p>"},
        {"location": "b/", "title": "Tuki", "text": "<p>tuki</p>"},
    ]
    fields = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}
    declare_folded(fields)
    fold_entries(entries)
    assert fields["title_folded"] == {"boost": 1000.0}
    assert fields["text_folded"] == {"boost": 1.0}
    first, second = entries
    assert (first["title"], first["text"]) == ("Ohjausryhmä", "<p>Käyttäjä ja tuki</p>")
    assert (first["title_folded"], first["text_folded"]) == ("Ohjausryhma", "Kayttaja")
    assert "title_folded" not in second and "text_folded" not in second

    class Index:  # Material's search plugin holds its index like this
        def __init__(self) -> None:
            self.entries = entries
            self.config = {"fields": fields}

        def add_entry_from_context(self, page: object) -> None:
            pass

    class Plugin:
        search_index = Index()

        def __init__(self, enabled: bool = True) -> None:
            self.config = {"enabled": enabled}

    assert material_search_index([object(), Plugin()]) is Plugin.search_index
    assert material_search_index([object()]) is None
    assert material_search_index([Plugin(enabled=False)]) is None


def test_a_stylesheet_with_a_query_or_escapes_is_found() -> None:
    """extra_css may name a file with a cache-busting query or percent-escapes; only a file
    the build does not have is reported (another host's address is not checked)."""
    from govlint.handbook.mkdocs_plugin import missing_stylesheets

    class Files:
        def get_file_from_path(self, path: str) -> object | None:
            return object() if path in {"css/x.css", "css/x y.css"} else None

    named = [
        "css/x.css?v=2",
        "/css/x%20y.css",
        "css/gone.css",
        "https://cdn.example/a.css",
        "//cdn.example/b.css",
    ]
    assert missing_stylesheets(named, Files()) == ["css/gone.css"]  # type: ignore[arg-type]
