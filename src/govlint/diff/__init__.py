"""``govlint diff``: what changed between two versions of the model, in governance terms.

The two resolved models are compared by identity (:mod:`.facts`, :mod:`.renames`,
:mod:`.compare`), every change is catalogued with an impact level (:mod:`.catalog`) and the
approvers the model itself names (:mod:`.approval`), and rendered as text, Markdown or JSON
(:mod:`.render` holds the registry of formats, :mod:`.markdown` the Markdown one; both build on
:mod:`.renderer`, so imports point one way). :mod:`.gitsource` reads a revision without touching the
working tree; :mod:`.history` writes the version history of the tags.
"""

from __future__ import annotations

from govlint.diff.catalog import CATALOG, Level
from govlint.diff.compare import diff_models
from govlint.diff.result import Change, Diff, Side

__all__ = ["CATALOG", "Change", "Diff", "Level", "Side", "diff_models"]
