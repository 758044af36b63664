"""The resolved model: what rules, the handbook, the diff and the calendar read.

Every element remembers the document and the path inside it that defined it, so any value can be
located (``element.at("cadence", "min")``). References are resolved: ``Ref.target`` is the
element named, or ``None`` when the reference is broken (the references rule reports it).
Nothing here parses YAML; :mod:`govlint.build` turns loaded documents into this model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from govlint.findings import Loc

if TYPE_CHECKING:
    from govlint.document import Document, Path
    from govlint.salvage import Unbuilt


@dataclass(frozen=True)
class Text:
    """A text in several languages, keyed by BCP 47 language tag (the model declares which)."""

    values: Mapping[str, str]

    def get(self, lang: str, fallback: str | None = None) -> str:
        if lang in self.values:
            return self.values[lang]
        if fallback and fallback in self.values:
            return self.values[fallback]
        return next(iter(self.values.values()), "")

    def pick(self, lang: str, fallback: str) -> tuple[str, str]:
        """(text, its language): in ``lang``, else in ``fallback``, else in any language the
        text has; ("", lang) for an empty text."""
        for candidate in (lang, fallback):
            if candidate in self.values:
                return self.values[candidate], candidate
        for found, value in self.values.items():
            return value, found
        return "", lang

    def __bool__(self) -> bool:
        return bool(self.values)


EMPTY_TEXT = Text({})


@dataclass(eq=False, kw_only=True)
class Node:
    """Anything defined at a place in a document."""

    doc: Document
    path: Path

    @property
    def loc(self) -> Loc:
        return self.doc.loc(self.path)

    def at(self, *sub: str | int) -> Loc:
        """Location of a value below this node (nearest existing ancestor if absent)."""
        return self.doc.loc(self.path + sub)


@dataclass(eq=False, kw_only=True)
class Source(Node):
    """Provenance: a cited agreement section (``section_id``) or a derived reason."""

    section_id: str | None = None
    quote: str | None = None
    derived: str | None = None
    section: Section | None = None  # resolved

    @property
    def is_derived(self) -> bool:
        return self.derived is not None


@dataclass(eq=False, kw_only=True)
class Element(Node):
    """A model element with an id. ``key`` is unique across the model (for diffs)."""

    id: str
    source: Source | None = None

    KIND = "element"

    @property
    def key(self) -> str:
        return f"{self.KIND}:{self.id}"


@dataclass(eq=False, kw_only=True)
class Ref(Node):
    """A reference by id, resolved to its target (None when it does not resolve)."""

    id: str
    target: Element | None = None
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class SourcedText(Node):
    text: Text
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Section(Element):
    KIND = "section"
    heading: Text
    parent_id: str | None = None
    order: int = 0


@dataclass(eq=False, kw_only=True)
class LegalBasis(Element):
    KIND = "legal-basis"
    act: Text
    sections: tuple[str, ...] = ()
    description: Text = EMPTY_TEXT
    requires: tuple[str, ...] = ()
    requires_source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Agreement(Element):
    KIND = "agreement"
    title: Text
    model_version: str
    language: str
    languages: tuple[str, ...] = ()  # every declared language, the main one first
    party_refs: list[Ref] = field(default_factory=list)
    purpose: SourcedText | None = None
    scope: SourcedText | None = None
    sections: dict[str, Section] = field(default_factory=dict)
    legal_bases: dict[str, LegalBasis] = field(default_factory=dict)
    terms: dict[str, SourcedText] = field(default_factory=dict)


@dataclass(eq=False, kw_only=True)
class Organ(Element):
    KIND = "organ"
    name: Text
    party: Party | None = None


@dataclass(eq=False, kw_only=True)
class Position(Element):
    KIND = "position"
    title: Text
    plural: Text | None = None
    party: Party | None = None


@dataclass(eq=False, kw_only=True)
class Party(Element):
    KIND = "party"
    name: Text
    type: str | None = None
    organs: list[Organ] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)


@dataclass(eq=False, kw_only=True)
class Responsibility(Element):
    KIND = "responsibility"
    text: Text
    owner_id: str = ""

    @property
    def key(self) -> str:
        return f"{self.KIND}:{self.owner_id}/{self.id}"


@dataclass(eq=False, kw_only=True)
class Tier(Element):
    KIND = "tier"
    rank: int
    name: Text
    parties_required: bool = False
    parties_required_source: Source | None = None
    responsibilities: list[Responsibility] = field(default_factory=list)


@dataclass(eq=False, kw_only=True)
class Member(Node):
    role: str
    position: Ref | None = None
    party_ref: Ref | None = None
    ex_officio: bool = False
    all_holders: bool = False
    description: Text | None = None
    source: Source | None = None
    body_id: str = ""

    @property
    def party(self) -> Party | None:
        """The party the seat belongs to: the position's party, or the inviting party."""
        if self.position is not None and isinstance(self.position.target, Position):
            return self.position.target.party
        if self.party_ref is not None and isinstance(self.party_ref.target, Party):
            return self.party_ref.target
        return None

    @property
    def key(self) -> str:
        who = self.position.id if self.position else (self.party_ref.id if self.party_ref else "?")
        return f"member:{self.body_id}/{who}/{self.role}"


