"""The command line against clumsy input: document shapes, configuration and edges (issue #13).

Every bad input gets a finding with file and line, or one line of error with exit code 2;
never a traceback or an "internal error".
"""

from __future__ import annotations

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
