"""The handbook for its readers: phone drawings, the print edition and its PDF, the
accessibility statement, table labels. (Browser checks of the same: tests/test_browser.py.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from govlint.engine import load_directory
from govlint.handbook import generate_handbook
from govlint.handbook.edition import Chapter, Edition, EditionText
from govlint.handbook.generate import EditionPlan
from govlint.handbook.stamp import BuildStamp
from govlint.handbook.statement import StatementError, statement_from_options
from govlint.model import Model
from helpers import ROOT

SVG = "{http://www.w3.org/2000/svg}"
PHONE_COLUMN = 358  # the content column of a 390 px screen in the handbook's theme


def _model(path: Path = ROOT / "governance") -> Model:
    loaded = load_directory(path)
    assert loaded.model is not None
    return loaded.model


def _font_sizes(svg: str) -> tuple[float, list[float]]:
    root = ET.fromstring(svg)
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    return width, [float(t.get("font-size") or 0) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("model_dir", [ROOT / "governance", ROOT / "tests/examples/small"])
def test_narrow_drawings_fit_a_phone_at_full_size(model_dir: Path) -> None:
    """Every diagram has a narrow drawing no wider than a phone's column, so it is shown at
    its drawn size and its smallest text (11 px or more) is that size on screen."""
    files = generate_handbook(_model(model_dir), year=2026).files
    wide = [p for p in files if p.endswith(".svg") and not p.endswith("-kapea.svg")]
    assert wide
    for path in wide:
        narrow = files[path.removesuffix(".svg") + "-kapea.svg"]
        width, sizes = _font_sizes(str(narrow))
        assert width <= PHONE_COLUMN, path
        assert sizes and min(sizes) >= 11, path


def test_narrow_structure_bends_long_arrows_around_the_column(consortium: Path) -> None:
    """Escalation between boxes that are not next to each other goes out to the right of
    the column and back, not through the boxes in between."""
    from govlint.handbook import diagrams
    from govlint.handbook.site import Site

    site = Site.of(_model(consortium), 2026)
    narrow = diagrams.structure_svg(site).narrow
    assert narrow is not None and narrow.width <= PHONE_COLUMN
    root = ET.fromstring(narrow.svg)
    arrows = [p.get("d") or "" for p in root.iter(f"{SVG}path") if p.get("marker-end")]
    boxes_right = max(
        float(r.get("x") or 0) + float(r.get("width") or 0)
        for r in root.iter(f"{SVG}rect")
        if r.get("rx") == "8"
    )
    bent = [d for d in arrows if float(d.split()[1].split(",")[0][1:]) > boxes_right]
    assert bent, "no arrow bends out of the column"


def test_vuosikello_is_a_ring_with_numbered_arcs() -> None:
    from govlint.handbook.ring import cycle_ring_svg
    from govlint.handbook.site import Site

    site = Site.of(_model(), 2026)
    ring = cycle_ring_svg(site)
    root = ET.fromstring(ring.svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:3] == ["tammi", "helmi", "maalis"]  # the months, January first
    arcs = [p for p in root.iter(f"{SVG}path") if " A" in (p.get("d") or "")]
    assert len(arcs) == 12 + 2  # the months, and the two anchored meetings
    assert "1. Tietohallinnon ohjausryhmä: Tilinpäätöskokous" in ring.desc
    assert ring.narrow is not None and ring.narrow.width <= PHONE_COLUMN


def test_vuosikello_counts_meetings_per_month_when_lanes_would_not_fit(consortium: Path) -> None:
    from govlint.handbook.ring import MAX_LANES, cycle_ring_svg
    from govlint.handbook.site import Site

    model = _model(consortium)
    assert len([b for b in model.bodies if b.cadence and b.cadence.meetings]) > MAX_LANES
    ring = cycle_ring_svg(Site.of(model, 2026))
    assert "tammikuu" in ring.desc and ring.svg.count("<circle") == 0


# -- tables ------------------------------------------------------------------------------------


def test_table_cells_carry_their_column_heading() -> None:
    text = "| [Asema](a.md) | Talous &amp; hallinto |\n|---|---|\n| x | y |\n| z | |"
    html = markdown.markdown(text, extensions=["tables", "govlint.handbook.mdtables"])
    assert html.count('data-label="Asema"') == 2
    assert html.count('data-label="Talous &amp; hallinto"') == 2


# -- sources and reader-first pages ------------------------------------------------------------

MARKDOWN = ["tables", "attr_list", "toc", "govlint.handbook.mdtables"]


class _Page(HTMLParser):
    """A rendered page's ids, its source markers (in order), its links and table headings."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.markers: list[tuple[str, str]] = []  # (class, href)
        self.links: list[str] = []
        self.headings: list[str] = []
        self._sup: str | None = None
        self._th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "sup" and "gl-ref" in (a.get("class") or ""):
            self._sup = str(a["class"])
        elif tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
            if self._sup is not None:
                self.markers.append((self._sup, str(a["href"])))
        self._th = tag == "th"

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._sup = None
        self._th = False

    def handle_data(self, data: str) -> None:
        if self._th and data.strip():
            self.headings.append(data.strip())


