"""The command line against clumsy input: document shapes, configuration and edges (issue #13).

Every bad input gets a finding with file and line, or one line of error with exit code 2;
never a traceback or an "internal error".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govlint.cli import main


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def assert_clean_failure(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output


# -- kind given as a list or a mapping --------------------------------------------------------


@pytest.mark.parametrize(
    "kind,shape", [("[Goal]", "a list"), ("{Goal: 1}", "a mapping"), ("5", "a number")]
)
def test_kind_that_is_not_text(minimal_project: Path, kind: str, shape: str) -> None:
    goal = minimal_project / "model" / "goals" / "palvelut.yaml"
    goal.write_text(goal.read_text().replace("kind: Goal", f"kind: {kind}"))
    result = invoke("check", "--no-cache")
    assert_clean_failure(result, 1)
    assert (
        f"model/goals/palvelut.yaml:2:7: error GOV008 unknown-kind: 'kind' must be text naming "
        f"a document kind, not {shape}" in result.output
    )
    for command in (["export"], ["calendar", "--year", "2025"], ["handbook", "--out", "out"]):
        result = invoke(*command)
        assert_clean_failure(result, 1 if command[0] != "handbook" else 2)
    result = invoke("diff", "model", "model")
    assert_clean_failure(result, 2)


# -- configuration ------------------------------------------------------------------------------


def _configure(project: Path, toml: str) -> None:
    (project / "pyproject.toml").write_text(toml)


@pytest.mark.parametrize(
    "waiver,message",
    [
        ("path = 5", "'path' must be text (a glob), got 5"),
        ('element = ["ryhma"]', "'element' must be text (a model element id), got ['ryhma']"),
        ("element = 5", "'element' must be text (a model element id), got 5"),
    ],
)
def test_waiver_fields_of_the_wrong_type(minimal_project: Path, waiver: str, message: str) -> None:
    """A number as path was an internal error; a list as element was accepted but could
    never match anything."""
    _configure(
        minimal_project,
        '[tool.govlint]\nmodel = "model"\n[[tool.govlint.waivers]]\n'
        f'rule = "GOV061"\nreason = "Sihteeri valitaan myöhemmin."\n{waiver}\n',
    )
    result = invoke("check")
    assert_clean_failure(result, 2)
    assert message in result.output and "configuration error" in result.output


@pytest.mark.parametrize(
    "toml,message",
    [
        ("tool = 5\n", "'tool' must be a table"),
        ("[tool]\ngovlint = 5\n", "'tool.govlint' must be a table"),
        ('[tool.govlint]\nmodel = "model"\nrules = 5\n', "'rules' must be a table"),
        ("[tool.govlint\n", "not valid TOML"),
    ],
)
def test_pyproject_of_the_wrong_shape(minimal_project: Path, toml: str, message: str) -> None:
    """`tool = 5` was reported as "not valid YAML"."""
    _configure(minimal_project, toml)
    result = invoke("check", "--config", "pyproject.toml")
    assert_clean_failure(result, 2)
    assert message in result.output and "YAML" not in result.output


@pytest.mark.parametrize("model", ["/", "..", "../..", "/etc", "model/../.."])
def test_configured_model_must_stay_inside_the_project(minimal_project: Path, model: str) -> None:
    _configure(minimal_project, f'[tool.govlint]\nmodel = "{model}"\n')
    for command in (["check"], ["export"], ["calendar"], ["handbook", "--out", "x"]):
        result = invoke(*command)
        assert_clean_failure(result, 2)
        assert "is outside the project" in result.output


def test_a_link_cannot_take_the_configured_model_outside(
    minimal_project: Path, tmp_path: Path
) -> None:
    (minimal_project / "linked").symlink_to(minimal_project / "model")  # inside: fine
    _configure(minimal_project, '[tool.govlint]\nmodel = "linked"\n')
    assert invoke("check").exit_code == 0
    (minimal_project / "etc").symlink_to("/etc")
    _configure(minimal_project, '[tool.govlint]\nmodel = "etc"\n')
    assert_clean_failure(invoke("check"), 2)


def test_a_model_named_explicitly_may_be_anywhere(minimal_project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    (minimal_project / "model").rename(elsewhere)
    result = invoke("check", "--no-cache", str(elsewhere))
    assert result.exit_code == 0, result.output


def test_govlint_yaml_is_read_by_the_safe_loader(minimal_project: Path) -> None:
    bomb = ["model: model", 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    bomb += [
        f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefg", "bcdefgh", strict=True)
    ]
    (minimal_project / ".govlint.yaml").write_text("\n".join(bomb) + "\n")
    result = invoke("check")
    assert_clean_failure(result, 2)
    assert ".govlint.yaml:" in result.output and "not valid YAML" in result.output
    (minimal_project / ".govlint.yaml").write_text("model: model\nmodel: other\n")
    result = invoke("check")
    assert_clean_failure(result, 2)
    assert ".govlint.yaml:2:1: not valid YAML: duplicate key" in result.output
    (minimal_project / ".govlint.yaml").write_text("# nothing configured yet\n")
    _configure(minimal_project, "")
    (minimal_project / "governance").symlink_to("model")
    assert invoke("check").exit_code == 0


# -- command-line edges -------------------------------------------------------------------------


@pytest.mark.parametrize("year", ["0", "-5", "10000", "1" + "0" * 30])
def test_calendar_year_out_of_range_is_a_usage_error(minimal_project: Path, year: str) -> None:
    """--year 0 used to mean this year silently; 10000 and -5 were internal errors."""
    result = invoke("calendar", "--year", year)
    assert_clean_failure(result, 2)
    assert "is not in the range 1<=x<=9998" in result.output


@pytest.mark.parametrize("year", [1, 9998])
def test_calendar_years_at_the_bounds(minimal_project: Path, year: int) -> None:
    result = invoke("calendar", "--year", str(year))
    assert result.exit_code == 0, result.output
    assert f"DTSTART;VALUE=DATE:{year:04d}" in result.output


def test_the_command_line_and_the_handbook_share_the_bounds(minimal_project: Path) -> None:
    from govlint.cli import YEARS
    from govlint.config import load_config
    from govlint.handbook.calendar import FIRST_YEAR, LAST_YEAR
    from govlint.handbook.project import HandbookError, build_project_handbook

    assert (YEARS.min, YEARS.max) == (FIRST_YEAR, LAST_YEAR)
    config = load_config(minimal_project)
    for year in (0, LAST_YEAR + 1):  # the MkDocs plugin's calendar_year
        with pytest.raises(HandbookError, match="calendar year must be"):
            build_project_handbook(config, year=year, history=False)


def _govlint(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "govlint.cli", *args], stderr=subprocess.PIPE, **kwargs
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--no-cache"],
        ["export"],
        ["rules"],
        ["calendar", "--year", "2025"],
        ["diff", "model", "model"],
        ["schema", "Body"],
    ],
)
def test_a_closed_stdout_is_one_line_and_exit_2(minimal_project: Path, args: list[str]) -> None:
    proc = _govlint(*args, preexec_fn=lambda: os.close(1))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert (
        err.decode().strip() == "govlint: error: standard output is closed (nothing can be written)"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--no-cache", "--format", "json"],
        ["export"],
        ["rules"],
        ["calendar", "--year", "2025"],
        ["diff", "model", "model", "--format", "json"],
        ["schema", "Body"],
    ],
)
def test_a_reader_that_goes_away_stops_govlint_quietly(
    minimal_project: Path, args: list[str]
) -> None:
    """`govlint export | head` printed "Broken pipe" and exited 2; a Unix tool stops quietly
    (killed by SIGPIPE: the shell reports 141)."""
    proc = _govlint(*args, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # before govlint writes anything
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (141, b"")
