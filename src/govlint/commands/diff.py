"""``govlint diff OLD [NEW]``: what changed between two versions of the model.

Exit codes: 0 compared (changes or not); 1 with ``--exit-code`` when there are changes, or with
``--fail-on LEVEL`` when a change at that level or above exists or ``modelVersion`` was not
raised as the changes require (:mod:`govlint.diff.versioning`); 2 when a side cannot be read (a
refused or unknown revision, a missing directory) or its model does not load.
"""

from __future__ import annotations

import sys
from typing import TextIO

from govlint.config import Config
from govlint.textsafe import terminal

MAX_SHOWN = 5


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
    out.write(render(diff, fmt, before.side, after.side, lang).rstrip("\n") + "\n")
    if fail_on is not None:
        check = check_version(diff)
        if diff.has_level(Level(fail_on)) or (check is not None and check.problem):
            return 1
    if exit_code and diff.changes:
        return 1
    return 0