def _render(markdown_text: str) -> _Page:
    page = _Page()
    page.feed(markdown.markdown(markdown_text.split("---\n", 2)[-1], extensions=MARKDOWN))
    return page


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sources_are_numbered_markers_with_the_list_at_the_end(lang: str) -> None:
    """Every fact's source is a small number linking to an entry of the page's list, which
    links on to the sentence of the agreement; numbers run 1, 2, 3 down the page; no table
    has a source column, and nothing is a yellow "Johdettu" box any more."""
    files = generate_handbook(_model(), year=2026, lang=lang).files
    text_page = "sopimus.md" if lang == "fi" else "agreement.md"
    rendered = {p: _render(str(t)) for p, t in files.items() if p.endswith(".md")}
    sentences = rendered[text_page].ids
    kinds = set()
    for path, page in rendered.items():
        assert not {"Lähde", "Source"} & set(page.headings), path
        if path != text_page:
            assert "gl-src" not in str(files[path]), path
        numbers = []
        for cls, href in page.markers:
            assert href.startswith("#") and href[1:] in page.ids, (path, href)
            numbers.append(int(href.rsplit("--", 1)[1]))
            kinds.add(cls)
        first = list(dict.fromkeys(numbers))
        assert first == list(range(1, len(first) + 1)), path  # in reading order
        cited = [h for h in page.links if "#" in h and h.split("#")[0].endswith(text_page)]
        for href in cited:
            assert href.split("#", 1)[1] in sentences, (path, href)
    assert kinds == {"gl-ref", "gl-ref gl-derived"}
    steering = str(files["strateginen/ohjausryhma.md"])
    listed = steering.split("{#lahteet .gl-sources}" if lang == "fi" else "{#sources")[1]
    derived = "Johdettu: " if lang == "fi" else "Derived: "
    assert f'class="gl-derived">{derived}' in listed and "Porin kaupunginjohtaja”" in listed


def test_model_text_cannot_forge_a_source_marker() -> None:
    from govlint.handbook.site import Site
    from govlint.model import Text

    site = Site.of(_model(), 2026)
    forged = site.md(Text({"fi": "a\x020\x03b"}))
    marked = site.src(None)
    page = site.finish("index.md", f"{forged} {marked}\n")
    assert page.count("<sup") == 1 and "\x02" not in page  # the controls are shown, inert


def test_pages_say_their_open_points_where_they_matter() -> None:
    files = generate_handbook(_model(), year=2026).files
    steering = str(files["strateginen/ohjausryhma.md"])
    composition = steering.split("## Kokoonpano")[1].split("## Kokoukset")[0]
    assert "Puheenjohtajasta ja sihteeristä ei ole sovittu." in composition
    assert "([avoin kysymys](../avoimet-kysymykset.md#gov060))" in composition
    assert "Sopimus ei kerro ohjausryhmän eikä kehittämisryhmän toimikautta." in steering
    development = str(files["taktinen/kehittamisryhma.md"])
    assert "**Asettaja:** sopimus ei kerro ([avoin kysymys]" in development
    assert "Valmistelun ajankohdasta ei ole sovittu." in development
    operational = str(files["operatiivinen/index.md"])
    assert "Sopimus ei nimeä tälle tasolle osapuolen [Porin kaupunki]" in operational
    roles = str(files["roolit.md"])
    assert "Siitä, kuka nimeää roolin tai tarjoaa sen, ei ole sovittu." in roles
    questions = str(files["avoimet-kysymykset.md"])
    for anchor in ("gov052", "gov060", "gov063", "gov077", "gov078"):
        assert f"{{#{anchor}}}" in questions


