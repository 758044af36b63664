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
    if key in schema.get("properties", {}):
        return True
    return any(re.search(p, key) for p in schema.get("patternProperties", {}))


def unknown_keys(
    doc: Document, errors: list[ValidationError], schema_name: str
) -> tuple[list[Finding], set[tuple[Path, str]]]:
    """A finding per unknown key; and the (path, key) of the required-key errors they explain."""
    needed = {(tuple(e.absolute_path), missing(e)) for e in errors if e.validator == "required"}
    findings: list[Finding] = []
    replaced: set[tuple[Path, str]] = set()
    for err in errors:
        if err.validator != "additionalProperties":
            continue
        path = tuple(err.absolute_path)
        allowed = sorted(err.schema.get("properties", {}))
        for key in extras(err):
            loc = doc.key_locs.get((*path, key), doc.loc(path))
            finding = (
                _misspelt(path, key, needed - replaced, replaced)
                or _too_deep(doc, path, key, schema_name, needed, replaced)
                or _too_shallow(doc, path, key, schema_name)
            )
            if finding is None:
                close = difflib.get_close_matches(key, allowed, n=1)
                guess = f": did you mean '{close[0]}'?" if close else ""
                finding = (
                    f"unknown key '{key}' in {describe_path(path)}{guess}",
                    f"Allowed keys here: {', '.join(allowed)}.",
                )
            findings.append(Finding("GOV010", finding[0], loc, hint=finding[1]))
    return findings, replaced


def _misspelt(
    path: Path, key: str, needed: set[tuple[Path, str]], replaced: set[tuple[Path, str]]
) -> tuple[str, str] | None:
    close = difflib.get_close_matches(key, [k for p, k in needed if p == path], n=1)
    if not close:
        return None
    replaced.add((path, close[0]))
    return (
        f"unknown key '{key}' in {describe_path(path)}: did you mean '{close[0]}' (required)?",
        f"Rename it to '{close[0]}'.",
    )


def _too_deep(
    doc: Document,
    path: Path,
    key: str,
    schema_name: str,
    needed: set[tuple[Path, str]],
    replaced: set[tuple[Path, str]],
) -> tuple[str, str] | None:
    """``key`` belongs to an enclosing mapping (and is not there): indented too far."""
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
        return (
            f"'{key}' is indented into {describe_path(path)}, but it is a key of "
            f"{describe_path(outer)}{', where it is required' if required else ''}",
            f"Move it back to the keys of {describe_path(outer)}{where}.",
        )
    return None


def _too_shallow(doc: Document, path: Path, key: str, schema_name: str) -> tuple[str, str] | None:
    """``key`` belongs to the mapping of the key just above it: not indented enough."""
    holder = _get(doc.data, path)
    if not isinstance(holder, dict):
        return None
    keys = list(holder)
    above = keys[keys.index(key) - 1] if key in keys and keys.index(key) > 0 else None
    if above is None or not isinstance(holder[above], dict) or key in holder[above]:
        return None
    schema, _ = resolved(node_at(schema_name, (*path, above)))
    if not _allows(schema, key):
        return None
    column = _column(doc, (*path, above))
    where = f" (column {column})" if column else ""
    return (
        f"'{key}' is not indented into '{above}' above it, where it belongs; here it is an "
        f"unknown key of {describe_path(path)}",
        f"Indent it like the keys of '{above}'{where}.",
    )


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
