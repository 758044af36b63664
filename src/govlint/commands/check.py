"""``govlint check``: validate the model, with a result cache for unchanged inputs.

Approval records are also checked against the versions they approve, which git's version tags
mark (:mod:`govlint.diff.records`), and their dates against today: when the model has records,
the cache key covers the tags and the date too.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TextIO

from govlint.config import Config
from govlint.findings import Finding, Severity
from govlint.results import CheckResult
from govlint.sources import SourceFile
from govlint.textsafe import terminal


def run_check(
    config: Config,
    fmt: str,
    out: TextIO,
    strict: bool = False,
    use_cache: bool = True,
    color: bool = False,
    lowest: Severity = Severity.INFO,
) -> int:
    """Check, write the report and return the exit code.

    ``lowest`` hides findings of lower severity from the report (``--severity``); they still
    count, in the summary and for the exit code, and a note says how many are not shown.
    """
    from govlint import cache
    from govlint.reporters import REPORTERS, markdown_summary
    from govlint.sources import display_path, read_directory, schema_files

    model_dir = config.model_dir
    if not model_dir.is_dir():
        print(
            f"govlint: error: model directory '{terminal(display_path(model_dir))}' does not exist "
            "(give it as an argument or set [tool.govlint] model)",
            file=sys.stderr,
        )
        return 2
    files, read_findings = read_directory(model_dir)
    result: CheckResult | None = None
    key = None
    if use_cache:
        extra = f"{Path.cwd()}\0{_history_key(files, config)}"
        key = cache.cache_key(files, read_findings, config.fingerprint(), schema_files(), extra)
        data = cache.get(config.project_root, key)
        if data is not None:
            try:
                result = CheckResult.from_json(data)
            except ValueError:  # a damaged entry: a miss, rewritten below
                result = None
    if result is None:
        result = _fresh(config, files, read_findings)
        if key is not None:
            cache.put(config.project_root, key, result.to_json())
    if lowest is not Severity.INFO:
        result = result.shown(lowest, f"--severity {lowest.value}")
    out.write(REPORTERS[fmt](color=color, config=config).render(result) + "\n")
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8") as fh:
                fh.write(markdown_summary(result))
        except OSError as exc:
            print(
                f"govlint: warning: cannot write the job summary: {terminal(str(exc))}",
                file=sys.stderr,
            )
    return result.exit_code(strict)


def _fresh(config: Config, files: list[SourceFile], read_findings: list[Finding]) -> CheckResult:
    from govlint.engine import finish, load_model, notes, run_rules
    from govlint.sources import display_path

    loaded = load_model(files, display_path(config.model_dir))
    raw = read_findings + loaded.findings + run_rules(loaded.model)
    if loaded.model.approvals and not loaded.model.incomplete:
        from govlint.diff.records import check_records

        raw += check_records(loaded.model, config.project_root, config.model_dir)
    result = finish(raw, config, loaded.suppressions, notes(loaded.model))
    result.files = loaded.files
    result.model = loaded.model
    return result


_APPROVAL_DOC = re.compile(rb"(?m)^kind:[ \t]*[\"']?Approval\b")


def _history_key(files: list[SourceFile], config: Config) -> str:
    """What else an approval record's findings depend on: today's date and git's tags (the
    versions they mark). Without records (a cheap byte scan) nothing, and git is not run."""
    if not any(_APPROVAL_DOC.search(f.data) for f in files):
        return ""
    from govlint.clock import today
    from govlint.diff.gitsource import repo_root, run_git

    repo = repo_root(config.project_root)
    tags = ""
    if repo is not None:
        proc = run_git(
            repo,
            "for-each-ref",
            "--format=%(refname)%00%(objectname)%00%(*objectname)",
            "refs/tags",
        )
        tags = proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else ""
    return f"{today().isoformat()}\0{tags}"
