"""Approval records: who approved which version of the model, and whether that adds up.

A record (kind ``Approval``, one file per version under ``approvals/``) says which
``modelVersion`` was approved, the approved version it changes (``previous``) and the
decisions: who decided, when, and the reference in the minutes. GOV090-GOV092 read the
records alone. GOV093 compares the decisions with the approvers the diff from ``previous`` to
``version`` names, which needs both versions' models: :func:`check_approvers` gets them from a
:class:`VersionHistory` (the working tree and git's version tags, see
:mod:`govlint.diff.records`); where one cannot be had, GOV094 says so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from govlint.clock import today
from govlint.findings import Finding
from govlint.model import Approval, Decision, Model, Organ


def _version(text: str | None) -> tuple[int, ...] | None:
    parts = (text or "").split(".")
    return tuple(int(p) for p in parts) if len(parts) == 3 and all(parts) else None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def previous_record(model: Model, record: Approval) -> Approval | None:
    """The record of the highest version below ``record``'s (the last approved before it)."""
    mine = _version(record.version)
    below = [(v, r) for r in model.approvals if (v := _version(r.version)) and mine and v < mine]
    return max(below, key=lambda pair: pair[0])[1] if below else None


def check_approval_versions(model: Model) -> Iterator[Finding]:
    """An approval record names a version the model has reached, once, after the one before.

    A record approves one ``modelVersion``: it cannot be above the model's own version (that
    version does not exist yet), a version has one record, and ``previous`` is the approved
    version just below it: the newest other record's version when there is one, and lower
    than ``version`` in any case. The decisions are checked against the changes since
    ``previous``, so a wrong ``previous`` would check them against the wrong changes.

    Bad::

        # approvals/1.2.0.yaml, while agreement.yaml says modelVersion: 1.1.0
        version: 1.2.0
        previous: 1.0.0        # approvals/1.1.0.yaml records 1.1.0

    Good::

        version: 1.1.0
        previous: 1.0.0
    """
    current = _version(model.agreement.model_version) if model.agreement else None
    first: dict[str, Approval] = {}
    for record in model.approvals:
        mine = _version(record.version)
        if record.version in first:
            yield Finding(
                "GOV090",
                f"a second approval record of version {record.version} (the first is at "
                f"{first[record.version].loc})",
                record.at("version"),
                hint="Keep one record per version; put every decision on it in its decisions.",
            )
            continue
        first[record.version] = record
        if current is not None and mine is not None and mine > current:
            yield Finding(
                "GOV090",
                f"the record approves version {record.version}, but the model is at "
                f"modelVersion {model.agreement.model_version if model.agreement else ''}",
                record.at("version"),
                hint="Record an approval once the model carries that version, or fix the version.",
            )
        before = _version(record.previous)
        if record.previous is not None and before is not None and mine and before >= mine:
            yield Finding(
                "GOV090",
                f"previous version {record.previous} is not lower than version {record.version}",
                record.at("previous"),
                hint="previous is the approved version this one changes, so it is lower.",
            )
            continue
        last = previous_record(model, record)
        if last is not None and record.previous != last.version:
            said = f"says {record.previous}" if record.previous else "names none"
            yield Finding(
                "GOV090",
                f"the approved version before {record.version} is {last.version} ({last.loc}), "
                f"but the record's previous {said}",
                record.at("previous") if record.previous else record.at("version"),
                hint=f"Set previous: {last.version}; the decisions are checked against the "
                "changes since then.",
            )


def check_approval_dates(model: Model) -> Iterator[Finding]:
    """A decision's date is a real date and not in the future.

    A record states decisions that were made, so a date after today (or after the build's
    ``SOURCE_DATE_EPOCH``, the commit's time in a reproducible build) is a typo or an
    approval recorded in advance. ``2027-02-30`` passes the schema's pattern but is no date.

    Bad::

        decisions:
          - {by: alfa.hallitus, date: "2099-02-15", minutes: "§ 45"}

    Good::

        decisions:
          - {by: alfa.hallitus, date: "2027-02-15", minutes: "§ 45"}
    """
    now = today()
    for record in model.approvals:
        for decision in record.decisions:
            day = _date(decision.date)
            if day is None:
                yield Finding(
                    "GOV091",
                    f"'{decision.date}' is not a date",
                    decision.at("date"),
                    hint="Write the decision's date as YYYY-MM-DD.",
                    element=decision.by.id,
                )
            elif day > now:
                yield Finding(
                    "GOV091",
                    f"the decision of '{decision.by.id}' is dated {decision.date}, after today "
                    f"({now.isoformat()}): a record states decisions already made",
                    decision.at("date"),
                    hint="Correct the date, or add the decision once it is made.",
                    element=decision.by.id,
                )


