"""Search that forgives missing diacritics: "paatos" finds "päätös".

Material's search builds a lunr index in the reader's browser from ``search_index.json``, with
the fields the index's configuration lists (``config.fields``: title, text, tags). Before the
search plugin writes that file, :func:`fold_entries` adds two fields to every entry that has
words with diacritics: those words with their marks removed (``ä`` -> ``a``), one for the title
and one for the text, each weighted as its original. lunr indexes them as it indexes the text
and a query goes through the same pipeline, so a query without the marks meets the folded
words, and one with them still meets the text. Nothing a reader sees changes: the results show
the title and text, not the folded fields. Only words that change are added, so the index grows
by a few per cent, not by a copy of the text. The plugin folds a page's entries right after
the search plugin has made them (``on_page_context``).

The mechanism is Material's documented ``fields`` setting of its search plugin, applied to the
entries it holds in memory (reading and rewriting its JSON file cost a 300-city build half a
second and 140 MB more); the worker script is not touched. A search plugin without those
(MkDocs' own) is left as it is.
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


def fold_entries(entries: Iterable[dict[str, Any]], fields: dict[str, Any]) -> None:
    """Add the folded fields to the search index's ``entries`` and declare them in its
    ``fields`` (each weighted as the field it folds)."""
    for added, original in FOLDED:
        fields[added] = dict(fields.get(original) or {"boost": 1})
    for entry in entries:
        for added, original in FOLDED:
            words = folded_words(str(entry.get(original) or ""))
            if words:
                entry[added] = words
            else:
                entry.pop(added, None)


def material_search_index(plugins: Iterable[Any]) -> tuple[list[dict[str, Any]], dict] | None:
    """The entries and fields of Material's search index among the site's ``plugins`` (its
    ``search_index.entries`` and the index's ``fields``), or None."""
    for plugin in plugins:
        index = getattr(plugin, "search_index", None)
        entries = getattr(index, "entries", None)
        config = getattr(index, "config", None)
        fields = config.get("fields") if isinstance(config, dict) else None
        if isinstance(entries, list) and isinstance(fields, dict):
            return entries, fields
    return None
