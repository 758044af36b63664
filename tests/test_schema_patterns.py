"""Schema patterns let nothing follow the text they describe, and both engines agree on it.

jsonschema applies ``pattern`` with Python's ``re.search``, where ``$`` also matches before a
final newline: ``id: "taktinen\\n"`` passed, fastjsonschema (which rewrites ``$``) rejected it,
and the handbook then wrote a directory whose name held a newline. Every pattern therefore
ends with ``(?![\\s\\S])`` ("no character follows"), which means the same in Python and in
ECMA-262 (the editors' engine). CONTRIBUTING.md states the rule for new patterns.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govlint import fastschema
from govlint.schemacheck import KIND_SCHEMAS, _validators
from govlint.sources import read_directory, schema_files
from govlint.yamlload import load_document

ROOT = Path(__file__).resolve().parents[1]
END = "(?![\\s\\S])"


def patterns() -> Iterator[tuple[str, str]]:
    """(where, pattern) for every ``pattern`` and ``patternProperties`` key of every schema."""

    def walk(node: Any, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "pattern" and isinstance(value, str):
                    yield where, value
                if key == "patternProperties" and isinstance(value, dict):
                    yield from ((f"{where}/patternProperties", k) for k in value)
                yield from walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}/{i}")

    for path in schema_files():
        yield from walk(json.loads(path.read_text(encoding="utf-8")), path.name)


PATTERNS = sorted(patterns())


def test_there_are_patterns_to_check() -> None:
    assert len(PATTERNS) >= 5


@pytest.mark.parametrize("where,pattern", PATTERNS)
def test_every_pattern_is_anchored_at_both_ends(where: str, pattern: str) -> None:
    assert pattern.startswith("^"), f"{where}: {pattern} must start with ^"
    assert pattern.endswith(END), f"{where}: {pattern} must end with {END} (not $)"
    assert "$" not in pattern.replace("\\$", ""), f"{where}: $ allows a final newline"
    # found anywhere (as jsonschema looks) exactly when the whole value matches
    found, whole = re.compile(pattern), re.compile(pattern[1 : -len(END)])
    for value in ("fi", "a", "1.0.0", "taktinen", "Lause.", "x y"):
        for suffix in ("", "\n", "\r\n", " "):
            text = value + suffix
            assert (found.search(text) is None) == (whole.fullmatch(text) is None), (where, text)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_every_pattern_is_valid_ecma_262() -> None:
    """Editors validate with JavaScript's RegExp (in unicode mode for JSON Schema)."""
    script = (
        "const ps = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "for (const p of ps) { const r = new RegExp(p, 'u');"
        " if (r.test('fi\\n') && !r.test('fi')) throw new Error(p); }"
        "console.log(ps.length);"
    )
    proc = subprocess.run(
        ["node", "-e", script],
        input=json.dumps([p for _, p in PATTERNS]),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(len(PATTERNS))


def one_document_per_kind() -> list[dict[str, Any]]:
    """A real document of every kind: the repository's model, then the small example (which
    has the kinds the repository's model does not use yet, such as approval records)."""
    docs: dict[str, dict[str, Any]] = {}
    for model in (ROOT / "governance", ROOT / "tests" / "examples" / "small"):
        files, _ = read_directory(model)
        for src in files:
            doc, _ = load_document(src)
            if doc is not None and doc.data.get("kind") in KIND_SCHEMAS:
                docs.setdefault(doc.data["kind"], doc.data)
    assert set(docs) == set(KIND_SCHEMAS)
    return list(docs.values())


def variants(data: Any) -> Iterator[Any]:
    """``data`` with one string (value or mapping key) given a trailing line break."""
    if isinstance(data, dict):
        for key, value in data.items():
            for suffix in ("\n", "\r\n"):
                if isinstance(key, str):
                    yield {(k + suffix if k == key else k): v for k, v in data.items()}
            for changed in variants(value):
                yield {**data, key: changed}
    elif isinstance(data, list):
        for i, value in enumerate(data):
            for changed in variants(value):
                yield [*data[:i], changed, *data[i + 1 :]]
    elif isinstance(data, str):
        yield data + "\n"
        yield data + "\r\n"


def test_both_engines_agree_on_trailing_newlines() -> None:
    """Every string and key of one real document per kind, with a line break appended."""
    tried = rejected = 0
    kinds = tuple(sorted(KIND_SCHEMAS.items()))
    for data in one_document_per_kind():
        kind = data["kind"]
        fast = fastschema.validators(kinds)[kind]
        slow = _validators()[kind]
        for variant in variants(copy.deepcopy(data)):
            tried += 1
            try:
                fast(variant)
                fast_ok = True
            except Exception:
                fast_ok = False
            slow_ok = slow.is_valid(variant)
            assert fast_ok == slow_ok, (kind, variant)
            rejected += not slow_ok
    assert tried > 500 and rejected > 100


@pytest.mark.parametrize(
    "field,value",
    [("id", "taktinen\n"), ("language", "fi\n"), ("modelVersion", "1.0.0\n")],
)
def test_the_reported_values_are_rejected(field: str, value: str) -> None:
    doc = next(d for d in one_document_per_kind() if d["kind"] == "Agreement")
    changed = {**doc, field: value}
    assert not _validators()["Agreement"].is_valid(changed)
    assert not fastschema.is_valid(KIND_SCHEMAS, "Agreement", changed)
