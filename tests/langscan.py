"""The language scanner the language tests share: a built page's text outside the elements
marked with another ``lang``, and the phrases that would betray another language there (the
model's texts in its other languages, the other catalogs' messages). Tested on a page made
to fail in ``test_languages.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from babel.messages.pofile import read_po

from govlint.l10n import catalog_languages, catalog_path
from govlint.model import TERM_DATA
from govlint.rules.provenance import _is_text

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


def norm(text: str) -> str:
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
                part = norm(part.strip(" .,:;()–→“”\"'"))
                if len(part) >= 10 and " " in part:
                    out.add(part)
    return out


def foreign_phrases(model_dir: Path, lang: str, main: str) -> set[str]:
    """What must not stand unmarked on a page in ``lang``: the model's texts in other
    languages and the other catalogs' messages, except what also reads as ``lang``."""
    docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in model_dir.rglob("*.yaml")]
    texts = [t for doc in docs for t in _texts(doc)]
    own = {norm(t[lang]).casefold() for t in texts if lang in t}
    own |= {p.casefold() for p in _catalog_fragments(lang)}
    foreign: set[str] = set()
    for text in texts:
        for other, value in text.items():
            if other != lang and value != text.get(lang) and len(value) >= 6:
                foreign.add(norm(value))
    if lang != main:  # the agreement's own words, and the model's reasons, are in its language
        for doc in docs:
            foreign |= {norm(s) for s in _plain_strings(doc, ("quote", "derived")) if len(s) >= 6}
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
        own = norm(" ".join(text.own))
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
