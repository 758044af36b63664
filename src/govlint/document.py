"""A loaded model file: plain values plus where each value and key was written.

The loader (:mod:`govlint.yamlload`) produces documents; the model, the schema check and the
rules read them. This module sits below all of them, so that the located types do not tie the
model to the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govlint.findings import Loc

__all__ = ["Document", "Path"]

Path = tuple[str | int, ...]


@dataclass
class Document:
    """A loaded model file: plain values plus where each value and key was written."""

    path: str
    data: dict[str, Any]
    locs: dict[Path, Loc] = field(default_factory=dict)
    key_locs: dict[Path, Loc] = field(default_factory=dict)
    implicit: dict[Path, tuple[str, str]] = field(default_factory=dict)
    suppressions: dict[int, list[tuple[str, str]]] = field(default_factory=dict)

    def loc(self, path: Path) -> Loc:
        """Location of ``path`` or of its nearest ancestor that has one (the root at worst).

        A path that does not exist (a missing required key, say) thus points at its parent.
        """
        locs = self.locs
        p = tuple(path)
        while p:
            found = locs.get(p)
            if found is not None:
                return found
            p = p[:-1]
        return locs.get((), Loc(self.path, 1, 1))
