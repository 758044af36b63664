"""The fast schema check agrees with jsonschema, so it can never hide a schema error."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from govlint import fastschema
from govlint.schemacheck import KIND_SCHEMAS, _validators
from govlint.sources import read_directory
from govlint.yamlload import load_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "examples"


def documents() -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for model in (ROOT / "governance", EXAMPLES / "minimal", EXAMPLES / "small", EXAMPLES / "bad"):
        files, _ = read_directory(model)
        for src in files:
            doc, _ = load_document(src)
            if doc is not None and doc.data.get("kind") in KIND_SCHEMAS:
                docs.append((src.path, doc.data))
    return docs


def mutations(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Edits that make (or may make) a document invalid."""
    out = []
    for key in list(data):
        if key in ("apiVersion", "kind"):
            continue
        for value in (None, True, 1, 1.5, "x", [], {}, dt.date(2024, 1, 1), "Ä Ö"):
            changed = copy.deepcopy(data)
            changed[key] = value
            out.append(changed)
        dropped = copy.deepcopy(data)
        del dropped[key]
        out.append(dropped)
    extra = copy.deepcopy(data)
    extra["unknownKey"] = 1
    out.append(extra)
    return out


def jsonschema_valid(kind: str, data: dict[str, Any]) -> bool:
    validator: Draft202012Validator = _validators()[kind]  # type: ignore[assignment]
    return not any(True for _ in validator.iter_errors(data))


@pytest.mark.parametrize("path,data", documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_fast_check_agrees_with_jsonschema(path: str, data: dict[str, Any]) -> None:
    kind = data["kind"]
    for candidate in [data, *mutations(data)]:
        fast = fastschema.is_valid(KIND_SCHEMAS, kind, candidate)
        slow = jsonschema_valid(kind, candidate)
        assert not (fast and not slow), f"{path}: fast check accepts what jsonschema rejects"
        assert fast == slow, f"{path}: fast check rejects a valid document (only slower)"


def test_compiled_schemas_are_cached_and_rebuilt_when_schemas_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fastschema.validators.cache_clear()
    kinds = tuple(sorted(KIND_SCHEMAS.items()))
    fastschema.validators(kinds)
    entries = list((tmp_path / "cache" / "govlint").glob("schemas-*.marshal"))
    assert len(entries) == 1
    # another set of schema texts gives another key: never a stale compiled schema
    schemas = tmp_path / "schemas"
    shutil.copytree(ROOT / "schemas", schemas)
    goal = schemas / "goal.schema.json"
    goal.write_text(goal.read_text().replace('"minimum": 1', '"minimum": 2'))
    monkeypatch.setattr(fastschema, "schema_files", lambda: sorted(schemas.glob("*.schema.json")))
    fastschema.validators.cache_clear()
    validate = fastschema.validators(kinds)["Goal"]
    assert len(list((tmp_path / "cache" / "govlint").glob("schemas-*.marshal"))) == 2
    goal_doc = {
        "apiVersion": "govlint/v1",
        "kind": "Goal",
        "id": "g",
        "horizon": "long",
        "order": 1,
        "text": {"fi": "x"},
        "source": {"section": "s"},
    }
    with pytest.raises(Exception):  # noqa: B017 - fastjsonschema's exception type
        validate(goal_doc)
    fastschema.validators.cache_clear()


def test_unwritable_cache_still_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    fastschema.validators.cache_clear()
    _, data = documents()[0]
    assert fastschema.is_valid(KIND_SCHEMAS, data["kind"], data)
    fastschema.validators.cache_clear()
