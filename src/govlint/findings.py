"""Findings: what a check reports, where, and how bad it is.

Every finding points at ``file:line:column`` (1-based; 0 means "whole file" or unknown), so
that editors, CI annotations and SARIF viewers can jump to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, order=True, slots=True)
class Loc:
    """A place in a model file. ``line`` and ``column`` are 1-based; 0 means unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file


@dataclass(frozen=True)
class Finding:
    """One problem. ``severity`` is filled in from the rule's configured severity."""

    code: str
    message: str
    loc: Loc
    hint: str | None = None
    severity: Severity = Severity.ERROR
    element: str | None = None  # id of the model element concerned, when there is one
    slug: str | None = None  # the rule's slug, filled in with the severity
    extra: tuple[tuple[str, str], ...] = field(default=())  # structured parameters

    def param(self, name: str) -> str | None:
        """A structured parameter of the finding (e.g. the missing ``topic``), for readers
        that phrase findings in their own words instead of parsing the message."""
        return next((value for key, value in self.extra if key == name), None)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.loc.file, self.loc.line, self.loc.column, self.code, self.message)
