"""Escaping: every text from the YAML passes through here before it reaches Markdown or HTML.

The model's texts are data, never markup. Control characters and line breaks are handled as
in every other output (:mod:`govlint.textsafe`): controls shown as escapes, line breaks folded
into spaces. Three contexts, three functions:

* :func:`md` for Markdown (paragraphs, list items, table cells, headings). HTML-special
  characters become entities and Markdown-special ones are backslash-escaped, so that
  ``<script>``, ``[x](javascript:...)``, ``{: onclick=...}`` and ``**`` stay literal text.
  Line breaks are folded into spaces so a value can never start a new block.
* :func:`xml` for raw HTML and SVG (Markdown does not process those blocks).
* :func:`title` for page and navigation titles: MkDocs themes print titles unescaped as HTML,
  so a safe title is the HTML-escaped text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence

from govlint.textsafe import one_line

# Characters Python-Markdown (with the tables extension) unescapes after a backslash.
_BACKSLASHED = frozenset("\\`*_{}[]#|")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
# Characters that only mean something at the start of a block: list markers, quotes, and
# extension syntax (definition lists, fences, admonitions).
_LEADING_BACKSLASH = frozenset("+-!")
_ORDERED = re.compile(r"^(\d+)([.)])")
_NOT_YAML_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-case, for a phrase that starts a line."""
    return text[:1].upper() + text[1:]


def plain(text: str | None) -> str:
    """One line of text: control characters shown as escapes (``\\u001b``, as in every
    output, :func:`govlint.textsafe.one_line`), every run of whitespace one space."""
    if not text:
        return ""
    return " ".join(one_line(text).split())


# Both kinds of escape in one pass. ``md`` is called for every name, cell and sentence
# (~10^5 to 10^6 times for a large model), so it stays in C where it can: a regex
# substitution that finds nothing costs ~0.5 us, while ``str.translate`` with a dict table
# goes through the table per character (~3 us for a Finnish name, measured).
_MD_ESCAPES = {**{ch: "\\" + ch for ch in _BACKSLASHED}, **_ENTITIES}
_MD_SPECIAL = re.compile("[" + re.escape("".join(_MD_ESCAPES)) + "]")
_MD_LEADING = frozenset(_LEADING_BACKSLASH | set("=:~%0123456789"))


def _escape(match: re.Match[str]) -> str:
    return _MD_ESCAPES[match.group()]


def md(text: str | None) -> str:
    """``text`` as inert inline Markdown."""
    result = _MD_SPECIAL.sub(_escape, plain(text))
    if not result or result[0] not in _MD_LEADING:
        return result
    if result[0] in _LEADING_BACKSLASH:
        return "\\" + result
    if result[0] in "=:~%":
        return f"&#{ord(result[0])};" + result[1:]
    return _ORDERED.sub(r"\1\\\2", result)


_COLLATION = str.maketrans({"å": "{", "ä": "|", "ö": "}", "w": "v"})


def collation_key(text: str) -> tuple[str, str]:
    """Finnish alphabetical order: å, ä, ö after z; w with v."""
    folded = plain(text).casefold()
    return folded.translate(_COLLATION), folded


def xml(text: str | None) -> str:
    """``text`` for raw HTML or SVG content and attribute values."""
    return html.escape(plain(text), quote=True)


def title(text: str | None) -> str:
    """A page or navigation title: themes print titles as HTML, so escape them as HTML."""
    return html.escape(plain(text), quote=False)


def front_matter(page_title: str) -> str:
    """MkDocs front matter carrying an explicit, already-escaped page title."""
    quoted = json.dumps(page_title, ensure_ascii=False)
    quoted = _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
    return f"---\ntitle: {quoted}\n---\n\n"


def code_span(text: str) -> str:
    """``text`` as a Markdown code span, whatever backticks it contains."""
    value = plain(text)
    runs = [len(r) for r in re.findall(r"`+", value)]
    ticks = "`" * (max(runs, default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value else ""
    return f"{ticks}{pad}{value}{pad}{ticks}"


def fence(text: str, lang: str = "") -> list[str]:
    """A fenced code block; the fence is longer than any backtick run inside."""
    runs = [len(r) for r in re.findall(r"`{3,}", text)]
    ticks = "`" * max(3, max(runs, default=0) + 1)
    body = [one_line(line) for line in text.splitlines()]
    return [ticks + lang, *body, ticks]


def heading(level: int, text_md: str, anchor: str | None = None) -> str:
    """A heading from already-escaped Markdown, with an explicit anchor when given."""
    suffix = f" {{#{anchor}}}" if anchor else ""
    return f"{'#' * level} {text_md}{suffix}"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A Markdown table from already-escaped cells."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(cell or " " for cell in row) + " |")
    return lines


def anchor(element_id: str) -> str:
    """An HTML id for a model id (model ids are ASCII; '.' would read as a class)."""
    return re.sub(r"[^a-z0-9-]", "_", element_id.lower())
