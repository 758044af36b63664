"""Version discipline: a change to the model's content raises its ``modelVersion``.

``modelVersion`` is a semantic version (``major.minor.patch``). What a change needs depends on
its impact level (:mod:`govlint.diff.catalog`):

* a change that weakens a commitment (``breaking``) or a ``significant`` one needs at least a
  minor raise (``1.0.0`` → ``1.1.0``; a major raise does too);
* a ``minor`` or ``editorial`` change needs at least a patch raise (``1.0.0`` → ``1.0.1``).

The version number itself is not content (``agreement-version-changed`` is left out), so a
raise alone asks for nothing. A version that was not raised, raised too little or lowered is a
finding of the diff (``version-not-raised``): every format shows it, and ``govlint diff
--fail-on`` exits 1 on it. A side whose version is not ``major.minor.patch`` (a model without an
Agreement document) cannot be judged and is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.diff.catalog import Level
from govlint.diff.facts import AGREEMENT
from govlint.diff.result import Diff
from govlint.findings import Loc

CODE = "version-not-raised"
NOT_CONTENT = frozenset({"agreement-version-changed"})
_SEMVER = re.compile(r"([0-9]+)\.([0-9]+)\.([0-9]+)")
RAISES = ("none", "patch", "minor", "major")  # in increasing order


@dataclass(frozen=True)
class VersionCheck:
    """The version raise a diff needs, and what the new side did.

    ``status``: ``ok``, ``not-raised`` (same version), ``raised-too-little`` or ``lowered``.
    ``needed``: ``minor`` or ``patch``; ``suggested`` the lowest version that would do;
    ``level`` the highest impact among the content changes; ``loc`` the new side's
    ``modelVersion``.
    """

    status: str
    needed: str
    old: str
    new: str
    suggested: str
    level: Level
    loc: Loc | None = None

    @property
    def problem(self) -> bool:
        return self.status != "ok"


def parse(version: str | None) -> tuple[int, int, int] | None:
    match = _SEMVER.fullmatch(version or "")
    if match is None:
        return None
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def raise_of(old: tuple[int, int, int], new: tuple[int, int, int]) -> str:
    """``major``, ``minor``, ``patch``, ``none`` (equal) or ``lower``."""
    if new < old:
        return "lower"
    if new[0] > old[0]:
        return "major"
    if new[1] > old[1]:
        return "minor"
    return "patch" if new[2] > old[2] else "none"


def needed_raise(level: Level) -> str:
    return "minor" if level.rank >= Level.SIGNIFICANT.rank else "patch"


def check_version(diff: Diff) -> VersionCheck | None:
    """The version check of ``diff``; None when nothing but the version changed or a side's
    version is not ``major.minor.patch``."""
    content = [c for c in diff.changes if c.code not in NOT_CONTENT]
    old, new = parse(diff.old.version), parse(diff.new.version)
    if not content or old is None or new is None:
        return None
    level = max((c.level for c in content), key=lambda lv: lv.rank)
    needed = needed_raise(level)
    done = raise_of(old, new)
    if done == "lower":
        status = "lowered"
    elif done == "none":
        status = "not-raised"
    elif RAISES.index(done) < RAISES.index(needed):
        status = "raised-too-little"
    else:
        status = "ok"
    major, minor, patch = old
    suggested = f"{major}.{minor + 1}.0" if needed == "minor" else f"{major}.{minor}.{patch + 1}"
    agreement = diff.new.get(AGREEMENT)
    return VersionCheck(
        status,
        needed,
        diff.old.version or "",
        diff.new.version or "",
        suggested,
        level,
        agreement.loc_of("modelVersion") if agreement is not None else None,
    )