def test_front_page_answers_the_three_questions_first() -> None:
    front = str(generate_handbook(_model(), year=2026).files["index.md"])
    order = [
        front.index(h)
        for h in (
            "## Kuka päättää?",
            "## Milloin toimielimet kokoontuvat?",
            "## Minne ongelma viedään?",
            "## Tarkoitus",
            "## Tavoitteet pitkällä aikavälillä",
            "## Osapuolten sitoumukset",
        )
    ]
    assert order == sorted(order)
    assert "- [Strateginen taso](strateginen/index.md): [Tietohallinnon ohjausryhmä]" in front
    assert "- [Tietohallinnon ohjausryhmä](strateginen/ohjausryhma.md): noin 2 kokousta" in front
    assert (
        "- [Operatiivisen tason koordinaattori](roolit.md#ulvila_operatiivinen-koordinaattori) "
        "käsittelee ensin: [Muutostenhallinta](asiat/muutostenhallinta.md), "
    ) in front


def test_front_page_answers_stay_short_for_a_large_model(consortium: Path) -> None:
    from govlint.handbook.pages_front import ANSWER

    front = str(generate_handbook(_model(consortium), year=2026).files["index.md"])
    problems = front.split("## Minne ongelma viedään?")[1].split("\n## ")[0]
    items = [line for line in problems.splitlines() if line.startswith("- ")]
    assert len(items) == ANSWER + 1 and re.fullmatch(
        r"- \[ja \d+ muuta\]\(asiat/index.md\)", items[-1]
    )
    assert all(item.count("](asiat/") <= ANSWER + 1 for item in items)
    decides = front.split("## Kuka päättää?")[1].split("\n## ")[0]  # one phrase: "A, B ja 3 muuta"
    assert re.search(r"\), \[[^]]+\]\([^)]+\) ja \[\d+ muuta\]\(operatiivinen/index\.md\)", decides)
    assert " ja [ja " not in front


def test_matrix_cells_say_what_each_one_does_there() -> None:
    matrix = str(generate_handbook(_model(), year=2026).files["vastuumatriisi.md"])
    cells = {c.strip() for line in matrix.splitlines() for c in line.split("|")[1:-1]}
    assert not cells & {"koko taso", "taso"}
    assert "Koko tason tehtävä: [Tietohallinnon ohjausryhmä](strateginen/ohjausryhma.md)" in cells
    route = [c for c in cells if "Tietohallinnon" in c and ("ensin" in c or "kädessä" in c)]
    assert "[Tietohallinnon ohjausryhmä](strateginen/ohjausryhma.md) ratkaisee viime kädessä" in (
        route
    )
    assert any(
        "[Operatiivisen tason koordinaattori]" in c and "käsittelee ensin" in c for c in cells
    )
    assert "jäsen" in cells


