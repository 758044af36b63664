"""Findings: what a check reports, where, and how bad it is.

Every finding points at ``file:line:column`` (1-based; 0 means "whole file" or unknown), so
that editors, CI annotations and SARIF viewers can jump to it.

Findings are ordered root causes first: loading (GOV00x), then schema (GOV01x), then references
(GOV02x), then the model rules, each in file order. A reader fixes the first finding first; a
file that does not load explains the findings that follow from it, so it must come before them.
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
    # Other places of the same mistake (every reference to one missing id): shown with the
    # finding instead of as findings of their own.
    related: tuple[Loc, ...] = field(default=())

    def param(self, name: str) -> str | None:
        """A structured parameter of the finding (e.g. the missing ``topic``), for readers
        that phrase findings in their own words instead of parsing the message."""
        return next((value for key, value in self.extra if key == name), None)

    def sort_key(self) -> tuple[int, str, int, int, str, str]:
        """Root causes first (:func:`phase`), then file order."""
        loc = self.loc
        return (phase(self.code), loc.file, loc.line, loc.column, self.code, self.message)


@dataclass(frozen=True)
class Note:
    """What a check did not do, and why: not a finding, but said so that counts stay honest.

    A reference into a file that does not load is not checked; whole-model rules wait while a
    file has errors; ``--severity`` hides findings. ``file`` is the file concerned, if one is.
    """

    message: str
    file: str | None = None

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


PHASES = ("loading", "schema", "references", "rules")
# Reported while the model directory is read, before any file loads, though numbered with the
# structure rules (GOV08x): a file that cannot be read is a root cause like one that does not
# parse. These are the codes of loadproblems.LOADING_CODES outside GOV00x (a test keeps them so).
READING = frozenset({"GOV081", "GOV082"})


def phase(code: str) -> int:
    """Which stage of checking a code belongs to, as an index into :data:`PHASES`.

    The registry's code ranges say it: GOV00x loading, GOV01x schema, GOV02x references,
    everything else a model rule; and :data:`READING`, the directory's findings, is loading.
    """
    if code in READING:
        return 0
    digits = code[3:]
    if not (code.startswith("GOV") and digits.isdigit()):
        return len(PHASES) - 1
    return min(int(digits) // 10, len(PHASES) - 1)
