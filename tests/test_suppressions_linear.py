"""Parsing inline suppressions costs time linear in the file (issue #13).

A 1 MB file with 24,000 `# govlint: disable=` comments and one non-ASCII character took 5.8 s:
for every comment the line's start was searched backwards for each kind of line break, and a
break character absent from the file (U+2028, say) made each search read the whole prefix.
The test compares two sizes instead of timing one: four times the comments must cost about
four times as much (linear), not sixteen (quadratic), whatever the machine's speed. The time
of the full-size case is in benchmarks/README.md.
"""

from __future__ import annotations

import gc
import time

from govlint.suppressions import parse_suppressions


def suppressed_file(comments: int) -> str:
    """A document with ``comments`` suppression lines, 42 bytes each, and one character
    beyond Latin-1 (so that a search for U+2028 must read the text: the reported case)."""
    lines = ["apiVersion: govlint/v1", "kind: Goal", "text: {fi: Hyvät palvelut – kaikille.}"]
    lines += [f"k{i:07d}: v  # govlint: disable=GOV061 syystä" for i in range(comments)]
    return "\n".join(lines) + "\n"


def cost(text: str) -> float:
    """The best of five runs (the least disturbed by the rest of the machine), without the
    cyclic garbage collector (whose passes depend on everything else the process holds)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            start = time.perf_counter()
            found, problems = parse_suppressions("x.yaml", text, [])
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    assert not problems and len(found) == text.count("disable=")
    return best


def test_every_line_is_attributed() -> None:
    found, problems = parse_suppressions("x.yaml", suppressed_file(3), [])
    assert problems == []
    assert sorted(found) == [4, 5, 6]
    assert found[6] == [("GOV061", "syystä")]


def test_cost_grows_linearly() -> None:
    small, large = suppressed_file(3_000), suppressed_file(24_000)
    assert len(large.encode()) > 1_000_000
    ratio = cost(large) / cost(small)
    # linear: about 8 (measured 5-7); the quadratic parser measured about 50
    assert ratio < 16, f"8x the comments cost {ratio:.1f}x the time: not linear"
