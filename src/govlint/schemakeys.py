"""Keys that the schema does not allow where they are, explained as the mistake that made them.

jsonschema says "additional properties are not allowed" and, separately, "'x' is a required
property". Written by a person, an unknown key is usually one of three mistakes, each of which
would otherwise also cost a second, misleading error:

- a misspelling of a key that is allowed (and perhaps required) right there;
- a key indented too far, into the mapping of the key above it, where it is valid YAML but
  belongs to an enclosing mapping (``tier`` under ``name``);
- a key not indented enough, out of the mapping above it (``en`` of a ``name`` at the top).

And a document whose keys are all those of another kind has the wrong ``kind``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from govlint.findings import Finding
from govlint.schemahints import describe_path, node_at, resolved, schemas

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from govlint.document import Document, Path


def extras(err: ValidationError) -> list[str]:
    """The keys an ``additionalProperties`` error is about."""
    schema = err.schema if isinstance(err.schema, dict) else {}
    inst = err.instance
    if not isinstance(inst, dict):
        return []
    return [str(k) for k in inst if not _allows(schema, str(k))]


def missing(err: ValidationError) -> str:
    """The key a ``required`` error is about."""
    return err.message.split("'")[1] if "'" in err.message else err.message


def _allows(schema: dict[str, Any], key: str) -> bool:
    """Does the (resolved) mapping schema allow ``key``, in itself or one of its branches?"""
    if key in schema.get("properties", {}):
        return True
    if any(re.search(p, key) for p in schema.get("patternProperties", {})):
        return True
    branches = (schema.get("oneOf") or []) + (schema.get("anyOf") or [])
    return any(_allows(resolved(b)[0], key) for b in branches if isinstance(b, dict))


@dataclass
class _Group:
    """One finding about one or more unknown keys of a mapping."""

    keys: list[str]
    message: Callable[[list[str]], tuple[str, str]]  # keys -> (message, hint)
    contents: Any = None  # schema of a key whose contents may follow it (to fold them in)


def unknown_keys(
    doc: Document, errors: list[ValidationError], schema_name: str
) -> tuple[list[Finding], set[tuple[Path, str]], set[Path]]:
    """A finding per mistake among the unknown keys.

    Returns the findings, the (path, key) of required-key errors they explain, and the paths
    of values whose errors they explain (an empty key whose contents were written beside it).
    """
    needed = {(tuple(e.absolute_path), missing(e)) for e in errors if e.validator == "required"}
    findings: list[Finding] = []
    replaced: set[tuple[Path, str]] = set()
    values: set[Path] = set()
    for err in errors:
        if err.validator != "additionalProperties":
            continue
        path = tuple(err.absolute_path)
        holder = _get(doc.data, path)
        order = list(holder) if isinstance(holder, dict) else []
        unknown = extras(err)
        groups: list[_Group] = []
        for key in sorted(unknown, key=lambda k: order.index(k) if k in order else len(order)):
            last = groups[-1] if groups else None
            if (
                last is not None
                and last.contents is not None
                and key in order
                and order.index(key) == order.index(last.keys[-1]) + 1
                and _allows(resolved(last.contents)[0], key)
            ):
                last.keys.append(key)  # written beside the key it belongs under
                continue
            groups.append(
                _misspelt(path, key, needed - replaced, replaced)
                or _too_deep(doc, path, key, schema_name, needed, replaced)
                or _too_shallow(doc, path, key, schema_name, values)
                or _orphan(doc, path, key, schema_name, needed, replaced)
                or _unknown(path, key, sorted(err.schema.get("properties", {})))
            )
        for group in groups:
            message, hint = group.message(group.keys)
            loc = doc.key_locs.get((*path, group.keys[0]), doc.loc(path))
            findings.append(Finding("GOV010", message, loc, hint=hint))
    return findings, replaced, values


def _names(keys: list[str]) -> str:
    return ", ".join(f"'{k}'" for k in keys)


def _unknown(path: Path, key: str, allowed: list[str]) -> _Group:
    close = difflib.get_close_matches(key, allowed, n=1)
    guess = f": did you mean '{close[0]}'?" if close else ""
    return _Group(
        [key],
        lambda keys: (
            f"unknown key '{key}' in {describe_path(path)}{guess}",
            f"Allowed keys here: {', '.join(allowed)}.",
        ),
    )


def _misspelt(
    path: Path, key: str, needed: set[tuple[Path, str]], replaced: set[tuple[Path, str]]
) -> _Group | None:
    close = difflib.get_close_matches(key, [k for p, k in needed if p == path], n=1)
    if not close:
        return None
    replaced.add((path, close[0]))
    return _Group(
        [key],
        lambda keys: (
            f"unknown key '{key}' in {describe_path(path)}: did you mean '{close[0]}' (required)?",
            f"Rename it to '{close[0]}'.",
        ),
    )


def _too_deep(
    doc: Document,
    path: Path,
    key: str,
    schema_name: str,
    needed: set[tuple[Path, str]],
    replaced: set[tuple[Path, str]],
) -> _Group | None:
    """``key`` belongs to an enclosing mapping (and is not there): indented too far. When it
    is empty, the keys written after it are taken as its contents that were meant under it."""
    for cut in range(len(path) - 1, -1, -1):
        outer = path[:cut]
        schema, _ = resolved(node_at(schema_name, outer))
        holder = _get(doc.data, outer)
        if not isinstance(holder, dict) or key in holder or not _allows(schema, key):
            continue
        required = (outer, key) in needed
        if required:
            replaced.add((outer, key))
        column = _column(doc, outer)
        where = f" (column {column})" if column else ""
        empty = _get(doc.data, (*path, key)) is None

        def say(
            keys: list[str], outer: Path = outer, required: bool = required, where: str = where
        ) -> tuple[str, str]:
            message = (
                f"'{key}' is indented into {describe_path(path)}, but it is a key of "
                f"{describe_path(outer)}{', where it is required' if required else ''}"
            )
            hint = f"Move it back to the keys of {describe_path(outer)}{where}"
            if len(keys) > 1:
                message += f"; {_names(keys[1:])} after it belong under it"
                hint += f", and indent {_names(keys[1:])} under it"
            return message, hint + "."

        contents = node_at(schema_name, (*outer, key)) if empty else None
        return _Group([key], say, contents)
    return None


def _too_shallow(
    doc: Document, path: Path, key: str, schema_name: str, values: set[Path]
) -> _Group | None:
    """``key`` belongs to the mapping of the key above it: not indented enough."""
    holder = _get(doc.data, path)
    if not isinstance(holder, dict):
        return None
    keys = list(holder)
    above = keys[keys.index(key) - 1] if key in keys and keys.index(key) > 0 else None
    if above is None or not isinstance(holder[above], dict | None):
        return None
    if isinstance(holder[above], dict) and key in holder[above]:
        return None
    node = node_at(schema_name, (*path, above))
    if not _allows(resolved(node)[0], key):
        return None
    if holder[above] is None:
        values.add((*path, above))  # 'above' looks empty only because its keys are not under it
    column = _column(doc, (*path, above))
    where = f" (column {column})" if column else f" (deeper than '{above}')"

    def say(keys: list[str]) -> tuple[str, str]:
        many = len(keys) > 1
        return (
            f"{_names(keys)} {'are' if many else 'is'} not indented into '{above}' above "
            f"{'them' if many else 'it'}, where {'they belong' if many else 'it belongs'}; "
            f"here {'they are unknown keys' if many else 'it is an unknown key'} of "
            f"{describe_path(path)}",
            f"Indent {'them' if many else 'it'} like the keys of '{above}'{where}.",
        )

    return _Group([key], say, node)


def _orphan(
    doc: Document,
    path: Path,
    key: str,
    schema_name: str,
    needed: set[tuple[Path, str]],
    replaced: set[tuple[Path, str]],
) -> _Group | None:
    """``key`` belongs under a required key that is missing here or above (its line was
    deleted): the keys written after it are taken as that key's contents too."""
    for outer, lost in sorted(needed - replaced, key=lambda n: -len(n[0])):
        if path[: len(outer)] != outer:
            continue
        node = node_at(schema_name, (*outer, lost))
        if not _allows(resolved(node)[0], key):
            continue
        replaced.add((outer, lost))
        column = _column(doc, outer)
        where = f" at column {column}" if column else ""

        def say(
            keys: list[str], outer: Path = outer, lost: str = lost, where: str = where
        ) -> tuple[str, str]:
            many = len(keys) > 1
            return (
                f"{_names(keys)} {'belong' if many else 'belongs'} under '{lost}', which "
                f"{describe_path(outer)} requires but does not have",
                f"Add '{lost}:'{where} above {'them' if many else 'it'}, and indent "
                f"{'them' if many else 'it'} under it.",
            )

        return _Group([key], say, node)
    return None


