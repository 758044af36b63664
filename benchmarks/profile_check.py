#!/usr/bin/env python3
"""Where a cold ``govlint check`` spends its time, phase by phase and rule by rule.

    python3 benchmarks/profile_check.py --parties 300            # a synthetic consortium
    python3 benchmarks/profile_check.py governance               # any model directory
    python3 benchmarks/profile_check.py --parties 300 --cprofile 25
    PYTHONPATH=/tmp/patched/src python3 benchmarks/profile_check.py --parties 300

Runs the engine's stages one by one in this process (as ``govlint check --no-cache`` does,
minus click and the report) and prints seconds per stage and for the slowest rules.
``--cprofile N`` adds cProfile's top N functions by own time (pyinstrument, if installed, is
used instead with ``--pyinstrument``). Profilers inflate Python-heavy code unevenly: use them to
find hotspots and ``run.py`` to measure their effect.
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def stages(model_dir: Path) -> tuple[list[tuple[str, float]], list[tuple[str, float]], str]:
    """(stage, seconds), (rule, seconds) and the summary of one check of ``model_dir``."""
    times: list[tuple[str, float]] = []

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = fn()
        times.append((name, time.perf_counter() - start))
        return value

    def imports() -> None:
        import govlint.build
        import govlint.engine
        import govlint.rules
        import govlint.schemacheck
        import govlint.yamlload  # noqa: F401

    timed("import govlint (engine, loader, rules)", imports)
    from govlint import schemacheck
    from govlint.build import build_model
    from govlint.rules import model_rules
    from govlint.sources import read_directory
    from govlint.yamlload import load_document

    files, _ = timed("read files (read_directory)", lambda: read_directory(model_dir))
    docs = timed(
        "YAML loading (load_document)",
        lambda: [d for d in (load_document(f)[0] for f in files) if d is not None],
    )
    problems = timed(
        "schema validation", lambda: [p for d in docs for p in schemacheck.validate(d)]
    )
    model, found = timed("build and resolve the model", lambda: build_model("m", docs, []))
    rules: list[tuple[str, float]] = []
    start = time.perf_counter()
    count = len(problems) + len(found)
    for rule in model_rules():
        t0 = time.perf_counter()
        count += len(list(rule.check(model))) if rule.check is not None else 0
        rules.append((f"{rule.code} {rule.slug}", time.perf_counter() - t0))
    times.append(("rules", time.perf_counter() - start))
    rules.sort(key=lambda r: -r[1])
    return times, rules, f"{len(files)} files, {count} raw findings"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", nargs="?", type=Path, help="model directory")
    parser.add_argument("--parties", type=int, help="generate a synthetic model of N cities")
    parser.add_argument("--no-gc", action="store_true", help="disable the cyclic GC first")
    parser.add_argument("--cprofile", type=int, metavar="N", help="cProfile's top N functions")
    parser.add_argument("--pyinstrument", action="store_true", help="profile with pyinstrument")
    args = parser.parse_args(argv)
    if (args.model is None) == (args.parties is None):
        parser.error("give a model directory or --parties N")
    with tempfile.TemporaryDirectory(prefix="govlint-profile-") as tmp:
        model_dir = args.model
        if args.parties is not None:
            import synth

            model_dir = Path(tmp) / f"synth-{args.parties}"
            synth.write_model(args.parties, model_dir)
        if args.no_gc:
            gc.disable()
        profiler: Any = None
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler()
            profiler.start()
        elif args.cprofile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        start = time.perf_counter()
        times, rules, summary = stages(model_dir)
        total = time.perf_counter() - start
        if args.pyinstrument:
            profiler.stop()
        elif args.cprofile:
            profiler.disable()
    import govlint

    print(
        f"{model_dir} ({summary}); govlint from {Path(govlint.__file__).parent}; "
        f"gc {'off' if args.no_gc else 'on'}"
        + ("; under a profiler, times are inflated" if profiler else "")
    )
    for name, seconds in times:
        print(f"  {name:<40} {seconds:8.3f} s  {seconds / total:6.1%}")
    print(f"  {'total':<40} {total:8.3f} s")
    print("slowest rules:")
    for name, seconds in rules[:6]:
        print(f"  {name:<40} {seconds:8.3f} s")
    if args.pyinstrument:
        print(profiler.output_text(unicode=True, color=False))
    elif args.cprofile:
        import pstats

        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.cprofile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