@dataclass(eq=False, kw_only=True)
class Representation(Node):
    party: Ref
    via: Ref | None = None
    description: Text | None = None
    source: Source | None = None
    body_id: str = ""

    @property
    def key(self) -> str:
        return f"representation:{self.body_id}/{self.party.id}"


@dataclass(eq=False, kw_only=True)
class Topic(Node):
    id: str
    name: Text


@dataclass(eq=False, kw_only=True)
class Meeting(Element):
    KIND = "meeting"
    name: Text
    month_from: int
    month_to: int
    when: Text | None = None
    window_source: Source | None = None
    topics: list[Topic] = field(default_factory=list)
    body_id: str = ""

    @property
    def key(self) -> str:
        return f"{self.KIND}:{self.body_id}/{self.id}"

    @property
    def months(self) -> tuple[int, ...]:
        """Months of the window in order; a window may wrap over the new year (11 -> 2)."""
        if self.month_from <= self.month_to:
            return tuple(range(self.month_from, self.month_to + 1))
        return (*range(self.month_from, 13), *range(1, self.month_to + 1))


@dataclass(eq=False, kw_only=True)
class Cadence(Node):
    min: int
    max: int
    approximate: bool = False
    meetings: list[Meeting] = field(default_factory=list)
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Preparation(Node):
    body: Ref
    meeting_id: str
    meeting: Meeting | None = None  # resolved
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Duty(Element):
    KIND = "duty"
    text: Text
    owner_id: str = ""
    timing: tuple[int, int] | None = None
    timing_source: Source | None = None
    prepares: Preparation | None = None

    @property
    def key(self) -> str:
        return f"{self.KIND}:{self.owner_id}/{self.id}"


@dataclass(eq=False, kw_only=True)
class LegalForm(Node):
    type: str
    description: Text | None = None
    legal_basis_id: str | None = None
    legal_basis: LegalBasis | None = None
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Body(Element):
    KIND = "body"
    name: Text
    tier_ref: Ref
    legal_form: LegalForm | None = None
    appointed_by: Ref | None = None
    members: list[Member] = field(default_factory=list)
    representation: list[Representation] = field(default_factory=list)
    cadence: Cadence | None = None
    escalates_to: Ref | None = None
    reports_to: Ref | None = None
    duties: list[Duty] = field(default_factory=list)

    @property
    def tier(self) -> Tier | None:
        target = self.tier_ref.target
        return target if isinstance(target, Tier) else None

    def parties(self) -> set[str]:
        """Ids of the parties that sit in the body, by position or by representation."""
        found = {m.party.id for m in self.members if m.party is not None}
        found |= {r.party.id for r in self.representation}
        return found

    def members_in_role(self, role: str) -> list[Member]:
        return [m for m in self.members if m.role == role]


