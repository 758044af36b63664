"""The schemas are a complete contract: valid, closed, described, and named by every file."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from govlint.schemacheck import KIND_SCHEMAS
from govlint.sources import schema_dir, schema_files

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in schema_files()}
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def walk(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}/{i}")


def test_schemas_are_found_in_the_source_tree() -> None:
    assert schema_dir() == ROOT / "schemas"
    assert set(SCHEMAS) == {f"{s}.schema.json" for s in KIND_SCHEMAS.values()} | {
        "common.schema.json"
    }


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_2020_12(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_property_is_described_and_objects_are_closed(name: str) -> None:
    for path, node in walk(SCHEMAS[name]):
        if path.endswith("/properties") or not isinstance(node.get("properties"), dict):
            continue
        for prop, sub in node["properties"].items():
            assert isinstance(sub, dict) and sub.get("description"), (
                f"{name} {path}/properties/{prop} has no description"
            )
        if node.get("type") == "object" and "properties" in node:
            assert node.get("additionalProperties") is False, f"{name} {path} is not closed"


@pytest.mark.parametrize("kind,stem", sorted(KIND_SCHEMAS.items()))
def test_kind_schema_pins_kind_and_api_version(kind: str, stem: str) -> None:
    schema = SCHEMAS[f"{stem}.schema.json"]
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["properties"]["apiVersion"]["const"] == "govlint/v1"
    assert {"apiVersion", "kind", "id"} <= set(schema["required"])


def test_every_model_file_names_its_kinds_schema() -> None:
    import yaml

    files = sorted((ROOT / "governance").rglob("*.yaml"))
    assert len(files) >= 30
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        assert match, f"{path}: first line must be '# yaml-language-server: $schema=...'"
        target = (path.parent / match.group(1)).resolve()
        assert target.is_file(), f"{path}: {match.group(1)} does not exist"
        kind = yaml.safe_load(path.read_text(encoding="utf-8"))["kind"]
        assert target.name == f"{KIND_SCHEMAS[kind]}.schema.json", path
