"""Every built page is in one language: the repository's Finnish and English handbooks, and the
Swedish example model's Swedish and Finnish ones.

The scanner reads each page's text outside the elements marked with another ``lang`` and looks
for what would be there if a page showed another language unmarked: the model's texts in the
other languages (a name, a duty, a quote from the agreement) and the other catalogs' messages.
It is tested on a page made to fail (``test_the_scanner_finds_an_unmarked_foreign_text``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import ROOT, build_model_site
from langscan import foreign_phrases, marked_languages, norm, page_text, scan

SWEDISH = ROOT / "tests" / "examples" / "swedish"
MAINTAINERS = "govlint"  # the rule reference: maintainers' English, marked lang="en"
# -- the scanner itself ---------------------------------------------------------------------


def test_the_scanner_finds_an_unmarked_foreign_text(tmp_path: Path) -> None:
    phrases = foreign_phrases(ROOT / "governance", "fi", "fi")
    assert "City manager" in phrases and "ICT steering group" in phrases
    assert any("agreement" in p for p in phrases)  # the English catalog's messages
    assert "Kaupunginjohtaja" not in phrases
    page = tmp_path / "x" / "index.html"
    page.parent.mkdir()
    page.write_text(
        '<html lang="fi"><body><p>Kaupunginjohtaja</p><p>City manager</p>'
        '<p><span lang="en">ICT steering group</span></p></body></html>',
        encoding="utf-8",
    )
    assert scan(tmp_path, "fi", phrases) == ["x/index.html: 'City manager'"]
    assert marked_languages(tmp_path) == {"x/index.html": {"en"}}


# -- the repository's handbooks -------------------------------------------------------------


def test_finnish_pages_carry_no_other_language(repo_site: Path) -> None:
    phrases = foreign_phrases(ROOT / "governance", "fi", "fi")
    assert scan(repo_site, "fi", phrases, skip=("en/",)) == []
    # every text of this model has Finnish: nothing falls back, nothing is marked English,
    # except the maintainers' rule reference
    marked = marked_languages(repo_site, skip=("en/", f"{MAINTAINERS}/"))
    assert {page: langs for page, langs in marked.items() if langs} == {}
    assert marked_languages(repo_site)[f"{MAINTAINERS}/index.html"] == {"en"}


def test_english_pages_carry_finnish_only_where_marked(repo_site: Path) -> None:
    english = repo_site / "en"
    assert (english / "index.html").is_file() and (english / "parties" / "index.html").is_file()
    phrases = foreign_phrases(ROOT / "governance", "en", "fi")
    assert scan(english, "en", phrases) == []
    marked = set().union(*marked_languages(english).values())
    assert marked == {"fi"}  # the agreement's quotes and the model's reasons, marked


def test_every_page_links_to_itself_in_the_other_language(repo_site: Path) -> None:
    pages = [p for p in repo_site.rglob("*.html") if "en" not in p.relative_to(repo_site).parts]
    assert len(pages) > 20
    for page in pages:
        if page.name in ("404.html", "kasikirja.html"):  # the print edition: no theme
            continue
        html = page.read_text(encoding="utf-8")
        links = dict(re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', html)[::1])
        english = next(href for href, lang in links.items() if lang == "en")
        target = (page.parent / english).resolve()
        assert (target / "index.html").is_file(), (page, english)
        back = (target / "index.html").read_text(encoding="utf-8")
        finnish = next(
            h
            for h, lang in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', back)
            if lang == "fi"
        )
        assert ((target / finnish).resolve() / "index.html") == page.resolve(), page


def test_search_and_theme_follow_each_language(repo_site: Path) -> None:
    fi = (repo_site / "search" / "search_index.json").read_text(encoding="utf-8")
    en = (repo_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"lang":["fi"]' in fi and '"lang":["en"]' in en
    assert "Osapuolet ja asemat" in fi and "Osapuolet ja asemat" not in en
    assert "Parties and positions" in en and "Parties and positions" not in fi
    front = (repo_site / "en" / "index.html").read_text(encoding="utf-8")
    assert " - Pori and Ulvila ICT cooperation model</title>" in front


# -- a model in Swedish -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def swedish_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("swedish")
    languages = [
        {"sv": {"site_name": "IT-samarbetet", "copyright": "Genererat ur modellen."}},
        {"fi": {"site_name": "ICT-yhteistyö", "copyright": "Tuotettu mallista."}},
    ]
    proc, site = build_model_site(SWEDISH, work, languages=languages)
    assert proc.returncode == 0, proc.stderr
    return site


def test_a_swedish_model_gets_a_swedish_handbook(swedish_site: Path) -> None:
    phrases = foreign_phrases(SWEDISH, "sv", "sv")
    assert scan(swedish_site, "sv", phrases, skip=("fi/",)) == []
    front = page_text((swedish_site / "index.html").read_text(encoding="utf-8"))
    text = norm(" ".join(front.own))
    assert "IT-samarbetet mellan Strandvik och Björkby" in text
    body = norm(
        " ".join(
            page_text(
                (swedish_site / "strategisk" / "styrgrupp" / "index.html").read_text(
                    encoding="utf-8"
                )
            ).own
        )
    )
    assert "2–3 möten om året" in body and "september–november" in body
    assert "ordförande" in body and "Tillsätts av" in body


def test_its_finnish_pages_mark_the_swedish_fallback(swedish_site: Path) -> None:
    finnish = swedish_site / "fi"
    phrases = foreign_phrases(SWEDISH, "fi", "sv")
    assert scan(finnish, "fi", phrases) == []
    roles = (finnish / "roolit" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="sv">Tar emot felanmälningar.</span>' in roles  # no Finnish text
    body = norm(
        " ".join(
            page_text(
                (finnish / "strategisk" / "styrgrupp" / "index.html").read_text(encoding="utf-8")
            ).own
        )
    )
    assert "2–3 kokousta vuodessa" in body and "syys–marraskuu" in body