@dataclass(eq=False, kw_only=True)
class Role(Element):
    KIND = "role"
    name: Text
    tier_ref: Ref | None = None
    party_ref: Ref | None = None
    held_by: list[Ref] = field(default_factory=list)
    named_by: Ref | None = None
    provided_by: Ref | None = None
    serves: list[Ref] = field(default_factory=list)
    areas: list[Text] = field(default_factory=list)
    areas_are_examples: bool = False
    purpose: Text | None = None
    duties: list[Duty] = field(default_factory=list)

    @property
    def tier(self) -> Tier | None:
        target = self.tier_ref.target if self.tier_ref else None
        return target if isinstance(target, Tier) else None


@dataclass(eq=False, kw_only=True)
class EscalationStep(Node):
    to: Ref
    trigger: Text
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class MatterType(Element):
    KIND = "matter-type"
    name: Text
    tier_ref: Ref
    description: Text | None = None
    handled_by: Ref | None = None
    steps: list[EscalationStep] = field(default_factory=list)
    escalation_source: Source | None = None
    escalation_path: Path = ()

    @property
    def tier(self) -> Tier | None:
        target = self.tier_ref.target
        return target if isinstance(target, Tier) else None

    def route(self) -> list[Ref]:
        """The route in order: first handler, then every escalation step."""
        return ([self.handled_by] if self.handled_by else []) + [s.to for s in self.steps]


@dataclass(eq=False, kw_only=True)
class Goal(Element):
    KIND = "goal"
    horizon: str
    order: int
    text: Text


@dataclass(eq=False, kw_only=True)
class Commitment(Element):
    KIND = "commitment"
    order: int
    aspect: str
    obligation: str | None
    text: Text


@dataclass(eq=False)
class Model:
    """The whole resolved model. Lists keep file order; ``index`` maps every global id."""

    root: str
    agreement: Agreement | None = None
    parties: list[Party] = field(default_factory=list)
    tiers: list[Tier] = field(default_factory=list)  # sorted by rank, top first
    bodies: list[Body] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    matter_types: list[MatterType] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    index: dict[str, Element] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    # Files with errors, not built or pruned to their valid part, and the ids they define.
    unbuilt: list[Unbuilt] = field(default_factory=list)
    incomplete: bool = False  # some file has errors: it is not, or not wholly, in the model
    unresolved: int = 0  # references that do not resolve (or to the wrong kind), as findings
    lang: str = ""  # the main language (Agreement.language); "" without an agreement
    languages: tuple[str, ...] = ()  # every language the agreement declares, main first

    @property
    def tiers_ambiguous(self) -> bool:
        """Two tiers share a rank: "up" is undefined until that is fixed."""
        return len({t.rank for t in self.tiers}) != len(self.tiers)

    @property
    def top_tier(self) -> Tier | None:
        return self.tiers[0] if self.tiers else None

    def get(self, element_id: str) -> Element | None:
        return self.index.get(element_id)

    def party(self, party_id: str) -> Party | None:
        found = self.index.get(party_id)
        return found if isinstance(found, Party) else None

    def positions(self) -> Iterator[Position]:
        for party in self.parties:
            yield from party.positions

    def bodies_of_tier(self, tier: Tier) -> list[Body]:
        return [b for b in self.bodies if b.tier is tier]

    def roles_of_tier(self, tier: Tier) -> list[Role]:
        return [r for r in self.roles if r.tier is tier]

    def tier_of(self, element: Element | None) -> Tier | None:
        """Tier of a body, role or matter type; None for elements outside the tiers."""
        if isinstance(element, Body | Role | MatterType):
            return element.tier
        return None

    def holdings(self, position: Position) -> list[tuple[Body | Role, str]]:
        """Bodies (with the seat's role) and roles that a position holds."""
        held: list[tuple[Body | Role, str]] = []
        for body in self.bodies:
            held.extend(
                (body, m.role)
                for m in body.members
                if m.position is not None and m.position.target is position
            )
        for role in self.roles:
            if any(r.target is position for r in role.held_by):
                held.append((role, "holder"))
        return held

    def meeting(self, body_id: str, meeting_id: str) -> Meeting | None:
        body = self.index.get(body_id)
        if isinstance(body, Body) and body.cadence is not None:
            return next((m for m in body.cadence.meetings if m.id == meeting_id), None)
        return None

    def text(self, text: Text | None) -> str:
        """A text in the model's language."""
        return text.get(self.lang) if text else ""

    def all_sources(self) -> Iterator[tuple[Node, Source | None, str]]:
        """Every provenance-carrying node with its source and a readable label (for rules)."""
        yield from _walk_sources(self)


