"""``govlint diff OLD [NEW]``: what changed between two versions of the model.

Exit codes: 0 compared (changes or not); 1 with ``--exit-code`` when there are changes, or with
``--fail-on LEVEL`` when a change at that level or above exists or ``modelVersion`` was not
raised as the changes require (:mod:`govlint.diff.versioning`); 2 when a side cannot be read (a
refused or unknown revision, a missing directory) or its model does not load, or when the
html or pdf change paper cannot be made here (the handbook extra is not installed; a PDF asked
for a terminal).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from govlint.config import Config
from govlint.textsafe import terminal

if TYPE_CHECKING:
    from govlint.diff.result import Diff, Side

MAX_SHOWN = 5
PAPER_FORMATS = ("html", "pdf")  # the change paper as a document (govlint.handbook.paperdoc)


def run_diff(
    config: Config,
    old: str,
    new: str | None,
    *,
    fmt: str = "text",
    lang: str | None = None,
    exit_code: bool = False,
    fail_on: str | None = None,
    out: TextIO = sys.stdout,
) -> int:
    from govlint.diff.catalog import Level
    from govlint.diff.compare import diff_models
    from govlint.diff.messages import language
    from govlint.diff.render import render
    from govlint.diff.versioning import check_version
    from govlint.diff.versions import VersionError, load_version
    from govlint.l10n import catalog_for, catalog_languages

    lang = lang or config.language
    if lang is not None and catalog_for(lang) is None:
        known = ", ".join(catalog_languages())
        print(f"govlint: error: no texts in '{lang}' (languages: {known})", file=sys.stderr)
        return 2

    try:
        before = load_version(old, config.model_dir, config.project_root, config.severities)
        after = load_version(new, config.model_dir, config.project_root, config.severities)
    except VersionError as exc:
        print(f"govlint: error: {terminal(str(exc))}", file=sys.stderr)
        for f in exc.findings[:MAX_SHOWN]:
            print(f"  {terminal(str(f.loc))}: {f.code} {terminal(f.message)}", file=sys.stderr)
        if len(exc.findings) > MAX_SHOWN:
            print(f"  ... and {len(exc.findings) - MAX_SHOWN} more", file=sys.stderr)
        return 2
    diff = diff_models(before.model, after.model)
    if fmt in PAPER_FORMATS:
        written = _write_paper(diff, before.side, after.side, language(lang, diff.lang), fmt, out)
        if written:
            return written
    else:
        out.write(render(diff, fmt, before.side, after.side, lang).rstrip("\n") + "\n")
    if fail_on is not None:
        check = check_version(diff)
        if diff.has_level(Level(fail_on)) or (check is not None and check.problem):
            return 1
    if exit_code and diff.changes:
        return 1
    return 0


def _write_paper(diff: Diff, old: Side, new: Side, lang: str, fmt: str, out: TextIO) -> int:
    """The change paper as one HTML page or as PDF; 0 when written, else the exit code (2)
    after saying why."""
    from govlint.handbook.paperdoc import PaperUnavailable, paper_html, paper_pdf
    from govlint.handbook.pdf import PdfUnavailable

    if fmt == "pdf" and out.isatty():
        print("govlint: error: a PDF is not for a terminal: give --output FILE", file=sys.stderr)
        return 2
    try:
        document = paper_html(diff, old, new, lang)
        if fmt == "html":
            out.write(document)
            return 0
        data = paper_pdf(document)
    except (PaperUnavailable, PdfUnavailable) as exc:
        print(f"govlint: error: no {fmt} here: {terminal(str(exc))}", file=sys.stderr)
        return 2
    out.flush()
    out.buffer.write(data)
    out.flush()
    return 0
