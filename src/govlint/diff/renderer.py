"""What every output format of the diff shares: the :class:`Renderer` base and locations.

The formats themselves live in :mod:`govlint.diff.render` (text, json, and the registry) and
:mod:`govlint.diff.markdown`; both import this module, and nothing here imports them, so the
imports point one way.
"""

from __future__ import annotations

from typing import ClassVar

from govlint.diff.result import Change, Diff, Side


class Renderer:
    """One output format, looked up by :attr:`name` (``govlint diff --format``)."""

    name: ClassVar[str]

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang  # the language of the sentences; None: the new model's

    def render(self, diff: Diff, old: Side, new: Side) -> str:
        raise NotImplementedError


def location(change: Change, old: Side, new: Side) -> str:
    """Where to look: the new version's place, else the old one's (marked with its revision)."""
    if change.new_loc is not None:
        return new.location(change.new_loc)
    if change.old_loc is not None:
        return old.location(change.old_loc)
    return ""
