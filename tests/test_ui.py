"""The editing-mistake corpus (tests/ui): one mistake, one message, at the cause.

Every case applies a realistic mistake to a copy of the repository's model and checks what a
newcomer would see: the first error is where the mistake is (the same file, within two lines;
a case whose mistake has no line in that file says why), errors stay within the case's bound
(at most three for a mistake on one line), and the whole output, hints included, is the golden
file (``python3 scripts/update_golden.py ui`` regenerates them; read their diff).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "ui"))

import corpus  # noqa: E402

CASES = corpus.cases()
GOLDEN = HERE / "golden" / "ui"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: corpus.Case, tmp_path: Path) -> None:
    outcome = corpus.run(case, tmp_path / "work")
    expect = case.data["expect"]
    errors = [f for f in outcome.findings if f["severity"] == "error"]
    assert errors, f"no error at all:\n{outcome.text}"
    first = errors[0]
    want = expect["first"]
    where = f"{corpus.MODEL}/{want['file']}"
    near = [line for file, line in outcome.mistakes if file == want["file"]]
    if "at" in want:
        hits = [i for i, line in enumerate(outcome.lines[want["file"]]) if want["at"] in line]
        assert len(hits) == 1, f"expect.first.at {want['at']!r} must be on one line"
        line = hits[0] + 1
    else:
        assert near, "expect.first.file is not edited: give expect.first.at"
        line = near[0]
    line += int(want.get("offset", 0))
    got = (first["file"], first["line"], first["rule"])
    assert got == (where, line, want["code"]), outcome.text
    # Done when: the first error is at the mistake, or the case says why it cannot be.
    if near:
        assert min(abs(first["line"] - n) for n in near) <= 2, outcome.text
    else:
        assert case.data.get("why"), "the first error is away from the edits: say why"
    assert outcome.summary["errors"] <= expect["max_errors"], outcome.text
    if case.one_line:
        assert expect["max_errors"] <= 3, "a one-line mistake yields at most three errors"
    golden = GOLDEN / f"{case.name}.txt"
    assert golden.is_file(), "no golden file: run python3 scripts/update_golden.py ui"
    assert corpus.golden_text(outcome, case) == golden.read_text(encoding="utf-8")


def test_every_golden_file_has_a_case() -> None:
    names = {c.name for c in CASES}
    stale = sorted(p.stem for p in GOLDEN.glob("*.txt") if p.stem not in names)
    assert not stale, f"golden files without a case: {stale}"
