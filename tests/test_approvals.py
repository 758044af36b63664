"""Approval records in an example model: checked, dated by SOURCE_DATE_EPOCH, exported.

The rules' cases (tests/rules/cases.yaml) cover each finding; the version history and the
checks against tagged versions are in tests/test_diff_git.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govlint.cli import main
from govlint.clock import today
from govlint.engine import load_directory

SMALL = Path(__file__).parent / "examples" / "small"


def check(model: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(model)])
    return result.exit_code, result.stdout


def codes(output: str) -> list[str]:
    return [f["rule"] for f in json.loads(output)["findings"] if f["rule"].startswith("GOV09")]


@pytest.fixture()
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    model = tmp_path / "small"
    shutil.copytree(SMALL, model)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    return model


def test_the_example_record_is_read_and_checks_clean(small: Path) -> None:
    model = load_directory(small).model
    [record] = model.approvals
    assert record.version == "0.1.0" and record.previous is None
    assert [(d.by.id, d.date, d.minutes) for d in record.decisions] == [
        ("kivikyla.kunnanhallitus", "2025-03-10", "§ 52"),
        ("koivula", "2025-03-17", "§ 31"),
    ]
    assert record.decisions[0].by.target is not None  # resolved to the organ
    assert codes(check(small)[1]) == []


def test_a_first_version_needs_every_party(small: Path) -> None:
    record = small / "approvals" / "0.1.0.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text[: text.index("  - by: koivula")], encoding="utf-8")
    code, out = check(small)
    assert code == 1
    [finding] = [f for f in json.loads(out)["findings"] if f["rule"] == "GOV093"]
    assert finding["element"] == "koivula" and finding["line"] == 4
    assert "Koivulan kunta (party 'koivula')" in finding["message"]


def test_the_future_is_judged_by_source_date_epoch(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741564800")  # 2025-03-10 00:00 UTC
    assert today().isoformat() == "2025-03-10"
    code, out = check(small)
    assert code == 1 and codes(out) == ["GOV091"]  # Koivula decided on the 17th
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1742169600")  # 2025-03-17
    assert codes(check(small)[1]) == []


def test_the_export_carries_the_records(small: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "json", str(small)])
    data = json.loads(result.stdout)
    [record] = data["approvals"]
    assert record["version"] == "0.1.0"
    assert record["decisions"][0]["by"]["kind"] == "organ"
    assert record["decisions"][0]["url"].startswith("https://kivikyla.example/")