def _get(data: Any, path: Path) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _column(doc: Document, path: Path) -> int:
    """The column of the keys of the mapping at ``path`` (0 when unknown)."""
    cols = [
        loc.column for p, loc in doc.key_locs.items() if len(p) == len(path) + 1 and p[:-1] == path
    ]
    return min(cols) if cols else 0


def wrong_kind(
    doc: Document, errors: list[ValidationError], kinds: dict[str, str]
) -> Finding | None:
    """One finding at ``kind`` when the document's keys are all those of one other kind.

    ``kinds`` maps each kind to its schema's stem, as :data:`govlint.schemacheck.KIND_SCHEMAS`.
    """
    unknown = [
        k
        for e in errors
        if e.validator == "additionalProperties" and not e.absolute_path
        for k in extras(e)
    ]
    if len(unknown) < 2:
        return None
    keys = set(doc.data) - {"apiVersion", "kind"}
    loaded = schemas()
    fits = [
        kind
        for kind, stem in kinds.items()
        if kind != doc.data["kind"]
        and keys <= set(loaded[f"{stem}.schema.json"].get("properties", {}))
    ]
    if len(fits) != 1:
        return None
    return Finding(
        "GOV010",
        f"the document says 'kind: {doc.data['kind']}', but its keys "
        f"{', '.join(sorted(unknown))} are those of a {fits[0]}",
        doc.loc(("kind",)),
        hint=f"Write 'kind: {fits[0]}' if it describes a {fits[0]}.",
        extra=(("kind", fits[0]),),
    )
