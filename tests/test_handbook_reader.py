"""The handbook for its readers: phone drawings, the print edition and its PDF, the
accessibility statement, table labels. (Browser checks of the same: tests/test_browser.py.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
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


# -- print edition ---------------------------------------------------------------------------


TEXT = EditionText(
    lang="fi",
    title="Malli",
    subtitle="Käsikirja kokonaisuudessaan",
    version="Mallin versio 1.0",
    date="Koottu 1.2.2026",
    iso_date="2026-02-01",
    contents="Sisällys",
    sources="Lähteet",
    page_ref="s.",
)


def test_edition_joins_pages_into_one_document() -> None:
    """Ids are prefixed per chapter, links between pages point within the document, links
    elsewhere on the site stay relative to its root, and sources become endnotes."""
    front = Chapter(
        "",
        "Etusivu",
        '<h1 id="malli">Malli</h1><p>Katso <a href="strateginen/ohjausryhma/#kokoukset">'
        'kokoukset</a> ja <a href="vuosikello.ics">kalenteri</a>. '
        '<small class="gl-src gl-cited">Lähde: Johdanto</small></p>'
        '<p><img src="kuvat/rakenne.svg" alt="x"> &amp; &#228;'
        '<small class="gl-src gl-cited">Lähde: Johdanto</small></p>',
        1,
    )
    body = Chapter(
        "strateginen/ohjausryhma/",
        "Ohjausryhmä",
        '<h1 id="ohjausryhma">Ohjausryhmä</h1><h2 id="kokoukset">Kokoukset</h2>'
        '<p><a href="../../">Etusivu</a> <a href="#kokoukset">tässä</a> '
        '<img src="../../kuvat/reitti.svg" alt="y"> '
        '<small class="gl-src gl-derived">Johdettu: <a href="../../saannot/#gov030">'
        "GOV030</a></small></p>",
        2,
    )
    edition = Edition([front, body], TEXT, "assets/govlint/edition.css")
    html = edition.document(pdf=False)
    assert 'id="p-strateginen-ohjausryhma-kokoukset"' in html
    assert 'href="#p-strateginen-ohjausryhma-kokoukset"' in html  # from the front page
    assert 'href="#p-index"' in html and 'href="vuosikello.ics"' in html
    assert 'src="kuvat/rakenne.svg"' in html and 'src="kuvat/reitti.svg"' in html
    assert "&amp; &#228;" in html  # entities pass through untouched
    # one source cited twice is one endnote; each chapter numbers its own
    assert html.count('href="#p-index--src-1">1</a>') == 2
    assert '<li id="p-index--src-1" class="gl-cited">Lähde: Johdanto</li>' in html
    assert 'id="p-strateginen-ohjausryhma--src-1" class="gl-derived">Johdettu: ' in html
    assert '<a href="saannot/#gov030">GOV030</a>' in html
    assert html.index("Lähteet") < html.index('id="p-strateginen-ohjausryhma"')
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
