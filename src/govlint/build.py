"""Build the resolved :class:`~govlint.model.Model` from schema-valid documents.

Two passes: first every document becomes elements and every global id is indexed (duplicate ids
are findings), then every reference is resolved against the index (:mod:`govlint.resolve`).
Files with errors are not built, or only their valid part is (:mod:`govlint.salvage`); what is
known of the ids they define keeps references to them from being reported a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from govlint import model as m
from govlint.build_text import attach_text, build_text, resolve_quotes
from govlint.document import Document, Path
from govlint.findings import Finding, Loc, Severity
from govlint.resolve import RefUse, resolve_references
from govlint.salvage import Unbuilt

ELEMENT_KINDS = (
    "Agreement",
    "AgreementText",
    "Party",
    "Tier",
    "Body",
    "Role",
    "MatterType",
    "Goal",
    "Commitment",
)


class _Builder:
    def __init__(self, root: str, unbuilt: list[Unbuilt]) -> None:
        self.model = m.Model(root=root, unbuilt=unbuilt)
        self.findings: list[Finding] = []
        self.refs: list[RefUse] = []
        self.sources: list[m.Source] = []
        self.pruned = {u.path: u for u in unbuilt if u.built}
        self.texts: list[m.AgreementText] = []
        self.agreement_broken = False  # the Agreement document may be among the unbuilt

    # -- helpers ---------------------------------------------------------------------------
    def text(self, value: Any) -> m.Text:
        return m.Text(dict(value)) if isinstance(value, dict) else m.EMPTY_TEXT

    def opt_text(self, value: Any) -> m.Text | None:
        return m.Text(dict(value)) if isinstance(value, dict) else None

    def source(self, doc: Document, path: Path, value: Any) -> m.Source | None:
        if not isinstance(value, dict):
            return None
        src = m.Source(
            doc=doc,
            path=path,
            section_id=value.get("section"),
            quote=value.get("quote"),
            derived=value.get("derived"),
        )
        self.sources.append(src)
        return src

    def ref(
        self,
        doc: Document,
        path: Path,
        ref_id: str,
        kinds: tuple[type[m.Element], ...],
        what: str,
        source: m.Source | None = None,
    ) -> m.Ref:
        ref = m.Ref(doc=doc, path=path, id=ref_id, source=source)
        self.refs.append((ref, kinds, what))
        return ref

    def sourced_ref(
        self, doc: Document, path: Path, value: Any, kinds: tuple[type[m.Element], ...], what: str
    ) -> m.Ref | None:
        if not isinstance(value, dict):
            return None
        src = self.source(doc, (*path, "source"), value.get("source"))
        return self.ref(doc, (*path, "ref"), value["ref"], kinds, what, src)

    def index(self, element: m.Element) -> None:
        existing = self.model.index.get(element.id)
        if existing is not None:
            self.findings.append(
                Finding(
                    "GOV020",
                    f"id '{element.id}' is already used by the {existing.KIND} defined at "
                    f"{existing.at('id')}; ids must be unique across the model",
                    element.at("id"),
                    hint=_duplicate_hint(element),
                    element=element.id,
                )
            )
            return
        self.model.index[element.id] = element

    def sourced_text(self, doc: Document, path: Path, value: Any) -> m.SourcedText | None:
        if not isinstance(value, dict):
            return None
        texts = {k: v for k, v in value.items() if k != "source"}
        return m.SourcedText(
            doc=doc,
            path=path,
            text=m.Text(texts),
            source=self.source(doc, (*path, "source"), value.get("source")),
        )

    def term(self, doc: Document, name: str, value: Any) -> m.Term | None:
        """A term of the agreement: its words, and the data the format gives it (cost shares,
        dates in force, notice period)."""
        if not isinstance(value, dict):
            return None
        path: Path = ("terms", name)
        texts = {k: v for k, v in value.items() if k not in m.TERM_DATA}
        term = m.Term(
            doc=doc,
            path=path,
            name=name,
            text=m.Text(texts),
            source=self.source(doc, (*path, "source"), value.get("source")),
            start=value.get("from"),
            end=value.get("to"),
            notice_months=value.get("noticeMonths"),
        )
        for i, share in enumerate(value.get("shares", [])):
            p = (*path, "shares", i)
            term.shares.append(
                m.CostShare(
                    doc=doc,
                    path=p,
                    party=self.ref(doc, (*p, "party"), share["party"], (m.Party,), "a party"),
                    percent=share["percent"],
                )
            )
        return term

    def duties(self, doc: Document, path: Path, items: list[Any], owner: str) -> list[m.Duty]:
        duties = []
        for i, d in enumerate(items):
            p = (*path, i)
            timing = d.get("timing")
            prepares = d.get("prepares")
            prep = None
            if prepares:
                pp = (*p, "prepares")
                prep = m.Preparation(
                    doc=doc,
                    path=pp,
                    meeting_id=prepares["meeting"],
                    body=self.ref(
                        doc,
                        (*pp, "body"),
                        prepares["body"],
                        (m.Body,),
                        "the body that decides what the duty prepares",
                    ),
                    source=self.source(doc, (*pp, "source"), prepares.get("source")),
                )
            duties.append(
                m.Duty(
                    doc=doc,
                    path=p,
                    id=d["id"],
                    text=self.text(d["text"]),
                    owner_id=owner,
                    source=self.source(doc, (*p, "source"), d.get("source")),
                    timing=(timing["from"], timing["to"]) if timing else None,
                    timing_source=self.source(
                        doc, (*p, "timing", "source"), timing.get("source") if timing else None
                    ),
                    prepares=prep,
                )
            )
        return duties

    # -- kinds -----------------------------------------------------------------------------
    def agreement(self, doc: Document, d: dict[str, Any]) -> None:
        a = m.Agreement(
            doc=doc,
            path=(),
            id=d["id"],
            title=self.text(d["title"]),
            model_version=d["modelVersion"],
            language=d["language"],
            languages=(d["language"], *(x for x in d.get("languages", ()) if x != d["language"])),
            source=self.source(doc, ("source",), d.get("source")),
            text_id=d.get("text"),
        )
        if "languages" in d and d["language"] not in d["languages"]:
            self.findings.append(
                Finding(
                    "GOV010",
                    f"'languages' does not list the main language '{d['language']}'",
                    doc.loc(("languages",)),
                    hint=f"Add '{d['language']}' to languages: every text is given in it.",
                    element=a.id,
                )
            )
        a.party_refs = [
            self.ref(doc, ("parties", i), pid, (m.Party,), "a party of the agreement")
            for i, pid in enumerate(d["parties"])
        ]
        a.purpose = self.sourced_text(doc, ("purpose",), d.get("purpose"))
        a.scope = self.sourced_text(doc, ("scope",), d.get("scope"))
        for i, s in enumerate(d.get("sections", [])):
            sec = m.Section(
                doc=doc,
                path=("sections", i),
                id=s["id"],
                heading=_heading(s["heading"], d["language"]),
                parent_id=s.get("parent"),
                order=i + 1,
            )
            if sec.id in a.sections:
                self.findings.append(
                    Finding(
                        "GOV020",
                        f"section id '{sec.id}' is listed twice",
                        sec.at("id"),
                        hint="Give every section its own id.",
                        element=sec.id,
                    )
                )
            a.sections[sec.id] = sec
        for i, lb in enumerate(d.get("legalBasis", [])):
            p = ("legalBasis", i)
            a.legal_bases[lb["id"]] = m.LegalBasis(
                doc=doc,
                path=p,
                id=lb["id"],
                act=self.text(lb["act"]),
                sections=tuple(lb.get("sections", ())),
                description=self.text(lb["description"]),
                requires=tuple(lb.get("requires", ())),
                requires_source=self.source(doc, (*p, "requiresSource"), lb.get("requiresSource")),
                source=self.source(doc, (*p, "source"), lb.get("source")),
            )
        for key, value in (d.get("terms") or {}).items():
            term = self.term(doc, key, value)
            if term is not None:
                a.terms[key] = term
        self._agreement_lists(doc, d, a)
        if self.model.agreement is not None:
            self.findings.append(
                Finding(
                    "GOV008",
                    "a second Agreement document; a model has exactly one "
                    f"(the first is {self.model.agreement.loc})",
                    doc.loc(("kind",)),
                    hint="Merge the two or remove one.",
                    element=a.id,
                )
            )
            return
        self.model.agreement = a
        self.model.lang = a.language
        self.model.languages = a.languages

    def _agreement_lists(self, doc: Document, d: dict[str, Any], a: m.Agreement) -> None:
        """Related agreements, words left out on purpose, and open questions."""
        for i, ra in enumerate(d.get("relatedAgreements", [])):
            p: Path = ("relatedAgreements", i)
            a.related[ra["id"]] = m.RelatedAgreement(
                doc=doc,
                path=p,
                id=ra["id"],
                title=self.text(ra["title"]),
                says=self.opt_text(ra.get("says")),
                unknown=self.opt_text(ra.get("unknown")),
                source=self.source(doc, (*p, "source"), ra.get("source")),
            )
        for i, nm in enumerate(d.get("notModelled", [])):
            p = ("notModelled", i)
            # not in self.sources: these quotes leave words out, they do not cite them
            src = m.Source(doc=doc, path=p, section_id=nm["section"], quote=nm["quote"])
            a.not_modelled.append(
                m.NotModelled(doc=doc, path=p, source=src, reason=self.text(nm["reason"]))
            )
        for i, q in enumerate(d.get("openQuestions", [])):
            p = ("openQuestions", i)
            question = m.OpenQuestion(
                doc=doc,
                path=p,
                id=q["id"],
                question=self.text(q["question"]),
                about=[
                    self.ref(
                        doc, (*p, "about", j), ref_id, (m.Element,), "what the question is about"
                    )
                    for j, ref_id in enumerate(q.get("about", []))
                ],
                source=self.source(doc, (*p, "source"), q.get("source")),
            )
            a.open_questions.append(question)
            self.index(question)

    def agreement_text(self, doc: Document, d: dict[str, Any]) -> None:
        self.texts.append(build_text(doc, d))

    def party(self, doc: Document, d: dict[str, Any]) -> None:
        party = m.Party(
            doc=doc,
            path=(),
            id=d["id"],
            name=self.text(d["name"]),
            type=d.get("type"),
            signatory=bool(d.get("signatory", True)),
            source=self.source(doc, ("source",), d.get("source")),
        )
        self.index(party)
        for i, o in enumerate(d.get("organs", [])):
            organ = m.Organ(
                doc=doc,
                path=("organs", i),
                id=o["id"],
                name=self.text(o["name"]),
                party=party,
                source=self.source(doc, ("organs", i, "source"), o.get("source")),
            )
            party.organs.append(organ)
            self.index(organ)
        for i, p in enumerate(d.get("positions", [])):
            pos = m.Position(
                doc=doc,
                path=("positions", i),
                id=p["id"],
                title=self.text(p["title"]),
                plural=self.opt_text(p.get("plural")),
                party=party,
                source=self.source(doc, ("positions", i, "source"), p.get("source")),
            )
            party.positions.append(pos)
            self.index(pos)
        self.model.parties.append(party)

    def tier(self, doc: Document, d: dict[str, Any]) -> None:
        pr = d.get("partiesRepresented") or {}
        tier = m.Tier(
            doc=doc,
            path=(),
            id=d["id"],
            rank=d["rank"],
            name=self.text(d["name"]),
            source=self.source(doc, ("source",), d.get("source")),
            parties_required=bool(pr.get("required", False)),
            parties_required_source=self.source(
                doc, ("partiesRepresented", "source"), pr.get("source")
            ),
        )
        if "parties" in pr:
            tier.required_party_refs = [
                self.ref(doc, ("partiesRepresented", "parties", i), pid, (m.Party,), "a party")
                for i, pid in enumerate(pr["parties"])
            ]
        for i, r in enumerate(d.get("responsibilities", [])):
            p = ("responsibilities", i)
            tier.responsibilities.append(
                m.Responsibility(
                    doc=doc,
                    path=p,
                    id=r["id"],
                    text=self.text(r["text"]),
                    owner_id=tier.id,
                    source=self.source(doc, (*p, "source"), r.get("source")),
                )
            )
        self.index(tier)
        self.model.tiers.append(tier)

    def body(self, doc: Document, d: dict[str, Any]) -> None:
        body = m.Body(
            doc=doc,
            path=(),
            id=d["id"],
            name=self.text(d["name"]),
            tier_ref=self.ref(doc, ("tier",), d["tier"], (m.Tier,), "a tier"),
            source=self.source(doc, ("source",), d.get("source")),
        )
        lf = d.get("legalForm")
        if lf:
            body.legal_form = m.LegalForm(
                doc=doc,
                path=("legalForm",),
                type=lf["type"],
                description=self.opt_text(lf.get("description")),
                legal_basis_id=lf.get("legalBasis"),
                contract_id=lf.get("contract"),
                source=self.source(doc, ("legalForm", "source"), lf.get("source")),
            )
        appointers = (m.Organ, m.Party, m.Body)
        body.appointed_by = self.sourced_ref(
            doc,
            ("appointedBy",),
            d.get("appointedBy"),
            appointers,
            "the organ that appoints the body",
        )
        for i, mem in enumerate(d.get("members", [])):
            p = ("members", i)
            body.members.append(
                m.Member(
                    doc=doc,
                    path=p,
                    role=mem["role"],
                    body_id=body.id,
                    position=self.ref(
                        doc, (*p, "position"), mem["position"], (m.Position,), "a position"
                    )
                    if "position" in mem
                    else None,
                    party_ref=self.ref(doc, (*p, "party"), mem["party"], (m.Party,), "a party")
                    if "party" in mem
                    else None,
                    ex_officio=bool(mem.get("exOfficio", False)),
                    all_holders=bool(mem.get("allHolders", False)),
                    description=self.opt_text(mem.get("description")),
                    source=self.source(doc, (*p, "source"), mem.get("source")),
                )
            )
        for i, rep in enumerate(d.get("representation", [])):
            p = ("representation", i)
            body.representation.append(
                m.Representation(
                    doc=doc,
                    path=p,
                    body_id=body.id,
                    party=self.ref(doc, (*p, "party"), rep["party"], (m.Party,), "a party"),
                    via=self.ref(doc, (*p, "via"), rep["via"], (m.Organ, m.Body), "an organ")
                    if "via" in rep
                    else None,
                    description=self.opt_text(rep.get("description")),
                    source=self.source(doc, (*p, "source"), rep.get("source")),
                )
            )
        cad = d.get("cadence")
        if cad:
            body.cadence = m.Cadence(
                doc=doc,
                path=("cadence",),
                min=cad["min"],
                max=cad["max"],
                approximate=bool(cad.get("approximate", False)),
                frequency=cad.get("frequency"),
                source=self.source(doc, ("cadence", "source"), cad.get("source")),
            )
            for i, mt in enumerate(cad.get("meetings", [])):
                mp: Path = ("cadence", "meetings", i)
                body.cadence.meetings.append(
                    m.Meeting(
                        doc=doc,
                        path=mp,
                        id=mt["id"],
                        name=self.text(mt["name"]),
                        month_from=mt["window"]["from"],
                        month_to=mt["window"]["to"],
                        when=self.opt_text(mt.get("when")),
                        body_id=body.id,
                        window_source=self.source(
                            doc, (*mp, "windowSource"), mt.get("windowSource")
                        ),
                        topics=[
                            m.Topic(
                                doc=doc,
                                path=(*mp, "topics", j),
                                id=t["id"],
                                name=self.text(t["name"]),
                            )
                            for j, t in enumerate(mt.get("topics", []))
                        ],
                        source=self.source(doc, (*mp, "source"), mt.get("source")),
                    )
                )
        body.escalates_to = self.sourced_ref(
            doc, ("escalatesTo",), d.get("escalatesTo"), (m.Body,), "a body"
        )
        body.reports_to = self.sourced_ref(
            doc, ("reportsTo",), d.get("reportsTo"), (m.Body, m.Organ, m.Party), "a body"
        )
        body.duties = self.duties(doc, ("duties",), d.get("duties", []), body.id)
        self.index(body)
        self.model.bodies.append(body)

    def role(self, doc: Document, d: dict[str, Any]) -> None:
        actors = (m.Party, m.Organ, m.Body, m.Role)
        role = m.Role(
            doc=doc,
            path=(),
            id=d["id"],
            name=self.text(d["name"]),
            tier_ref=self.ref(doc, ("tier",), d["tier"], (m.Tier,), "a tier")
            if "tier" in d
            else None,
            party_ref=self.ref(doc, ("party",), d["party"], (m.Party,), "a party")
            if "party" in d
            else None,
            held_by=[
                self.ref(doc, ("heldBy", i), pid, (m.Position,), "a position")
                for i, pid in enumerate(d.get("heldBy", []))
            ],
            named_by=self.sourced_ref(
                doc, ("namedBy",), d.get("namedBy"), actors, "who names the role"
            ),
            provided_by=self.sourced_ref(
                doc, ("providedBy",), d.get("providedBy"), actors, "who provides the role"
            ),
            serves=[
                self.ref(doc, ("serves", i), pid, (m.Party,), "a party")
                for i, pid in enumerate(d.get("serves", []))
            ],
            areas=[self.text(a) for a in d.get("areas", [])],
            areas_are_examples=bool(d.get("areasAreExamples", False)),
            purpose=self.opt_text(d.get("purpose")),
            purpose_source=self.source(doc, ("purposeSource",), d.get("purposeSource")),
            source=self.source(doc, ("source",), d.get("source")),
        )
        role.duties = self.duties(doc, ("duties",), d.get("duties", []), role.id)
        self.index(role)
        self.model.roles.append(role)

    def matter_type(self, doc: Document, d: dict[str, Any]) -> None:
        handlers = (m.Body, m.Role)
        esc = d.get("escalation") or {"steps": []}  # none: decided by its first handler
        mt = m.MatterType(
            doc=doc,
            path=(),
            id=d["id"],
            name=self.text(d["name"]),
            tier_ref=self.ref(doc, ("tier",), d["tier"], (m.Tier,), "a tier"),
            description=self.opt_text(d.get("description")),
            handled_by=self.sourced_ref(
                doc, ("handledBy",), d.get("handledBy"), handlers, "a body or role"
            ),
            escalation_source=self.source(doc, ("escalation", "source"), esc.get("source")),
            escalation_path=("escalation",),
            source=self.source(doc, ("source",), d.get("source")),
        )
        for i, step in enumerate(esc["steps"]):
            p = ("escalation", "steps", i)
            mt.steps.append(
                m.EscalationStep(
                    doc=doc,
                    path=p,
                    to=self.ref(doc, (*p, "to"), step["to"], handlers, "a body or role"),
                    trigger=self.text(step["trigger"]),
                    source=self.source(doc, (*p, "source"), step.get("source")),
                )
            )
        self.index(mt)
        self.model.matter_types.append(mt)

    def goal(self, doc: Document, d: dict[str, Any]) -> None:
        goal = m.Goal(
            doc=doc,
            path=(),
            id=d["id"],
            horizon=d["horizon"],
            order=d.get("order", 0),
            text=self.text(d["text"]),
            source=self.source(doc, ("source",), d.get("source")),
            horizon_source=self.source(doc, ("horizonSource",), d.get("horizonSource")),
        )
        self.index(goal)
        self.model.goals.append(goal)

    def commitment(self, doc: Document, d: dict[str, Any]) -> None:
        com = m.Commitment(
            doc=doc,
            path=(),
            id=d["id"],
            order=d.get("order", 0),
            aspect=d["aspect"],
            obligation=d.get("obligation"),
            text=self.text(d["text"]),
            source=self.source(doc, ("source",), d.get("source")),
        )
        self.index(com)
        self.model.commitments.append(com)

    # -- resolution ------------------------------------------------------------------------
    def resolve(self) -> None:
        model = self.model
        unresolved = resolve_references(model, self.refs, model.unbuilt)
        model.unresolved = len(unresolved)
        self.findings += unresolved
        agreement = model.agreement
        self.findings.extend(attach_text(model, self.texts, self.agreement_broken))
        if agreement is not None:
            for src in [*self.sources, *(nm.source for nm in agreement.not_modelled)]:
                if src.section_id is not None:
                    src.section = agreement.sections.get(src.section_id)
            resolve_quotes(model, self.sources)
        for body in model.bodies:
            lf = body.legal_form
            if lf is not None and lf.legal_basis_id is not None and agreement is not None:
                lf.legal_basis = agreement.legal_bases.get(lf.legal_basis_id)
                if lf.legal_basis is None and self._lacks(agreement, "legalBasis"):
                    continue
                if lf.legal_basis is None:
                    self.findings.append(
                        Finding(
                            "GOV021",
                            f"legal basis '{lf.legal_basis_id}' is not in the agreement's "
                            "legalBasis list",
                            lf.at("legalBasis"),
                            hint="Add it to the Agreement document's legalBasis or fix the id.",
                        )
                    )
            if lf is not None and lf.contract_id is not None and agreement is not None:
                self._resolve_contract(agreement, lf)
            for duty in body.duties:
                self._resolve_preparation(duty)
        model.tiers.sort(key=lambda t: t.rank)

    def _lacks(self, element: m.Element | None, *keys: str) -> bool:
        """Was one of ``keys`` pruned from the element's document? Then a lookup in it that
        fails is not checked (and counted on that file), not reported."""
        record = self.pruned.get(element.doc.path) if element is not None else None
        if record is None or not record.lacks(keys):
            return False
        record.unchecked += 1
        return True

    def _resolve_contract(self, agreement: m.Agreement, lf: m.LegalForm) -> None:
        lf.contract = agreement.related.get(lf.contract_id or "")
        if lf.contract is None:
            self.findings.append(
                Finding(
                    "GOV021",
                    f"contract '{lf.contract_id}' is not in the agreement's relatedAgreements list",
                    lf.at("contract"),
                    hint="Add it to the Agreement document's relatedAgreements or fix the id.",
                )
            )

    def _resolve_preparation(self, duty: m.Duty) -> None:
        prep = duty.prepares
        if prep is None or not isinstance(prep.body.target, m.Body):
            return
        prep.meeting = self.model.meeting(prep.body.id, prep.meeting_id)
        if prep.meeting is None and self._lacks(prep.body.target, "cadence", "meetings"):
            return
        if prep.meeting is None:
            self.findings.append(
                Finding(
                    "GOV021",
                    f"body '{prep.body.id}' has no anchored meeting '{prep.meeting_id}'",
                    prep.at("meeting"),
                    hint=f"Use the id of one of the meetings under {prep.body.id}'s "
                    "cadence.meetings.",
                )
            )


DECIDERS: tuple[type[m.Element], ...] = (m.Party, m.Organ, m.Body, m.Position)


def _approval(builder: _Builder, doc: Document, d: dict[str, Any]) -> None:
    """An approval record; its decisions refer to whoever decided."""
    record = m.Approval(doc=doc, path=(), version=d["version"], previous=d.get("previous"))
    for i, decision in enumerate(d["decisions"]):
        p = ("decisions", i)
        by = builder.ref(
            doc, (*p, "by"), decision["by"], DECIDERS, "a party, organ, body or position"
        )
        record.decisions.append(
            m.Decision(
                doc=doc,
                path=p,
                by=by,
                date=decision["date"],
                minutes=decision["minutes"],
                url=decision.get("url"),
            )
        )
    builder.model.approvals.append(record)


KIND_BUILDERS: dict[str, Callable[[_Builder, Document, dict[str, Any]], None]] = {
    "Agreement": _Builder.agreement,
    "AgreementText": _Builder.agreement_text,
    "Party": _Builder.party,
    "Tier": _Builder.tier,
    "Body": _Builder.body,
    "Role": _Builder.role,
    "MatterType": _Builder.matter_type,
    "Goal": _Builder.goal,
    "Commitment": _Builder.commitment,
    "Approval": _approval,
}


def build_model(
    root: str, documents: list[Document], unbuilt: list[Unbuilt]
) -> tuple[m.Model, list[Finding]]:
    """Build and resolve the model from schema-valid ``documents``.

    ``unbuilt`` describes the files with errors: not built, or (``built``) pruned to the valid
    part that is among ``documents``. References to what they define are not reported as
    unresolved; each is counted on its file (``Unbuilt.unchecked``).
    """
    builder = _Builder(root, unbuilt)
    builder.model.documents = list(documents)
    for doc in documents:
        KIND_BUILDERS[doc.data["kind"]](builder, doc, doc.data)
    maybe_agreement = any(u.kind in ("Agreement", None) and not u.built for u in unbuilt)
    builder.agreement_broken = maybe_agreement
    if builder.model.agreement is None and documents and not maybe_agreement:
        builder.findings.append(
            Finding(
                "GOV008",
                "the model has no Agreement document",
                Loc(root),
                hint="Add agreement.yaml with kind: Agreement (title, parties, sections).",
                severity=Severity.ERROR,
            )
        )
    builder.resolve()
    return builder.model, builder.findings


def _duplicate_hint(element: m.Element) -> str:
    """How to rename a duplicate id: a position or organ by its party's id, from the model."""
    party = getattr(element, "party", None)
    if (
        isinstance(element, m.Position | m.Organ)
        and isinstance(party, m.Party)
        and not element.id.startswith(f"{party.id}.")
    ):
        local = element.id.split(".", 1)[1] if "." in element.id else element.id
        return (
            "Rename one of them; ids are global: prefix a position or an organ with its "
            f"party's id and a '.' ('{party.id}.{local}')."
        )
    return "Rename one of them; ids are global."


def _heading(value: str | dict[str, str], main: str) -> m.Text:
    """A section heading as a text, the main language first: a plain string is in it."""
    if isinstance(value, str):
        return m.Text({main: value})
    return m.Text({k: value[k] for k in sorted(value, key=lambda k: k != main)})
