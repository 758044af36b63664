"""What to write, shown from the JSON Schemas: examples for the hints of schema findings.

A missing key's hint shows the key with a short example value built from its schema (a const
or the first enum value, the required keys of a mapping, a list of one item, a placeholder such
as ``<id>`` named after the schema definition), and the schema's description on the line after.
The schemas are the format's only description, so the examples follow them as they change.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from govlint.sources import schema_files

_MAX_WIDTH = 72  # an example wider than this is shown one level shallower
_SCALARS = {"integer": "1", "number": "1", "boolean": "true", "null": "null"}


@cache
def schemas() -> dict[str, dict[str, Any]]:
    """Every schema file by name (``body.schema.json``)."""
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in schema_files()}


def _lookup(ref: str) -> tuple[str, dict[str, Any]]:
    """The definition a ``$ref`` names and its placeholder name (``#/$defs/id`` -> ``id``)."""
    file, _, pointer = ref.partition("#")
    name = file.rsplit("/", 1)[-1]
    loaded = schemas()
    candidates = [loaded[name]] if name in loaded else list(loaded.values())
    for schema in candidates:
        node: Any = schema
        for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            return pointer.rsplit("/", 1)[-1], node
    return "", {}


def resolved(node: Any) -> tuple[dict[str, Any], str]:
    """``node`` with its ``$ref`` chain merged in (its own keys win) and the last ref's name."""
    if not isinstance(node, dict):
        return {}, ""
    merged = dict(node)
    name = ""
    for _ in range(8):  # $ref chains in the schemas are short; never loop
        ref = merged.pop("$ref", None)
        if not isinstance(ref, str):
            break
        name, target = _lookup(ref)
        merged = {**target, **merged}
    return merged, name


def node_at(schema_name: str, path: tuple[Any, ...]) -> Any:
    """The schema node for the value at ``path`` of a document, with its own description.

    Walks ``properties`` and ``items`` (through ``$ref`` and into the ``oneOf`` branch that has
    the key); None where the schema says nothing about the path.
    """
    node: Any = schemas().get(schema_name)
    for part in path:
        schema, _ = resolved(node)
        if isinstance(part, int):
            node = schema.get("items")
        else:
            options = [schema, *(resolved(b)[0] for b in schema.get("oneOf") or ())]
            node = next(
                (o["properties"][part] for o in options if part in o.get("properties", {})),
                None,
            )
        if node is None:
            return None
    return node


def example(node: Any, depth: int = 2) -> str:
    """A short YAML flow value that the schema ``node`` accepts (placeholders in <>)."""
    schema, name = resolved(node)
    if "const" in schema:
        return _scalar(schema["const"])
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return _scalar(schema["enum"][0])
    branches = schema.get("oneOf") or schema.get("anyOf")
    if isinstance(branches, list) and branches:
        return example(branches[0], depth)
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        keys = [k for k in schema.get("required", []) if k in props] or list(props)[:1]
        if depth <= 0 or not keys:
            return "{...}"
        return "{" + ", ".join(f"{k}: {example(props[k], depth - 1)}" for k in keys) + "}"
    if kind == "array":
        return f"[{example(schema.get('items'), depth - 1)}]" if depth > 0 else "[...]"
    if kind == "string":
        return f"<{name}>" if name else "..."
    if isinstance(kind, str) and kind in _SCALARS:
        low = schema.get("minimum")
        return str(low) if isinstance(low, int) and kind == "integer" else _SCALARS[kind]
    return "..."


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)


def key_example(key: str, node: Any) -> str:
    """``key: value`` for the schema ``node`` of ``key``, as short as stays readable."""
    for depth in (2, 1, 0):
        text = f"{key}: {example(node, depth)}"
        if len(text) <= _MAX_WIDTH or depth == 0:
            return text
    return f"{key}: ..."  # pragma: no cover - the loop always returns


def describe(node: Any) -> str:
    """The node's description, its own before its definition's."""
    schema, _ = resolved(node)
    desc = schema.get("description")
    return desc if isinstance(desc, str) else ""


def add_key_hint(parent: Any, key: str) -> str:
    """Hint for a missing required ``key`` of the mapping whose schema is ``parent``."""
    props = parent.get("properties", {}) if isinstance(parent, dict) else {}
    node = props.get(key, {})
    schema, _ = resolved(node)
    line = f"Add it, e.g. {key_example(key, node)}"
    options = schema.get("enum")
    if isinstance(options, list) and len(options) > 1:
        line += f" (one of: {', '.join(_scalar(o) for o in options)})"
    desc = describe(node)
    return f"{line}\n{desc}" if desc else line


def value_hint(key: Any, node: Any) -> str | None:
    """Hint for a value of the wrong type: an example of the right one, then the description."""
    label = key if isinstance(key, str) else "-"
    line = f"Write it like {key_example(label, node)}"
    desc = describe(node)
    return f"{line}\n{desc}" if desc else line


def describe_path(path: tuple[Any, ...]) -> str:
    if not path:
        return "the document"
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return f"'{out}'"
