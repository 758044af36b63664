"""The command line end to end: example models, formats, exit codes, configuration, cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "examples"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh project with the minimal model as its configured model directory."""
    shutil.copytree(EXAMPLES / "minimal", tmp_path / "model")
    (tmp_path / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def test_repository_model_has_no_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out = run("check", "--no-cache", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["summary"]["errors"] == 0
    assert data["summary"]["files"] >= 30
    assert {f["rule"] for f in data["findings"]} <= {
        "GOV052",
        "GOV060",
        "GOV061",
        "GOV062",
        "GOV063",
        "GOV077",
        "GOV078",
    }


def test_good_model_is_clean(project: Path) -> None:
    code, out = run("check", "--no-cache")
    assert code == 0
    assert out.strip().endswith("govlint: 0 errors, 0 warnings in 14 files")


def test_bad_model_reports_every_file_in_one_pass(project: Path) -> None:
    code, out = run("check", "--no-cache", str(EXAMPLES / "bad"), "--format", "json")
    assert code == 1
    data = json.loads(out)
    where = sorted((f["rule"], Path(f["file"]).name, f["line"]) for f in data["findings"])
    assert where == [
        ("GOV002", "palvelut.yaml", 6),
        ("GOV003", "palvelut.yaml", 7),
        ("GOV021", "hallitus.yaml", 11),
        ("GOV050", "ryhma.yaml", 12),
        ("GOV070", "edustus.yaml", 6),
        ("GOV074", "agreement.yaml", 3),  # no agreement text: said once, not per quote
    ]
    first = data["findings"][0]
    assert set(first) >= {
        "rule",
        "slug",
        "severity",
        "message",
        "hint",
        "file",
        "line",
        "column",
        "element",
    }


def test_text_format_points_at_file_line_column(project: Path) -> None:
    code, out = run("check", "--no-cache", str(EXAMPLES / "bad"))
    assert code == 1
    line = next(x for x in out.splitlines() if "GOV021" in x)
    assert line.endswith("does not resolve: no element has this id (expected a position)")
    assert line.split(": ")[0].endswith("bad/bodies/hallitus.yaml:11:16")
    assert "error GOV021 unresolved-reference" in line
    assert "hint: Did you mean 'beeta.johtaja'?" in out


def test_sarif_is_what_code_scanning_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out = run("check", "--no-cache", "tests/examples/bad", "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    run0 = log["runs"][0]
    rule_ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert "GOV021" in rule_ids and all(r["help"]["text"] for r in run0["tool"]["driver"]["rules"])
    for res in run0["results"]:
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].startswith("tests/examples/bad/"), "relative URI"
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert loc["region"]["startLine"] >= 1
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]


def test_github_format_is_chosen_in_actions_and_writes_summary(project: Path) -> None:
    summary = project / "summary.md"
    code, out = run(
        "check",
        "--no-cache",
        str(EXAMPLES / "bad"),
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert code == 1
    assert any(x.startswith("::error file=") and ",line=11,col=16," in x for x in out.splitlines())
    text = summary.read_text()
    assert text.startswith("## ❌ govlint check") and "GOV021" in text


def _without_chair(project: Path) -> None:
    """The example body loses its chair: a warning (GOV060 missing-chair), not an error."""
    body = project / "model" / "bodies" / "ryhma.yaml"
    body.write_text(body.read_text().replace("role: chair", "role: member"))


def test_strict_fails_on_warnings(project: Path) -> None:
    _without_chair(project)
    assert run("check", "--no-cache")[0] == 0
    assert run("check", "--no-cache", "--strict")[0] == 1


def test_rule_severity_and_off_from_pyproject(project: Path) -> None:
    _without_chair(project)
    (project / "pyproject.toml").write_text(
        '[tool.govlint]\nmodel = "model"\n[tool.govlint.rules]\nmissing-chair = "error"\n'
    )
    code, out = run("check", "--no-cache")
    assert code == 1 and "error GOV060 missing-chair" in out
    (project / "pyproject.toml").write_text(
        '[tool.govlint]\nmodel = "model"\n[tool.govlint.rules]\nGOV060 = "off"\n'
    )
    code, out = run("check", "--no-cache")
    assert code == 0 and "GOV060" not in out


def test_waiver_needs_a_reason_and_is_reported(project: Path) -> None:
    _without_chair(project)
    (project / ".govlint.yaml").write_text(
        "model: model\nwaivers:\n  - rule: missing-chair\n    element: ryhma\n"
    )
    code, out = run("check", "--no-cache")
    assert code == 2
    assert "a waiver must state its 'reason'" in out
    (project / ".govlint.yaml").write_text(
        "model: model\nwaivers:\n  - rule: missing-chair\n    element: ryhma\n"
        "    reason: The group elects its chair at its first meeting.\n"
    )
    code, out = run("check", "--no-cache")
    assert code == 0
    assert "waived GOV060" in out and "elects its chair" in out
    assert out.strip().endswith("(1 waived)")


def test_inline_suppression_requires_reason(project: Path) -> None:
    goal = project / "model" / "goals" / "palvelut.yaml"
    goal.write_text(
        goal.read_text().replace(
            "source: {section: rakenne, quote: Hyvät palvelut}",
            "source: {section: rakene, quote: Hyvät palvelut}  # govlint: disable=GOV070",
        )
    )
    code, out = run("check", "--no-cache")
    assert code == 1 and "GOV070" in out and "GOV009" in out


def test_unknown_rule_in_config_is_a_usage_error(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.govlint]\nmodel = "model"\n[tool.govlint.rules]\nGOV999 = "off"\n'
    )
    code, out = run("check")
    assert code == 2 and "unknown rule 'GOV999'" in out


def test_cache_key_follows_govlint_own_code(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed rule with an unchanged version (a development install) is a different key:
    the fingerprint covers every module's size and mtime, and nothing under __pycache__."""
    from govlint import cache

    package = tmp_path / "pkg"
    (package / "rules" / "__pycache__").mkdir(parents=True)
    (package / "rules" / "a.py").write_text("X = 1\n")
    before = cache.code_fingerprint(package)
    (package / "rules" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"...")
    assert cache.code_fingerprint(package) == before
    (package / "rules" / "a.py").write_text("X = 12\n")
    assert cache.code_fingerprint(package) != before
    code, out = run("check")
    assert code == 0 and "[cached]" not in out
    code, out = run("check")
    assert out.strip().endswith("[cached]")
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another build of govlint")
    code, out = run("check")
    assert code == 0 and "[cached]" not in out


def test_missing_model_directory_exits_2(project: Path) -> None:
    code, out = run("check", "nonexistent")
    assert code == 2 and "does not exist" in out


def test_cache_hit_and_invalidation(project: Path) -> None:
    code, out = run("check")
    assert code == 0 and "[cached]" not in out
    code, out = run("check")
    assert code == 0 and out.strip().endswith("[cached]")
    body = project / "model" / "bodies" / "ryhma.yaml"
    body.write_text(body.read_text().replace("max: 4", "max: 1"))
    code, out = run("check")
    assert code == 1 and "GOV050" in out and "[cached]" not in out, "never a stale result"
    code, out = run("check")
    assert code == 1 and "GOV050" in out and "[cached]" in out
    code, out = run("check", "--no-cache")
    assert "[cached]" not in out


def test_overlapping_runs_share_the_cache_safely(project: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "govlint.cli", "check"]
    procs = [
        subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert all("0 errors, 0 warnings in 14 files" in o for o in outs)
    entries = list((project / ".govlint_cache").glob("check-*.json"))
    assert len(entries) == 1 and json.loads(entries[0].read_text())["summary"]["files"] == 14


def test_a_crashing_rule_becomes_a_finding(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govlint import rules
    from govlint.rules.base import Rule

    def boom(model: object) -> list[object]:
        raise RuntimeError("kaboom")

    broken = Rule("GOV050", "cadence-range", rules.RULES["GOV050"].severity, boom)
    monkeypatch.setitem(rules.RULES, "GOV050", broken)
    code, out = run("check", "--no-cache")
    assert code == 1
    assert "internal error in rule cadence-range: RuntimeError: kaboom" in out


def test_export_json(project: Path) -> None:
    code, out = run("export")
    assert code == 0
    data = json.loads(out)
    assert data["formatVersion"] == 1
    body = next(b for b in data["bodies"] if b["id"] == "hallitus")
    assert body["location"]["file"].endswith("bodies/hallitus.yaml")
    assert [m["position"] for m in body["members"]] == ["alfa.johtaja", "beeta.johtaja", "alfa.it"]
    assert body["appointedBy"]["kind"] == "organ"


@pytest.mark.parametrize("command", ["export", "coverage", "calendar", "handbook"])
def test_a_file_left_out_of_the_model_stops_the_outputs_even_when_waived(
    project: Path, command: str
) -> None:
    """A waiver hides a finding from the check, but an export, coverage table, calendar or
    handbook made without the file's contents would be silently incomplete."""
    goal = next((project / "model").rglob("*.yaml"))
    goal.write_text(goal.read_text() + "x: [\n")
    with (project / "pyproject.toml").open("a") as fh:
        fh.write('[[tool.govlint.waivers]]\nrule = "GOV001"\nreason = "Tried."\n')
    assert run("check", "--no-cache")[0] == 0  # the waiver holds for the check
    args = [command, "--out", str(project / "out")] if command == "handbook" else [command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == (2 if command == "handbook" else 1)  # handbook: no pages at all
    assert "did not load whole into the model" in result.output


def test_coverage_of_the_repository_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sentence of the agreement is cited, or left out with a reason."""
    monkeypatch.chdir(ROOT)
    code, out = run("coverage", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["untraced"] == 0
    assert data["summary"]["sentences"] == len(data["sentences"]) == 47
    assert data["summary"]["cited"] + data["summary"]["notModelled"] == 47
    composition = next(s for s in data["sentences"] if s["text"].startswith("Ryhmän kokoonpano"))
    cited_by = {c["element"] for c in composition["citedBy"]}
    assert {"ohjausryhma", "pori.kaupunginjohtaja", "ulvila.kaupunginjohtaja"} <= cited_by
    left_out = [s for s in data["sentences"] if s["status"] == "not-modelled"]
    assert left_out and all(s["notModelled"][0]["reason"]["fi"] for s in left_out)
    code, out = run("coverage")
    assert code == 0
    assert "tietohallinnon-ohjausryhma.4" in out and "cited by: member of body 'ohjausryhma'" in out
    assert out.rstrip().endswith("0 untraced")


def test_coverage_shows_what_is_untraced(project: Path) -> None:
    text = project / "model" / "agreement-text.yaml"
    text.write_text(
        text.read_text(encoding="utf-8").replace(
            "          - Kehitysryhmä valmistelee budjetin.\n",
            "          - Kehitysryhmä valmistelee budjetin.\n          - Ryhmät kokoontuvat.\n",
        ),
        encoding="utf-8",
    )
    code, out = run("coverage", "--only", "untraced")
    assert code == 0
    assert out.splitlines()[:2] == [
        "ohjaus.3  model/agreement-text.yaml:20:13",
        '  "Ryhmät kokoontuvat."',
    ]
    assert "UNTRACED" in out and out.rstrip().endswith("1 untraced")


def test_coverage_without_an_agreement_text_says_so(project: Path) -> None:
    code, out = run("coverage", str(EXAMPLES / "diff" / "base"))
    assert code == 1
    assert "holds no agreement text" in out


def test_rules_command_lists_every_rule() -> None:
    from govlint.rules import RULES

    code, out = run("rules", "--format", "json")
    assert code == 0
    listed = json.loads(out)
    assert [r["code"] for r in listed] == list(RULES)
    assert all(r["summary"] and r["doc"] for r in listed)


def test_the_readers_language_is_configuration_and_an_option(project: Path, tmp_path: Path) -> None:
    """The diff's and the handbook's language: --lang, else [tool.govlint] language, else
    the model's main language; a language without a catalog is a usage error."""
    pair = EXAMPLES / "diff"
    base, proposal = str(pair / "base"), str(pair / "proposal")
    code, out = run("diff", base, proposal, "--format", "markdown")
    assert code == 0 and "## Hallintamallin muutokset" in out
    code, out = run("diff", base, proposal, "--format", "markdown", "--lang", "sv")
    assert code == 0 and "## Ändringar i styrmodellen" in out
    code, out = run("diff", base, proposal, "--format", "markdown", "--lang", "de")
    assert code == 2 and "no texts in 'de'" in out
    (project / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\nlanguage = "en"\n')
    code, out = run("diff", base, proposal, "--format", "markdown")
    assert code == 0 and "## Changes to the governance model" in out
    code, _ = run("handbook", "--out", str(tmp_path / "pages"))
    assert code == 0 and (tmp_path / "pages" / "parties.md").is_file()
    code, _ = run("handbook", "--out", str(tmp_path / "fi"), "--lang", "fi")
    assert code == 0 and (tmp_path / "fi" / "osapuolet.md").is_file()
    (project / "pyproject.toml").write_text('[tool.govlint]\nmodel = "model"\nlanguage = "xx"\n')
    code, out = run("diff", base, proposal)
    assert code == 2 and "'language' must be a language govlint has texts in" in out


def test_the_command_skips_the_last_collection_at_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The console script freezes what is alive when the process ends; calling ``main``
    from a program leaves the collector alone."""
    import atexit
    import gc

    from govlint import cli

    registered: list[object] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    monkeypatch.setattr(sys, "argv", ["govlint", "--version"])
    with pytest.raises(SystemExit) as exc:
        cli.entry()
    assert exc.value.code == 0 and registered == [gc.freeze]
    registered.clear()
    with pytest.raises(SystemExit):
        cli.main()
    assert registered == []
