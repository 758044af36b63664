"""What is kept of a document with errors, so that one mistake gives one message.

A file can miss from the model in two ways, and each leaves something to work with:

- **Pruned** (:func:`prune_invalid`): a document that fails its schema loses its invalid
  values (a member without a role, an unknown key, a malformed source), the smallest enclosing
  value first, until the rest is valid. That rest is built like any document: its other
  elements are checked and references to it resolve. Where the invalid value is one the
  document cannot do without (a required key at the top, a wrong kind), nothing is kept.
- **Unbuilt** (:class:`Unbuilt`): a file that does not load, has no known kind, or cannot be
  pruned. What it would define is still known: every id of a document that loaded (its data is
  complete); for a file that did not load, the ids read before the error (libyaml reads top to
  bottom) and every ``id:`` value a line-by-line scan of the text finds.

A reference to an id of a file with errors is not an unresolved reference: it is counted as
unchecked on that file (one note), and the file's own error is the one message.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from govlint.document import Document, Path

# Where each document kind defines global ids, as element kinds (``Element.KIND``): its own
# ``id`` and the ``id`` of every item of the listed keys. Other ``id`` keys (duties, meetings,
# sections) are local to their element. Kinds are names, not the model's classes, so that the
# model can refer to this module without this module referring back to the model.
DEFINES: dict[str, tuple[str | None, dict[str, str]]] = {
    "Agreement": (None, {"openQuestions": "open-question"}),
    "AgreementText": ("agreement-text", {}),
    "Party": ("party", {"organs": "organ", "positions": "position"}),
    "Tier": ("tier", {}),
    "Body": ("body", {}),
    "Role": ("role", {}),
    "MatterType": ("matter-type", {}),
    "Goal": ("goal", {}),
    "Commitment": ("commitment", {}),
    "Approval": (None, {}),  # defines no id: a record is named by its version
}
_FIXED = ("apiVersion", "kind", "id")  # a document without these is not that document
_MAX_ROUNDS = 32


@dataclass
class Unbuilt:
    """A file that is not, or not wholly, in the model, and the ids it (may) define.

    ``ids`` maps each id to the element kinds (``Element.KIND``) it can be (empty when only
    the line scan saw it). ``exact`` says the ids are all the file defines; for a file that did
    not load, the scan may miss an id written on a broken line, so any reference the file could
    define by its kind and namespace counts as unchecked too (:meth:`may_define`).
    """

    path: str
    reason: str  # why: "does not load", "has no known kind", "fails its schema"
    kind: str | None = None
    top_id: str | None = None
    ids: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exact: bool = True
    built: bool = False  # pruned: the valid rest is in the model
    removed: tuple[Path, ...] = ()  # pruned values, as paths in the original document
    unchecked: int = 0  # references into it that were not checked

    @property
    def removed_keys(self) -> frozenset[str]:
        """What the built rest lacks: for each pruned value, the key it was written under
        (for a list item, the list's key). ``cadence`` for a pruned cadence, ``members`` for a
        pruned member, ``en`` for one language of a text."""
        keys = set()
        for path in self.removed:
            named = [p for p in path if isinstance(p, str)]
            if named:
                keys.add(named[-1])
        return frozenset(keys)

    def lacks(self, keys: tuple[str, ...]) -> bool:
        """Was a value under one of ``keys`` pruned? A pruned unknown key that looks like one
        of them (``appointedby``) counts: it is that value, misspelt."""
        if "*" in keys:
            return bool(self.removed)
        wanted = [k.lower() for k in keys]
        return any(
            k.lower() in wanted or difflib.get_close_matches(k.lower(), wanted, n=1, cutoff=0.8)
            for k in self.removed_keys
        )

    def may_define(self, ref_id: str, kinds: tuple[str, ...]) -> bool:
        """Could this file define ``ref_id``, an element of one of ``kinds`` (``Element.KIND``)?"""
        if ref_id in self.ids:
            return True
        if self.exact:
            return False
        top, nested = DEFINES.get(self.kind or "", (None, {}))
        if self.kind is not None:
            defined = ([top] if top else []) + list(nested.values())
            if not any(k in kinds for k in defined):
                return False
        if self.top_id is None:
            return True
        if ref_id == self.top_id:
            return True
        inner = self.kind is None or any(k in kinds for k in nested.values())
        return inner and namespace(ref_id) == namespace(self.top_id)


def namespace(element_id: str) -> str:
    """The owner part of a namespaced id: ``a`` of ``a.b``; the id itself when it has none."""
    return element_id.split(".", 1)[0]


def unbuilt(
    path: str,
    reason: str,
    data: dict[str, Any] | None,
    scanned: tuple[str, ...] = (),
    exact: bool = True,
) -> Unbuilt:
    """The record of a file that is not built, from what was read of it."""
    data = data or {}
    kind = data.get("kind") if isinstance(data.get("kind"), str) else None
    top_id = data.get("id") if isinstance(data.get("id"), str) else None
    ids = defined_ids(kind, data)
    for found in scanned:
        ids.setdefault(found, ())
    if top_id is None and scanned:
        top_id = scanned[0]  # a model file's own id comes before the ids inside it
    return Unbuilt(path, reason, kind, top_id, ids, exact)


def ids_within(value: Any) -> list[str]:
    """Every ``id`` value anywhere in ``value``: what a pruned value may have defined (under a
    misspelt ``positions``, say), so that references to it are not reported as unresolved."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("id"), str):
                found.append(item["id"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def defined_ids(kind: str | None, data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The global ids ``data`` (a document of ``kind``) defines, with their element kinds."""
    top, nested = DEFINES.get(kind or "", (None, {}))
    found: dict[str, tuple[str, ...]] = {}
    own = data.get("id")
    if isinstance(own, str):
        found[own] = (top,) if top else ()
    keys: dict[str, str | None] = (
        dict(nested) if kind in DEFINES else dict.fromkeys(("organs", "positions"))
    )
    for key, element_kind in keys.items():
        items = data.get(key)
        for item in items if isinstance(items, list) else ():
            value = item.get("id") if isinstance(item, dict) else None
            if isinstance(value, str):
                found.setdefault(value, (element_kind,) if element_kind else ())
    return found


# --- pruning a schema-invalid document to its valid part --------------------------------------


@dataclass(frozen=True)
class Pruned:
    doc: Document  # the valid rest, with the original locations
    removed: tuple[Path, ...]  # what was left out, as paths in the original document


def prune_invalid(doc: Document, invalid: Callable[[Any], list[Path]]) -> Pruned | None:
    """The largest valid part of ``doc``, or None when what is invalid is the document itself.

    ``invalid(data)`` lists the values to remove for ``data`` to be valid: each schema error's
    value, or the unknown key itself. Removing a value may make its parent invalid (a required
    key is gone, a list is empty): then the parent goes in the next round, up to the document,
    which is never removed. Paths are kept in the original document's terms throughout, so the
    kept values keep their locations.
    """
    removed: set[Path] = set()
    data: Any = doc.data
    origin: dict[Path, Path] = {}
    for _ in range(_MAX_ROUNDS):
        paths = invalid(data)
        if not paths:
            break
        for path in paths:
            old = origin.get(path, path)  # the first round reads the original: no mapping yet
            if not old or old[0] in _FIXED:
                return None
            removed.add(old)
        data, origin = _without(doc.data, removed)
    else:
        return None
    if not removed:
        return None
    new_path = {old: new for new, old in origin.items()}

    def moved(table: dict[Path, Any]) -> dict[Path, Any]:
        return {new_path[p]: v for p, v in table.items() if p in new_path}

    kept = Document(
        doc.path, data, moved(doc.locs), moved(doc.key_locs), moved(doc.implicit), doc.suppressions
    )
    return Pruned(kept, tuple(sorted(removed, key=lambda p: [str(x) for x in p])))


def _without(data: Any, removed: set[Path]) -> tuple[Any, dict[Path, Path]]:
    """A copy of ``data`` without the values at ``removed``, and new path -> original path."""
    origin: dict[Path, Path] = {}

    def walk(value: Any, old: Path, new: Path) -> Any:
        origin[new] = old
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                if (*old, key) not in removed:
                    out[key] = walk(item, (*old, key), (*new, key))
            return out
        if isinstance(value, list):
            kept: list[Any] = []
            for i, item in enumerate(value):
                if (*old, i) not in removed:
                    kept.append(walk(item, (*old, i), (*new, len(kept))))
            return kept
        return value

    return walk(data, (), ()), origin
