"""Turn a resolved model into :class:`~govlint.diff.facts.Facts` (see there for the idea).

One method per kind of document; each element's fields are plain comparable values, its
location and the locations of the fields a change would point at are kept alongside.
"""

from __future__ import annotations

from typing import Any

from govlint import model as m
from govlint.diff.facts import AGREEMENT, Fact, Facts
from govlint.diff.values import Count, Key, Percent, R, Src, TextV, Window
from govlint.quotes import display

# Where a source field is written, when it is not ``<field>.source``.
SOURCE_PATHS: dict[str, tuple[str | int, ...]] = {
    "partiesRequiredSource": ("partiesRepresented", "source"),
    "windowSource": ("windowSource",),
    "requiresSource": ("requiresSource",),
    "stepSources": ("escalation", "steps"),
    "handledBySource": ("handledBy", "source"),
    "purposeSource": ("purposeSource",),
    "horizonSource": ("horizonSource",),
}


def _t(text: m.Text | None) -> TextV | None:
    return TextV.of(text.values) if text else None


def _ref(ref: m.Ref | None) -> R | None:
    if ref is None:
        return None
    return R(_element_key(ref.target) if ref.target is not None else ("?", ref.id))


def _element_key(element: m.Element) -> Key:
    return (element.KIND, element.id)


def _src(source: m.Source | None) -> Src | None:
    if source is None:
        return None
    if source.derived is not None:
        return Src(derived=" ".join(source.derived.split()))
    section = R(("section", source.section_id)) if source.section_id else None
    quote = " ".join(source.quote.split()) if source.quote else None
    return Src(section=section, quote=quote)


