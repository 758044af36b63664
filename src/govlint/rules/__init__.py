"""The rule registry: every rule, by code, in one explicit table.

Codes are stable: a rule that is retired keeps its code reserved. Ranges: GOV00x loading,
GOV01x schema, GOV02x references, GOV03x escalation graph, GOV04x composition, GOV05x cadence
and annual cycle, GOV06x governance gaps and the agreement's terms (GOV064 and GOV065: cost
shares and the period in force), GOV07x provenance and language (with GOV077 and GOV078, gaps
found by reading the agreement's text), GOV08x structure (GOV081-GOV082: reading the model
directory, reported by the loader).
"""

from __future__ import annotations

from govlint.findings import Severity
from govlint.rules import (
    approvals,
    cadence,
    composition,
    coverage,
    documents,
    escalation,
    gaps,
    provenance,
    quotes,
    references,
    structure,
    terms,
)
from govlint.rules.base import Rule
from govlint.rules.loading import LOADING_RULES

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
# What a rule reports as missing (Rule.absent): in a document pruned for schema errors, its
# findings are left out where a pruned value under these keys could be what looks missing.
MEETINGS = ("cadence", "meetings")
SEATS = ("members", "cadence")
TERMS = ("duties", "members", "representation", "appointedBy", "legalForm", "terms", "legalBasis")
APPOINTERS = ("appointedBy", "namedBy", "providedBy", "heldBy")
ANY = ("*",)  # a text's languages are keys of their own: any pruned value

_ALL: list[Rule] = [
    *LOADING_RULES,
    Rule("GOV008", "unknown-kind", E, doc_text=documents.UNKNOWN_KIND_DOC),
    Rule("GOV010", "schema", E, doc_text=documents.SCHEMA_DOC),
    Rule("GOV020", "duplicate-id", E, doc_text=references.DUPLICATE_ID_DOC),
    Rule("GOV021", "unresolved-reference", E, doc_text=references.UNRESOLVED_REFERENCE_DOC),
    Rule("GOV022", "party-mismatch", E, references.check_party_consistency),
    Rule("GOV023", "agreement-parties", E, references.check_agreement_parties, whole_model=True),
    Rule("GOV030", "escalation-route", E, escalation.check_route_to_top, whole_model=True),
    Rule("GOV031", "escalation-cycle", E, escalation.check_cycles, whole_model=True),
    Rule("GOV032", "escalation-direction", E, escalation.check_direction, whole_model=True),
    Rule("GOV033", "disconnected-body", E, escalation.check_connected, whole_model=True),
    Rule(
        "GOV040",
        "party-representation",
        E,
        composition.check_party_representation,
        whole_model=True,
    ),
    Rule("GOV041", "duplicate-member", E, composition.check_duplicate_members),
    Rule("GOV050", "cadence-range", E, cadence.check_cadence_range),
    Rule("GOV051", "duty-timing", E, cadence.check_duty_timing, absent=MEETINGS),
    Rule("GOV052", "preparation-order", W, cadence.check_preparation_order, absent=MEETINGS),
    Rule("GOV053", "cadence-frequency", E, cadence.check_frequency),
    Rule("GOV060", "missing-chair", W, gaps.check_chair, absent=SEATS),
    Rule("GOV061", "missing-secretary", W, gaps.check_secretary, absent=SEATS),
    Rule("GOV062", "joint-body-terms", W, gaps.check_joint_body_terms, absent=TERMS),
    Rule("GOV063", "appointment-unspecified", W, gaps.check_appointment, absent=APPOINTERS),
    Rule("GOV064", "cost-shares", E, terms.check_cost_shares, absent=("shares", "parties")),
    Rule("GOV065", "validity-dates", E, terms.check_validity),
    Rule("GOV070", "provenance", E, provenance.check_provenance, absent=("sections",)),
    Rule("GOV071", "text-language", E, provenance.check_text_language, absent=ANY),
    Rule("GOV072", "quote-verbatim", E, quotes.check_quotes),
    Rule("GOV073", "untraced-sentence", W, coverage.check_untraced, whole_model=True),
    Rule("GOV074", "no-agreement-text", INFO, quotes.check_text_present, absent=("text",)),
    Rule("GOV075", "ambiguous-quote", W, quotes.check_ambiguous_quotes),
    Rule(
        "GOV076",
        "not-modelled-but-cited",
        W,
        coverage.check_left_out_but_cited,
        whole_model=True,
    ),
    Rule("GOV077", "open-question", W, gaps.check_open_questions),
    Rule(
        "GOV078",
        "tier-representative-unnamed",
        W,
        composition.check_tier_representatives,
        whole_model=True,
    ),
    Rule("GOV079", "agreement-sections", E, doc_text=documents.AGREEMENT_TEXT_DOC),
    Rule("GOV080", "tier-ranks", E, structure.check_tiers),
    Rule("GOV090", "approval-version", E, approvals.check_approval_versions),
    Rule("GOV091", "approval-date", E, approvals.check_approval_dates),
    Rule("GOV092", "approval-order", E, approvals.check_approval_order),
    # GOV093 and GOV094 compare two versions of the model: govlint.diff.records runs them.
    Rule("GOV093", "approval-approvers", E, doc_text=approvals.APPROVERS_DOC, history=True),
    Rule("GOV094", "approval-unverified", W, doc_text=approvals.UNVERIFIED_DOC, history=True),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in sorted(_ALL, key=lambda r: r.code)}
_BY_SLUG: dict[str, str] = {rule.slug: rule.code for rule in RULES.values()}

assert len(RULES) == len(_ALL), "duplicate rule code"
assert len(_BY_SLUG) == len(_ALL), "duplicate rule slug"


def code_for(name: str) -> str | None:
    """The code of a rule named by code (``GOV021``) or slug (``unresolved-reference``)."""
    upper = name.strip().upper()
    if upper in RULES:
        return upper
    return _BY_SLUG.get(name.strip().lower())


def model_rules() -> list[Rule]:
    """Rules that run on the resolved model, in code order."""
    return [rule for rule in RULES.values() if rule.check is not None]
