"""Every rule against small broken models: cases as data in tests/rules/cases.yaml.

Each case edits a copy of tests/examples/minimal (which has no findings at all) and lists
exactly the findings expected, as ``CODE file:line``. A case with ``history`` first makes the
copy a git repository and commits and tags each step of it (the approval rules compare the
versions that tags mark), then applies its ``edits`` to the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from govlint.config import Config
from govlint.diff.records import check_records
from govlint.engine import finish, load_directory, run_rules
from govlint.rules import RULES

HERE = Path(__file__).parent
MINIMAL = HERE / "examples" / "minimal"
CASES = yaml.safe_load((HERE / "rules" / "cases.yaml").read_text(encoding="utf-8"))


def run_model(model_dir: Path, project_root: Path | None = None) -> list[str]:
    """What ``govlint check`` reports: rules, and approval records against the versions."""
    loaded = load_directory(model_dir, base=model_dir)
    config = Config(project_root=project_root or model_dir, model_dir=model_dir)
    raw = loaded.findings + run_rules(loaded.model)
    raw += check_records(loaded.model, config.project_root, model_dir)
    result = finish(raw, config, loaded.suppressions)
    return sorted(f"{f.code} {f.loc.file}:{f.loc.line}" for f in result.findings)


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, check=True)


def make_history(root: Path, model: Path, steps: list[dict[str, object]]) -> None:
    """``root`` becomes a git repository; each step's edits are committed and tagged."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git(root, "init", "-q", "-b", "main")
    for step in steps:
        apply_edits(model, step.get("edits", []))  # type: ignore[arg-type]
        git(root, "add", "-A")
        git(root, "commit", "-q", "--allow-empty", "-m", str(step["tag"]))
        git(root, "tag", "-a", str(step["tag"]), "-m", "approved")


def apply_edits(root: Path, edits: list[dict[str, object]]) -> None:
    for edit in edits:
        path = root / str(edit["file"])
        if edit.get("delete"):
            path.unlink()
        elif "symlink" in edit:
            path.symlink_to(str(edit["symlink"]))
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
    if "history" in case:
        make_history(tmp_path, model, case["history"])  # type: ignore[arg-type]
    apply_edits(model, case["edits"])  # type: ignore[arg-type]
    assert run_model(model, tmp_path) == sorted(case["expect"])  # type: ignore[arg-type]


def test_every_model_rule_has_a_case() -> None:
    covered = {e.split()[0] for c in CASES for e in c["expect"]}
    checked = {code for code, rule in RULES.items() if rule.check is not None or rule.history}
    missing = checked - covered
    assert not missing, f"rules without a failing case: {sorted(missing)}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented(code: str) -> None:
    rule = RULES[code]
    assert rule.summary and rule.summary.endswith("."), code
    assert "Bad" in rule.body and "Good" in rule.body, f"{code} needs a bad and a good example"


def test_a_duplicate_position_id_is_renamed_with_its_own_partys_id(tmp_path: Path) -> None:
    """The hint builds the new id from the model (never from an example of another one)."""
    case = next(c for c in CASES if c["id"] == "duplicate-position-id-without-its-party")
    model = tmp_path / "model"
    shutil.copytree(MINIMAL, model)
    apply_edits(model, case["edits"])  # type: ignore[arg-type]
    (finding,) = [f for f in load_directory(model).findings if f.code == "GOV020"]
    assert finding.hint is not None and "('beeta.johtaja2')" in finding.hint


def test_the_cost_shares_sum_names_only_the_shares_it_adds(tmp_path: Path) -> None:
    """A non-party's share and a party's second share are reported on their own; the sum,
    and the parts it lists, are those of the parties' first shares."""
    model = tmp_path / "model"
    shutil.copytree(MINIMAL, model)
    case = next(c for c in CASES if c["id"] == "cost-share-for-a-non-signatory")
    apply_edits(model, case["edits"][:1])  # type: ignore[index]
    apply_edits(
        model,
        [
            {
                "file": "agreement.yaml",
                "replace": "source: {section: ehdot, quote: Kustannukset jaetaan asukasluvun "
                "suhteessa}}",
                "with": "shares: [{party: alfa, percent: 50}, {party: beeta, percent: 40}, "
                "{party: yhtio, percent: 10}, {party: beeta, percent: 10}], source: {section: "
                "ehdot, quote: Kustannukset jaetaan asukasluvun suhteessa}}",
            }
        ],
    )
    loaded = load_directory(model, base=model)
    messages = [f.message for f in run_rules(loaded.model) if f.code == "GOV064"]
    assert "the cost shares sum to 90 %, not 100 % (50 + 40)" in messages
    assert len(messages) == 3  # the second share, the non-party's share, the sum