class _Extractor:
    def __init__(self, model: m.Model) -> None:
        self.model = model
        self.facts: dict[Key, Fact] = {}

    def add(
        self,
        key: Key,
        node: m.Node,
        fields: dict[str, Any],
        scope: Key = AGREEMENT,
        paths: dict[str, tuple[str | int, ...]] | None = None,
    ) -> None:
        if key in self.facts:  # a duplicate is a loading error; the first one wins
            return
        paths = {"id": ("id",), **(paths or {})}
        for name in fields:
            if name not in paths and (name == "source" or name.endswith(("Source", "Sources"))):
                paths[name] = SOURCE_PATHS.get(name) or (
                    ("source",) if name == "source" else (name[: -len("Source")], "source")
                )
        locs = {name: node.at(*path) for name, path in paths.items()}
        self.facts[key] = Fact(key, fields, node.loc, scope, locs)

    def run(self) -> Facts:
        model = self.model
        if model.agreement is not None:
            self.agreement(model.agreement)
        for party in model.parties:
            self.party(party)
        for tier in model.tiers:
            self.tier(tier)
        for body in model.bodies:
            self.body(body)
        for role in model.roles:
            self.role(role)
        for mt in model.matter_types:
            self.matter_type(mt)
        for goal in model.goals:
            self.add(
                ("goal", goal.id),
                goal,
                {
                    "horizon": goal.horizon,
                    "horizonSource": _src(goal.horizon_source),
                    "order": goal.order,
                    "text": _t(goal.text),
                    "source": _src(goal.source),
                },
                paths={"text": ("text",), "order": ("order",)},
            )
        for com in model.commitments:
            self.add(
                ("commitment", com.id),
                com,
                {
                    "order": com.order,
                    "aspect": com.aspect,
                    "obligation": com.obligation,
                    "text": _t(com.text),
                    "source": _src(com.source),
                },
                paths={"text": ("text",), "aspect": ("aspect",), "obligation": ("obligation",)},
            )
        version = model.agreement.model_version if model.agreement else None
        return Facts(self.facts, lang=model.lang, version=version)

    def agreement(self, a: m.Agreement) -> None:
        def sourced(st: m.SourcedText | None) -> tuple[TextV | None, Src | None]:
            return (_t(st.text), _src(st.source)) if st is not None else (None, None)

        purpose, purpose_src = sourced(a.purpose)
        scope, scope_src = sourced(a.scope)
        self.add(
            AGREEMENT,
            a,
            {
                "id": a.id,
                "title": _t(a.title),
                "modelVersion": a.model_version,
                "language": a.language,
                "languages": tuple(a.languages),
                "parties": _sorted_refs(a.party_refs),
                "purpose": purpose,
                "purposeSource": purpose_src,
                "scope": scope,
                "scopeSource": scope_src,
                "source": _src(a.source),
            },
            paths={
                "modelVersion": ("modelVersion",),
                "parties": ("parties",),
                "title": ("title",),
                "purpose": ("purpose",),
                "scope": ("scope",),
            },
        )
        for sec in a.sections.values():
            # The agreement's words, sentence by sentence, when the model holds its text: a
            # changed word is one "section-text-changed"; the side-by-side text of what
            # changed is for a reader of the two models' sentences, not a field value.
            words = tuple(TextV.of({a.language: display(s.text)}) for s in sec.sentences)
            self.add(
                ("section", sec.id),
                sec,
                {
                    "heading": _t(sec.heading),
                    "parent": R(("section", sec.parent_id)) if sec.parent_id else None,
                    "text": words or None,
                },
                paths={"text": ("body",)},
            )
        for lb in a.legal_bases.values():
            self.add(
                ("legal-basis", lb.id),
                lb,
                {
                    "act": _t(lb.act),
                    "sections": lb.sections,
                    "description": _t(lb.description),
                    "requires": tuple(sorted(lb.requires)),
                    "requiresSource": _src(lb.requires_source),
                    "source": _src(lb.source),
                },
            )
        for name, term in a.terms.items():
            self.add(
                ("term", name),
                term,
                {
                    "text": _t(term.text),
                    "from": term.start,
                    "to": term.end,
                    "noticeMonths": term.notice_months,
                    "source": _src(term.source),
                },
                paths={"from": ("from",), "to": ("to",), "noticeMonths": ("noticeMonths",)},
            )
            for share in term.shares:
                self.add(
                    ("cost-share", share.party.id),
                    share,
                    {"party": _ref(share.party), "percent": Percent(share.percent)},
                    paths={"percent": ("percent",)},
                )
        for ra in a.related.values():
            self.add(
                ("related-agreement", ra.id),
                ra,
                {
                    "title": _t(ra.title),
                    "says": _t(ra.says),
                    "unknown": _t(ra.unknown),
                    "source": _src(ra.source),
                },
            )
        for nm in a.not_modelled:
            quote = " ".join((nm.source.quote or "").split())
            self.add(
                ("not-modelled", nm.source.section_id or "", quote),
                nm,
                {"quote": TextV.of({a.language: quote}), "reason": _t(nm.reason)},
                paths={"quote": ("quote",), "reason": ("reason",)},
            )
        for q in a.open_questions:
            self.add(
                ("open-question", q.id),
                q,
                {
                    "question": _t(q.question),
                    "about": _sorted_refs(q.about),
                    "source": _src(q.source),
                },
                paths={"question": ("question",), "about": ("about",)},
            )

    def party(self, p: m.Party) -> None:
        self.add(
            ("party", p.id),
            p,
            {
                "name": _t(p.name),
                "type": p.type,
                "signatory": p.signatory,
                "source": _src(p.source),
            },
            paths={"name": ("name",), "signatory": ("signatory",)},
        )
        for o in p.organs:
            self.add(
                ("organ", o.id),
                o,
                {"name": _t(o.name), "party": R(("party", p.id)), "source": _src(o.source)},
                paths={"name": ("name",)},
            )
        for pos in p.positions:
            self.add(
                ("position", pos.id),
                pos,
                {
                    "title": _t(pos.title),
                    "plural": _t(pos.plural),
                    "party": R(("party", p.id)),
                    "source": _src(pos.source),
                },
                paths={"title": ("title",)},
            )

    def required_parties(self, t: m.Tier) -> tuple[R, ...] | None:
        """The parties ``t`` requires to be represented when it names some: None when it
        requires none, or every party (no list, or a list of them all, says the same)."""
        if not t.parties_required or t.required_party_refs is None:
            return None
        listed = _sorted_refs(t.required_party_refs)
        every = {("party", p.id) for p in self.model.signatories()}
        return None if {r.key for r in listed} == every else listed

    def tier(self, t: m.Tier) -> None:
        self.add(
            ("tier", t.id),
            t,
            {
                "rank": t.rank,
                "name": _t(t.name),
                "partiesRequired": t.parties_required,
                "requiredParties": self.required_parties(t),
                "partiesRequiredSource": _src(t.parties_required_source),
                "source": _src(t.source),
            },
            paths={
                "rank": ("rank",),
                "partiesRequired": ("partiesRepresented",),
                "requiredParties": ("partiesRepresented", "parties"),
            },
        )
        for r in t.responsibilities:
            self.add(
                ("responsibility", t.id, r.id), r, {"text": _t(r.text), "source": _src(r.source)}
            )

    def body(self, b: m.Body) -> None:
        scope = ("body", b.id)
        lf = b.legal_form
        self.add(
            scope,
            b,
            {
                "name": _t(b.name),
                "tier": _ref(b.tier_ref),
                "legalForm": (lf.type, lf.legal_basis_id) if lf else None,
                "contract": R(("related-agreement", lf.contract_id))
                if lf and lf.contract_id
                else None,
                "legalFormText": _t(lf.description) if lf else None,
                "legalFormSource": _src(lf.source) if lf else None,
                "appointedBy": _ref(b.appointed_by),
                "appointedBySource": _src(b.appointed_by.source) if b.appointed_by else None,
                "escalatesTo": _ref(b.escalates_to),
                "escalatesToSource": _src(b.escalates_to.source) if b.escalates_to else None,
                "reportsTo": _ref(b.reports_to),
                "reportsToSource": _src(b.reports_to.source) if b.reports_to else None,
                "source": _src(b.source),
            },
            scope,
            paths={
                "name": ("name",),
                "tier": ("tier",),
                "legalForm": ("legalForm",),
                "appointedBy": ("appointedBy",),
                "escalatesTo": ("escalatesTo",),
                "reportsTo": ("reportsTo",),
            },
        )
        for mem in b.members:
            who = mem.position.id if mem.position else (mem.party_ref.id if mem.party_ref else "?")
            party = mem.party
            self.add(
                ("member", b.id, who, mem.role),
                mem,
                {
                    "position": _ref(mem.position),
                    "party": R(("party", party.id)) if party else None,
                    "exOfficio": mem.ex_officio,
                    "allHolders": mem.all_holders,
                    "description": _t(mem.description),
                    "source": _src(mem.source),
                },
                scope,
                paths={"role": ("role",)},
            )
        for rep in b.representation:
            self.add(
                ("representation", b.id, rep.party.id),
                rep,
                {
                    "party": _ref(rep.party),
                    "via": _ref(rep.via),
                    "description": _t(rep.description),
                    "source": _src(rep.source),
                },
                scope,
                paths={"via": ("via",)},
            )
        cad = b.cadence
        if cad is not None:
            self.add(
                ("cadence", b.id),
                cad,
                {
                    "count": Count(cad.min, cad.max, cad.approximate),
                    "frequency": cad.frequency,
                    "source": _src(cad.source),
                },
                scope,
                paths={"frequency": ("frequency",)},
            )
            for mt in cad.meetings:
                self.add(
                    ("meeting", b.id, mt.id),
                    mt,
                    {
                        "name": _t(mt.name),
                        "window": Window(mt.month_from, mt.month_to),
                        "when": _t(mt.when),
                        "windowSource": _src(mt.window_source),
                        "topics": tuple(
                            sorted(((t.id, _t(t.name)) for t in mt.topics), key=lambda t: t[0])
                        ),
                        "source": _src(mt.source),
                    },
                    scope,
                    paths={"window": ("window",), "name": ("name",), "topics": ("topics",)},
                )
        for duty in b.duties:
            self.duty(duty, b.id, scope)

    def duty(self, d: m.Duty, owner: str, scope: Key) -> None:
        prep = d.prepares
        self.add(
            ("duty", owner, d.id),
            d,
            {
                "text": _t(d.text),
                "timing": Window(*d.timing) if d.timing else None,
                "timingSource": _src(d.timing_source),
                "prepares": R(("meeting", prep.body.id, prep.meeting_id)) if prep else None,
                "preparesSource": _src(prep.source) if prep else None,
                "source": _src(d.source),
            },
            scope,
            paths={"text": ("text",), "timing": ("timing",), "prepares": ("prepares",)},
        )

    def role(self, r: m.Role) -> None:
        scope = ("role", r.id)
        self.add(
            scope,
            r,
            {
                "name": _t(r.name),
                "tier": _ref(r.tier_ref),
                "party": _ref(r.party_ref),
                "heldBy": _sorted_refs(r.held_by),
                "namedBy": _ref(r.named_by),
                "namedBySource": _src(r.named_by.source) if r.named_by else None,
                "providedBy": _ref(r.provided_by),
                "providedBySource": _src(r.provided_by.source) if r.provided_by else None,
                "serves": _sorted_refs(r.serves),
                "areas": tuple(
                    sorted(
                        (a for a in (_t(x) for x in r.areas) if a is not None),
                        key=lambda t: (t.get(self.model.lang), t.items),
                    )
                ),
                "areasAreExamples": r.areas_are_examples,
                "purpose": _t(r.purpose),
                "purposeSource": _src(r.purpose_source),
                "source": _src(r.source),
            },
            scope,
            paths={
                "name": ("name",),
                "heldBy": ("heldBy",),
                "namedBy": ("namedBy",),
                "providedBy": ("providedBy",),
                "serves": ("serves",),
            },
        )
        for duty in r.duties:
            self.duty(duty, r.id, scope)

    def matter_type(self, mt: m.MatterType) -> None:
        scope = ("matter-type", mt.id)
        self.add(
            scope,
            mt,
            {
                "name": _t(mt.name),
                "tier": _ref(mt.tier_ref),
                "description": _t(mt.description),
                "handledBy": _ref(mt.handled_by),
                "handledBySource": _src(mt.handled_by.source) if mt.handled_by else None,
                "route": tuple(_ref(s.to) for s in mt.steps),
                "triggers": tuple(_t(s.trigger) for s in mt.steps),
                "escalationSource": _src(mt.escalation_source),
                "stepSources": tuple(_src(s.source) for s in mt.steps),
                "source": _src(mt.source),
            },
            scope,
            paths={
                "name": ("name",),
                "handledBy": ("handledBy",),
                "route": ("escalation", "steps"),
                "triggers": ("escalation", "steps"),
                "escalationSource": ("escalation", "source"),
            },
        )


def _sorted_refs(refs: list[m.Ref]) -> tuple[R, ...]:
    return tuple(sorted((r for r in (_ref(x) for x in refs) if r is not None), key=lambda r: r.key))


def extract(model: m.Model) -> Facts:
    """Every element of ``model`` as a fact, keyed by identity."""
    return _Extractor(model).run()
