"""The handbook: pages in one language per call, generated from the resolved model.

:func:`generate_handbook` is the whole generator (Model -> files and navigation); the MkDocs
plugin (:mod:`govlint.handbook.mkdocs_plugin`) and ``govlint handbook`` are thin adapters.
"""

from __future__ import annotations

from govlint.handbook.generate import Handbook, NavItem, generate_handbook, open_questions

__all__ = ["Handbook", "NavItem", "generate_handbook", "open_questions"]
