"""The moment a build publishes: reproducible, so that two builds of one commit are identical.

The calendar's DTSTAMP and LAST-MODIFIED, its default year and the print edition's date are
taken from here, never from the clock: ``SOURCE_DATE_EPOCH`` when it is set (the convention of
reproducible builds), else the time of the commit that is checked out (``git log -1``; a
shallow clone has it too), else (outside git) the time the model's newest file was changed,
and the clock only for a model without files.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from govlint.model import Model


@dataclass(frozen=True)
class BuildStamp:
    moment: datetime  # aware, UTC
    origin: str  # "SOURCE_DATE_EPOCH", "git", "files" or "clock"

    @property
    def day(self) -> date:
        return self.moment.date()

    @classmethod
    def of_year(cls, year: int) -> BuildStamp:
        """1 January of ``year``: for a handbook whose year is given and nothing else."""
        return cls(datetime(year, 1, 1, tzinfo=UTC), "year")


def build_stamp(directory: Path, environ: Mapping[str, str] = os.environ) -> BuildStamp:
    """The moment of what is being built from ``directory`` (the model's directory)."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return BuildStamp(datetime.fromtimestamp(int(epoch), UTC), "SOURCE_DATE_EPOCH")
    try:
        proc = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=directory,
            capture_output=True,
            text=True,
            env={**environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        proc = None
    if proc is not None and proc.returncode == 0 and proc.stdout.strip().isdigit():
        return BuildStamp(datetime.fromtimestamp(int(proc.stdout.strip()), UTC), "git")
    changed = [f.stat().st_mtime for f in directory.rglob("*") if f.is_file()]
    if changed:
        return BuildStamp(datetime.fromtimestamp(int(max(changed)), UTC), "files")
    return BuildStamp(datetime.now(UTC).replace(microsecond=0), "clock")


def cycle_year(model: Model, moment: datetime) -> int:
    """The year of the annual cycle a reader needs at ``moment``: its own year while a meeting
    of that year is still ahead or under way, else the next one (on 30 November, after the
    last window has closed, next year's cycle is the one to plan for)."""
    year, month = moment.year, moment.month
    last = 0  # the month in which this year's last window ends (0: no anchored meeting)
    for body in model.bodies:
        for meeting in body.cadence.meetings if body.cadence else ():
            # a window over the new year (November-February) is under way until December ends
            end = meeting.month_to if meeting.month_to >= meeting.month_from else 12
            last = max(last, end)
    return year if last == 0 or month <= last else year + 1
