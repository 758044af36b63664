"""The resolved model as plain data: ids instead of objects, every element with its location.

Stable shape (``formatVersion`` 1), documented in CONTRIBUTING.md; used by ``govlint export``.
"""

from __future__ import annotations

from typing import Any

from govlint import model as m
from govlint.quotes import display

FORMAT_VERSION = 1


def _t(text: m.Text | None) -> dict[str, str] | None:
    return dict(text.values) if text else None


def _src(source: m.Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    if source.derived is not None:
        return {"derived": source.derived}
    out: dict[str, Any] = {"section": source.section_id}
    if source.section is not None:
        out["heading"] = _main(source.section.heading)
    if source.quote:
        out["quote"] = source.quote
    if source.sentences:  # the addresses of the agreement's sentences the quote lies in
        out["sentences"] = [s.address for s in source.sentences]
    return out


def _main(text: m.Text) -> str:
    """A heading in the main language (the first a text gives, as the loader keeps it)."""
    return next(iter(text.values.values()), "")


def _loc(node: m.Node) -> dict[str, Any]:
    loc = node.loc
    return {"file": loc.file, "line": loc.line, "column": loc.column}


def _ref(ref: m.Ref | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "id": ref.id,
        "kind": ref.target.KIND if ref.target else None,
        "source": _src(ref.source),
    }


def _duty(d: m.Duty) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": d.id,
        "text": _t(d.text),
        "source": _src(d.source),
        "location": _loc(d),
    }
    if d.timing:
        out["timing"] = {"from": d.timing[0], "to": d.timing[1]}
    if d.prepares:
        out["prepares"] = {
            "body": d.prepares.body.id,
            "meeting": d.prepares.meeting_id,
            "source": _src(d.prepares.source),
        }
    return out


def _term(term: m.Term) -> dict[str, Any]:
    """A term: its words and source, and the data the format gives it, where it has any."""
    out: dict[str, Any] = {"text": _t(term.text), "source": _src(term.source)}
    if term.shares:
        out["shares"] = [{"party": s.party.id, "percent": s.percent} for s in term.shares]
    if term.start is not None:
        out["from"] = term.start
    if term.end is not None:
        out["to"] = term.end
    if term.notice_months is not None:
        out["noticeMonths"] = term.notice_months
    return out


def _body(b: m.Body) -> dict[str, Any]:
    cad = b.cadence
    return {
        "id": b.id,
        "name": _t(b.name),
        "tier": b.tier_ref.id,
        "source": _src(b.source),
        "location": _loc(b),
        "legalForm": None
        if b.legal_form is None
        else {
            "type": b.legal_form.type,
            "description": _t(b.legal_form.description),
            "legalBasis": b.legal_form.legal_basis_id,
            "contract": b.legal_form.contract_id,
            "source": _src(b.legal_form.source),
        },
        "appointedBy": _ref(b.appointed_by),
        "members": [
            {
                "position": mem.position.id if mem.position else None,
                "party": mem.party.id if mem.party else None,
                "role": mem.role,
                "exOfficio": mem.ex_officio,
                "allHolders": mem.all_holders,
                "description": _t(mem.description),
                "source": _src(mem.source),
            }
            for mem in b.members
        ],
        "representation": [
            {
                "party": r.party.id,
                "via": r.via.id if r.via else None,
                "description": _t(r.description),
                "source": _src(r.source),
            }
            for r in b.representation
        ],
        "cadence": None
        if cad is None
        else {
            "min": cad.min,
            "max": cad.max,
            "approximate": cad.approximate,
            "frequency": cad.frequency,
            "source": _src(cad.source),
            "meetings": [
                {
                    "id": mt.id,
                    "name": _t(mt.name),
                    "when": _t(mt.when),
                    "months": list(mt.months),
                    "windowSource": _src(mt.window_source),
                    "topics": [{"id": t.id, "name": _t(t.name)} for t in mt.topics],
                    "source": _src(mt.source),
                }
                for mt in cad.meetings
            ],
        },
        "escalatesTo": _ref(b.escalates_to),
        "reportsTo": _ref(b.reports_to),
        "duties": [_duty(d) for d in b.duties],
    }


