"""One handbook per language from one ``mkdocs build``: which languages, where each goes, and
how a page links to itself in the others.

The first language is built at the site root, each other one under ``<lang>/`` by a build of
its own (MkDocs has one navigation, one theme language and one search index per build, so a
language is a build): the plugin runs those builds after the first one, with the same
configuration, the model loaded once. Each build sets the theme's language (Material's own
texts and ``<html lang>``) and the search language to its own, so search finds the pages of
the language being read. Material's language switch (``extra.alternate``) is set per page,
to the same page in each other language.

Configuration (``mkdocs.yml``)::

    plugins:
      - govlint:
          languages:                 # default: the configured language, else the model's main
            - fi                     # at the site root
            - en:                    # under en/; site_name, site_description and copyright
                site_name: ...       # may be given per language (default: as configured)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.l10n import Ui, catalog_for, catalog_languages

OVERRIDABLE = ("site_name", "site_description", "copyright")
# Languages Material's search (lunr.js) can stem; others search without stemming.
SEARCH_LANGUAGES = frozenset(
    [
        "ar",
        "da",
        "de",
        "du",
        "en",
        "es",
        "fi",
        "fr",
        "hi",
        "hu",
        "hy",
        "it",
        "ja",
        "kn",
        "ko",
        "nl",
        "no",
        "pt",
        "ro",
        "ru",
        "sa",
        "sv",
        "ta",
        "te",
        "th",
        "tr",
        "vi",
        "zh",
    ]
)


class LanguageError(ValueError):
    """The ``languages`` option is not usable."""


@dataclass(frozen=True)
class Language:
    """One language of the site: where it is built and what its build overrides."""

    lang: str
    prefix: str  # "" at the site root, else "en/"
    overrides: dict[str, str] = field(default_factory=dict)


def parse(option: list[Any], default: str) -> list[Language]:
    """The plugin's ``languages`` option (``[fi, {en: {site_name: ...}}]``) as languages,
    the first at the site root; ``[default]`` when it is empty."""
    entries: list[tuple[str, dict[str, str]]] = []
    for item in option or [default]:
        if isinstance(item, str):
            entries.append((item, {}))
        elif isinstance(item, dict) and len(item) == 1:
            ((lang, extra),) = item.items()
            extra = extra or {}
            if not isinstance(lang, str) or not isinstance(extra, dict):
                raise LanguageError(f"languages: {item!r} is not 'lang' or 'lang: {{...}}'")
            unknown = set(extra) - set(OVERRIDABLE)
            if unknown:
                raise LanguageError(
                    f"languages: {lang}: unknown setting(s) {sorted(unknown)}; "
                    f"allowed: {', '.join(OVERRIDABLE)}"
                )
            entries.append((lang, {k: str(v) for k, v in extra.items()}))
        else:
            raise LanguageError(f"languages: {item!r} is not 'lang' or 'lang: {{...}}'")
    seen: set[str] = set()
    out = []
    for i, (lang, extra) in enumerate(entries):
        if catalog_for(lang) is None:
            raise LanguageError(
                f"languages: govlint has no texts in '{lang}' (it has: "
                f"{', '.join(catalog_languages())})"
            )
        if lang in seen:
            raise LanguageError(f"languages: '{lang}' is listed twice")
        seen.add(lang)
        out.append(Language(lang, "" if i == 0 else f"{lang}/", extra))
    return out


def url_of(path: str, directory_urls: bool) -> str:
    """The URL of a page from its Markdown path, as MkDocs makes it: "osapuolet/"."""
    stem = path[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def alternates(
    languages: list[Language],
    current: Language,
    key: str | None,
    paths: dict[str, dict[str, str]],
    directory_urls: bool,
    page_url: str,
) -> list[dict[str, str]]:
    """Material's ``extra.alternate`` for the page at ``page_url`` of the ``current`` build:
    each language's name in itself and a link to the same page in it, or to its front page
    when it has no such page (a hand-written one)."""
    out = []
    for language in languages:
        path = paths.get(language.lang, {}).get(key or "")
        target = language.prefix + (url_of(path, directory_urls) if path else "")
        name = Ui(language.lang).language_name(language.lang)
        out.append({"name": name, "link": _link(current, target, page_url), "lang": language.lang})
    return out


def _link(current: Language, target: str, page_url: str) -> str:
    """A link to ``target`` (a URL from the site root) as Material's template wants it.

    The template passes it through MkDocs' ``url`` filter, which takes a link relative to the
    build's root and makes it relative to the page. From the root build that is simply
    ``target``. A build under ``en/`` reaches the site root only through ``../``, and for a
    link that starts so the filter keeps the ``../`` and relativises the rest to the page as
    if it were in the same build: ``../strategic/`` seen from ``strategic/`` would become
    ``.././``. So such a link climbs to the site root from the page's own directory and comes
    back down through it: relativising that to the page leaves exactly the climb and
    ``target`` (``tests/test_languages.py`` checks every link of a built site)."""
    if not current.prefix:
        return target or "./"
    page_dir = page_url[: page_url.rfind("/") + 1]
    return "../" * (page_dir.count("/") + 1) + page_dir + target
