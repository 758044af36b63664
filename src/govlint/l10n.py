"""The words govlint writes for readers (handbook, diff), from gettext message catalogs.

Every text a reader sees that does not come from the model is an English message in the code,
marked for extraction (``ui._("Source")``, ``ui.ngettext(...)``, ``ui.pgettext(...)``, or
:func:`N_` where the message is chosen later) and translated in
``locale/<lang>/LC_MESSAGES/govlint.po``. The ``.po`` files are the only source of the
translations: each is compiled in memory with Babel the first time a process needs that
language (~10 ms), so nothing generated is kept in the repository or the wheel, and an edited
translation shows at the next build. ``scripts/translations.py`` extracts the messages and
updates the catalogs; ``tests/test_l10n.py`` fails on a missing, fuzzy or unused message.

Month names, month ranges, dates and lists ("A, B ja C") come from Babel's CLDR data, never
from the catalogs. Messages take ``str.format`` fields by name (``{body}``); names from the
model are never inflected: a message puts them where the nominative is right.

Maintainers' messages (``govlint check`` findings, CLI errors) stay English and are not here.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "govlint"


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalog_languages() -> list[str]:
    """The languages govlint can write its own texts in (those with a catalog), sorted."""
    if not LOCALE_DIR.is_dir():
        return []
    return sorted(p.name for p in LOCALE_DIR.iterdir() if catalog_path(p.name).is_file())


class UnknownLanguage(ValueError):
    """No catalog for the language asked for."""

    def __init__(self, lang: str) -> None:
        known = ", ".join(catalog_languages()) or "none"
        super().__init__(f"govlint has no texts in '{lang}' (languages with a catalog: {known})")
        self.lang = lang


def catalog_for(lang: str) -> str | None:
    """The catalog that serves ``lang`` (a BCP 47 tag): the tag itself, else its language
    subtag (``sv-FI`` -> ``sv``); None if there is none."""
    known = catalog_languages()
    for candidate in (lang, lang.replace("-", "_"), lang.split("-")[0].lower()):
        if candidate in known:
            return candidate
    return None


@cache
def _translations(lang: str) -> gettext.GNUTranslations:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with catalog_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as msgfmt does
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@cache
def _locale(lang: str) -> Locale:
    from babel import Locale

    return Locale.parse(lang.replace("-", "_"))


@cache
def _cldr(lang: str, fallback: str) -> Locale:
    from babel import UnknownLocaleError

    try:
        return _locale(lang)
    except (UnknownLocaleError, ValueError):
        return _locale(fallback)


class _Keep(dict[str, object]):
    """Format values that leave a field not given as it is (``{body}``), for a caller that
    fills it later (:meth:`govlint.handbook.site.Site.fmt` inserts Markdown)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(text: str, values: dict[str, object]) -> str:
    return text.format_map(_Keep(values)) if values else text


class Ui:
    """govlint's texts in one language. ``Ui("fi")._("Source")`` -> ``"Lähde"``.

    Messages are formatted with the keyword values given (``str.format``; a field not given
    stays as it is); ``ngettext`` also gives ``n``. Raises :class:`UnknownLanguage` for a
    language without a catalog.
    """

    def __init__(self, lang: str) -> None:
        found = catalog_for(lang)
        if found is None:
            raise UnknownLanguage(lang)
        self.lang = lang
        self.catalog = found
        self._t = _translations(found)

    def __repr__(self) -> str:
        return f"Ui({self.lang!r})"

    # -- messages --------------------------------------------------------------------------
    def _(self, message: str, **values: object) -> str:
        return _format(self._t.gettext(message), values)

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        return _format(self._t.ngettext(singular, plural, n), {"n": n, **values})

    def pgettext(self, context: str, message: str, **values: object) -> str:
        return _format(self._t.pgettext(context, message), values)

    def npgettext(self, context: str, singular: str, plural: str, n: int, **values: object) -> str:
        return _format(self._t.npgettext(context, singular, plural, n), {"n": n, **values})

    # -- CLDR data (Babel) ---------------------------------------------------------------------
    @property
    def locale(self) -> Locale:
        """CLDR data for the language itself (``sv-FI``), else for its catalog's (``sv``)."""
        return _cldr(self.lang, self.catalog)

    def month(self, number: int) -> str:
        """The month's name on its own: "kesäkuu", "juni", "June"."""
        return str(self.locale.months["stand-alone"]["wide"][number])

    def month_short(self, number: int) -> str:
        """The month's short name on its own: "kesä", "juni", "Jun"."""
        return str(self.locale.months["stand-alone"]["abbreviated"][number])

    def window(self, start: int, end: int) -> str:
        """A month window as the language writes a range of months: "tammi–huhtikuu",
        "januari–april", "January – April"; one month alone when ``start == end``."""
        if start == end:
            return self.month(start)
        return _month_range(self.locale, start, end)

    def join(self, items: Iterable[str], style: str = "standard") -> str:
        """A list as the language writes it: "A, B ja C" (``style="or"``: "A, B tai C").

        CLDR's list patterns, applied as Babel's ``format_list`` applies them (called for
        every list of a large handbook, so without its per-call locale lookups)."""
        parts = list(items)
        if len(parts) < 2:
            return parts[0] if parts else ""
        patterns = self.locale.list_patterns[style]
        if len(parts) == 2:
            return str(patterns["2"]).format(*parts)
        result = str(patterns["start"]).format(parts[0], parts[1])
        for part in parts[2:-1]:
            result = str(patterns["middle"]).format(result, part)
        return str(patterns["end"]).format(result, parts[-1])

    def date(self, day: date) -> str:
        """A date in the language's usual medium form: "5.3.2026", "5 mars 2026"."""
        from babel.dates import format_date

        return format_date(day, format="medium", locale=self.locale)

    def percent(self, value: float) -> str:
        """A share in per cent as the language writes it, with the decimals it has (at most
        four): "55 %", "33,35 %", "55%"."""
        from decimal import Decimal

        from babel.numbers import format_percent

        share = Decimal(str(round(value, 4))) / 100
        return format_percent(share, locale=self.locale, decimal_quantization=False)

    def language_name(self, lang: str) -> str:
        """The name of language ``lang`` in its own language, capitalised: "Suomi"."""
        name = _locale(lang).get_display_name(_locale(lang)) or lang
        return name[:1].upper() + name[1:]


@cache
def _month_range(locale: Locale, start: int, end: int) -> str:
    """CLDR's interval format for two months (a window over the new year included)."""
    from babel.dates import format_interval

    first, last = date(2000, start, 1), date(2000, end, 1)
    if "MMMM" in locale.interval_formats:  # the language has a pattern for full month names
        return format_interval(first, last, "MMMM", locale=locale)
    fallback = locale.interval_formats.get(None, "{0}–{1}")
    wide = locale.months["stand-alone"]["wide"]
    return str(fallback).format(wide[start], wide[end])


def languages_or_error(langs: Sequence[str]) -> list[str]:
    """``langs`` if govlint has a catalog for each; else :class:`UnknownLanguage`."""
    for lang in langs:
        if catalog_for(lang) is None:
            raise UnknownLanguage(lang)
    return list(langs)
