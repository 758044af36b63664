"""The change paper's structure: the diff arranged for the bodies that decide on it.

A decision maker reads the changes she must approve, so the paper groups them by who must
approve them: each group is one set of approvers (the parties; a city board and the other
party; the steering group), and every change stands once, in the group of exactly its
approvers. A party whose organ must approve is represented by the organ: the city decides
through its board, and the board's decision is the party's (rule GOV093 counts it so).
Groups that hold heavier changes come first, and so does a change within its group. The
changes are numbered through the paper, so that a meeting can refer to "change 3" and the
technical table at the end (or the JSON) can be matched to it.

The model version itself is not a change to approve: the paper shows it in its heading and
leaves ``agreement-version-changed`` to the technical details. Nothing here is worded; the
renderers (:mod:`govlint.diff.markdown`) put it in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from govlint.diff.catalog import LEVELS, Level
from govlint.diff.result import Change, Diff
from govlint.diff.values import Key, R
from govlint.diff.versioning import NOT_CONTENT, VersionCheck, check_version

# Approvers in a group: by party (in the agreement's order), each party's own before its
# organs and positions; bodies and roles of no party after them.
KIND_ORDER = {"party": 0, "organ": 1, "body": 2, "role": 3, "position": 4}


@dataclass(frozen=True)
class Item:
    number: int
    change: Change


@dataclass(frozen=True)
class Group:
    approvers: tuple[Key, ...]
    items: tuple[Item, ...]

    @property
    def level(self) -> Level:
        return max((i.change.level for i in self.items), key=lambda lv: lv.rank)


@dataclass(frozen=True)
class Paper:
    groups: tuple[Group, ...]
    counts: dict[Level, int]  # content changes by level
    version: VersionCheck | None
    others: tuple[Change, ...]  # not for approval (the version number): technical only

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def items(self) -> list[Item]:
        return [item for group in self.groups for item in group.items]


def make_paper(diff: Diff) -> Paper:
    parties = list(diff.new.parties()) + [
        p for p in diff.old.parties() if p not in diff.new.parties()
    ]

    def party_of(key: Key) -> Key | None:
        if key[0] == "party":
            return key
        party = diff.new.field(key, "party") or diff.old.field(key, "party")
        return party.key if isinstance(party, R) else None

    def approver_order(key: Key) -> tuple[int, int, str]:
        party = party_of(key)
        rank = parties.index(party) if party in parties else len(parties)
        return (rank, KIND_ORDER.get(key[0], 9), "/".join(key))

    def deciders(change: Change) -> tuple[Key, ...]:
        """The approvers, without a party whose organ is among them: a city approves through
        its board, so the city board's decision stands for both (as rule GOV093 counts it)."""
        keys = set(change.approvers)
        through_organ = {party_of(k) for k in keys if k[0] == "organ"}
        return tuple(sorted((k for k in keys if k not in through_organ), key=approver_order))

    content = [c for c in diff.changes if c.code not in NOT_CONTENT]
    by_set: dict[tuple[Key, ...], list[Change]] = {}
    for change in content:  # diff order: by the element's place in the model
        by_set.setdefault(deciders(change), []).append(change)

    def group_order(entry: tuple[tuple[Key, ...], list[Change]]) -> tuple[object, ...]:
        approvers, changes = entry
        heaviest = max(c.level.rank for c in changes)
        return (-heaviest, -len(approvers), [approver_order(k) for k in approvers])

    groups: list[Group] = []
    number = 0
    for approvers, changes in sorted(by_set.items(), key=group_order):
        items = []
        for change in sorted(changes, key=lambda c: -c.level.rank):  # stable: diff order kept
            number += 1
            items.append(Item(number, change))
        groups.append(Group(approvers, tuple(items)))
    counts = dict.fromkeys(LEVELS, 0)
    for change in content:
        counts[change.level] += 1
    others = tuple(c for c in diff.changes if c.code in NOT_CONTENT)
    return Paper(tuple(groups), counts, check_version(diff), others)
