"""Every input of the public YAML test suite goes through the loader without surprises.

The suite (``../shared/testdata/yaml-test-suite`` next to the repository; skipped when absent)
holds valid and invalid YAML, including the corners that break parsers. Whatever the input,
the loader must answer with findings, never an exception; findings must point into the file;
an input that is not valid YAML (the case has an ``error`` file) must give at least one
finding; and a returned Document must have a location for every value in it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from govlint.findings import Severity
from govlint.yamlload import Document, SourceFile, load_document
from helpers import value_paths

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "testdata" / "yaml-test-suite"
CASES = sorted(p.parent for p in SUITE.glob("**/in.yaml")) if SUITE.is_dir() else []


@pytest.mark.skipif(not CASES, reason=f"YAML test suite not found at {SUITE}")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.relative_to(SUITE).as_posix())
def test_case(case: Path) -> None:
    data = (case / "in.yaml").read_bytes()
    display = f"model/{case.relative_to(SUITE).as_posix()}/in.yaml"
    started = time.perf_counter()
    doc, findings = load_document(SourceFile(display, data))
    assert time.perf_counter() - started < 2.0
    lines = data.count(b"\n") + data.count(b"\r") + 2  # generous: libyaml counts more breaks
    for finding in findings:
        assert finding.loc.file == display
        assert 0 <= finding.loc.line <= lines, finding
        assert finding.loc.column >= 0, finding
        assert finding.loc.line == 0 or finding.loc.column >= 1, finding
        assert finding.message and finding.code.startswith("GOV00"), finding
    if (case / "error").exists():
        assert findings, "invalid YAML without a finding"
    if doc is None:
        assert any(f.severity is Severity.ERROR for f in findings)
    else:
        assert isinstance(doc, Document) and isinstance(doc.data, dict)
        missing = [p for p in value_paths(doc.data) if p not in doc.locs]
        assert not missing
        assert set(doc.implicit) <= set(doc.locs)