def test_matrix_leaves_long_tables_to_the_pages_that_list_them(
    consortium: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``MATRIX_ROWS`` rows the matrix says where its matter types and positions are
    instead of repeating them, and those pages have every row it would have shown."""
    from govlint.handbook import pages_reference

    model = _model(consortium)
    matrix = str(generate_handbook(model, year=2026).files["vastuumatriisi.md"])
    matters, seats = matrix.split("## Asiatyypit tasoittain")[1].split("## Asemat toimielimissä")
    matter_links = re.findall(r"^\| \[[^]]+\]\(asiat/([^)]+)\)", matters, re.M)
    parts = re.findall(r"^\| \[[^]]+\]\(osapuolet\.md#[^)]+\) \| [^|]+ \| (.+) \|$", seats, re.M)
    assert len(matter_links) == len(model.matter_types) <= pages_reference.MATRIX_ROWS
    held = [pos for pos in model.positions() if model.holdings(pos)]
    assert len(parts) == len(held) <= pages_reference.MATRIX_ROWS

    monkeypatch.setattr(pages_reference, "MATRIX_ROWS", len(held) - 1)
    files = generate_handbook(model, year=2026).files
    short = str(files["vastuumatriisi.md"])
    assert (
        f"Asiatyyppejä on {len(model.matter_types)}, liian monta tälle sivulle. Kunkin "
        "asiatyypin taso ja käsittelyreitti kerrotaan sivulla [Asioiden käsittely](asiat/index.md)."
    ) in short
    assert (
        f"Asemia, joilla on tehtäviä yhteistyössä, on {len(held)}, liian monta tälle sivulle. "
        "Kunkin aseman tehtävät kerrotaan osapuolittain sivulla "
        "[Osapuolet ja asemat](osapuolet.md)."
    ) in short
    assert "](asiat/" not in short.replace("](asiat/index.md)", "")
    assert len(short) < len(matrix) / 2
    index, parties = str(files["asiat/index.md"]), str(files["osapuolet.md"])
    assert all(f"]({link})" in index for link in matter_links)
    assert all(part in parties for part in parts)  # each position's part, as the matrix had it


def test_agreement_names_a_few_of_many_that_rest_on_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence that many elements quote is followed by the first ``SHOWN`` of them and
    how many more there are, as plain text: no one page lists them all."""
    from govlint.handbook import pages_agreement

    def marks() -> list[str]:
        page = str(generate_handbook(_model(), year=2026).files["sopimus.md"])
        return re.findall(r'<small class="gl-src gl-models">Mallissa: (.*?)</small>', page)

    whole = marks()
    assert not any("muuta" in mark for mark in whole)
    counts = [mark.count("](") for mark in whole]
    most = max(counts)
    assert most <= pages_agreement.SHOWN
    monkeypatch.setattr(pages_agreement, "SHOWN", 2)
    item = re.compile(r"\[[^]]*\]\([^)]*\)(?: \([^()]*\))?")  # a link, a position's party
    for before, after in zip(whole, marks(), strict=True):
        items = item.findall(before)
        assert len(items) == before.count("](")
        rest = len(items) - 2
        if rest <= 0:
            assert after == before
        else:
            assert after == f"{items[0]}, {items[1]} ja {rest} {'muu' if rest == 1 else 'muuta'}"
    assert most > 3


def test_glossary_has_one_entry_for_each_name_of_a_kind(
    consortium: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title that several parties have is one entry, linked to each party's position by the
    party's name, up to ``SAME_NAME`` of them; a name of one element keeps its own link."""
    from govlint.handbook import pages_reference

    repo = str(generate_handbook(_model(), year=2026).files["sanasto.md"])
    assert (
        "| Kaupunginjohtaja | Asema: [Porin kaupunki](osapuolet.md#pori_kaupunginjohtaja) ja "
        "[Ulvilan kaupunki](osapuolet.md#ulvila_kaupunginjohtaja) |"
    ) in repo
    assert (
        "| [Tietohallinnon ohjausryhmä](strateginen/ohjausryhma.md) | "
        "Toimielin: [Strateginen taso](strateginen/index.md) |"
    ) in repo

    model = _model(consortium)  # 10 cities with the same 11 titles
    positions = list(model.positions())
    assert len(positions) == 110 and pages_reference.SAME_NAME >= 10

    def glossary() -> str:
        return str(generate_handbook(model, year=2026).files["sanasto.md"])

    def rows(page: str) -> list[str]:
        return [line for line in page.splitlines() if "| Asema: " in line]

    whole = glossary()
    assert len(rows(whole)) == 11
    assert sum(row.count("](osapuolet.md#") for row in rows(whole)) == len(positions)
    monkeypatch.setattr(pages_reference, "SAME_NAME", 3)
    for row in rows(glossary()):
        assert row.count("](osapuolet.md#") == 3 and row.endswith(" ja 7 muuta |"), row


# -- print edition ---------------------------------------------------------------------------


TEXT = EditionText(
    lang="fi",
    title="Malli",
    subtitle="Käsikirja kokonaisuudessaan",
    version="Mallin versio 1.0",
    date="Koottu 1.2.2026",
    iso_date="2026-02-01",
    contents="Sisällys",
    page_ref="s.",
)


def test_edition_joins_pages_into_one_document() -> None:
    """Ids are prefixed per chapter, links between pages point within the document, links
    elsewhere on the site stay relative to its root, and each chapter keeps its own sources
    (numbered markers and the list at its end) as its endnotes."""
    front = Chapter(
        "",
        "Etusivu",
        '<h1 id="malli">Malli</h1><p>Katso <a href="strateginen/ohjausryhma/#kokoukset">'
        'kokoukset</a> ja <a href="vuosikello.ics">kalenteri</a>.'
        '<sup class="gl-ref"><a href="#lahteet--1">1</a></sup></p>'
        '<p><img src="kuvat/rakenne.svg" alt="x"> &amp; &#228;</p>'
        '<h2 class="gl-sources" id="lahteet">Lähteet</h2><ol><li><span id="lahteet--1">'
        '<a href="sopimus/#johdanto--1">Johdanto</a></span></li></ol>',
        1,
    )
    body = Chapter(
        "strateginen/ohjausryhma/",
        "Ohjausryhmä",
        '<h1 id="ohjausryhma">Ohjausryhmä</h1><h2 id="kokoukset">Kokoukset</h2>'
        '<p><a href="../../">Etusivu</a> <a href="#kokoukset">tässä</a> '
        '<img src="../../kuvat/reitti.svg" alt="y">'
        '<sup class="gl-ref gl-derived"><a href="#lahteet--1">1</a></sup></p>'
        '<h2 class="gl-sources" id="lahteet">Lähteet</h2><ol><li><span id="lahteet--1" '
        'class="gl-derived">Johdettu: <a href="../../govlint/#gov030">GOV030</a></span></li></ol>',
        2,
    )
    text_page = Chapter("sopimus/", "Sopimus", '<p><span id="johdanto--1">Alku.</span></p>', 1)
    edition = Edition([front, body, text_page], TEXT, "assets/govlint/edition.css")
    html = edition.document(pdf=False)
    assert 'id="p-strateginen-ohjausryhma-kokoukset"' in html
    assert 'href="#p-strateginen-ohjausryhma-kokoukset"' in html  # from the front page
    assert 'href="#p-index"' in html and 'href="vuosikello.ics"' in html
    assert 'src="kuvat/rakenne.svg"' in html and 'src="kuvat/reitti.svg"' in html
    assert "&amp; &#228;" in html  # entities pass through untouched
    # each chapter's markers lead to its own list, and its entries to the agreement's words
    assert html.count('href="#p-index-lahteet--1">1</a>') == 1
    assert '<span id="p-index-lahteet--1"><a href="#p-sopimus-johdanto--1">' in html
    assert 'href="#p-strateginen-ohjausryhma-lahteet--1">1</a>' in html
    assert 'id="p-strateginen-ohjausryhma-lahteet--1" class="gl-derived">Johdettu: ' in html
    assert '<a href="govlint/#gov030">GOV030</a>' in html
    # on paper an entry says on which page the sentence is
    assert "li > span > a[href^='#']::after" in html
    # on paper, without the site's address, a link off the edition is its text
    pdf = edition.document(pdf=True)
    assert 'href="vuosikello.ics"' not in pdf and '<span class="gl-offsite">kalenteri</span>' in pdf
    addressed = Edition([front, body], TEXT, "e.css", site_url="https://kasikirja.example/")
    assert 'href="https://kasikirja.example/vuosikello.ics"' in addressed.document(pdf=True)


def test_edition_is_planned_only_up_to_its_page_limit() -> None:
    model = _model()
    planned = generate_handbook(model, year=2026, edition=EditionPlan(max_pages=100))
    assert planned.edition == {"html": "kasikirja.html", "pdf": "kasikirja.pdf"}
    paths = [path for path, _ in planned.book]
    assert paths[0] == "index.md" and "govlint.md" not in paths  # the rule reference: not
    assert ("strateginen/ohjausryhma.md", 2) in planned.book
    front = str(planned.files["index.md"])
    assert "[PDF-tiedosto](kasikirja.pdf) · [HTML-sivu](kasikirja.html)" in front
    too_many = generate_handbook(model, year=2026, edition=EditionPlan(max_pages=5))
    assert too_many.book == [] and too_many.edition == {}
    assert "kasikirja" not in str(too_many.files["index.md"])
    html_only = generate_handbook(model, year=2026, edition=EditionPlan(100, pdf=False))
    assert html_only.edition == {"html": "kasikirja.html"}


def test_pdf_edition_of_the_repository(repo_site: Path) -> None:
    """The site's PDF: a cover with the model's version and the build's date, a table of
    contents with page numbers, bookmarks, and text that can be extracted and searched."""
    from pypdf import PdfReader

    reader = PdfReader(repo_site / "kasikirja.pdf")
    assert len(reader.pages) > 20
    cover = reader.pages[0].extract_text()
    assert "Porin ja Ulvilan yhteistyömalli" in cover and "Mallin versio 1.0.0" in cover
    assert re.search(r"Koottu \d{1,2}\.\d{1,2}\.20\d\d", cover)
    contents = reader.pages[1].extract_text()
    assert re.search(r"Tietohallinnon ohjausryhmä\s*\.*\s*\d+", contents)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Strateginen taso" in titles and "Vuosikello" in titles
    assert "Tarkistussäännöt" not in titles and "Osapuolet ja asemat" in titles
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Milloin asia siirtyy tänne" in text and "Lähteet" in text
    assert str(reader.metadata.title) == "Porin ja Ulvilan yhteistyömalli"
    html = (repo_site / "kasikirja.html").read_text(encoding="utf-8")
    assert html.count('class="gl-chapter') > 20 and "kasikirja.pdf" in html


# -- accessibility statement -----------------------------------------------------------------


def _repo_statement_options() -> dict:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    (options,) = [p["govlint"] for p in config["plugins"] if "govlint" in p]
    return dict(options["accessibility"])


def test_statement_options_are_checked() -> None:
    good = _repo_statement_options()
    statement = statement_from_options(good, "fi")
    assert statement.prepared == date(2026, 11, 30) and len(statement.gaps) == 1
    assert statement_from_options(good, "en").contact.startswith("The handbook")
    for broken, message in (
        ({**good, "prepared": "eilen"}, "prepared needs a date"),
        ({**good, "contact": {"en": "x"}}, "contact needs a text in 'fi'"),
        ({**good, "gaps": [{"text": "x", "page": ["a/"]}]}, "gap 1: unknown key(s) page"),
        ({**good, "colour": "red"}, "unknown key(s) colour"),
    ):
        with pytest.raises(StatementError, match=re.escape(message)):
            statement_from_options(broken, "fi")


def test_statement_page_says_what_is_known_and_when() -> None:
    statement = statement_from_options(_repo_statement_options(), "fi")
    stamp = BuildStamp(datetime(2026, 12, 1, 9, tzinfo=UTC), "git")
    handbook = generate_handbook(
        _model(), year=2026, stamp=stamp, statement=statement, edition=EditionPlan()
    )
    page = str(handbook.files["saavutettavuusseloste.md"])
    assert "Tavoitetaso: WCAG 2.1 AA." in page
    assert "täyttää vaatimukset osittain" in page
    assert "Koskee: [kasikirja.pdf](kasikirja.pdf)." in page
    assert "Tämän julkaisun päiväys: 1.12.2026 (mallin versio 1.0.0)." in page
    assert "Selosteen päiväys: 30.11.2026." in page and "Traficom" in page
    assert handbook.nav[-1].path == "saavutettavuusseloste.md"
    assert "saavutettavuusseloste.md" not in [p for p, _ in handbook.book]
    clean = statement_from_options({**_repo_statement_options(), "gaps": []}, "fi")
    page = str(
        generate_handbook(_model(), year=2026, statement=clean).files["saavutettavuusseloste.md"]
    )
    assert "Tunnetut puutteet" not in page and "ei ole vahvistettu kaikilta osin" in page


# -- calendar ----------------------------------------------------------------------------------


def test_calendar_is_byte_identical_across_builds_of_one_commit(
    repo_site: Path, tmp_path: Path
) -> None:
    """The site's .ics (a MkDocs build) and two runs of `govlint calendar`, at different
    times and without SOURCE_DATE_EPOCH: one commit, the same bytes."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    outputs = []
    for name, zone in (("a.ics", "UTC"), ("b.ics", "Pacific/Kiritimati")):
        out = tmp_path / name
        cli = "import sys; from govlint.cli import main; sys.exit(main())"
        cmd = [sys.executable, "-c", cli, "calendar", "-o", str(out)]
        proc = subprocess.run(cmd, cwd=ROOT, env={**env, "TZ": zone}, capture_output=True)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == (repo_site / "vuosikello.ics").read_bytes()
