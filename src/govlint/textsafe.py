"""Text from a model made safe for each place govlint writes it: one function per output context.

A model's texts, ids and file names are data. YAML escapes (``"\\e[2J"``, ``"\\x9b"``,
``"\\u202e"``) and file names put any character into them, and govlint writes them to
terminals, CI logs, pull-request comments, job summaries, JSON, SARIF and iCalendar files,
where some characters act instead of being shown: a terminal obeys escape sequences (clear the
screen, fake colours, write the clipboard), a bidirectional override reorders what a reader
sees, a line break starts a new Markdown block or a fake finding line, ``@name`` pings a person
from the comment CI posts. Every output path passes model text through the function of its
context, so the whole class is handled in one place:

* :func:`terminal`: one field of text for a terminal or a CI log (``check``'s text and
  github formats, ``diff``'s and ``rules``' text). Control characters, line breaks included,
  are shown as visible escapes (``\\u001b``, ``\\n``); a tab stays.
* :func:`one_line`: the same characters shown visibly, but line breaks folded into one space:
  the base of every inline markup context (the handbook's :func:`govlint.handbook.text.plain`).
* :func:`markdown`: inline GitHub-flavoured Markdown (the diff's Markdown, the version
  history, the job summary): :func:`one_line`, markup characters backslash-escaped, ``&`` as
  ``&amp;`` (no entity can be spelled), and ``@name`` or ``@org/team`` put in a code span,
  which GitHub renders as the same readable text but never turns into a mention (no
  invisible character is inserted, so a copied name is the name).
* :func:`code_span`: a whole Markdown code span for a path or a label.
* :func:`ical`: an iCalendar TEXT value before the icalendar library escapes it: controls
  shown visibly (RFC 5545 allows none), every kind of line break a plain ``\\n`` (which the
  library writes as the escape ``\\n``; a lone CR would otherwise end the content line).
* :func:`dumps`: JSON (``--format json``, SARIF, ``export``): lossless. The characters that a
  terminal or a viewer would act on are written as ``\\uXXXX`` escapes, which every JSON
  reader decodes back to the same string.

"Controls" are C0 (except tab, and line breaks where a context keeps them), DEL, C1, the
Unicode bidirectional controls, the line and paragraph separators, and lone surrogates (a file
name that is not UTF-8, read with ``surrogateescape``, shown as the byte it stood for:
``\\xff``). Nothing here imports anything heavy: the reporters of a cache hit use it.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Every character that is never written raw. Line breaks (as str.splitlines counts them) are
# in it; each context decides what to make of them.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}\u2028\u2029\ud800-\udfff]")
_BREAKS = frozenset(
    ("\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
)
_UNSAFE_OR_CRLF = re.compile(f"\r\n|{_UNSAFE.pattern}")
_SHORT = {"\n": "\\n", "\r": "\\r"}


def _visible(ch: str) -> str:
    short = _SHORT.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def _show(match: re.Match[str]) -> str:
    return _visible(match.group())


def terminal(text: str) -> str:
    """One field of terminal or log text: every control character shown as an escape."""
    if text.isprintable():  # the common case, in C: no control, break or format character
        return text
    return _UNSAFE.sub(_show, text)


def _space_or_show(match: re.Match[str]) -> str:
    return " " if match.group() in _BREAKS else _visible(match.group())


def one_line(text: str) -> str:
    """Controls shown as escapes, each line break (CR LF, lone CR, LF, ...) one space."""
    if text.isprintable():
        return text
    return _UNSAFE_OR_CRLF.sub(_space_or_show, text)


# Markdown: what CommonMark and GitHub give a meaning inline. ``&`` starts an entity, ``@``
# before a name a mention; the rest is backslash-escaped.
_MD = re.compile(
    r"(?P<mention>(?<![A-Za-z0-9_])@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9_.-]*)?)"
    r"|(?P<amp>&)|(?P<special>[\\`*_\[\]<>|#~])"
)


def _md(match: re.Match[str]) -> str:
    if match.group("mention"):
        return f"`{match.group()}`"  # no backtick in a mention: the span cannot be broken
    if match.group("amp"):
        return "&amp;"
    return "\\" + match.group()


def markdown(text: str) -> str:
    """``text`` as inert inline Markdown for GitHub: no markup, entity, mention or new block."""
    return _MD.sub(_md, one_line(text))


def code_span(text: str, *, in_table: bool = False) -> str:
    """``text`` as one Markdown code span, whatever backticks it holds. In a GitHub table a
    ``|`` ends the cell even inside a code span, so ``in_table`` escapes it."""
    value = one_line(text)
    if in_table:
        value = value.replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", value)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if not value or value[0] == "`" or value[-1] == "`" else ""
    return f"{ticks}{pad}{value}{pad}{ticks}"


def _newline_or_show(match: re.Match[str]) -> str:
    return "\n" if match.group() in _BREAKS else _visible(match.group())


def ical(text: str) -> str:
    """An iCalendar TEXT value, to be escaped by the icalendar library (``vText``)."""
    if text.isprintable():
        return text
    return _UNSAFE_OR_CRLF.sub(_newline_or_show, text)


# In JSON text these characters can only stand inside a string (json.dumps escapes C0 and the
# structure is ASCII), where a \uXXXX escape means the same character: escaping them changes
# no value. Lone surrogates are escaped the same way (Python's json reads them back).
_JSON_RAW = re.compile(f"[\x7f-\x9f{_BIDI}\u2028\u2029\ud800-\udfff]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """JSON of ``data`` (UTF-8 text, not ASCII-escaped), with no character a terminal or a
    viewer acts on written raw; the decoded values are exactly ``data``'s."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(_json_escape, text)