def check_approval_order(model: Model) -> Iterator[Finding]:
    """A version is approved after the version before it.

    The decisions on a version change the approved version before it, so none can predate
    that version's last approval (recorded in its own record, the one ``previous`` names).

    Bad::

        # approvals/1.0.0.yaml: decided 2027-02-15; approvals/1.1.0.yaml:
        decisions:
          - {by: alfa.hallitus, date: "2026-12-01", minutes: "§ 12"}

    Good::

        decisions:
          - {by: alfa.hallitus, date: "2027-09-01", minutes: "§ 112"}
    """
    by_version = {r.version: r for r in model.approvals}
    for record in model.approvals:
        earlier = by_version.get(record.previous or "")
        dates = [d for d in (_date(x.date) for x in earlier.decisions) if d] if earlier else []
        if not dates:
            continue
        last = max(dates)
        for decision in record.decisions:
            day = _date(decision.date)
            if day is not None and day < last:
                yield Finding(
                    "GOV092",
                    f"the decision of '{decision.by.id}' on version {record.version} is dated "
                    f"{decision.date}, before version {record.previous} was approved "
                    f"({last.isoformat()}, {earlier.loc if earlier else ''})",
                    decision.at("date"),
                    hint="Check the date, and that previous names the right version.",
                    element=decision.by.id,
                )


@dataclass(frozen=True)
class Approver:
    """Someone the diff says must approve: an element of the model by kind and id."""

    kind: str  # party | organ | body | position | role ...
    id: str
    name: str


class VersionHistory(Protocol):
    """Who must approve the move from one version to another, from the versions' models."""

    def required_approvers(self, previous: str | None, version: str) -> list[Approver] | str:
        """The approvers of every change from ``previous`` (None: the first version, which
        every party approves) to ``version``; a string says why that cannot be known."""
        ...


APPROVERS_DOC = """An approval record has a decision of everyone the version's changes need.

The diff names who must approve each change (a body's appointer, a matter type's last
instance, the parties for the agreement, its commitments and goals). The record of a version
must hold a decision of each of them for the changes from ``previous`` to ``version``; the
first approved version (no ``previous``) is approved by every party. A party's approval may
be given by one of its organs (its city board). govlint finds the two versions' models in the
working tree and in git's version tags (``v1.1.0`` or ``1.1.0``): the tag marks the approved
commit, the record says who approved it.

Bad::

    # the change from 1.0.0 moves the steering group's budget meeting,
    # which alfa.hallitus appoints; approvals/1.1.0.yaml:
    previous: 1.0.0
    decisions:
      - {by: beeta, date: "2027-02-20", minutes: "§ 30"}

Good::

    decisions:
      - {by: alfa.hallitus, date: "2027-02-15", minutes: "§ 45"}
      - {by: beeta, date: "2027-02-20", minutes: "§ 30"}
"""

UNVERIFIED_DOC = """The versions an approval record concerns can be found, to check its decisions.

To check who had to approve a version, govlint compares its model with the previous approved
version's. Each is the working tree's model when its ``modelVersion`` is that version, else
the commit a version tag (``v1.0.0`` or ``1.0.0``) marks. Without either the decisions cannot
be checked; this warning says which is missing rather than passing the record unchecked.
A shallow clone has no tags: fetch them (``git fetch --tags``; in GitHub Actions
``actions/checkout`` with ``fetch-depth: 0``).

Bad::

    # approvals/1.1.0.yaml says previous: 1.0.0, and no tag marks version 1.0.0

Good::

    git tag -a v1.0.0 <the approved commit> -m "Hyväksytty 2026-06-01"
"""


def satisfied(required: Approver, decisions: list[Decision]) -> bool:
    """A decision of the approver itself, or for a party one of its organs (a city decides
    through its board)."""
    for decision in decisions:
        if decision.by.id == required.id:
            return True
        target = decision.by.target
        if (
            required.kind == "party"
            and isinstance(target, Organ)
            and target.party is not None
            and target.party.id == required.id
        ):
            return True
    return False


def check_approvers(model: Model, history: VersionHistory) -> Iterator[Finding]:
    """GOV093 (a needed approver has no decision) and GOV094 (cannot be checked)."""
    seen: set[str] = set()
    for record in model.approvals:
        if record.version in seen:
            continue  # a second record of a version is GOV090's
        seen.add(record.version)
        required = history.required_approvers(record.previous, record.version)
        if isinstance(required, str):
            yield Finding(
                "GOV094",
                f"cannot check who had to approve version {record.version}: {required}",
                record.at("previous") if record.previous else record.at("version"),
                hint="Tag the approved commits (git tag -a v1.0.0 <commit>) and fetch the "
                "tags where govlint runs.",
            )
            continue
        why = (
            f"the changes from {record.previous} need"
            if record.previous
            else "a first version needs (every party)"
        )
        for approver in required:
            if satisfied(approver, record.decisions):
                continue
            yield Finding(
                "GOV093",
                f"version {record.version} has no decision of {approver.name} "
                f"({approver.kind} '{approver.id}'), whose approval {why}",
                record.doc.key_locs.get(("decisions",), record.at("decisions")),
                hint=f"Add the decision (by: {approver.id}, date, minutes); `govlint diff` "
                "between the two versions lists who approves each change.",
                element=approver.id,
            )
