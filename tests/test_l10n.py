"""The message catalogs: complete, current with the code, and read the way gettext reads them."""

from __future__ import annotations

import io
import json
import re
import tokenize
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog

from govlint.l10n import Ui, UnknownLanguage, catalog_for, catalog_languages
from helpers import ROOT, load_script

SOURCE = ROOT / "src" / "govlint"


@pytest.fixture(scope="module")
def translations() -> ModuleType:
    return load_script("scripts/translations.py", "translations")


def test_a_new_message_stays_untranslated_outside_english(translations: ModuleType) -> None:
    """English is filled in from the message itself; the other languages' new messages wait
    for a translator (and fail the check), whatever order the catalogs are updated in."""
    template = translations.extract()
    template.add("A message no catalog has yet.")
    english = translations.updated("en", template)
    finnish = translations.updated("fi", template)
    assert english.get("A message no catalog has yet.").string == "A message no catalog has yet."
    assert not finnish.get("A message no catalog has yet.").string
    assert "fi: untranslated: 'A message no catalog has yet.'" in translations.problems(
        "fi", finnish
    )


def test_the_three_catalogs_are_there() -> None:
    assert {"fi", "sv", "en"} <= set(catalog_languages())


def test_every_catalog_is_current_and_complete(translations: ModuleType) -> None:
    """Fails on a message the code uses that a catalog lacks or leaves untranslated, on a
    fuzzy translation, and on a message no longer in the code: run
    `python3 scripts/translations.py`, translate, and commit the .po files."""
    template = translations.extract()
    assert len(template) > 300
    for lang in catalog_languages():
        catalog = translations.updated(lang, template)
        current = translations._comparable(translations.catalog_file(lang).read_bytes())
        assert current == translations._comparable(translations.text(catalog)), (
            f"{lang}: the catalog is not current with the code; run "
            "`python3 scripts/translations.py`"
        )
        assert translations.problems(lang, catalog) == []


def test_the_check_finds_missing_fuzzy_and_unused_messages(translations: ModuleType) -> None:
    template = Catalog(locale="fi")
    template.add("Source")
    template.add("Tier")
    template.add(("{n} meeting", "{n} meetings"))
    catalog = Catalog(locale="fi")
    catalog.add("Source", "Lähde")
    catalog.add("Tier", "Taso", flags=["fuzzy"])
    catalog.add(("{n} meeting", "{n} meetings"), ("{n} kokous", ""))
    catalog.add("Removed from the code", "Poistettu")
    before = translations.text(catalog)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    assert "Removed from the code" not in {m.id for m in catalog}
    assert translations._comparable(before) != translations._comparable(translations.text(catalog))
    problems = translations.problems("fi", catalog)
    assert any("fuzzy" in p and "Tier" in p for p in problems)
    assert any("untranslated" in p and "meeting" in p for p in problems)
    assert not any("Source" in p for p in problems)


def test_a_fuzzy_translation_is_never_shown(translations: ModuleType, tmp_path: Path) -> None:
    """govlint compiles a catalog as msgfmt does: without its fuzzy entries."""
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="fi")
    catalog.add("Tier", "Taso", flags=["fuzzy"])
    catalog.add("Source", "Lähde")
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    import gettext

    t = gettext.GNUTranslations(compiled)
    assert t.gettext("Source") == "Lähde" and t.gettext("Tier") == "Tier"


def test_no_message_hides_in_an_f_string() -> None:
    """Babel does not extract a call inside an f-string (on Python < 3.12): such a message
    would be shown untranslated."""
    found = []
    for path in SOURCE.rglob("*.py"):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for tok in tokens:
            f_string = tok.type == tokenize.STRING and re.match(r"(?i)r?f", tok.string)
            if f_string and re.search(r"(\b_|gettext)\(\s*['\"]", tok.string):
                found.append(f"{path.relative_to(ROOT)}:{tok.start[0]}")
    assert found == []


def test_language_lookalike_keys_of_the_format_are_known() -> None:
    """The text-language rule tells texts from other mappings by their keys; a new two- or
    three-letter key in the schemas must be listed as not a language."""
    from govlint.rules.provenance import NOT_LANGUAGES

    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            keys.update(value.get("properties", {}))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for schema in (ROOT / "schemas").glob("*.json"):
        walk(json.loads(schema.read_text(encoding="utf-8")))
    short = {k for k in keys if re.fullmatch(r"[a-z]{2,3}", k)}
    assert short <= NOT_LANGUAGES


def test_months_lists_and_plurals_come_from_cldr_and_the_catalogs() -> None:
    fi, sv, en = Ui("fi"), Ui("sv"), Ui("en")
    assert [fi.month(6), sv.month(6), en.month(6)] == ["kesäkuu", "juni", "June"]
    assert fi.window(1, 4) == "tammi–huhtikuu" and fi.window(11, 2) == "marras–helmikuu"
    assert sv.window(1, 4) == "januari–april"
    assert fi.join(["A", "B", "C"]) == "A, B ja C" and sv.join(["A", "B"]) == "A och B"
    assert fi.ngettext("{n} meeting a year", "{n} meetings a year", 1) == "1 kokous vuodessa"
    assert fi.ngettext("{n} meeting a year", "{n} meetings a year", 3) == "3 kokousta vuodessa"
    assert sv.ngettext("{n} meeting a year", "{n} meetings a year", 3) == "3 möten om året"
    assert fi._("Source") == "Lähde" and fi.pgettext("member role", "chair") == "puheenjohtaja"
    assert fi.language_name("sv") == "Svenska" and fi.language_name("fi") == "Suomi"


def test_a_regional_tag_uses_its_language_and_an_unknown_one_is_an_error() -> None:
    assert catalog_for("sv-FI") == "sv" and Ui("sv-FI")._("Source") == "Källa"
    assert Ui("sv-FI").month(1) == "januari"
    with pytest.raises(UnknownLanguage, match="fi, sv"):
        Ui("de")