def _walk_sources(model: Model) -> Iterator[tuple[Node, Source | None, str]]:
    agreement = model.agreement
    if agreement is not None:
        for name in ("purpose", "scope"):
            st = getattr(agreement, name)
            if st is not None:
                yield st, st.source, f"agreement {name}"
        for key, st in agreement.terms.items():
            yield st, st.source, f"agreement term '{key}'"
        for lb in agreement.legal_bases.values():
            yield lb, lb.source, f"legal basis '{lb.id}'"
            if lb.requires_source is not None:
                yield lb, lb.requires_source, f"legal basis '{lb.id}' requirements"
    for party in model.parties:
        yield party, party.source, f"party '{party.id}'"
        for organ in party.organs:
            yield organ, organ.source, f"organ '{organ.id}'"
        for pos in party.positions:
            yield pos, pos.source, f"position '{pos.id}'"
    for tier in model.tiers:
        yield tier, tier.source, f"tier '{tier.id}'"
        if tier.parties_required_source is not None:
            yield tier, tier.parties_required_source, f"tier '{tier.id}' representation"
        for resp in tier.responsibilities:
            yield resp, resp.source, f"responsibility '{resp.id}' of tier '{tier.id}'"
    for body in model.bodies:
        yield from _body_sources(body)
    for role in model.roles:
        yield role, role.source, f"role '{role.id}'"
        for ref, what in ((role.named_by, "namedBy"), (role.provided_by, "providedBy")):
            if ref is not None:
                yield ref, ref.source, f"{what} of role '{role.id}'"
        for duty in role.duties:
            yield duty, duty.source, f"duty '{duty.id}' of role '{role.id}'"
    for mt in model.matter_types:
        yield mt, mt.source, f"matter type '{mt.id}'"
        if mt.handled_by is not None:
            yield mt.handled_by, mt.handled_by.source, f"first handler of matter type '{mt.id}'"
        yield mt, mt.escalation_source, f"escalation route of matter type '{mt.id}'"
        for step in mt.steps:
            if step.source is not None:
                yield step, step.source, f"escalation step of matter type '{mt.id}'"
    for goal in model.goals:
        yield goal, goal.source, f"goal '{goal.id}'"
    for com in model.commitments:
        yield com, com.source, f"commitment '{com.id}'"


def _body_sources(body: Body) -> Iterator[tuple[Node, Source | None, str]]:
    label = f"body '{body.id}'"
    yield body, body.source, label
    if body.legal_form is not None:
        yield body.legal_form, body.legal_form.source, f"legal form of {label}"
    for ref, what in (
        (body.appointed_by, "appointedBy"),
        (body.escalates_to, "escalatesTo"),
        (body.reports_to, "reportsTo"),
    ):
        if ref is not None:
            yield ref, ref.source, f"{what} of {label}"
    for m in body.members:
        yield m, m.source, f"member of {label}"
    for r in body.representation:
        yield r, r.source, f"representation of {label}"
    if body.cadence is not None:
        yield body.cadence, body.cadence.source, f"cadence of {label}"
        for meeting in body.cadence.meetings:
            yield meeting, meeting.source, f"meeting '{meeting.id}' of {label}"
            if meeting.window_source is not None:
                yield meeting, meeting.window_source, f"window of meeting '{meeting.id}'"
    for duty in body.duties:
        yield duty, duty.source, f"duty '{duty.id}' of {label}"
        if duty.prepares is not None:
            yield duty.prepares, duty.prepares.source, f"preparation link of duty '{duty.id}'"


def as_data(value: Any) -> Any:
    """Plain JSON-able data of a text (used by exporters)."""
    if isinstance(value, Text):
        return dict(value.values)
    return value
