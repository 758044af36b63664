"""A check as a SARIF 2.1.0 log, shaped for GitHub code scanning.

Code scanning tracks an alert from run to run by its ``partialFingerprints``: two results
with one fingerprint are merged into one alert, and a fingerprint that changes closes the
alert and opens a new one. A fingerprint here is therefore built from what the finding *is*
(rule code, file, element, and its message with any line numbers masked), never from where
it currently sits, so moving lines does not reopen an alert. Findings that would still share
one (the same message twice for the same element in one file) are told apart by their order
in the file, as GitHub's own ``primaryLocationLineHash`` does.

A finding about the model as a whole (no Agreement document, no tiers) has no line of its
own; code scanning needs a file and a line, so it is shown on the configuration line that
names the model directory. Each rule links to its entry in the published handbook's rule
reference when the project configures where that is (``handbook-url`` and
``rule-reference`` in ``[tool.govlint]``); otherwise no link is given.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from govlint.findings import Finding, Loc, Severity
from govlint.results import CheckResult

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "govlintFinding/v1"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MAX_RELATED = 1000  # relatedLocations GitHub code scanning accepts per result

# "first at line 12", "started at line 3", "governance/agreement.yaml:1:1": where something
# else is, which moves with unrelated edits and so must not be part of a fingerprint.
_WHERE_IN_TEXT = re.compile(r"\bline \d+|(?<=\S):\d+(?::\d+)?\b")


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding, unique within the list, independent of line numbers."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        what = _WHERE_IN_TEXT.sub("#", f.message)
        key = "\0".join((f.code, f.loc.file, f.element or "", what))
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
        seen[digest] += 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def information_uri() -> str | None:
    """The tool's home page, from the installed package's metadata."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("govlint").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"source", "homepage"}:
            return url.strip()
    return None


def sarif_log(
    result: CheckResult,
    *,
    rule_help: dict[str, str] | None = None,
    model_root: str | None = None,
    model_anchor: Loc | None = None,
) -> dict[str, Any]:
    """The SARIF log of ``result``.

    ``rule_help``: rule code -> URL of its documentation (helpUri). ``model_root``: how the
    model directory is written in findings' locations; a finding located there is shown at
    ``model_anchor`` (the configuration line naming the model) when one is given.
    """
    from govlint import __version__
    from govlint.rules import RULES

    codes = list(RULES)
    rules = []
    for r in RULES.values():
        rule: dict[str, Any] = {
            "id": r.code,
            "name": r.slug,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.summary},
            "help": {"text": r.doc, "markdown": r.doc},
            "defaultConfiguration": {"level": LEVEL[r.severity]},
            "properties": {"tags": [r.slug]},
        }
        if rule_help and r.code in rule_help:
            rule["helpUri"] = rule_help[r.code]
        rules.append(rule)

    entries: list[tuple[Finding, dict[str, str] | None]] = [(f, None) for f in result.findings]
    entries += [
        (f, {"kind": "external", "justification": waiver.reason}) for f, waiver in result.waived
    ]
    entries += [(f, {"kind": "inSource"}) for f in result.suppressed]
    prints = fingerprints(f for f, _ in entries)
    results = []
    for (f, suppression), fingerprint in zip(entries, prints, strict=True):
        loc = f.loc
        if model_anchor is not None and loc.file == model_root and not loc.line:
            loc = model_anchor
        out: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code) if f.code in codes else -1,
            "level": LEVEL[f.severity],
            "message": {"text": f.message + (f"\n{f.hint}" if f.hint else "")},
            "locations": [{"physicalLocation": _physical(loc)}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        }
        if f.related:  # the other places of the same mistake (GitHub keeps up to 1000)
            out["relatedLocations"] = [
                {"id": i, "physicalLocation": _physical(other)}
                for i, other in enumerate(f.related[:MAX_RELATED], start=1)
            ]
        if suppression is not None:
            out["suppressions"] = [suppression]
        results.append(out)
    # What was not checked, and why (CheckResult.notes): the run's notifications.
    notifications: list[dict[str, Any]] = []
    for note in result.notes:
        notification: dict[str, Any] = {"level": "note", "message": {"text": note.message}}
        if note.file:
            notification["locations"] = [{"physicalLocation": _physical(Loc(note.file))}]
        notifications.append(notification)

    driver: dict[str, Any] = {
        "name": "govlint",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": rules,
    }
    home = information_uri()
    if home:
        driver["informationUri"] = home
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "originalUriBaseIds": {
                    "%SRCROOT%": {
                        "description": {
                            "text": "The directory govlint was run in (the repository root)."
                        }
                    }
                },
                "invocations": [
                    {"executionSuccessful": True, "toolExecutionNotifications": notifications}
                ],
                "results": results,
            }
        ],
    }


def _physical(loc: Loc) -> dict[str, Any]:
    if loc.file.startswith("/"):  # outside the working directory: an absolute file URI
        artifact: dict[str, str] = {"uri": PurePosixPath(loc.file).as_uri()}
    else:  # the name's own bytes, also when they are not UTF-8 (surrogateescape)
        uri = quote(loc.file.encode("utf-8", "surrogateescape"))
        artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"}
    # code scanning needs a line; a finding about a whole file is shown on its first line
    region = {"startLine": max(loc.line, 1), "startColumn": max(loc.column, 1)}
    return {"artifactLocation": artifact, "region": region}
