"""The accessibility statement's data: the plugin's ``accessibility`` option, checked.

A public-sector website in the EU publishes an accessibility statement (Directive 2016/2102;
in Finland laki digitaalisten palvelujen tarjoamisesta 306/2019): the standard it follows, the
known gaps, how to give feedback and where to turn if the answer does not satisfy. Those are the
publisher's words and go into ``mkdocs.yml``; the handbook's page (``pages_statement.py``) says
them in the handbook's language, with the date of the build.

The known gaps are data the browser test checks (``tests/test_browser.py``): a gap found by
axe-core names its rule (``axe``), and the test fails when axe finds a violation that no gap
lists, or when a listed one no longer occurs; gaps that no automatic test can find (``axe``
absent) are the publisher's own findings. So the list can neither hide a new problem nor keep a
fixed one. Serious and critical violations fail the test whether listed or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

STANDARD = "WCAG 2.1 AA"


class StatementError(ValueError):
    """The ``accessibility`` option is not usable; the message says which key and why."""


@dataclass(frozen=True)
class Gap:
    text: str  # what is not accessible, and what to do instead
    pages: tuple[str, ...]  # site paths ("saannot/", "kasikirja.pdf"); empty: every page
    wcag: str  # the success criterion, e.g. "3.1.2"; may be ""
    axe: str  # the axe-core rule that finds it; "": not found by a test


@dataclass(frozen=True)
class Statement:
    prepared: date  # when the publisher prepared or last reviewed the statement
    contact: str
    feedback: str
    authority: str  # the supervisory authority, and how to reach it
    gaps: tuple[Gap, ...]
    law: str = ""  # the law that requires the statement (optional)


def _text(value: Any, lang: str, where: str, required: bool = True) -> str:
    """A text in ``lang``: a string, or a mapping by language code."""
    if isinstance(value, Mapping):
        value = value.get(lang)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    if required:
        raise StatementError(f"accessibility: {where} needs a text in '{lang}'")
    return ""


def statement_from_options(options: Mapping[str, Any], lang: str) -> Statement:
    """The statement from the plugin's ``accessibility`` option, in ``lang``."""
    unknown = sorted(set(options) - {"prepared", "law", "contact", "feedback", "authority", "gaps"})
    if unknown:
        raise StatementError(f"accessibility: unknown key(s) {', '.join(unknown)}")
    prepared = options.get("prepared")
    if isinstance(prepared, str):
        try:
            prepared = date.fromisoformat(prepared)
        except ValueError:
            prepared = None
    if not isinstance(prepared, date):
        raise StatementError("accessibility: prepared needs a date (YYYY-MM-DD)")
    gaps = []
    raw_gaps = options.get("gaps") or []
    if not isinstance(raw_gaps, list):
        raise StatementError("accessibility: gaps must be a list")
    for i, raw in enumerate(raw_gaps, start=1):
        if not isinstance(raw, Mapping):
            raise StatementError(f"accessibility: gap {i} must be a mapping")
        extra = sorted(set(raw) - {"text", "pages", "wcag", "axe"})
        if extra:
            raise StatementError(f"accessibility: gap {i}: unknown key(s) {', '.join(extra)}")
        pages = raw.get("pages") or []
        if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
            raise StatementError(f"accessibility: gap {i}: pages must be a list of paths")
        gaps.append(
            Gap(
                text=_text(raw.get("text"), lang, f"gap {i}: text"),
                pages=tuple(pages),
                wcag=str(raw.get("wcag") or ""),
                axe=str(raw.get("axe") or ""),
            )
        )
    return Statement(
        prepared=prepared,
        contact=_text(options.get("contact"), lang, "contact"),
        feedback=_text(options.get("feedback"), lang, "feedback"),
        authority=_text(options.get("authority"), lang, "authority"),
        gaps=tuple(gaps),
        law=_text(options.get("law"), lang, "law", required=False),
    )
