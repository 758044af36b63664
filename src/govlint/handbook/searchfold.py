"""Search that forgives missing diacritics: "paatos" finds "päätös"; and search entries made
where a page is rendered.

Material's search builds a lunr index in the reader's browser from ``search_index.json``, with
the fields the index's configuration lists (``config.fields``: title, text, tags). Before the
search plugin writes that file, :func:`fold_entries` adds two fields to every entry that has
words with diacritics: those words with their marks removed (``ä`` -> ``a``), one for the title
and one for the text, each weighted as its original. lunr indexes them as it indexes the text
and a query goes through the same pipeline, so a query without the marks meets the folded
words, and one with them still meets the text. Nothing a reader sees changes: the results show
the title and text, not the folded fields. Only words that change are added, so the index grows
by a few per cent, not by a copy of the text.

The mechanism is Material's documented ``fields`` setting of its search plugin, applied to the
entries it holds in memory (reading and rewriting its JSON file cost a 300-city build half a
second and 140 MB more); the worker script is not touched. A search plugin without those
(MkDocs' own) is left as it is.

:class:`PageEntries` is where the folding happens. It stands in for the search index's
``add_entry_from_context``, which the search plugin calls for each page as MkDocs builds it,
and folds what that adds. Making a page's entries means parsing the page's HTML again (a
fifth of a 300-city build); :meth:`PageEntries.make` does it right after the page is
rendered, which is where the render workers are (``mkdocs_render.py``): they hand the entries
back with the page. When the build reaches the page, the entries made for it are taken if the
page's content and table of contents are still the very objects they were made from (no
plugin's ``on_page_content`` has replaced them); otherwise the search index makes them then, as
it would have. Either way they are Material's own entries for the same page, in the same order:
``tests/test_handbook_parallel.py`` compares the sites, ``search_index.json`` included.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# (field added, field it folds)
FOLDED = (("title_folded", "title"), ("text_folded", "text"))
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """``word`` without combining marks: "Käyttäjä" -> "Kayttaja", "å" -> "a"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def folded_words(text: str) -> str:
    """The distinct words of ``text`` that folding changes, folded, in order of appearance."""
    if text.isascii():
        return ""
    found: dict[str, None] = {}
    for word in dict.fromkeys(_WORD.findall(text)):
        if not word.isascii():
            folded = fold(word)
            if folded != word:
                found[folded] = None
    return " ".join(found)


def declare_folded(fields: dict[str, Any]) -> None:
    """Declare the folded fields in the search index's ``fields``, each weighted as the field
    it folds."""
    for added, original in FOLDED:
        fields[added] = dict(fields.get(original) or {"boost": 1})


def fold_entries(entries: Iterable[dict[str, Any]]) -> None:
    """Add the folded fields to the search index's ``entries``."""
    for entry in entries:
        for added, original in FOLDED:
            words = folded_words(str(entry.get(original) or ""))
            if words:
                entry[added] = words
            else:
                entry.pop(added, None)


def material_search_index(plugins: Iterable[Any]) -> Any | None:
    """The search index of Material's search plugin among the site's ``plugins`` (an object
    with ``entries``, ``config["fields"]`` and ``add_entry_from_context(page)``), or None
    (no such plugin, or it is disabled)."""
    for plugin in plugins:
        index = getattr(plugin, "search_index", None)
        config = getattr(index, "config", None)
        if (
            isinstance(getattr(index, "entries", None), list)
            and isinstance(config, dict)
            and isinstance(config.get("fields"), dict)
            and callable(getattr(index, "add_entry_from_context", None))
        ):
            options: Any = getattr(plugin, "config", {})
            enabled = options.get("enabled", True) if hasattr(options, "get") else True
            return index if enabled else None
    return None


class PageEntries:
    """The search entries of the pages of one build, folded, made as early as the caller
    asks (:meth:`make`, :meth:`keep`) and added to the search index when the build reaches
    the page. Installed on the index for the build (:meth:`install`), removed after it
    (:meth:`remove`)."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self.own_add = type(index).add_entry_from_context  # what install() stands in for
        self.ready: dict[str, tuple[Any, Any, list[dict[str, Any]]]] = {}

    def install(self) -> None:
        declare_folded(self.index.config["fields"])
        self.index.add_entry_from_context = self.add  # shadows the method for this build

    def remove(self) -> None:
        vars(self.index).pop("add_entry_from_context", None)
        self.ready.clear()

    def make(self, page: Any) -> list[dict[str, Any]]:
        """``page``'s entries as the search index makes them, folded, not added to it."""
        entries = self.index.entries
        start = len(entries)
        try:
            self.own_add(self.index, page)
            made = entries[start:]
        finally:
            del entries[start:]
        fold_entries(made)
        return made

    def keep(self, page: Any, entries: list[dict[str, Any]]) -> None:
        """Keep ``entries`` (made from ``page`` as it is now) until the build reaches it."""
        self.ready[page.file.src_uri] = (page.content, page.toc, entries)

    def add(self, page: Any) -> None:
        """The search plugin indexes ``page``: the entries kept for it if they were made from
        what it is now, else made now."""
        ready = self.ready.pop(page.file.src_uri, None)
        if ready is not None and ready[0] is page.content and ready[1] is page.toc:
            self.index.entries.extend(ready[2])
        else:
            self.index.entries.extend(self.make(page))
