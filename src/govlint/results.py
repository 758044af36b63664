"""The result of a check, and its stable JSON form (also what the cache stores)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from govlint.config import Waiver
from govlint.findings import Finding, Loc, Note, Severity

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
    notes: list[Note] = field(default_factory=list)  # what was not checked, and why
    hidden: list[Finding] = field(default_factory=list)  # counted, but not shown (--severity)

    def count(self, severity: Severity) -> int:
        """Findings of ``severity``, shown or hidden: hiding does not change the counts."""
        return sum(1 for f in (*self.findings, *self.hidden) if f.severity is severity)

    def shown(self, lowest: Severity, why: str) -> CheckResult:
        """The result as shown with findings below ``lowest`` hidden; a note says how many."""
        keep = [f for f in self.findings if f.severity.rank >= lowest.rank]
        hidden = [f for f in self.findings if f.severity.rank < lowest.rank]
        notes = list(self.notes)
        counts = [(sum(1 for f in hidden if f.severity is s), s.value) for s in Severity]
        parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n]
        if parts:
            notes.append(Note(f"{' and '.join(parts)} not shown ({why})"))
        return replace(
            self,
            findings=keep,
            hidden=[*self.hidden, *hidden],
            waived=[(f, w) for f, w in self.waived if f.severity.rank >= lowest.rank],
            suppressed=[f for f in self.suppressed if f.severity.rank >= lowest.rank],
            notes=notes,
        )

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
            "hidden": len(self.hidden),
        }

    def to_json(self) -> dict[str, Any]:
        from govlint import __version__

        return {
            "version": JSON_VERSION,
            "tool": {"name": "govlint", "version": __version__},
            "findings": [finding_to_json(f) for f in self.findings],
            "waived": [{**finding_to_json(f), "reason": w.reason} for f, w in self.waived],
            "suppressed": [finding_to_json(f) for f in self.suppressed],
            "notes": [{"message": n.message, "file": n.file} for n in self.notes],
            "summary": self.summary(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        """The result :meth:`to_json` wrote. The cache hands over whatever a file holds, so
        every field is checked: anything else raises ``ValueError`` (a cache miss)."""
        waived = [
            (
                finding_from_json(d),
                Waiver(rule=_field(d, "rule", str), reason=_field(d, "reason", str)),
            )
            for d in _field(data, "waived", list)
        ]
        return cls(
            findings=[finding_from_json(d) for d in _field(data, "findings", list)],
            waived=waived,
            suppressed=[finding_from_json(d) for d in _field(data, "suppressed", list)],
            files=_field(_field(data, "summary", dict), "files", int),
            cached=True,
            notes=[
                Note(_field(n, "message", str), _field(n, "file", str, optional=True))
                for n in _field(data, "notes", list, optional=True) or ()
            ],
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
        "related": [{"file": r.file, "line": r.line, "column": r.column} for r in f.related],
    }


def finding_from_json(d: Any) -> Finding:
    if not isinstance(d, dict):
        raise ValueError("a finding is not an object")
    return Finding(
        code=_field(d, "rule", str),
        message=_field(d, "message", str),
        loc=_loc(d),
        hint=_field(d, "hint", str, optional=True),
        severity=Severity(_field(d, "severity", str)),
        element=_field(d, "element", str, optional=True),
        slug=_field(d, "slug", str, optional=True),
        related=tuple(_loc(r) for r in _field(d, "related", list, optional=True) or ()),
    )


def _loc(d: Any) -> Loc:
    return Loc(_field(d, "file", str), _field(d, "line", int), _field(d, "column", int))


def _field(d: Any, name: str, kind: type, optional: bool = False) -> Any:
    """``d[name]`` if it is a ``kind`` (None allowed when ``optional``); else ValueError."""
    if not isinstance(d, dict):
        raise ValueError(f"not an object where {name!r} is expected")
    value = d.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{name!r} is not a {kind.__name__}")
    return value
