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
from govlint.findings import Finding, Loc, Note, Severity
from govlint.model import Model
from govlint.results import CheckResult
from govlint.sources import SourceFile, display_path, read_directory

if TYPE_CHECKING:
    from govlint.document import Document
    from govlint.rules.base import Rule
    from govlint.salvage import Unbuilt


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

    What was made while paused is long-lived, so it goes straight to the oldest generation
    (``freeze`` then ``unfreeze`` moves every tracked object there without looking at any):
    left in the youngest, the first collection after the pause would walk all of it, ~0.5 s
    of a 300-city check, to free nothing. Garbage among it is still collected with the oldest
    generation.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def load_model(files: Iterable[SourceFile], root: str) -> LoadResult:
    """Load, schema-check, build and resolve. All findings come in one pass."""
    with paused_gc():
        return _load_model(files, root)


def _load_model(files: Iterable[SourceFile], root: str) -> LoadResult:
    from govlint import schemacheck
    from govlint.build import build_model
    from govlint.salvage import ids_within, prune_invalid, unbuilt
    from govlint.yamlload import load

    findings: list[Finding] = []
    good: list[Document] = []
    failed: list[Unbuilt] = []
    suppressions: dict[str, dict[int, list[tuple[str, str]]]] = {}
    count = 0
    for src in files:
        count += 1
        loaded = load(src)
        findings.extend(loaded.findings)
        doc = loaded.doc
        if doc is None:
            data = loaded.partial.data if loaded.partial is not None else None
            failed.append(unbuilt(src.path, "does not load", data, loaded.scanned, exact=False))
            continue
        if doc.suppressions:
            suppressions[doc.path] = doc.suppressions
        if loaded.truncated:  # what follows the stray '---' is missing: not a schema error
            failed.append(
                unbuilt(doc.path, "holds several documents", doc.data, loaded.scanned, exact=False)
            )
            continue
        kind_problem = schemacheck.check_kind(doc)
        if kind_problem is not None:
            findings.append(kind_problem)
            failed.append(unbuilt(doc.path, "has no known kind", doc.data))
            continue
        schema_problems = schemacheck.validate(doc)
        findings.extend(schema_problems)
        if not schema_problems:
            good.append(doc)
            continue
        if any(f.param("kind") for f in schema_problems):  # written as the wrong kind
            failed.append(unbuilt(doc.path, "has the wrong kind", doc.data))
            continue
        record = unbuilt(doc.path, "fails its schema", doc.data)
        pruned = prune_invalid(doc, schemacheck.invalid_paths(doc.data["kind"]))
        if pruned is not None:
            record.built, record.removed = True, pruned.removed
            for path in pruned.removed:
                for found in ids_within(_value_at(doc.data, path)):
                    record.ids.setdefault(found, ())
            good.append(pruned.doc)
        failed.append(record)
    model, build_findings = build_model(root, good, failed)
    model.incomplete = bool(failed)
    findings.extend(build_findings)
    model.documents = good
    return LoadResult(model=model, findings=findings, files=count, suppressions=suppressions)


def _value_at(data: object, path: tuple[str | int, ...]) -> object:
    for part in path:
        data = data[part]  # type: ignore[index]  # a pruned path exists in the original
    return data


def load_directory(model_dir: Path, base: Path | None = None) -> LoadResult:
    files, findings = read_directory(model_dir, base)
    result = load_model(files, display_path(model_dir, base))
    result.findings[:0] = findings
    return result


def run_rules(model: Model) -> list[Finding]:
    """Every model rule; a rule that crashes becomes one finding, never a traceback.

    While some file has errors (``model.incomplete``), a reference does not resolve or tiers
    share a rank, the model is incomplete or ambiguous and whole-model rules are not run: their
    findings would only echo the errors that caused it. A rule that reports something missing
    does not report it in a document whose values under the keys it reads (``Rule.absent``)
    were pruned for schema errors: what looks missing may be the pruned value. :func:`notes`
    says what did not run.
    """
    from govlint.rules import model_rules

    findings: list[Finding] = []
    complete = not (model.incomplete or model.tiers_ambiguous or model.unresolved)
    with paused_gc():
        for rule in model_rules():
            skip = _skipped_files(rule, model)
            findings.extend(f for f in _run_rule(rule, model, complete) if f.loc.file not in skip)
    return findings


