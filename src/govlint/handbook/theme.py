"""What govlint adds to the site engine's theme, whichever engine builds the site.

The MkDocs plugin adds these while MkDocs builds; the Zensical project (``zensical.py``) is
written with them. They are general: any handbook needs them on a phone and on paper.
"""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).with_name("assets")
# The handbook's stylesheet (phones, print), listed before the project's own extra_css, so
# that a project can override it.
STYLESHEET = "assets/govlint/handbook.css"
# The print edition's stylesheet (MkDocs only: the edition is made from MkDocs' pages).
EDITION_CSS = "assets/govlint/edition.css"
# ... and its layout for phones, linked with a media query (only in the HTML edition: the
# PDF's layout engine reads no media features)
EDITION_NARROW_CSS = "assets/govlint/edition-narrow.css"
NARROW = "screen and (max-width: 37.4375em)"
# Table cells labelled with their column's heading, for the phone layout of tables.
TABLE_LABELS = "govlint.handbook.mdtables"


def asset(name: str) -> str:
    """A stylesheet shipped with govlint, by its path in the site (``STYLESHEET``...)."""
    return (ASSETS / name.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
