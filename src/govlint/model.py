"""The resolved model: what rules, the handbook, the diff and the calendar read.

Every element remembers the document and the path inside it that defined it, so any value can be
located (``element.at("cadence", "min")``). References are resolved: ``Ref.target`` is the
element named, or ``None`` when the reference is broken (the references rule reports it).
Nothing here parses YAML; :mod:`govlint.build` turns loaded documents into this model.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
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
    """Provenance: a cited agreement section (``section_id``) or a derived reason.

    Resolved: ``section`` is the cited section. When the model holds the agreement's text and
    the source quotes it, ``occurrences`` counts where the quote stands in that section (0: it
    does not) and ``sentences`` are the sentences it lies in; ``occurrences`` is None when the
    quote could not be looked up (no quote, no text, or no such section).
    """

    section_id: str | None = None
    quote: str | None = None
    derived: str | None = None
    # resolved; left out of repr, as every back-reference: the model's graph has cycles
    section: Section | None = field(default=None, repr=False)
    occurrences: int | None = None
    sentences: list[Sentence] = field(default_factory=list, repr=False)

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
    """A reference by id, resolved to its target (None when it does not resolve).

    The target is left out of ``repr``: the model is a graph, and printing every element
    again through every reference to it grows without bound (a failing test prints it)."""

    id: str
    target: Element | None = field(default=None, repr=False)
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class SourcedText(Node):
    text: Text
    source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Section(Element):
    """A section of the agreement: the id facts cite, its heading and, when the model holds
    the agreement's text, its paragraphs and list items (``blocks``)."""

    KIND = "section"
    heading: Text
    parent_id: str | None = None
    order: int = 0
    blocks: list[Block] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]


@dataclass(eq=False, kw_only=True)
class Block(Node):
    """A paragraph (``kind`` "paragraph") or one list item ("item") of a section.

    Items of one list share ``list_number`` (1-based within the section; 0 for a paragraph),
    and the list's ``marker`` as the agreement prints it ("-", "−").
    """

    kind: str
    sentences: list[Sentence] = field(default_factory=list)
    list_number: int = 0
    marker: str | None = None


@dataclass(eq=False, kw_only=True)
class Sentence(Node):
    """A sentence of the agreement, as the text document splits it.

    ``address`` (``section-id.n``, n counting the section's sentences from 1) names it for
    the coverage table, the handbook's anchors and the diff. ``text`` is normalised
    (:func:`govlint.quotes.normalise_text`). Resolved: ``cited_by`` are the sources whose
    quote lies in it, ``not_modelled`` the entries that leave it out on purpose.
    """

    section: Section = field(repr=False)
    number: int
    text: str
    block: Block | None = field(default=None, repr=False)
    cited_by: list[Source] = field(default_factory=list, repr=False)
    not_modelled: list[NotModelled] = field(default_factory=list, repr=False)

    @property
    def address(self) -> str:
        return f"{self.section.id}.{self.number}"


@dataclass(eq=False, kw_only=True)
class AgreementText(Element):
    """The agreement's own words (a document of kind AgreementText): its title and sections."""

    KIND = "agreement-text"
    title: str
    sections: list[Section] = field(default_factory=list)

    def sentences(self) -> Iterator[Sentence]:
        for section in self.sections:
            yield from section.sentences


@dataclass(eq=False, kw_only=True)
class NotModelled(Node):
    """Words of the agreement that the model leaves out on purpose, and why.

    ``source`` cites a section and quotes the words (resolved like any quote); every sentence
    the quote lies in counts as deliberately not modelled in the coverage.
    """

    source: Source
    reason: Text


@dataclass(eq=False, kw_only=True)
class OpenQuestion(Element):
    """A question the agreement leaves open that no rule can find, recorded by a reader."""

    KIND = "open-question"
    question: Text
    about: list[Ref] = field(default_factory=list)


@dataclass(eq=False, kw_only=True)
class RelatedAgreement(Element):
    """Another agreement the agreement refers to, which the model does not hold: what the
    agreement says of it and what is not known."""

    KIND = "related-agreement"
    title: Text
    says: Text | None = None
    unknown: Text | None = None


@dataclass(eq=False, kw_only=True)
class CostShare(Node):
    """A party's share of the costs, in per cent (``terms.costDistribution.shares``)."""

    party: Ref
    percent: float


# Keys of a term (Agreement.terms) that are data or provenance, not a text in a language.
TERM_DATA = frozenset({"source", "shares", "from", "to", "noticeMonths"})


