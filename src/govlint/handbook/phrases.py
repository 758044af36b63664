"""Phrases several pages share: how often a body meets, and its meetings beyond the anchored
ones. Plural forms come from the catalogs (``ngettext``), so each language counts its own way.
"""

from __future__ import annotations

from govlint.l10n import Ui


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
