"""Finding a quote in the agreement's text: normalisation and matching, nothing else.

The agreement's sentences and the model's quotes are both YAML strings, so both may carry
line breaks and indentation that mean nothing; they are compared after every run of
whitespace becomes one space. Hyphens need care, because a line break after a hyphen can mean
three things:

* ``ICT-`` / ``kehittämiskohteita``: a real hyphen (``ICT-kehittämiskohteita``). After an
  upper-case letter or a digit a hyphen is always real (no word is split inside an acronym).
* ``kehittä-`` / ``miskohteita``: a word split by the page layout (``kehittämiskohteita``).
* between two lower-case letters it can be either (``it-palvelutuotannon`` is a real hyphen).

In the agreement's text a hyphen before a line break between two lower-case letters is thus
ambiguous, and a quote may read it either way; it is kept as a soft hyphen (U+00AD, "a hyphen
that is there only when the line breaks"). Nowhere else is a reading chosen for the quote:
``talous- ja hallintojohtaja`` (a hyphen and a space) must be quoted so.

A quote may also have been wrapped by its author right after a hyphen (a folded YAML scalar
turns that line break into a space), so in a quote ``-`` followed by a space matches a hyphen
with or without the space; that is the quote's whitespace, not the agreement's words.

A quote matches only whole words (it may not start or end inside a word), and never across
two paragraphs or list items: each block of a section is searched on its own line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
# A hyphen at the end of a line of the agreement, with the letters on either side.
_LAYOUT_HYPHEN = re.compile(r"(\w)-[ \t]*\n\s*(\w)")
_SPACES = re.compile(r"\s+")


def _join_hyphen(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    if before.islower() and after.islower():
        return before + SOFT_HYPHEN + after  # a split word or a real hyphen: either reading
    return before + "-" + after


def normalise_text(text: str) -> str:
    """A sentence of the agreement in the form quotes are matched against."""
    if "\n" in text:
        text = _LAYOUT_HYPHEN.sub(_join_hyphen, text)
    return _SPACES.sub(" ", text).strip()


def normalise_quote(quote: str) -> str:
    """A quote with its whitespace collapsed (line breaks of the YAML are not words)."""
    return _SPACES.sub(" ", quote).strip()


def display(text: str) -> str:
    """A normalised text for people: an ambiguous hyphen shown as a hyphen."""
    return text.replace(SOFT_HYPHEN, "-")


@lru_cache(maxsize=4096)
def _pattern(quote: str) -> re.Pattern[str]:
    """The regular expression that finds ``quote`` (normalised) in a normalised block."""
    parts: list[str] = []
    i = 0
    while i < len(quote):
        ch = quote[i]
        if ch == "-" and quote[i + 1 : i + 2] == " " and quote[i + 2 : i + 3].isalnum():
            parts.append(f"(?:- ?|{SOFT_HYPHEN} ?)")  # wrapped after a hyphen
            i += 2
            continue
        if ch == "-":
            parts.append(f"[-{SOFT_HYPHEN}]")
        elif ch.isalnum():
            parts.append(re.escape(ch) + f"{SOFT_HYPHEN}?")  # a split word, read as joined
        else:
            parts.append(re.escape(ch))
        i += 1
    body = "".join(parts)
    start = rf"(?<![\w{SOFT_HYPHEN}])" if quote[:1].isalnum() else ""
    end = rf"(?![\w{SOFT_HYPHEN}])" if quote[-1:].isalnum() else ""
    return re.compile(start + body + end)


def _word_char(ch: str) -> bool:
    """A character a whole-word match may not touch: ``\\w`` (letters, digits, ``_``)."""
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class Span:
    """Where a sentence lies in its section's searchable text: ``[start, end)``."""

    start: int
    end: int


class SectionIndex:
    """One section's sentences as one searchable string.

    Sentences of a block are joined by a space, blocks by a line break (which no normalised
    quote contains), so a match stays inside one paragraph or list item. ``spans[i]`` is
    where sentence ``i`` (in section order) lies.
    """

    def __init__(self, blocks: Sequence[Sequence[str]]) -> None:
        pieces: list[str] = []
        spans: list[Span] = []
        pos = 0
        for b, block in enumerate(blocks):
            if b:
                pieces.append("\n")
                pos += 1
            for s, sentence in enumerate(block):
                if s:
                    pieces.append(" ")
                    pos += 1
                pieces.append(sentence)
                spans.append(Span(pos, pos + len(sentence)))
                pos += len(sentence)
        self.text = "".join(pieces)
        self.spans = spans

    def find(self, quote: str) -> list[Span]:
        """Every place the normalised ``quote`` occurs, as spans of the section text."""
        if not quote:
            return []
        if SOFT_HYPHEN in self.text or "- " in quote:
            return [Span(m.start(), m.end()) for m in _pattern(quote).finditer(self.text)]
        # Nothing to read two ways: the pattern would match exactly the quote's characters,
        # so plain search finds the same places without compiling one (most sections).
        found, text, at = [], self.text, self.text.find(quote)
        while at >= 0:
            end = at + len(quote)
            inside_before = quote[0].isalnum() and at > 0 and _word_char(text[at - 1])
            inside_after = quote[-1].isalnum() and end < len(text) and _word_char(text[end])
            if not (inside_before or inside_after):
                found.append(Span(at, end))  # as finditer: the next match starts after it
            at = text.find(quote, at + 1 if inside_before or inside_after else end)
        return found

    def sentences_of(self, match: Span) -> list[int]:
        """Indexes of the sentences a match overlaps (a quote may run over several)."""
        return [i for i, s in enumerate(self.spans) if s.start < match.end and match.start < s.end]


_PUNCTUATION = ".,:;!?()\"'”“–—"


def closest(quote: str, candidates: Iterable[str]) -> str | None:
    """The words of a candidate sentence that come closest to ``quote`` (for the hint of a
    quote that is not found), or None when no sentence shares half of the quote's words.

    Words are compared without their punctuation, so that "tasoa" lines up with "tasoa.";
    the words shown are the agreement's, punctuation and all."""
    import difflib

    words = [w.strip(_PUNCTUATION) for w in quote.split()]
    best, best_ratio = None, 0.0
    for text in candidates:
        shown = text.split()
        theirs = [w.strip(_PUNCTUATION) for w in shown]
        matcher = difflib.SequenceMatcher(None, words, theirs, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        # the stretch of the sentence that the quote's words line up with, widened so that a
        # changed first or last word shows too
        first, last = blocks[0], blocks[-1]
        lo = max(0, first.b - first.a)
        hi = min(len(theirs), last.b + last.size + (len(words) - last.a - last.size))
        ratio = difflib.SequenceMatcher(None, words, theirs[lo:hi], autojunk=False).ratio()
        if ratio >= 0.5 and ratio > best_ratio:
            best, best_ratio = " ".join(shown[lo:hi]), ratio
    return best