def _skipped_files(rule: Rule, model: Model) -> set[str]:
    """Files whose pruned values the rule's findings could be about."""
    if not rule.absent:
        return set()
    pruned = [u for u in model.unbuilt if u.built and u.lacks(rule.absent)]
    if any(u.kind == "Agreement" for u in pruned):  # every document reads the Agreement
        return {d.path for d in model.documents}
    return {u.path for u in pruned}


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


def notes(model: Model) -> list[Note]:
    """What the check did not do because of errors, in file order, then the model as a whole."""
    from govlint.rules import model_rules
    from govlint.schemahints import describe_path

    rules = model_rules()
    out: list[Note] = []
    for u in sorted(model.unbuilt, key=lambda u: u.path):
        refs = f"{_plural(u.unchecked, 'reference')} to ids defined in it" if u.unchecked else ""
        if not u.built:
            until = _UNTIL.get(u.reason, "until its schema errors are fixed")
            what = f"neither its elements nor {refs} were" if refs else "its elements were not"
            out.append(Note(f"left out of the model {until}: {what} checked", u.path))
            continue
        top = [p for p in u.removed if not any(p[: len(q)] == q for q in u.removed if q != p)]
        shown = ", ".join(describe_path(p) for p in top[:3]) + (", ..." if len(top) > 3 else "")
        parts = [f"left out of the model for schema errors: {shown}"]
        skipped = [r.slug for r in rules if u.path in _skipped_files(r, model)]
        if skipped:
            parts.append(f"not checked here: {', '.join(skipped)}")
        if u.unchecked:
            parts.append(f"{_plural(u.unchecked, 'reference')} into what was left out not checked")
        out.append(Note("; ".join(parts), u.path))
    waiting = [r.slug for r in rules if r.whole_model]
    reasons = []
    if model.incomplete:
        n = len(model.unbuilt)
        reasons.append(f"the {_plural(n, 'file')} with errors {'loads' if n == 1 else 'load'}")
    if model.unresolved:
        reasons.append("every reference resolves")
    if model.tiers_ambiguous:
        reasons.append("no two tiers share a rank")
    if waiting and reasons:
        out.append(
            Note(
                f"whole-model rules did not run ({', '.join(waiting)}): they wait until "
                + " and ".join(reasons)
            )
        )
    return out


_UNTIL = {
    "does not load": "until it loads",
    "has no known kind": "until its apiVersion and kind are right",
    "has the wrong kind": "until its kind is fixed",
    "holds several documents": "until it holds one document",
}


_UNTIL = {
    "does not load": "until it loads",
    "has no known kind": "until its apiVersion and kind are right",
    "has the wrong kind": "until its kind is fixed",
    "holds several documents": "until it holds one document",
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def check(config: Config, base: Path | None = None) -> CheckResult:
    """Run a whole check of the configured model directory."""
    model_dir = config.model_dir
    if not model_dir.is_dir():
        raise FileNotFoundError(f"model directory {display_path(model_dir, base)} does not exist")
    loaded = load_directory(model_dir, base)
    raw = loaded.findings + run_rules(loaded.model)
    result = finish(raw, config, loaded.suppressions, notes(loaded.model))
    result.files = loaded.files
    result.model = loaded.model
    return result


def load_problem(loaded: LoadResult, config: Config) -> tuple[CheckResult, str | None]:
    """The loading findings as ``govlint check`` counts them (configured severities,
    suppressions, waivers), and why nothing should be made from the model, or None: it has
    loading errors, or a file did not load whole although its errors are waived or
    suppressed (what the file holds would be missing without a word)."""
    result = finish(loaded.findings, config, loaded.suppressions)
    if result.errors:
        return result, f"the model has {result.errors} loading error(s); run `govlint check`"
    left_out = len(loaded.model.unbuilt)
    if left_out:
        return result, (
            f"{left_out} file(s) did not load whole into the model (their errors are waived "
            "or suppressed); run `govlint check --no-cache` and fix them first"
        )
    return result, None


def finish(
    raw: list[Finding],
    config: Config,
    suppressions: dict[str, dict[int, list[tuple[str, str]]]],
    notes: Iterable[Note] = (),
) -> CheckResult:
    """Apply configured severities, inline suppressions and waivers; sort root causes first."""
    from govlint.rules import RULES, code_for

    result = CheckResult(findings=[], notes=list(notes))
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
