"""The schemas are a complete contract: valid, closed, described, and named by every file;
published at the address their $ids name, printed and exported by ``govlint schema``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from govlint.schemacheck import KIND_SCHEMAS
from govlint.schemaexport import SITE_DIR, published_schemas
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
    # an element is named by its id; an approval record by the version it approves
    identity = "version" if kind == "Approval" else "id"
    assert {"apiVersion", "kind", identity} <= set(schema["required"])


def test_every_model_file_names_its_kinds_schema() -> None:
    import yaml

    files = sorted((ROOT / "governance").rglob("*.yaml"))
    assert len(files) >= 30
    files += sorted((ROOT / "examples").glob("*/*/**/*.yaml"))  # the example models too
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        assert match, f"{path}: first line must be '# yaml-language-server: $schema=...'"
        target = (path.parent / match.group(1)).resolve()
        assert target.is_file(), f"{path}: {match.group(1)} does not exist"
        kind = yaml.safe_load(path.read_text(encoding="utf-8"))["kind"]
        assert target.name == f"{KIND_SCHEMAS[kind]}.schema.json", path


# ---------------------------------------------------------------------------
# Published schemas: $ids under the handbook's URL, the site serves them there
# ---------------------------------------------------------------------------


def schema_base() -> str:
    from govlint.config import load_config

    config = load_config(ROOT)
    assert config.handbook_url, "[tool.govlint] handbook-url is not configured"
    return f"{config.handbook_url}{SITE_DIR}/"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_id_is_its_published_address_and_refs_are_relative(name: str) -> None:
    assert SCHEMAS[name]["$id"] == schema_base() + name
    refs = [node["$ref"] for _, node in walk(SCHEMAS[name]) if isinstance(node.get("$ref"), str)]
    # relative: they resolve next to the file (this repository's modelines, an export) as
    # well as next to the published $id
    assert all(not re.match(r"[a-z]+:", ref) for ref in refs), refs


def test_relative_refs_resolve_without_the_network() -> None:
    """Every $ref resolves among the schemas themselves, registered under their $ids."""
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable

    registry: Registry[Any] = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in SCHEMAS.values()
    )
    for schema in SCHEMAS.values():
        resolver = registry.resolver(base_uri=schema["$id"])
        for _, node in walk(schema):
            ref = node.get("$ref")
            if isinstance(ref, str):
                resolver.lookup(ref)  # raises Unresolvable when it points nowhere
    with pytest.raises(Unresolvable):
        registry.resolver(base_uri=schema_base() + "body.schema.json").lookup(
            "missing.schema.json#/$defs/id"
        )


def test_site_publishes_the_schemas_at_their_ids(repo_site: Path) -> None:
    from govlint.config import load_config

    published = published_schemas(load_config(ROOT).handbook_url)
    assert len(published) == len(SCHEMAS)
    for path, content in published.items():
        name = path.rsplit("/", 1)[1]
        assert schema_base() + name == SCHEMAS[name]["$id"]
        assert (repo_site / path).read_bytes() == content, f"{path} is not in the site"


def test_only_the_schemas_home_publishes_them() -> None:
    """Another project's handbook is not where the schemas' $ids point: it does not
    republish them under an address they do not name."""
    assert published_schemas(None) == {}
    assert published_schemas("https://handbook.example.org/") == {}
    assert published_schemas(schema_base().removesuffix(f"{SITE_DIR}/"))


def test_schema_command_prints_and_exports(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from govlint.cli import main

    runner = CliRunner()
    printed = runner.invoke(main, ["schema", "MatterType"])
    assert printed.exit_code == 0
    assert json.loads(printed.output) == SCHEMAS["matter-type.schema.json"]
    assert runner.invoke(main, ["schema", "body"]).output == (
        (ROOT / "schemas" / "body.schema.json").read_text(encoding="utf-8")
    )
    unknown = runner.invoke(main, ["schema", "Bodyy"])
    assert (
        unknown.exit_code == 2
        and "the schemas are: agreement-text, agreement, approval, body" in unknown.output
    )

    exported = runner.invoke(main, ["schema", "--out", str(tmp_path / "s")])
    assert exported.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(SCHEMAS)
    # an exported set validates a model file by itself, as an editor would use it
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    copies = [json.loads(p.read_text()) for p in (tmp_path / "s").iterdir()]
    registry: Registry[Any] = Registry().with_resources(
        (c["$id"], Resource.from_contents(c)) for c in copies
    )
    body = next(c for c in copies if c["title"] == SCHEMAS["body.schema.json"]["title"])
    import yaml

    doc = yaml.safe_load((ROOT / "governance" / "bodies" / "ohjausryhma.yaml").read_text())
    Draft202012Validator(body, registry=registry).validate(doc)
