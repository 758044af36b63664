"""Validate documents against their kind's JSON Schema and explain errors in the reader's terms.

Schemas live in ``schemas/`` at the repository root and are shipped inside the wheel as
``govlint/schemas``; validators are compiled once per process. jsonschema is imported only
for a document that the fast check rejects, so a valid model never pays for it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from govlint import API_VERSION
from govlint.findings import Finding, Loc
from govlint.schemahints import (
    add_key_hint,
    describe_path,
    node_at,
    resolved,
    schemas,
    value_hint,
)
from govlint.schemakeys import extras, missing, unknown_keys, wrong_kind

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

    from govlint.document import Document, Path

KIND_SCHEMAS = {
    "Agreement": "agreement",
    "AgreementText": "agreement-text",
    "Party": "party",
    "Tier": "tier",
    "Body": "body",
    "Role": "role",
    "MatterType": "matter-type",
    "Goal": "goal",
    "Commitment": "commitment",
    "Approval": "approval",
}
_TYPE_NAMES = {
    "bool": "a boolean",
    "int": "a number",
    "float": "a number",
    "null": "null (empty)",
    "timestamp": "a date",
}


@cache
def _validators() -> dict[str, Validator]:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    loaded = schemas()
    # under their $id, which the relative $refs resolve against; nothing is fetched
    registry: Registry[Any] = Registry().with_resources(
        (schema.get("$id", name), Resource.from_contents(schema)) for name, schema in loaded.items()
    )
    validators: dict[str, Validator] = {}
    for kind, stem in KIND_SCHEMAS.items():
        schema = loaded[f"{stem}.schema.json"]
        validators[kind] = Draft202012Validator(schema, registry=registry)
    return validators


def _shape(value: Any) -> str:
    names = {"list": "a list", "dict": "a mapping", "date": "a date", "datetime": "a date"}
    name = type(value).__name__
    return names.get(name) or _TYPE_NAMES.get(name, "a value of another type")


def check_kind(doc: Document) -> Finding | None:
    """apiVersion and kind must name a known document kind."""
    data = doc.data
    api, kind = data.get("apiVersion"), data.get("kind")
    known = ", ".join(KIND_SCHEMAS)
    if kind is None:
        return Finding(
            "GOV008",
            "document has no 'kind'; govlint cannot tell what it describes",
            doc.loc(()),
            hint=f"Add 'apiVersion: {API_VERSION}' and 'kind: ' one of "
            f"{known}. Files that are not part of the model do not belong in it.",
        )
    if not isinstance(kind, str):  # a list or mapping is not even hashable
        return Finding(
            "GOV008",
            f"'kind' must be text naming a document kind, not {_shape(kind)}",
            doc.loc(("kind",)),
            hint=f"Write one of {known}.",
        )
    if kind not in KIND_SCHEMAS:
        close = difflib.get_close_matches(kind, list(KIND_SCHEMAS), n=1)
        hint = f"Did you mean '{close[0]}'?" if close else f"Known kinds: {known}."
        return Finding("GOV008", f"unknown kind '{kind}'", doc.loc(("kind",)), hint=hint)
    if api != API_VERSION:
        where = doc.loc(("apiVersion",)) if api is not None else doc.loc(())
        return Finding(
            "GOV008",
            f"apiVersion is {api!r}; this govlint reads '{API_VERSION}'",
            where,
            hint=f"Set 'apiVersion: {API_VERSION}'.",
        )
    return None


def validate(doc: Document) -> list[Finding]:
    """Schema findings for one document whose kind is known.

    Most documents are valid: the compiled fast check (:mod:`govlint.fastschema`) confirms
    them in microseconds. Only a document it rejects is validated by jsonschema, which decides
    and explains. One mistake gives one finding: a misspelt key that stands for a missing
    required key is reported once, at the misspelt key; a document whose keys are those of
    another kind is reported once, at its ``kind``.
    """
    from govlint.fastschema import is_valid

    if is_valid(KIND_SCHEMAS, doc.data["kind"], doc.data):
        return []
    kind = doc.data["kind"]
    leaves = list(_leaves(_validators()[kind].iter_errors(doc.data)))
    # An alternative (anyOf/oneOf) fails because of a plain error inside it (a misspelt role
    # makes 'role: invited-expert' fail): that error is the one to report.
    errors = [
        err
        for err, alternative in leaves
        if not (alternative and any(not alt and _inside(e, err) for e, alt in leaves))
    ]
    wrong = wrong_kind(doc, errors, KIND_SCHEMAS)
    if wrong is not None:
        return [wrong]
    findings, replaced, explained = unknown_keys(doc, errors, schema_file(kind))
    for err in errors:
        path = tuple(err.absolute_path)
        if err.validator == "additionalProperties" or path in explained:
            continue
        if err.validator == "required" and (path, missing(err)) in replaced:
            continue
        findings.append(_explain(doc, err))
    return findings


def schema_file(kind: str) -> str:
    return f"{KIND_SCHEMAS[kind]}.schema.json"


def _inside(err: ValidationError, outer: ValidationError) -> bool:
    path, prefix = tuple(err.absolute_path), tuple(outer.absolute_path)
    return path[: len(prefix)] == prefix


def invalid_paths(kind: str) -> Callable[[Any], list[Path]]:
    """For :func:`govlint.salvage.prune_invalid`: the values to remove so that data of
    ``kind`` becomes valid (each error's value; for an unknown key, the key itself)."""
    validator = _validators()[kind]

    def paths(data: Any) -> list[Path]:
        out: list[Path] = []
        for err, _ in _leaves(validator.iter_errors(data)):
            path = tuple(err.absolute_path)
            if err.validator == "additionalProperties":
                out.extend((*path, key) for key in extras(err))
            else:
                out.append(path)
        return out

    return paths


def _leaves(errors: Iterator[ValidationError]) -> Iterator[tuple[ValidationError, bool]]:
    """For oneOf/anyOf, the best-matching branch's error instead of 'not valid under any';
    each with whether it came from such a branch."""
    from jsonschema.exceptions import best_match

    for err in errors:
        alternative = False
        while err.validator in ("oneOf", "anyOf") and err.context:
            chosen = best_match(err.context)
            if chosen is None or chosen is err:
                break
            err, alternative = chosen, True
        yield err, alternative


def _explain(doc: Document, err: ValidationError) -> Finding:
    path = tuple(err.absolute_path)
    where = describe_path(path)
    inst = err.instance
    loc = doc.loc(path)
    trap = doc.implicit.get(path)
    if trap is not None and err.validator in ("type", "enum", "const", "pattern"):
        raw, typ = trap
        return Finding(
            "GOV003",
            f"{where}: '{raw}' was read as {_TYPE_NAMES.get(typ, typ)} "
            f"({inst!r}) by YAML 1.1 rules, but text is expected here",
            loc,
            hint=f'Quote it: "{raw}".',
        )
    v = err.validator
    desc = _schema_description(err)
    schema_name = schema_file(doc.data["kind"])
    if v == "required":
        key = missing(err)
        parent, _ = resolved(node_at(schema_name, path))
        place, hint = _where_to_add(doc, path, key, parent or err.schema)
        return Finding(
            "GOV010",
            f"{where} is missing the required key '{key}'",
            place or loc,
            hint=hint,
        )
    if v == "enum":
        options = ", ".join(str(o) for o in err.validator_value)
        close = difflib.get_close_matches(str(inst), [str(o) for o in err.validator_value], n=1)
        hint = f"Did you mean '{close[0]}'?" if close else f"Use one of: {options}."
        return Finding("GOV010", f"{where}: {inst!r} is not one of: {options}", loc, hint=hint)
    if v == "const":
        return Finding("GOV010", f"{where} must be {err.validator_value!r}, not {inst!r}", loc)
    if v == "type":
        node = node_at(schema_name, path)
        return Finding(
            "GOV010",
            f"{where} should be {_a(err.validator_value)}, not {_a(_json_type(inst))}",
            loc,
            hint=value_hint(path[-1] if path else "-", node) if node is not None else desc,
        )
    if v == "pattern":
        examples = err.schema.get("examples") if isinstance(err.schema, dict) else None
        form = f" (for example {examples[0]!r})" if isinstance(examples, list) and examples else ""
        return Finding(
            "GOV010",
            f"{where}: {inst!r} is not in the required form{form}",
            loc,
            hint=desc or f"It must match {err.validator_value}.",
        )
    if v in ("minItems", "minLength", "minProperties"):
        if inst in ([], "", {}):
            return Finding("GOV010", f"{where} is empty", loc, hint=desc)
        return Finding("GOV010", f"{where} is empty or too short ({err.message})", loc, hint=desc)
    return Finding("GOV010", f"{where}: {err.message}", loc, hint=desc)


def _where_to_add(doc: Document, path: Path, key: str, parent: Any) -> tuple[Loc | None, str]:
    """Where a missing key goes (at the key that follows it in the schema's order, or after
    the one before it) and the hint with an example."""
    hint = add_key_hint(parent, key)
    order = list(parent.get("properties", {})) if isinstance(parent, dict) else []
    here = order.index(key) if key in order else len(order)
    present = [k for k in order if (*path, k) in doc.key_locs]
    after = [k for k in present if order.index(k) > here]
    before = [k for k in present if order.index(k) < here]
    if after:
        return doc.key_locs[(*path, after[0])], hint.replace(
            "Add it,", f"Add it before '{after[0]}',", 1
        )
    if before:
        return doc.key_locs[(*path, before[-1])], hint.replace(
            "Add it,", f"Add it after '{before[-1]}',", 1
        )
    return None, hint


def _schema_description(err: ValidationError) -> str | None:
    schema = err.schema if isinstance(err.schema, dict) else {}
    desc = schema.get("description")
    return desc if isinstance(desc, str) else None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _a(type_name: Any) -> str:
    words = {
        "object": "a mapping (key: value)",
        "array": "a list",
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
        "null": "empty",
    }
    if isinstance(type_name, list):
        return " or ".join(words.get(str(t), str(t)) for t in type_name)
    return words.get(type_name, str(type_name))
