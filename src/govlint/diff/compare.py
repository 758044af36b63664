"""Compare two models by identity: added, removed, renamed and changed facts, as catalogued
changes with their level and approvers.

Steps: both models become facts (:mod:`~govlint.diff.facts`); renames are paired and the old side
is rewritten to the new ids (:mod:`~govlint.diff.renames`); facts present on one side only are
additions or removals (the seats, meetings and duties of a body that is itself added or removed
are folded into it); facts on both sides are compared field by field and every changed field is
classified (:data:`FIELD_CODES`, else ``<kind>-changed``; translation-only and provenance
changes have their own codes); finally the whole-model consequences are added
(:mod:`~govlint.diff.consequences`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from govlint.diff.approval import approvers
from govlint.diff.catalog import CATALOG, level_of
from govlint.diff.consequences import commitments_on, consequences
from govlint.diff.extract import extract
from govlint.diff.facts import AGREEMENT, Fact, Facts
from govlint.diff.renames import PART_KINDS, find_renames
from govlint.diff.result import Change, Diff
from govlint.diff.values import Count, Key, R, Src, TextV
from govlint.model import Model

Classifier = Callable[[Any, Any], str | None]


def _cadence(before: Any, after: Any) -> str:
    if (
        isinstance(before, Count)
        and isinstance(after, Count)
        and (after.min < before.min or after.max < before.max)
    ):
        return "cadence-reduced"
    return "cadence-changed"


def _topics(before: Any, after: Any) -> str:
    lost = {t[0] for t in before or ()} - {t[0] for t in after or ()}
    return "meeting-topic-removed" if lost else "meeting-changed"


def _representation_required(before: Any, after: Any) -> str:
    return "tier-representation-dropped" if before and not after else "tier-representation-required"


def _required_parties(before: Any, after: Any) -> str:
    """Which parties a tier requires (None: every party): a party no longer required
    weakens the commitment, one more required does not."""
    if after is not None and (before is None or set(before) - set(after)):
        return "tier-representation-dropped"
    return "tier-representation-required"


FIELD_CODES: dict[tuple[str, str], str | Classifier] = {
    ("agreement", "modelVersion"): "agreement-version-changed",
    ("tier", "partiesRequired"): _representation_required,
    ("tier", "requiredParties"): _required_parties,
    ("term", "from"): "term-dates-changed",
    ("term", "to"): "term-dates-changed",
    ("term", "noticeMonths"): "notice-period-changed",
    ("cadence", "frequency"): "cadence-rhythm-changed",
    ("party", "signatory"): "party-signatory-changed",
    ("body", "name"): "body-name-changed",
    ("body", "tier"): "body-tier-changed",
    ("body", "legalForm"): "body-legal-form-changed",
    ("body", "contract"): "body-legal-form-changed",
    ("section", "text"): "section-text-changed",
    ("body", "legalFormText"): "body-legal-form-changed",
    ("body", "appointedBy"): "body-appointer-changed",
    ("body", "escalatesTo"): "escalation-target-changed",
    ("body", "reportsTo"): "reporting-changed",
    ("cadence", "count"): _cadence,
    ("meeting", "window"): "meeting-moved",
    ("meeting", "topics"): _topics,
    ("duty", "timing"): "duty-schedule-changed",
    ("duty", "prepares"): "duty-schedule-changed",
    ("role", "heldBy"): "role-holder-changed",
    ("role", "namedBy"): "role-holder-changed",
    ("role", "providedBy"): "role-holder-changed",
    ("role", "serves"): "role-holder-changed",
    ("matter-type", "handledBy"): "handler-changed",
    ("matter-type", "route"): "escalation-changed",
    ("matter-type", "triggers"): "trigger-changed",
    ("commitment", "aspect"): "commitment-obligation-changed",
    ("commitment", "obligation"): "commitment-obligation-changed",
    ("commitment", "order"): "order-changed",
    ("goal", "order"): "order-changed",
}
SOURCE_RANK = {
    "source-changed": 0,
    "source-added": 1,
    "source-cited": 2,
    "source-removed": 3,
    "source-derived": 4,
}


def _source_code(before: Any, after: Any) -> str | None:
    if isinstance(before, tuple) and isinstance(after, tuple):
        if len(before) != len(after):
            return "source-changed"
        codes = [_source_code(b, a) for b, a in zip(before, after, strict=True) if b != a]
        return max((c for c in codes if c), key=SOURCE_RANK.__getitem__, default=None)
    if before == after:
        return None
    if before is None:
        return "source-added"
    if after is None:
        return "source-removed"
    if isinstance(before, Src) and isinstance(after, Src):
        if before.is_derived and not after.is_derived:
            return "source-cited"
        if not before.is_derived and after.is_derived:
            return "source-derived"
    return "source-changed"


def _translation_only(before: Any, after: Any, lang: str) -> bool:
    """Do the two values differ only in texts' other languages (a translation added,
    removed or reworded), however deep the texts lie (a meeting's topics are pairs of an id
    and a text)?"""
    if isinstance(before, TextV) and isinstance(after, TextV):
        return before.only_other_languages_differ(after, lang)
    if isinstance(before, tuple) and isinstance(after, tuple) and len(before) == len(after):
        pairs = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
        return bool(pairs) and all(_translation_only(b, a, lang) for b, a in pairs)
    return False


def classify(kind: str, name: str, before: Any, after: Any, lang: str) -> str | None:
    """The catalogue code of one changed field (None: not worth reporting)."""
    if name == "source" or name.endswith(("Source", "Sources")):
        return _source_code(before, after)
    if _translation_only(before, after, lang):
        return "translation-changed"
    rule = FIELD_CODES.get((kind, name))
    if callable(rule):
        return rule(before, after)
    return rule or f"{kind}-changed"


OWNED = frozenset({"member", "representation", "cadence", "meeting", "duty", "responsibility"})


def _owner(facts: Facts, key: Key) -> Key | None:
    """The element that owns a seat, meeting, duty or responsibility, or the party that owns an
    organ or position (None for other elements): an added or removed owner speaks for them."""
    if key[0] in ("organ", "position"):
        party = facts.field(key, "party")
        return party.key if isinstance(party, R) else None
    if key[0] not in OWNED:
        return None
    for kind in PART_KINDS[key[0]][0] or ():
        if (kind, key[1]) in facts:
            return (kind, key[1])
    return None


class _Comparer:
    def __init__(self, old: Facts, new: Facts) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def emit(
        self,
        code: str,
        subject: Key,
        scope: Key,
        *,
        old: Fact | None,
        new: Fact | None,
        field: str | None = None,
        before: Any = None,
        after: Any = None,
        old_key: Key | None = None,
    ) -> None:
        weakens: tuple[Key, ...] = ()
        if code.startswith("commitment-"):
            weakens = (subject,)
        elif code == "tier-representation-dropped":
            weakens = commitments_on(self.new, "representation") or commitments_on(
                self.old, "representation"
            )
        self.changes.append(
            Change(
                code,
                level_of(code),
                subject,
                scope,
                field,
                before,
                after,
                old.loc_of(field) if old is not None and field else (old.loc if old else None),
                new.loc_of(field) if new is not None and field else (new.loc if new else None),
                old_key if old_key is not None and old_key != subject else None,
                approvers(code, scope, self.old if old else None, self.new if new else None),
                weakens,
            )
        )

    def run(self, renamed: list[tuple[str, Key, Key]]) -> None:
        old, new = self.old, self.new
        for kind, old_key, new_key in renamed:
            code = "member-role-changed" if kind == "member" else f"{kind}-renamed"
            self.emit(
                code,
                new_key,
                new.facts[new_key].scope,
                old=old.facts[new_key],
                new=new.facts[new_key],
                field="role" if kind == "member" else "id",
                before=old_key[-1],
                after=new_key[-1],
                old_key=old_key,
            )
        removed = [k for k in old.facts if k not in new.facts]
        added = [k for k in new.facts if k not in old.facts]
        gone, came = set(removed), set(added)
        for key in removed:
            if _owner(old, key) not in gone and f"{key[0]}-removed" in CATALOG:
                fact = old.facts[key]
                self.emit(
                    f"{key[0]}-removed",
                    key,
                    fact.scope,
                    old=fact,
                    new=None,
                    before=_summary(fact),
                    old_key=fact.origin,
                )
        for key in added:
            if _owner(new, key) not in came and f"{key[0]}-added" in CATALOG:
                fact = new.facts[key]
                self.emit(
                    f"{key[0]}-added", key, fact.scope, old=None, new=fact, after=_summary(fact)
                )
        for key, nfact in new.facts.items():
            ofact = old.facts.get(key)
            if ofact is not None:
                self.fields(ofact, nfact, gone, came)
        self.changes += consequences(old, new)

    def fields(self, ofact: Fact, nfact: Fact, gone: set[Key], came: set[Key]) -> None:
        kind = nfact.kind
        changed = {
            n for n in {*ofact.fields, *nfact.fields} if ofact.fields.get(n) != nfact.fields.get(n)
        }
        if kind == "matter-type" and "route" in changed:
            changed -= {"triggers", "stepSources"}  # the route change shows the new steps
        for name in list(changed):  # the provenance or text of a value that came or went
            base = next((name[: -len(x)] for x in ("Source", "Text") if name.endswith(x)), None)
            if base in changed and not (ofact.fields.get(base) and nfact.fields.get(base)):
                changed.discard(name)
        for name in [n for n in nfact.fields if n in changed] + sorted(
            n for n in changed if n not in nfact.fields
        ):
            before, after = ofact.fields.get(name), nfact.fields.get(name)
            if kind == "agreement" and name == "parties":
                self.parties(ofact, nfact, before or (), after or (), gone, came)
                continue
            code = classify(kind, name, before, after, self.new.lang)
            if code is not None:
                self.emit(
                    code,
                    nfact.key,
                    nfact.scope,
                    old=ofact,
                    new=nfact,
                    field=name,
                    before=before,
                    after=after,
                    old_key=ofact.origin,
                )

    def parties(
        self,
        ofact: Fact,
        nfact: Fact,
        before: tuple[R, ...],
        after: tuple[R, ...],
        gone: set[Key],
        came: set[Key],
    ) -> None:
        """A party leaving or joining the agreement (unless its Party document went or came)."""
        for ref in before:
            if ref not in after and ref.key not in gone:
                self.emit(
                    "party-left",
                    ref.key,
                    AGREEMENT,
                    old=ofact,
                    new=nfact,
                    field="parties",
                    before=ref,
                    after=None,
                )
        for ref in after:
            if ref not in before and ref.key not in came:
                self.emit(
                    "party-joined",
                    ref.key,
                    AGREEMENT,
                    old=ofact,
                    new=nfact,
                    field="parties",
                    before=None,
                    after=ref,
                )


def _summary(fact: Fact) -> dict[str, Any]:
    return {k: v for k, v in fact.fields.items() if v is not None and v != ()}


def _sort_key(diff: Diff) -> Callable[[Change], tuple[Any, ...]]:
    order = {"agreement": 0, "body": 1, "role": 2, "matter-type": 3}

    def scope_rank(scope: Key) -> tuple[int, int, str]:
        rank = diff.new.field(scope, "tier") or diff.old.field(scope, "tier")
        tier_rank = 0
        if isinstance(rank, R):
            value = diff.new.field(rank.key, "rank") or diff.old.field(rank.key, "rank")
            tier_rank = value if isinstance(value, int) else 0
        return (order.get(scope[0], 9), tier_rank, "/".join(scope))

    return lambda c: (scope_rank(c.scope), -c.level.rank, c.code, c.subject, c.field or "")


def diff_facts(old: Facts, new: Facts) -> Diff:
    renames, rewritten = find_renames(old, new)
    comparer = _Comparer(rewritten, new)
    comparer.run([(r.kind, r.old, r.new) for r in renames])
    result = Diff(rewritten, new, comparer.changes, renames)
    result.changes.sort(key=_sort_key(result))
    return result


def diff_models(old: Model, new: Model) -> Diff:
    """Every change from ``old`` to ``new``, catalogued, with levels and approvers."""
    return diff_facts(extract(old), extract(new))
