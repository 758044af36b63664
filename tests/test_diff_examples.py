"""The diff on example pairs: ``tests/examples/diff/base`` (a small copy of the real model)
against the same model with one case's edits, each with its expected change list.

A case (``tests/examples/diff/cases/<name>.yaml``) is data: ``edits`` (per file, text to replace,
matched with any indentation and exactly once, so an edit that no longer applies fails the test
instead of silently comparing a model with itself), ``rename``, ``delete`` and ``add`` of
files, and the
expected ``changes``: code, key and level always; approvers, weakened commitments, the old key
of a rename, old/new ``file:line`` and the Finnish message when given. The list is complete:
a change that is not expected fails the test.

:func:`materialize` is shared by the other diff tests.
"""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from govlint.diff import diff_models
from govlint.diff.messages import Words
from govlint.diff.values import key_str
from govlint.engine import load_directory
from govlint.model import Model

EXAMPLES = Path(__file__).parent / "examples" / "diff"
BASE = EXAMPLES / "base"
CASES = sorted((EXAMPLES / "cases").glob("*.yaml"))


def _replace_once(text: str, old: str, new: str, where: str) -> str:
    """Replace ``old`` (at whatever indentation it has in the file) exactly once."""
    for width in range(0, 13, 2):
        pad = " " * width
        needle = textwrap.indent(old, pad) if width else old
        if text.count(needle) == 1:
            return text.replace(needle, textwrap.indent(new, pad) if width else new)
    raise AssertionError(f"{where}: the text to replace does not occur exactly once:\n{old}")


def load_case(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and "changes" in data, f"{path}: not a diff case"
    return data


def materialize(case: dict[str, Any], target: Path) -> Path:
    """Write the base model with the case's edits applied to ``target``; returns it."""
    shutil.copytree(BASE, target)
    for old, new in (case.get("rename") or {}).items():
        (target / old).rename(target / new)
    for name in case.get("delete") or []:
        (target / name).unlink()
    for name, content in (case.get("add") or {}).items():
        (target / name).write_text(content, encoding="utf-8")
    for name, edits in (case.get("edits") or {}).items():
        path = target / name
        text = path.read_text(encoding="utf-8")
        for edit in edits:
            text = _replace_once(text, edit["replace"], edit["with"], f"{name}")
        path.write_text(text, encoding="utf-8")
    return target


def load(path: Path) -> Model:
    loaded = load_directory(path)
    errors = [f for f in loaded.findings if f.severity.value == "error"]
    assert not errors, [f"{f.loc} {f.code} {f.message}" for f in errors]
    return loaded.model


@pytest.fixture(scope="module")
def base_model() -> Model:
    return load(BASE)


@pytest.mark.parametrize("case_path", CASES, ids=[p.stem for p in CASES])
def test_case(case_path: Path, tmp_path: Path, base_model: Model) -> None:
    case = load_case(case_path)
    new = load(materialize(case, tmp_path / "new"))
    diff = diff_models(base_model, new)
    words = Words(diff)
    got = Counter((c.code, key_str(c.subject), c.level.value) for c in diff.changes)
    want = Counter((e["code"], e["key"], e["level"]) for e in case["changes"])
    assert got == want, "\n".join(
        f"{c.code} {key_str(c.subject)} {words.describe(c)}" for c in diff.changes
    )
    for expected in case["changes"]:
        change = next(
            c
            for c in diff.changes
            if (c.code, key_str(c.subject)) == (expected["code"], expected["key"])
        )
        if "approvers" in expected:
            assert [key_str(k) for k in change.approvers] == expected["approvers"]
        if "weakens" in expected:
            assert [key_str(k) for k in change.weakens] == expected["weakens"]
        if "old_key" in expected:
            assert change.old_key is not None and key_str(change.old_key) == expected["old_key"]
        for side, loc in (("old", change.old_loc), ("new", change.new_loc)):
            if side in expected:
                file, line = expected[side].rsplit(":", 1)
                assert loc is not None and loc.file.endswith(file), (side, loc)
                assert loc.line == int(line), (side, loc)
        if "message" in expected:
            assert words.describe(change) == " ".join(expected["message"].split())


def test_cases_exist() -> None:
    assert len(CASES) >= 10


def test_base_against_itself_is_empty(base_model: Model) -> None:
    assert diff_models(base_model, base_model).changes == []
    assert diff_models(base_model, load(BASE)).changes == []


def test_repository_model_against_itself_is_empty() -> None:
    governance = Path(__file__).resolve().parents[1] / "governance"
    model = load(governance)
    assert diff_models(model, load(governance)).changes == []


def test_a_removed_edit_target_fails_loudly(tmp_path: Path) -> None:
    case = {"edits": {"agreement.yaml": [{"replace": "no such text", "with": ""}]}, "changes": []}
    with pytest.raises(AssertionError, match="does not occur exactly once"):
        materialize(case, tmp_path / "x")
