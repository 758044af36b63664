#!/usr/bin/env python3
"""The translator's workflow for govlint's message catalogs, in one command.

    python3 scripts/translations.py            # extract the messages, update every catalog
    python3 scripts/translations.py --check    # exit 1 if a catalog is out of date or incomplete
    python3 scripts/translations.py --init de  # start a catalog for a new language
    python3 scripts/translations.py --pot FILE # also write the extracted template (.pot)

Extraction is ``pybabel extract`` (Babel's own extractor, through its Python API) over
``src/govlint`` with the standard gettext keywords (``_``, ``ngettext``, ``pgettext``,
``npgettext``, ``N_``). Updating is ``pybabel update``: a new message is added untranslated,
a message no longer in the code is removed, a changed one is added anew (no fuzzy guesses: a
guess would ship as a wrong translation until someone noticed). The English catalog is the
source language: an untranslated English message is filled in with the message itself, and
its msgstr may then be edited to reword the English without touching the code.

Then translate the empty ``msgstr`` entries of ``src/govlint/locale/<lang>/LC_MESSAGES/
govlint.po`` (Poedit, Weblate or any editor) and run ``--check`` (the tests do the same).
There is nothing to compile: govlint compiles a ``.po`` file in memory when it first needs it.
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "govlint"
LOCALE = SOURCE / "locale"
DOMAIN = "govlint"
SOURCE_LANGUAGE = "en"
WIDTH = 100

if str(ROOT / "src") not in sys.path:  # runnable without installing govlint
    sys.path.insert(0, str(ROOT / "src"))


def extract() -> object:
    """The messages in the code, as a Babel catalog (the .pot)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

    template = Catalog(
        project="govlint", domain=DOMAIN, copyright_holder="govlint contributors", fuzzy=False
    )
    found = extract_from_dir(
        str(SOURCE),
        method_map=[("**.py", "python")],
        keywords=DEFAULT_KEYWORDS,
        comment_tags=("Translators:",),
    )
    for filename, lineno, message, comments, context in found:
        template.add(
            message,
            None,
            [(f"src/govlint/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def catalog_file(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    return sorted(p.name for p in LOCALE.iterdir() if catalog_file(p.name).is_file())


def updated(lang: str, template: object) -> object:
    """The catalog of ``lang`` brought up to date with ``template``."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    path = catalog_file(lang)
    if path.is_file():
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang, domain=DOMAIN)
    else:
        catalog = Catalog(
            locale=lang,
            domain=DOMAIN,
            project="govlint",
            copyright_holder="govlint contributors",
            msgid_bugs_address="",
            last_translator="govlint contributors",
            language_team=f"govlint contributors ({lang})",
            fuzzy=False,
        )
    assert isinstance(catalog, Catalog)
    # a copy: the catalog takes the template's new messages themselves, and filling in the
    # English ones below must not fill in every other language's with English
    catalog.update(copy.deepcopy(template), no_fuzzy_matching=True)  # type: ignore[arg-type]
    catalog.obsolete.clear()  # a message no longer in the code is gone, not kept commented
    if lang == SOURCE_LANGUAGE:
        for message in catalog:
            if not message.id or (message.string and all(message.string)):
                continue
            message.string = message.id
    return catalog


def text(catalog: object) -> bytes:
    """The catalog as a .po file: no source locations (they would change with every edit of
    the code), sorted as extracted."""
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=WIDTH, no_location=True, omit_header=False)  # type: ignore[arg-type]
    return out.getvalue()


def _comparable(data: bytes) -> bytes:
    """A .po file without the header lines that change on every write."""
    lines = data.splitlines()
    return b"\n".join(
        line
        for line in lines
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By'))
    )


def problems(lang: str, catalog: object) -> list[str]:
    """What keeps ``lang``'s catalog from being complete: untranslated or fuzzy messages."""
    out = []
    for message in catalog:  # type: ignore[attr-defined]
        if not message.id:
            continue
        name = f"{message.context}|{message.id}" if message.context else message.id
        if message.fuzzy:
            out.append(f"{lang}: fuzzy: {name!r}")
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            out.append(f"{lang}: untranslated: {name!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if not current"
    )
    parser.add_argument("--init", metavar="LANG", help="start a catalog for LANG")
    parser.add_argument("--pot", type=Path, help="also write the extracted template here")
    args = parser.parse_args(argv)
    template = extract()
    if args.pot:
        args.pot.write_bytes(text(template))
    langs = languages()
    if args.init:
        if args.init in langs:
            parser.error(f"{args.init} has a catalog already")
        langs.append(args.init)
    failed: list[str] = []
    for lang in langs:
        catalog = updated(lang, template)  # which copies it
        data = text(catalog)
        path = catalog_file(lang)
        current = path.is_file() and _comparable(path.read_bytes()) == _comparable(data)
        if args.check:
            if not current:
                failed.append(f"{lang}: {path.relative_to(ROOT)} is not current with the code")
        elif not current:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"updated {path.relative_to(ROOT)}")
        failed += problems(lang, catalog)
    for line in failed:
        print(line, file=sys.stderr)
    if failed and args.check:
        print(
            "run `python3 scripts/translations.py` and translate the empty entries",
            file=sys.stderr,
        )
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
