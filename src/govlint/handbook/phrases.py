"""Phrases several pages share: how often a body meets, and its meetings beyond the anchored
ones. Plural forms come from the catalogs (``ngettext``), so each language counts its own way.
"""

from __future__ import annotations

from govlint.l10n import Ui
from govlint.model import Cadence, Meeting
from govlint.vocabulary import frequencies, word


def cadence(ui: Ui, low: int, high: int, approximate: bool) -> str:
    """ "noin 2 kokousta vuodessa", "2–4 kokousta vuodessa"."""
    if high <= 0:
        return ui._("no meetings")
    if low == high:
        if approximate:
            return ui.ngettext("about {n} meeting a year", "about {n} meetings a year", low)
        return ui.ngettext("{n} meeting a year", "{n} meetings a year", low)
    if approximate:
        return ui.ngettext(
            "about {low}–{n} meeting a year", "about {low}–{n} meetings a year", high, low=low
        )
    return ui.ngettext("{low}–{n} meeting a year", "{low}–{n} meetings a year", high, low=low)


def how_often(ui: Ui, cad: Cadence) -> str:
    """How often a body meets: its regular rhythm when it has one ("every month"; with its
    count when that is not simply 12 or 4 a year), else the count: "2–4 meetings a year"."""
    count = cadence(ui, cad.min, cad.max, cad.approximate)
    if not cad.frequency:
        return count
    rhythm = word(ui, frequencies, cad.frequency)
    if cad.min == cad.max == cad.per_year and not cad.approximate:
        return rhythm
    return ui._("{rhythm} ({count})", rhythm=rhythm, count=count)


def rhythm_note(ui: Ui, cad: Cadence) -> str:
    """What a regular rhythm means for the dates; '' without one."""
    if cad.frequency == "monthly":
        return ui._("The body meets every month; the days are agreed separately.")
    if cad.frequency == "quarterly":
        return ui._("The body meets once every three months; the days are agreed separately.")
    return ""


def extra_meetings(ui: Ui, low: int, high: int) -> str:
    """Meetings beyond the anchored ones: "Lisäksi enintään 1 kokous, ..."; '' if none."""
    if high <= 0:
        return ""
    if low == high:
        return ui.ngettext(
            "In addition, {n} meeting whose time is not agreed.",
            "In addition, {n} meetings whose time is not agreed.",
            high,
        )
    if low == 0:
        return ui.ngettext(
            "In addition, at most {n} meeting whose time is not agreed.",
            "In addition, at most {n} meetings whose time is not agreed.",
            high,
        )
    return ui.ngettext(
        "In addition, {low}–{n} meeting whose time is not agreed.",
        "In addition, {low}–{n} meetings whose time is not agreed.",
        high,
        low=low,
    )


def window(ui: Ui, meeting: Meeting, words: str) -> str:
    """A meeting's month window in words (plain text); a derived one as the model's reading
    of the agreement's ``words`` (its ``when``), never as agreed: "alkuvuonna [mallin
    tulkinta: tammi–huhtikuu]"."""
    months = ui.window(meeting.month_from, meeting.month_to)
    if meeting.window_source is None or not meeting.window_source.is_derived:
        return months
    if words:
        return ui._("{words} [read by the model as {months}]", words=words, months=months)
    return ui._("{months} [the model's reading]", months=months)
