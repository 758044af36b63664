#!/usr/bin/env python3
"""Regenerate the golden files that the tests compare generated output against.

    python3 scripts/update_golden.py              # every golden set
    python3 scripts/update_golden.py handbook     # only the named set(s)
    python3 scripts/update_golden.py --list       # the registered sets

Golden files are never edited by hand: change the generator (or the example model), run this,
and review the diff like any other change. ``schemacode`` is not a golden file but generated
code shipped in the package: the schema validators of ``src/govlint/schemacode/``, to be
regenerated after any change to ``schemas/`` (a test fails until they are). Each set is a
function that writes its files into an empty directory; this script then replaces
``tests/golden/<name>/`` (or the set's ``TARGETS`` directory) with that directory.
The tests call the same functions (via :func:`generate`) and compare byte for byte.

To add a set, write ``def golden_NAME(out: Path) -> None`` and register it in ``GENERATORS``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "tests" / "examples"
if str(ROOT / "src") not in sys.path:  # runnable without installing govlint
    sys.path.insert(0, str(ROOT / "src"))

# The handbook's calendar and annual cycle depend on the year and on the build's moment
# (SOURCE_DATE_EPOCH, else the commit's time); golden files use fixed ones.
HANDBOOK_YEAR = 2025
HANDBOOK_EPOCH = "1767139200"  # 2025-12-31T00:00:00Z: after the example's approvals


def golden_handbook(out: Path) -> None:
    """The handbook of tests/examples/small: every generated file, plus the navigation."""
    from govlint.commands.handbook import run_handbook
    from govlint.config import load_config
    from govlint.handbook.generate import mkdocs_nav
    from govlint.handbook.project import build_project_handbook

    config = load_config(ROOT, EXAMPLES / "small")
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = HANDBOOK_EPOCH
    try:
        code = run_handbook(config, out, year=HANDBOOK_YEAR, history=False)
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    if code != 0:
        raise SystemExit(f"govlint handbook failed with exit code {code}")
    # The rule reference is generated from the rules' docstrings, which change with the
    # rules, not with the handbook; tests/test_handbook.py checks that page by structure.
    (out / "govlint.md").unlink()
    nav = build_project_handbook(config, year=HANDBOOK_YEAR, history=False).handbook.nav
    (out / "_nav.json").write_text(
        json.dumps(mkdocs_nav(nav), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def golden_diff(out: Path) -> None:
    """govlint diff of tests/examples/diff/base against .../proposal: the change paper in
    Finnish (the model's language) and in English, and the JSON."""
    from govlint.diff import diff_models
    from govlint.diff.render import render
    from govlint.diff.result import Side
    from govlint.engine import load_directory

    pair = EXAMPLES / "diff"
    old, new = (load_directory(pair / name, base=pair) for name in ("base", "proposal"))
    diff = diff_models(old.model, new.model)
    sides = Side("base", path="base"), Side("proposal", path="proposal")
    for fmt, lang, name in (
        ("markdown", None, "proposal.md"),
        ("markdown", "en", "proposal.en.md"),
        ("json", None, "proposal.json"),
    ):
        text = render(diff, fmt, *sides, lang=lang).rstrip("\n") + "\n"
        (out / name).write_text(text, encoding="utf-8")


def golden_ui(out: Path) -> None:
    """The editing-mistake corpus (tests/ui/cases): govlint check's output for each mistake."""
    if str(ROOT / "tests" / "ui") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests" / "ui"))
    import corpus

    corpus.write_golden(out)


def golden_schemacode(out: Path) -> None:
    """The schema validators shipped in the package (src/govlint/schemacode)."""
    from govlint.fastschema import package_files
    from govlint.schemacheck import KIND_SCHEMAS
    from govlint.sources import schema_files

    texts = {p.name: p.read_text(encoding="utf-8") for p in schema_files()}
    for name, content in package_files(texts, KIND_SCHEMAS).items():
        (out / name).write_text(content, encoding="utf-8")


GENERATORS: dict[str, Callable[[Path], None]] = {
    "handbook": golden_handbook,
    "diff": golden_diff,
    "ui": golden_ui,
    "schemacode": golden_schemacode,
}
# Where a set lives when it is not a golden file under tests/golden/ but generated code.
TARGETS: dict[str, Path] = {"schemacode": ROOT / "src" / "govlint" / "schemacode"}


def generate(name: str, out: Path) -> None:
    """Write golden set ``name`` into the (empty or missing) directory ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    GENERATORS[name](out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="golden sets to regenerate (default: all)")
    parser.add_argument("--list", action="store_true", help="list the golden sets and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, fn in GENERATORS.items():
            print(f"{name}: {(fn.__doc__ or '').strip().splitlines()[0]}")
        return 0
    unknown = [n for n in args.names if n not in GENERATORS]
    if unknown:
        parser.error(f"unknown golden set(s) {unknown}; known: {sorted(GENERATORS)}")
    for name in args.names or list(GENERATORS):
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / name
            generate(name, fresh)
            target = TARGETS.get(name, GOLDEN / name)
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(fresh, target)
        count = sum(1 for p in target.rglob("*") if p.is_file())
        print(f"updated {target.relative_to(ROOT)} ({count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
