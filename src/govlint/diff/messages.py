"""A change in words: one sentence in the model's language, with names from the model."""

from __future__ import annotations

from typing import Any

from govlint.diff.catalog import Level
from govlint.diff.facts import AGREEMENT
from govlint.diff.i18n import STRINGS, language
from govlint.diff.renames import GLOBAL_STAGES
from govlint.diff.result import Change, Diff
from govlint.diff.values import Count, Key, R, Src, TextV, Window

# Kinds with an identity of their own (the rest are parts of one): the rename stages and
# the agreement itself.
ELEMENT_KINDS = frozenset({"agreement", *GLOBAL_STAGES})


PLAIN_FIELDS = frozenset({"source", "id", "role", "text", "name", "title", "heading"})
# The value an added or removed element is shown with (its fields are in before/after).
SUMMARY_FIELDS = {"representation": "via", "meeting": "window", "cadence": "count"}


class Words:
    """The words of one language, bound to a diff for names."""

    def __init__(self, diff: Diff, lang: str | None = None) -> None:
        self.diff = diff
        self.lang = language(lang or diff.lang)
        self.s: dict[str, Any] = STRINGS[self.lang]

    # -- vocabulary ------------------------------------------------------------------------
    def ui(self, name: str, **params: Any) -> str:
        text: str = self.s["ui"][name]
        return text.format(**params) if params else text

    def level(self, level: Level) -> str:
        return str(self.s["levels"][level.value])

    def kind(self, kind: str) -> str:
        return str(self.s["kinds"].get(kind, kind))

    def field(self, name: str | None) -> str:
        if not name:
            return ""
        for suffix in ("Sources", "Source"):
            if name.endswith(suffix) and name != suffix.lower():
                name = name[: -len(suffix)]
        return str(self.s["fields"].get(name, name))

    def text(self, value: TextV | None) -> str:
        return value.get(self.lang) if value else ""

    # -- names -----------------------------------------------------------------------------
    def name(self, key: Key) -> str:
        kind = key[0]
        if key == AGREEMENT:
            return self.text(self.diff.name(key)) or self.ui("agreement_scope")
        if kind == "term":
            return str(self.s["terms"].get(key[1], key[1]))
        if kind == "member":
            return self.who(key)
        if kind == "representation":
            return self.name(("party", key[2]))
        if kind == "cadence":
            return self.name(("body", key[1]))
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
        return self.ui("agreement_scope") if scope == AGREEMENT else self.name(scope)

    # -- values ----------------------------------------------------------------------------
    def value(self, value: Any, field: str | None = None) -> str:
        if value is None:
            return self.ui("none")
        if isinstance(value, bool):
            return self.ui("yes" if value else "no")
        if isinstance(value, TextV):
            return self.text(value)
        if isinstance(value, R):
            return self.name(value.key)
        if isinstance(value, Src):
            if value.derived is not None or value.section is None:
                return self.ui("derived")
            return self.ui("section", h=self.name(value.section.key))
        if isinstance(value, Count):
            span = str(value.min) if value.min == value.max else f"{value.min}–{value.max}"
            return self.ui("about", n=span) if value.approximate else span
        if isinstance(value, Window):
            return self.months(value)
        if isinstance(value, tuple):
            if field == "legalForm" and len(value) == 2:
                basis = self.name(("legal-basis", value[1])) if value[1] else ""
                return f"{self.value(value[0])}" + (f" ({basis})" if basis else "")
            if field == "topics":
                return ", ".join(self.text(t[1]) for t in value) or self.ui("none")
            parts = [self.value(v) for v in value]
            return (" → " if field == "route" or field == "" else ", ").join(parts) or self.ui(
                "none"
            )
        if isinstance(value, str):
            if field in ("role", "id"):
                return str(self.s["roles"].get(value, value)) if field == "role" else value
            return str(self.s["values"].get(value, value))
        if isinstance(value, dict):
            return ""
        return str(value)

    def months(self, window: Window) -> str:
        names: list[str] = self.s["months"]
        first, last = names[window.start - 1], names[window.end - 1]
        if window.start == window.end:
            return first
        if self.lang == "fi" and first.endswith("kuu"):
            first = first[: -len("kuu")]
        return str(self.s["month_range"]).format(a=first, b=last)

    # -- sentences -------------------------------------------------------------------------
    def template(self, change: Change) -> str:
        templates: dict[str, str] = self.s["templates"]
        code = change.code
        if (
            code in ("member-added", "member-removed")
            and change.subject[-1] == "invited-expert"
            and change.subject[2] == self._party_of(change.subject)
        ):
            code = "expert-" + code.split("-")[1]
        if code in templates:
            return templates[code]
        generic = code.rsplit("-", 1)[1]
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
        label = x if subject[0] in ELEMENT_KINDS or subject == change.scope else f"{s}: {x}"
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
        params = {
            "x": x,
            "s": s,
            "X": label,
            "k": k,
            "K": k[:1].upper() + k[1:],
            "f": f,
            "b": self.value(before, value_field),
            "a": self.value(after, value_field),
            "via": f" ({self.value(via)})" if via else "",
            "role": self.s["roles"].get(role, role),
            "role_to": self.s["roles_to"].get(role, role),
        }
        if change.code == "member-role-changed":
            params["b"] = self.s["roles"].get(change.before, change.before)
            params["a"] = self.s["roles"].get(change.after, change.after)
        sentence = self.template(change).format(**params)
        return sentence[:1].upper() + sentence[1:]

    def details(self, change: Change) -> list[tuple[str, str]]:
        """Before/after texts too long for the sentence (shown under it)."""
        template = self.template(change)
        if "{b}" in template or "{a}" in template or not _is_long(change.before, change.after):
            return []
        out = []
        if change.code == "translation-changed":
            return self._translations(change.before, change.after)
        if change.before is not None:
            out.append((self.ui("before"), self.value(change.before, change.field)))
        if change.after is not None:
            out.append((self.ui("after"), self.value(change.after, change.field)))
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
                    out.append((f"{self.ui('before')} ({lang})", old.get(lang, "—")))
                    out.append((f"{self.ui('after')} ({lang})", new.get(lang, "—")))
        return out

    def approvers(self, change: Change) -> str:
        return ", ".join(self.name(k) for k in change.approvers)


def _is_long(before: Any, after: Any) -> bool:
    def long(v: Any) -> bool:
        return isinstance(v, TextV) or (
            isinstance(v, tuple) and any(isinstance(x, TextV) for x in v)
        )

    return long(before) or long(after)
