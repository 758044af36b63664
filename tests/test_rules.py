"""Every rule against small broken models: cases as data in tests/rules/cases.yaml.

Each case edits a copy of tests/examples/minimal (which has no findings at all) and lists
exactly the findings expected, as ``CODE file:line``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from govlint.config import Config
from govlint.engine import finish, load_directory, run_rules
from govlint.rules import RULES

HERE = Path(__file__).parent
MINIMAL = HERE / "examples" / "minimal"
CASES = yaml.safe_load((HERE / "rules" / "cases.yaml").read_text(encoding="utf-8"))


def run_model(model_dir: Path) -> list[str]:
    loaded = load_directory(model_dir, base=model_dir)
    config = Config(project_root=model_dir, model_dir=model_dir)
    result = finish(loaded.findings + run_rules(loaded.model), config, loaded.suppressions)
    return sorted(f"{f.code} {f.loc.file}:{f.loc.line}" for f in result.findings)


def apply_edits(root: Path, edits: list[dict[str, object]]) -> None:
    for edit in edits:
        path = root / str(edit["file"])
        if edit.get("delete"):
            path.unlink()
        elif "write" in edit:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(str(edit["write"]), encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
            old = str(edit["replace"])
            assert text.count(old) == 1, f"case text {old!r} must occur once in {path.name}"
            path.write_text(text.replace(old, str(edit["with"])), encoding="utf-8")


def test_minimal_model_is_clean() -> None:
    assert run_model(MINIMAL) == []


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_rule_case(case: dict[str, object], tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(MINIMAL, model)
    apply_edits(model, case["edits"])  # type: ignore[arg-type]
    assert run_model(model) == sorted(case["expect"])  # type: ignore[arg-type]


def test_every_model_rule_has_a_case() -> None:
    covered = {e.split()[0] for c in CASES for e in c["expect"]}
    missing = {code for code, rule in RULES.items() if rule.check is not None} - covered
    assert not missing, f"rules without a failing case: {sorted(missing)}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented(code: str) -> None:
    rule = RULES[code]
    assert rule.summary and rule.summary.endswith("."), code
    assert "Bad" in rule.body and "Good" in rule.body, f"{code} needs a bad and a good example"
