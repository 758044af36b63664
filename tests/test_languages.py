"""Every built page is in one language: the repository's Finnish and English handbooks, and the
Swedish example model's Swedish and Finnish ones.

The scanner reads each page's text outside the elements marked with another ``lang`` and looks
for what would be there if a page showed another language unmarked: the model's texts in the
other languages (a name, a duty, a quote from the agreement) and the other catalogs' messages.
It is tested on a page made to fail (``test_the_scanner_finds_an_unmarked_foreign_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.pofile import read_po

from govlint.l10n import catalog_languages, catalog_path
from govlint.model import TERM_DATA
from govlint.rules.provenance import _is_text
from helpers import ROOT, build_model_site

SWEDISH = ROOT / "tests" / "examples" / "swedish"
MAINTAINERS = "govlint"  # the rule reference: maintainers' English, marked lang="en"
# Not text of any language: scripts, styles, drawings and code (a rule's YAML example).
SKIP = frozenset({"script", "style", "svg", "pre", "code"})
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())  # noqa: SIM905


class _Text(HTMLParser):
    """A page's text in its own language: outside elements whose ``lang`` differs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page_lang = ""
        self.stack: list[tuple[str, str]] = []
        self.own: list[str] = []
        self.marked: list[tuple[str, str]] = []  # (lang, text) of marked elements
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        lang = dict(attrs).get("lang") or (self.stack[-1][1] if self.stack else "")
        if tag == "html":
            self.page_lang = lang
        if tag in SKIP:
            self.skip += 1
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip -= 1
        if any(open_tag == tag for open_tag, _ in self.stack):  # else a stray end tag
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skip or not data.strip():
            return
        lang = self.stack[-1][1] if self.stack else self.page_lang
        if lang == self.page_lang:
            self.own.append(data)
        else:
            self.marked.append((lang, data))


def page_text(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser


def _norm(text: str) -> str:
    return " ".join(text.split())


def _texts(value: Any) -> Iterator[dict[str, str]]:
    """Every model text (a mapping of languages to strings) in a loaded YAML value."""
    if isinstance(value, dict):
        if value and _is_text(value):
            yield {k: v for k, v in value.items() if k not in TERM_DATA}
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _plain_strings(value: Any, keys: tuple[str, ...]) -> Iterator[str]:
    """The model's plain strings under ``keys`` (quotes, derived reasons: main language)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in keys and isinstance(item, str):
                yield item
            else:
                yield from _plain_strings(item, keys)
    elif isinstance(value, list):
        for item in value:
            yield from _plain_strings(item, keys)


def _catalog_fragments(lang: str) -> set[str]:
    """The message texts of ``lang``'s catalog, cut at their fields, that are long enough to
    be recognised (two words or more)."""
    with catalog_path(lang).open("rb") as f:
        catalog = read_po(f)
    out: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            for part in re.split(r"\{[^}]*\}", string or ""):
                part = _norm(part.strip(" .,:;()–→“”\"'"))
                if len(part) >= 10 and " " in part:
                    out.add(part)
    return out


def foreign_phrases(model_dir: Path, lang: str, main: str) -> set[str]:
    """What must not stand unmarked on a page in ``lang``: the model's texts in other
    languages and the other catalogs' messages, except what also reads as ``lang``."""
    docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in model_dir.rglob("*.yaml")]
    texts = [t for doc in docs for t in _texts(doc)]
    own = {_norm(t[lang]).casefold() for t in texts if lang in t}
    own |= {p.casefold() for p in _catalog_fragments(lang)}
    foreign: set[str] = set()
    for text in texts:
        for other, value in text.items():
            if other != lang and value != text.get(lang) and len(value) >= 6:
                foreign.add(_norm(value))
    if lang != main:  # the agreement's own words, and the model's reasons, are in its language
        for doc in docs:
            foreign |= {_norm(s) for s in _plain_strings(doc, ("quote", "derived")) if len(s) >= 6}
    for other in catalog_languages():
        if other != lang:
            foreign |= _catalog_fragments(other)
    return {f for f in foreign if not any(f.casefold() in o for o in own)}


def scan(site: Path, lang: str, phrases: set[str], skip: tuple[str, ...] = ()) -> list[str]:
    """Every (page, phrase) where a foreign phrase stands unmarked on a page in ``lang``."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith(skip):
            continue
        text = page_text(page.read_text(encoding="utf-8"))
        assert text.page_lang == lang, rel
        own = _norm(" ".join(text.own))
        problems += [f"{rel}: {p!r}" for p in sorted(phrases) if p in own]
    return problems


def marked_languages(site: Path, skip: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """Page -> the languages of its marked elements."""
    out = {}
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if not rel.startswith(skip):
            out[rel] = {lang for lang, _ in page_text(page.read_text(encoding="utf-8")).marked}
    return out


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
    text = _norm(" ".join(front.own))
    assert "IT-samarbetet mellan Strandvik och Björkby" in text
    body = _norm(
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
    body = _norm(
        " ".join(
            page_text(
                (finnish / "strategisk" / "styrgrupp" / "index.html").read_text(encoding="utf-8")
            ).own
        )
    )
    assert "2–3 kokousta vuodessa" in body and "syys–marraskuu" in body