@dataclass(eq=False, kw_only=True)
class Term(SourcedText):
    """A term of the agreement (``Agreement.terms``: costBasis, costDistribution, validity,
    termination): its words in each language, and what the format knows of it as data.

    ``shares`` are the cost shares (costDistribution), ``start`` and ``end`` the first and
    last day in force as written (validity, "YYYY-MM-DD"; :func:`parse_date`), and
    ``notice_months`` the notice period (termination)."""

    name: str = ""
    shares: list[CostShare] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    notice_months: int | None = None


def parse_date(value: str | None) -> date | None:
    """A "YYYY-MM-DD" date of the model, or None when absent or not a calendar date (the
    validity rule reports "2025-02-30")."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


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
    text_id: str | None = None
    text: AgreementText | None = None  # resolved; then ``sections`` are the text's
    legal_bases: dict[str, LegalBasis] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    related: dict[str, RelatedAgreement] = field(default_factory=dict)
    not_modelled: list[NotModelled] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)


@dataclass(eq=False, kw_only=True)
class Organ(Element):
    KIND = "organ"
    name: Text
    party: Party | None = field(default=None, repr=False)


@dataclass(eq=False, kw_only=True)
class Position(Element):
    KIND = "position"
    title: Text
    plural: Text | None = None
    party: Party | None = field(default=None, repr=False)


@dataclass(eq=False, kw_only=True)
class Party(Element):
    """An organisation of the cooperation: a party to the agreement, or (``signatory``
    False) an organisation that holds positions or provides roles without being one."""

    KIND = "party"
    name: Text
    type: str | None = None
    signatory: bool = True
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
    # the parties that must be represented, when only some (None: every party)
    required_party_refs: list[Ref] | None = None
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


# A regular rhythm of meetings: months from one meeting to the next.
FREQUENCY_GAP = {"monthly": 1, "quarterly": 3}


@dataclass(eq=False, kw_only=True)
class Cadence(Node):
    min: int
    max: int
    approximate: bool = False
    frequency: str | None = None  # "monthly", "quarterly": a regular rhythm (FREQUENCY_GAP)
    meetings: list[Meeting] = field(default_factory=list)
    source: Source | None = None

    @property
    def gap(self) -> int | None:
        """Months from one regular meeting to the next (1 monthly, 3 quarterly); None
        without a regular rhythm."""
        return FREQUENCY_GAP.get(self.frequency or "")

    @property
    def per_year(self) -> int | None:
        """Meetings a year that the regular rhythm makes (12 monthly, 4 quarterly)."""
        gap = self.gap
        return 12 // gap if gap else None


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
    contract_id: str | None = None
    contract: RelatedAgreement | None = None  # resolved: the agreement that sets the body up
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
    purpose_source: Source | None = None
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
    horizon_source: Source | None = None


@dataclass(eq=False, kw_only=True)
class Commitment(Element):
    KIND = "commitment"
    order: int
    aspect: str
    obligation: str | None
    text: Text


@dataclass(eq=False, kw_only=True)
class Decision(Node):
    """One decision approving a version: who (a party, organ, body or position), when, and
    where it is minuted."""

    by: Ref
    date: str  # YYYY-MM-DD
    minutes: str  # the reference in the minutes ("§ 45")
    url: str | None = None  # the published minutes


@dataclass(eq=False, kw_only=True)
class Approval(Node):
    """The record of who approved one version of the model (not part of its content)."""

    version: str
    previous: str | None = None
    decisions: list[Decision] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"approval:{self.version}"


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
    approvals: list[Approval] = field(default_factory=list)  # file order
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

    def signatories(self) -> list[Party]:
        """The parties to the agreement (its ``parties``), in its order: resolved, and not
        marked ``signatory: false`` (listing one is reported, not taken as its signature)."""
        refs = self.agreement.party_refs if self.agreement is not None else []
        return [r.target for r in refs if isinstance(r.target, Party) and r.target.signatory]

    def required_parties(self, tier: Tier) -> list[Party]:
        """The parties that must be represented at ``tier`` (none unless it requires it):
        those it lists, else every party to the agreement."""
        if not tier.parties_required:
            return []
        if tier.required_party_refs is None:
            return self.signatories()
        return [r.target for r in tier.required_party_refs if isinstance(r.target, Party)]

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

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence of the agreement's text, in order (none without a text)."""
        text = self.agreement.text if self.agreement is not None else None
        if text is not None:
            yield from text.sentences()


def as_data(value: Any) -> Any:
    """Plain JSON-able data of a text (used by exporters)."""
    if isinstance(value, Text):
        return dict(value.values)
    return value