def model_to_data(model: m.Model) -> dict[str, Any]:
    a = model.agreement
    return {
        "formatVersion": FORMAT_VERSION,
        "agreement": None
        if a is None
        else {
            "id": a.id,
            "title": _t(a.title),
            "modelVersion": a.model_version,
            "language": a.language,
            "languages": list(a.languages),
            "parties": [r.id for r in a.party_refs],
            "purpose": _t(a.purpose.text) if a.purpose else None,
            "purposeSource": _src(a.purpose.source) if a.purpose else None,
            "scope": _t(a.scope.text) if a.scope else None,
            "scopeSource": _src(a.scope.source) if a.scope else None,
            "text": a.text_id,
            "sections": [
                {
                    "id": s.id,
                    "heading": s.heading.get(a.language),
                    "en": s.heading.values.get("en") if a.language != "en" else None,
                    "headings": _t(s.heading),
                    "parent": s.parent_id,
                    "sentences": [
                        {"address": x.address, "text": display(x.text), "location": _loc(x)}
                        for x in s.sentences
                    ],
                }
                for s in a.sections.values()
            ],
            "relatedAgreements": [
                {
                    "id": r.id,
                    "title": _t(r.title),
                    "says": _t(r.says),
                    "unknown": _t(r.unknown),
                    "source": _src(r.source),
                }
                for r in a.related.values()
            ],
            "notModelled": [
                {"reason": _t(nm.reason), "source": _src(nm.source)} for nm in a.not_modelled
            ],
            "openQuestions": [
                {
                    "id": q.id,
                    "question": _t(q.question),
                    "about": [r.id for r in q.about],
                    "source": _src(q.source),
                }
                for q in a.open_questions
            ],
            "legalBasis": [
                {
                    "id": lb.id,
                    "act": _t(lb.act),
                    "sections": list(lb.sections),
                    "description": _t(lb.description),
                    "requires": list(lb.requires),
                    "requiresSource": _src(lb.requires_source),
                    "source": _src(lb.source),
                }
                for lb in a.legal_bases.values()
            ],
            "terms": {k: _term(v) for k, v in a.terms.items()},
        },
        "parties": [
            {
                "id": p.id,
                "name": _t(p.name),
                "type": p.type,
                "signatory": p.signatory,
                "source": _src(p.source),
                "organs": [
                    {"id": o.id, "name": _t(o.name), "source": _src(o.source)} for o in p.organs
                ],
                "positions": [
                    {
                        "id": pos.id,
                        "title": _t(pos.title),
                        "plural": _t(pos.plural),
                        "source": _src(pos.source),
                    }
                    for pos in p.positions
                ],
            }
            for p in model.parties
        ],
        "tiers": [
            {
                "id": t.id,
                "rank": t.rank,
                "name": _t(t.name),
                "partiesRepresented": t.parties_required,
                "partiesRequired": None
                if t.required_party_refs is None
                else [r.id for r in t.required_party_refs],
                "source": _src(t.source),
                "responsibilities": [
                    {"id": r.id, "text": _t(r.text), "source": _src(r.source)}
                    for r in t.responsibilities
                ],
            }
            for t in model.tiers
        ],
        "bodies": [_body(b) for b in model.bodies],
        "roles": [
            {
                "id": r.id,
                "name": _t(r.name),
                "tier": r.tier_ref.id if r.tier_ref else None,
                "party": r.party_ref.id if r.party_ref else None,
                "heldBy": [h.id for h in r.held_by],
                "namedBy": _ref(r.named_by),
                "providedBy": _ref(r.provided_by),
                "serves": [s.id for s in r.serves],
                "areas": [_t(x) for x in r.areas],
                "areasAreExamples": r.areas_are_examples,
                "purpose": _t(r.purpose),
                "purposeSource": _src(r.purpose_source),
                "duties": [_duty(d) for d in r.duties],
                "source": _src(r.source),
                "location": _loc(r),
            }
            for r in model.roles
        ],
        "matterTypes": [
            {
                "id": mt.id,
                "name": _t(mt.name),
                "tier": mt.tier_ref.id,
                "description": _t(mt.description),
                "handledBy": _ref(mt.handled_by),
                "escalation": None  # decided where it is first handled
                if not mt.steps and mt.escalation_source is None
                else {
                    "source": _src(mt.escalation_source),
                    "steps": [
                        {"to": s.to.id, "trigger": _t(s.trigger), "source": _src(s.source)}
                        for s in mt.steps
                    ],
                },
                "source": _src(mt.source),
                "location": _loc(mt),
            }
            for mt in model.matter_types
        ],
        "goals": [
            {
                "id": g.id,
                "horizon": g.horizon,
                "horizonSource": _src(g.horizon_source),
                "order": g.order,
                "text": _t(g.text),
                "source": _src(g.source),
            }
            for g in model.goals
        ],
        "commitments": [
            {
                "id": c.id,
                "order": c.order,
                "aspect": c.aspect,
                "obligation": c.obligation,
                "text": _t(c.text),
                "source": _src(c.source),
            }
            for c in model.commitments
        ],
        "approvals": [
            {
                "version": a.version,
                "previous": a.previous,
                "decisions": [
                    {
                        "by": _ref(d.by),
                        "date": d.date,
                        "minutes": d.minutes,
                        "url": d.url,
                        "location": _loc(d),
                    }
                    for d in a.decisions
                ],
                "location": _loc(a),
            }
            for a in model.approvals
        ],
    }
