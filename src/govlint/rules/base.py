"""What a rule is. Rules are plain functions with a docstring; the registry lists them."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govlint.findings import Finding, Severity

if TYPE_CHECKING:
    from govlint.model import Model

CheckFn = Callable[["Model"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule: stable code, readable slug, default severity and its documentation.

    ``check`` is None for rules whose findings come from loading (YAML syntax, encoding,
    schema): those run before there is a model. ``doc`` is the docstring of ``check`` or the
    explicit text given; its first line is the summary, the rest explains with a bad and a good
    example.
    """

    code: str
    slug: str
    severity: Severity
    check: CheckFn | None = None
    doc_text: str | None = None
    # Rules about the model as a whole (graph, representation) give misleading findings while a
    # document is missing from it because it failed its schema: they wait until it is fixed.
    whole_model: bool = False
    # Keys whose values the rule reports as missing. In a document pruned for schema errors
    # (govlint.salvage), a pruned value under one of them would look missing: the rule's
    # findings in that document are left out, and the check's notes say so.
    absent: tuple[str, ...] = ()
    # Rules that compare versions of the model (approval records): run with the versions
    # found in git (govlint.diff.records), not by run_rules.
    history: bool = False

    @property
    def doc(self) -> str:
        text = self.doc_text if self.doc_text is not None else (self.check.__doc__ or "")
        return inspect.cleandoc(text)

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()

    @property
    def body(self) -> str:
        parts = self.doc.split("\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""
