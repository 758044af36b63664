"""A change in words: one sentence in the reader's language, with names from the model.

The words come from the message catalogs (:mod:`govlint.diff.words`, :mod:`govlint.vocabulary`);
names come from the model, in the reader's language where the model gives it, else in the
model's main language.
"""

from __future__ import annotations

from typing import Any

from govlint.diff import words as w
from govlint.diff.catalog import Level
from govlint.diff.facts import AGREEMENT, Facts
from govlint.diff.renames import GLOBAL_STAGES
from govlint.diff.result import Change, Diff
from govlint.diff.sidebyside import cited_sentence
from govlint.diff.values import Count, Key, Percent, R, Src, TextV, Window
from govlint.diff.versioning import VersionCheck
from govlint.l10n import Ui, catalog_for
from govlint.model import parse_date
from govlint.vocabulary import (
    aspects,
    frequencies,
    horizons,
    kinds,
    legal_forms,
    member_roles,
    obligations,
    table,
    terms,
    word,
)

# Sentences that depend on the changed field as well as on the code.
VARIANTS = {
    ("commitment-obligation-changed", "obligation"): "commitment-obligation-changed",
    ("commitment-obligation-changed", "aspect"): "commitment-aspect-changed",
    ("commitment-changed", "text"): "commitment-text-changed",
    ("goal-changed", "text"): "goal-text-changed",
    ("position-changed", "title"): "position-retitled",
}

# Kinds with an identity of their own (the rest are parts of one): the rename stages and
# the agreement itself.
ELEMENT_KINDS = frozenset({"agreement", *GLOBAL_STAGES})


PLAIN_FIELDS = frozenset({"source", "id", "role", "text", "name", "title", "heading"})
# The value an added or removed element is shown with (its fields are in before/after).
SUMMARY_FIELDS = {
    "representation": "via",
    "meeting": "window",
    "cadence": "count",
    "cost-share": "percent",
}


def language(lang: str | None, model_lang: str) -> str:
    """The language to write in: ``lang`` (the reader's choice), else the model's main
    language when govlint has texts in it, else English."""
    if lang:
        return lang
    return model_lang if model_lang and catalog_for(model_lang) else "en"


