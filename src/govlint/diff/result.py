"""What a diff produces: catalogued changes between two versions, and the facts behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.diff.catalog import LEVELS, Level
from govlint.diff.facts import Facts
from govlint.diff.renames import Rename
from govlint.diff.values import Key, TextV
from govlint.findings import Loc


@dataclass(frozen=True)
class Side:
    """Where one version came from: a git revision or a model directory."""

    label: str  # as the user gave it ("v1.0.0", "origin/main", "governance")
    kind: str = "directory"  # "revision" | "directory"
    commit: str | None = None
    path: str = ""  # the model directory (relative to the repository root for a revision)

    def location(self, loc: Loc) -> str:
        """A location in this version: ``rev:file:line`` for a revision (git's notation)."""
        return f"{self.label}:{loc}" if self.kind == "revision" else str(loc)


@dataclass(frozen=True)
class Change:
    """One change. ``subject`` is the element's key in the new model (the old one if removed);
    ``old_key`` its key in the old model when that differs (a rename). ``before``/``after`` are
    values of :mod:`govlint.diff.values` (``None`` for "absent")."""

    code: str
    level: Level
    subject: Key
    scope: Key
    field: str | None = None
    before: Any = None
    after: Any = None
    old_loc: Loc | None = None
    new_loc: Loc | None = None
    old_key: Key | None = None
    approvers: tuple[Key, ...] = ()
    weakens: tuple[Key, ...] = ()


@dataclass
class Diff:
    """Changes from ``old`` to ``new``. ``old`` is rewritten to the new ids (renames applied)."""

    old: Facts
    new: Facts
    changes: list[Change]
    renames: list[Rename] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.new.lang

    def name(self, key: Key) -> TextV | None:
        return self.new.name(key) or self.old.name(key)

    def counts(self) -> dict[Level, int]:
        out = dict.fromkeys(LEVELS, 0)
        for change in self.changes:
            out[change.level] += 1
        return out

    def has_level(self, level: Level) -> bool:
        """True when a change at ``level`` or above exists."""
        return any(c.level.rank >= level.rank for c in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)
