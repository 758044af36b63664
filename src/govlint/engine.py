"""The core: read model files, load them once, validate, build the model, run the rules.

:func:`load_model` is what every reader (check, handbook, diff, export, calendar) calls; it
returns the resolved model together with the loading findings. :func:`check` adds the rules,
severities from the configuration, inline suppressions and waivers. Nothing here knows about
click or output formats.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from govlint.config import Config
from govlint.findings import Finding, Loc, Severity
from govlint.model import Model
from govlint.results import CheckResult
from govlint.sources import SourceFile, display_path, read_directory

if TYPE_CHECKING:
    from govlint.document import Document
    from govlint.rules.base import Rule


@dataclass
class LoadResult:
    model: Model
    findings: list[Finding]
    files: int
    # file -> line -> [(rule code or slug, reason)] from inline `# govlint: disable=` comments
    suppressions: dict[str, dict[int, list[tuple[str, str]]]] = field(default_factory=dict)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a model is built.

    Loading allocates hundreds of thousands of small containers that all stay alive; the
    collector's generational passes over them cost ~40% of a 6000-file load and free nothing.
    Reference counting still frees what is dropped; collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_model(files: Iterable[SourceFile], root: str) -> LoadResult:
    """Load, schema-check, build and resolve. All findings come in one pass."""
    with paused_gc():
        return _load_model(files, root)


def _load_model(files: Iterable[SourceFile], root: str) -> LoadResult:
    from govlint import schemacheck
    from govlint.build import build_model
    from govlint.yamlload import load_document

    findings: list[Finding] = []
    good: list[Document] = []
    broken: list[Document] = []
    suppressions: dict[str, dict[int, list[tuple[str, str]]]] = {}
    count = 0
    for src in files:
        count += 1
        doc, problems = load_document(src)
        findings.extend(problems)
        if doc is None:
            continue
        if doc.suppressions:
            suppressions[doc.path] = doc.suppressions
        kind_problem = schemacheck.check_kind(doc)
        if kind_problem is not None:
            findings.append(kind_problem)
            broken.append(doc)
            continue
        schema_problems = schemacheck.validate(doc)
        findings.extend(schema_problems)
        (broken if schema_problems else good).append(doc)
    model, build_findings = build_model(root, good, broken)
    model.incomplete = len(good) < count
    findings.extend(build_findings)
    model.documents = good
    return LoadResult(model=model, findings=findings, files=count, suppressions=suppressions)


def load_directory(model_dir: Path, base: Path | None = None) -> LoadResult:
    files, findings = read_directory(model_dir, base)
    result = load_model(files, display_path(model_dir, base))
    result.findings[:0] = findings
    return result


def run_rules(model: Model) -> list[Finding]:
    """Every model rule; a rule that crashes becomes one finding, never a traceback.

    While some document failed its schema (``model.incomplete``) or tiers share a rank, the
    model is incomplete or ambiguous and whole-model rules are not run: their findings would
    only echo the errors that caused it.
    """
    from govlint.rules import model_rules

    findings: list[Finding] = []
    complete = not model.incomplete and not model.tiers_ambiguous
    with paused_gc():
        for rule in model_rules():
            findings.extend(_run_rule(rule, model, complete))
    return findings


def _run_rule(rule: Rule, model: Model, complete: bool) -> list[Finding]:
    assert rule.check is not None
    if rule.whole_model and not complete:
        return []
    try:
        return [replace(f, severity=rule.severity, slug=rule.slug) for f in rule.check(model)]
    except Exception as exc:  # an internal error must not hide the other rules' findings
        return [
            Finding(
                rule.code,
                f"internal error in rule {rule.slug}: {type(exc).__name__}: {exc}",
                Loc(model.root),
                hint="Please report this as a govlint bug.",
            )
        ]


def check(config: Config, base: Path | None = None) -> CheckResult:
    """Run a whole check of the configured model directory."""
    model_dir = config.model_dir
    if not model_dir.is_dir():
        raise FileNotFoundError(f"model directory {display_path(model_dir, base)} does not exist")
    loaded = load_directory(model_dir, base)
    raw = loaded.findings + run_rules(loaded.model)
    result = finish(raw, config, loaded.suppressions)
    result.files = loaded.files
    result.model = loaded.model
    return result


def finish(
    raw: list[Finding], config: Config, suppressions: dict[str, dict[int, list[tuple[str, str]]]]
) -> CheckResult:
    """Apply configured severities, inline suppressions and waivers; sort."""
    from govlint.rules import RULES, code_for

    result = CheckResult(findings=[])
    codes = {r.slug: r.code for r in RULES.values()}
    seen: set[tuple[str, str, int, int, str]] = set()
    for finding in raw:
        key = (
            finding.code,
            finding.loc.file,
            finding.loc.line,
            finding.loc.column,
            finding.message,
        )
        if key in seen:
            continue
        seen.add(key)
        rule = RULES.get(finding.code)
        level = config.severities.get(finding.code, rule.severity if rule else Severity.ERROR)
        if level is None:
            continue
        finding = replace(finding, severity=level, slug=rule.slug if rule else None)
        line_rules = suppressions.get(finding.loc.file, {}).get(finding.loc.line, [])
        if any(code_for(name) == finding.code for name, _ in line_rules):
            result.suppressed.append(finding)
            continue
        waiver = next((w for w in config.waivers if w.matches(finding, codes)), None)
        if waiver is not None:
            result.waived.append((finding, waiver))
            continue
        result.findings.append(finding)
    result.findings.sort(key=Finding.sort_key)
    return result