class Words:
    """The words of one language, bound to a diff for names."""

    def __init__(self, diff: Diff, lang: str | None = None) -> None:
        self.diff = diff
        self.ui = Ui(language(lang, diff.lang))
        self.lang = self.ui.lang

    # -- vocabulary ------------------------------------------------------------------------
    def level(self, level: Level) -> str:
        return word(self.ui, w.levels, level.value)

    def meaning(self, level: Level) -> str:
        """What a change of ``level`` asks of the body that decides (the change paper)."""
        return word(self.ui, w.meanings, level.value)

    def kind(self, kind: str) -> str:
        return word(self.ui, kinds, kind)

    def field(self, name: str | None) -> str:
        if not name:
            return ""
        for suffix in ("Sources", "Source"):
            if name.endswith(suffix) and name != suffix.lower():
                name = name[: -len(suffix)]
        return word(self.ui, w.fields, name)

    def text(self, value: TextV | None) -> str:
        """A model text in the reader's language, else the model's main language."""
        if not value:
            return ""
        items = dict(value.items)
        return items.get(self.lang) or items.get(self.diff.lang) or value.get(self.lang)

    # -- names -----------------------------------------------------------------------------
    def name(self, key: Key) -> str:
        kind = key[0]
        if key == AGREEMENT:
            return self.text(self.diff.name(key)) or self.ui._("Agreement and parties")
        if kind == "term":
            return word(self.ui, terms, key[1])
        if kind == "member":
            return self.who(key)
        if kind == "representation":
            return self.name(("party", key[2]))
        if kind == "cadence":  # named as its body
            return self.name(("body", key[1]))
        if kind == "cost-share":
            return self.name(("party", key[1]))
        found = self.diff.name(key)
        return self.text(found).rstrip(".") if found else key[-1]

    def who(self, member: Key) -> str:
        """A seat: the position's title and its party, or the inviting party."""
        facts = self.diff.new if member in self.diff.new else self.diff.old
        position, party = facts.field(member, "position"), facts.field(member, "party")
        party_name = self.name(party.key) if isinstance(party, R) else ""
        if isinstance(position, R):
            title = self.name(position.key)
            return f"{title} ({party_name})" if party_name else title
        return party_name or member[2]

    def scope_name(self, scope: Key) -> str:
        return self.ui._("Agreement and parties") if scope == AGREEMENT else self.name(scope)

    # -- values ----------------------------------------------------------------------------
    def value(self, value: Any, field: str | None = None) -> str:
        ui = self.ui
        if value is None:
            return ui._("not set")
        if isinstance(value, bool):
            return ui._("yes") if value else ui._("no")
        if isinstance(value, TextV):
            return self.text(value)
        if isinstance(value, R):
            return self.name(value.key)
        if isinstance(value, Src):
            if value.derived is not None or value.section is None:
                return ui._("the model's inference")
            heading = ui._("“{quote}”", quote=self.name(value.section.key))
            return ui._("section {heading}", heading=heading)
        if isinstance(value, Count):
            span = str(value.min) if value.min == value.max else f"{value.min}–{value.max}"
            return ui._("about {n}", n=span) if value.approximate else span
        if isinstance(value, Window):
            return ui.window(value.start, value.end)
        if isinstance(value, Percent):
            return ui.percent(value.value)
        if field == "noticeMonths" and isinstance(value, int):
            return ui.ngettext("{n} month", "{n} months", value)
        if field in ("from", "to") and isinstance(value, str):
            day = parse_date(value)
            return ui.date(day) if day is not None else value
        if field == "frequency" and isinstance(value, str):
            return word(ui, frequencies, value)
        if isinstance(value, tuple):
            if field == "legalForm" and len(value) == 2:
                basis = self.name(("legal-basis", value[1])) if value[1] else ""
                return f"{self.value(value[0])}" + (f" ({basis})" if basis else "")
            if field == "topics":
                return ui.join(self.text(t[1]) for t in value) or ui._("not set")
            if field == "text":  # a section's sentences: one running text
                return " ".join(self.value(v) for v in value) or ui._("not set")
            parts = [self.value(v) for v in value]
            if field == "route" or field == "":
                return " → ".join(parts) or ui._("not set")
            return ui.join(parts) or ui._("not set")
        if isinstance(value, str):
            if field == "role":
                return word(ui, member_roles, value)
            if field == "id":
                return value
            return _enum_word(ui, value)
        if isinstance(value, dict):
            return ""
        return str(value)

    # -- sentences -------------------------------------------------------------------------
    def template(self, change: Change) -> str:
        templates = table(self.ui, w.sentences)
        code = VARIANTS.get((change.code, change.field or ""), change.code)
        if (
            code in ("member-added", "member-removed")
            and change.subject[-1] == "invited-expert"
            and change.subject[2] == self._party_of(change.subject)
        ):
            code = "expert-" + code.split("-")[1]
        if code in templates:
            return templates[code]
        generic = change.code.rsplit("-", 1)[1]
        if generic == "changed" and _is_long(change.before, change.after):
            generic = "changed_text"
        return templates.get(generic, templates["changed"])

    def _party_of(self, member: Key) -> str:
        facts = self.diff.new if member in self.diff.new else self.diff.old
        party = facts.field(member, "party")
        return party.key[1] if isinstance(party, R) else ""

    def describe(self, change: Change) -> str:
        subject, field = change.subject, change.field
        x = self.name(subject)
        s = self.scope_name(change.scope)
        # an element is named on its own; a body's cadence is named as the body: once
        own = subject[0] in ELEMENT_KINDS or subject == change.scope or subject[0] == "cadence"
        label = x if own else f"{s}: {x}"
        if (
            field
            and field not in PLAIN_FIELDS
            and change.code.startswith(("source-", "translation-"))
        ):
            label = f"{label} ({self.field(field)})"
        k = self.kind(subject[0])
        role = subject[-1] if subject[0] == "member" else "member"
        f = self.field(field)
        if change.code == "representation-lost" and field:
            f = self.name(("tier", field))
        value_field = "route" if change.code == "route-to-top-lost" else field
        before, after = change.before, change.after
        if isinstance(before, dict) or isinstance(after, dict):  # an added or removed element
            value_field = SUMMARY_FIELDS.get(subject[0])
            before = before.get(value_field) if isinstance(before, dict) else None
            after = after.get(value_field) if isinstance(after, dict) else None
        via = before if subject[0] == "representation" and before else after
        party = self._facts(subject).field(subject, "party")
        params = {
            "p": self.name(party.key) if isinstance(party, R) else "",
            "x": x,
            "s": s,
            "X": label,
            "k": k,
            "K": k[:1].upper() + k[1:],
            "f": f,
            "b": self.value(before, value_field),
            "a": self.value(after, value_field),
            "via": f" ({self.value(via)})" if via else "",
            "role": word(self.ui, member_roles, role),
            "role_to": word(self.ui, w.roles_to, role),
        }
        if change.code == "member-role-changed":
            params["b"] = word(self.ui, member_roles, str(change.before))
            params["a"] = word(self.ui, member_roles, str(change.after))
        sentence = self.template(change).format(**params)
        if change.code == "matter-type-added" and isinstance(change.after, dict):
            sentence += self._route(change.after)
        return sentence[:1].upper() + sentence[1:]

    def _route(self, fields: dict[str, Any]) -> str:
        """A new matter type's first handler and where it goes when it is not resolved."""
        out = ""
        handler, steps = fields.get("handledBy"), fields.get("route") or ()
        if isinstance(handler, R):
            out += " " + self.ui._("First handler: {handler}.", handler=self.name(handler.key))
        if steps:
            route = " → ".join(self.value(v) for v in steps)
            out += " " + self.ui._(
                "If it is not resolved there, it goes on to: {route}.", route=route
            )
        return out

    def _facts(self, key: Key) -> Facts:
        return self.diff.new if key in self.diff.new else self.diff.old

    def details(self, change: Change) -> list[tuple[str, str]]:
        """Before/after texts too long for the sentence (shown under it). The agreement's
        own words are not: the change paper sets them side by side (:mod:`.sidebyside`)."""
        if change.code == "section-text-changed":
            return []
        template = self.template(change)
        if "{b}" in template or "{a}" in template or not _is_long(change.before, change.after):
            return []
        out = []
        if change.code == "translation-changed":
            return self._translations(change.before, change.after)
        if change.before is not None:
            out.append((self.ui._("Before"), self.value(change.before, change.field)))
        if change.after is not None:
            out.append((self.ui._("After"), self.value(change.after, change.field)))
        return out

    def _translations(self, before: Any, after: Any) -> list[tuple[str, str]]:
        """The translations that differ, as "Before (en)" / "After (en)" lines."""
        pairs = zip(before, after, strict=False) if isinstance(before, tuple) else [(before, after)]
        out = []
        for b, a in pairs:
            if not isinstance(b, TextV) or not isinstance(a, TextV) or a == b:
                continue
            old, new = dict(b.items), dict(a.items)
            for lang in sorted({*old, *new} - {self.diff.lang}):
                if old.get(lang) != new.get(lang):
                    before, after = self.ui._("Before"), self.ui._("After")
                    out.append((f"{before} ({lang})", old.get(lang, "—")))
                    out.append((f"{after} ({lang})", new.get(lang, "—")))
        return out

    def version(self, check: VersionCheck) -> str:
        """What is wrong with the new side's version number, and what it should be."""
        ui = self.ui
        if check.status == "lowered":
            status = ui._(
                "The model version goes down: {old} → {new}.", old=check.old, new=check.new
            )
        elif check.status == "raised-too-little":
            status = ui._(
                "The model version is raised only from {old} to {new}.",
                old=check.old,
                new=check.new,
            )
        else:
            status = ui._(
                "The model version is still {old} although the model's content changes.",
                old=check.old,
            )
        if check.needed == "minor":
            needs = ui._(
                "A significant change, or one that weakens a commitment, needs at least a minor "
                "raise: the new version is at least {version}.",
                version=check.suggested,
            )
        else:
            needs = ui._(
                "A change needs at least a patch raise: the new version is at least {version}.",
                version=check.suggested,
            )
        return f"{status} {needs}"

    def basis(self, change: Change) -> str | None:
        """What the changed element rests on: the agreement's section and the words it quotes,
        or the model's own reasoning (None for a change of provenance itself, or none given).
        The new version's source, or the old one's for a removal."""
        if change.code.startswith(("source-", "translation-")):
            return None
        fact = self.diff.new.get(change.subject) or self.diff.old.get(change.subject)
        if fact is None:
            return None
        source = fact.fields.get(f"{change.field}Source") if change.field else None
        if not isinstance(source, Src):
            source = fact.fields.get("source")
        if not isinstance(source, Src):
            return None
        if source.derived is not None:
            return self.ui._("the model's inference: {reason}", reason=source.derived)
        if source.section is None:
            return None
        heading = self.name(source.section.key)
        if not source.quote:
            return self.ui._("the agreement's section “{heading}”", heading=heading)
        cited = cited_sentence(self.diff, change, source)
        if cited is None:
            return self.ui._(
                "the agreement's section “{heading}”: “{quote}”",
                heading=heading,
                quote=source.quote,
            )
        basis = self.ui._(
            "the agreement's section “{heading}”, sentence {number}: “{quote}”",
            heading=heading,
            number=cited.number,
            quote=source.quote,
        )
        if cited.changes:
            basis += " " + self.ui._("(the sentence changes: see the side-by-side text)")
        return basis

    def approvers(self, change: Change) -> str:
        return self.ui.join(self.name(k) for k in change.approvers)


def _enum_word(ui: Ui, value: str) -> str:
    """A fixed value of the format (an aspect, obligation, horizon or legal form) in words."""
    for group in (aspects, obligations, horizons, legal_forms):
        found = word(ui, group, value)
        if found != value:
            return found
    return value


def _is_long(before: Any, after: Any) -> bool:
    def long(v: Any) -> bool:
        return isinstance(v, TextV) or (
            isinstance(v, tuple) and any(isinstance(x, TextV) for x in v)
        )

    return long(before) or long(after)
