"""The result of a check, and its stable JSON form (also what the cache stores)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from govlint.config import Waiver
from govlint.findings import Finding, Loc, Severity

if TYPE_CHECKING:
    from govlint.model import Model

JSON_VERSION = 1


@dataclass
class CheckResult:
    findings: list[Finding]  # counted findings, sorted, severities applied
    waived: list[tuple[Finding, Waiver]] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    files: int = 0
    model: Model | None = None
    cached: bool = False

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def infos(self) -> int:
        return self.count(Severity.INFO)

    def exit_code(self, strict: bool = False) -> int:
        """0: no errors (warnings allowed); 1: errors, or warnings under ``strict``."""
        if self.errors or (strict and self.warnings):
            return 1
        return 0

    def summary(self) -> dict[str, int]:
        return {
            "files": self.files,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "waived": len(self.waived),
            "suppressed": len(self.suppressed),
        }

    def to_json(self) -> dict[str, Any]:
        from govlint import __version__

        return {
            "version": JSON_VERSION,
            "tool": {"name": "govlint", "version": __version__},
            "findings": [finding_to_json(f) for f in self.findings],
            "waived": [{**finding_to_json(f), "reason": w.reason} for f, w in self.waived],
            "suppressed": [finding_to_json(f) for f in self.suppressed],
            "summary": self.summary(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        waived = [
            (finding_from_json(d), Waiver(rule=d["rule"], reason=d["reason"]))
            for d in data["waived"]
        ]
        return cls(
            findings=[finding_from_json(d) for d in data["findings"]],
            waived=waived,
            suppressed=[finding_from_json(d) for d in data["suppressed"]],
            files=data["summary"]["files"],
            cached=True,
        )


def finding_to_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.code,
        "slug": f.slug,
        "severity": f.severity.value,
        "message": f.message,
        "hint": f.hint,
        "file": f.loc.file,
        "line": f.loc.line,
        "column": f.loc.column,
        "element": f.element,
    }


def finding_from_json(d: dict[str, Any]) -> Finding:
    return Finding(
        code=d["rule"],
        message=d["message"],
        loc=Loc(d["file"], d["line"], d["column"]),
        hint=d.get("hint"),
        severity=Severity(d["severity"]),
        element=d.get("element"),
        slug=d.get("slug"),
    )
