"""Today, as govlint judges dates: ``SOURCE_DATE_EPOCH`` when it is set, else the clock.

Reproducible builds set ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) to the commit's time;
a check that compares a date with "today" then gives the same answer for the same commit on
any day. Kept apart and light: the result cache keys on it without importing the rules.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime


def today() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            pass
    return datetime.now(tz=UTC).date()
