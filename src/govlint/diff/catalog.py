"""The change catalogue: every kind of change the diff reports, its impact level and approver.

Levels say how far a change reaches into what the parties agreed:

``breaking``
    Weakens a commitment of the agreement or removes something agreed (a party loses its last
    representative at a tier where every party must be represented; a matter can no longer
    reach the top tier; a commitment, party, tier, term or body disappears). The parties must
    renegotiate: every party decides.
``significant``
    Changes the model in substance without breaking a commitment (who sits in a body, how often
    it meets, what it is tasked with, who decides a matter). The approver must decide.
``minor``
    Changes detail that does not take anything away (a body meets more often, provenance now
    cites the agreement, a new anchored meeting). The approver should know.
``editorial``
    Text-only changes (translations, a renamed local id, ordering, citation wording).

Approvers are derived from the model, never written here: ``scope`` means the element's own
approver (:mod:`govlint.diff.approval`: a body's ``appointedBy`` plus, at the top tier, every
party, below it the body it escalates and reports to; a matter type's route top; a role's
``namedBy``/``providedBy``; the parties for the agreement, parties, tiers, goals and
commitments); ``scope+parties`` adds every party of the agreement.

The table is read top to bottom by people: keep it grouped by what changes. ``govlint diff``'s
documentation and the handbook can be generated from :data:`CATALOG`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    BREAKING = "breaking"
    SIGNIFICANT = "significant"
    MINOR = "minor"
    EDITORIAL = "editorial"

    @property
    def rank(self) -> int:
        return {"breaking": 4, "significant": 3, "minor": 2, "editorial": 1}[self.value]


B, S, M, E = Level.BREAKING, Level.SIGNIFICANT, Level.MINOR, Level.EDITORIAL
SCOPE, PARTIES, BOTH = "scope", "parties", "scope+parties"


@dataclass(frozen=True)
class ChangeType:
    code: str
    level: Level
    approval: str
    summary: str


_TABLE: list[ChangeType] = [
    # -- the agreement as a whole ----------------------------------------------------------
    ChangeType("agreement-version-changed", E, PARTIES, "The model version number changed."),
    ChangeType(
        "agreement-changed",
        S,
        PARTIES,
        "The agreement's title, purpose, scope, language or id changed.",
    ),
    ChangeType("party-left", B, PARTIES, "A party is no longer a party of the agreement."),
    ChangeType("party-joined", S, PARTIES, "A party joined the agreement."),
    ChangeType("term-added", S, PARTIES, "A term of the agreement (costs, validity...) added."),
    ChangeType("term-removed", B, PARTIES, "A term of the agreement removed."),
    ChangeType("term-changed", S, PARTIES, "A term of the agreement reworded."),
    ChangeType(
        "term-dates-changed", S, PARTIES, "The first or last day the agreement is in force."
    ),
    ChangeType("notice-period-changed", S, PARTIES, "The notice period of the agreement."),
    ChangeType("cost-share-added", S, PARTIES, "A party's share of the costs set."),
    ChangeType("cost-share-removed", S, PARTIES, "A party's share of the costs removed."),
    ChangeType("cost-share-changed", S, PARTIES, "A party's share of the costs changed."),
    ChangeType("section-added", M, PARTIES, "A section of the agreement text added."),
    ChangeType("section-removed", M, PARTIES, "A section of the agreement text removed."),
    ChangeType("section-changed", M, PARTIES, "A section heading or its parent changed."),
    ChangeType(
        "section-text-changed",
        S,
        PARTIES,
        "The agreement's own words in a section changed (its text document).",
    ),
    ChangeType("section-renamed", E, PARTIES, "A section's id changed; heading unchanged."),
    ChangeType("legal-basis-added", S, PARTIES, "A legal basis added."),
    ChangeType("legal-basis-removed", S, PARTIES, "A legal basis removed."),
    ChangeType("legal-basis-changed", S, PARTIES, "A legal basis changed."),
    ChangeType("legal-basis-renamed", E, PARTIES, "A legal basis's id changed."),
    ChangeType("related-agreement-added", S, PARTIES, "An agreement the text refers to recorded."),
    ChangeType("related-agreement-removed", S, PARTIES, "An agreement the text refers to removed."),
    ChangeType(
        "related-agreement-changed",
        M,
        PARTIES,
        "What is said or known of an agreement the text refers to changed.",
    ),
    ChangeType("not-modelled-added", M, PARTIES, "Words of the agreement now left out on purpose."),
    ChangeType(
        "not-modelled-removed", M, PARTIES, "Words no longer listed as left out on purpose."
    ),
    ChangeType("not-modelled-changed", E, PARTIES, "The reason for leaving words out reworded."),
    ChangeType("open-question-added", M, PARTIES, "An open question of the agreement recorded."),
    ChangeType("open-question-removed", M, PARTIES, "An open question answered or withdrawn."),
    ChangeType("open-question-changed", E, PARTIES, "An open question reworded."),
    ChangeType("open-question-renamed", E, PARTIES, "An open question's id changed."),
    # -- parties ----------------------------------------------------------------------------
    ChangeType("party-added", S, PARTIES, "A party added."),
    ChangeType("party-removed", B, PARTIES, "A party removed."),
    ChangeType("party-changed", M, PARTIES, "A party's name or type changed."),
    ChangeType("party-renamed", M, PARTIES, "A party's id changed."),
    ChangeType(
        "party-signatory-changed",
        S,
        PARTIES,
        "An organisation became a party to the agreement, or stopped being one.",
    ),
    ChangeType("organ-added", M, PARTIES, "An organ of a party added."),
    ChangeType("organ-removed", S, PARTIES, "An organ of a party removed."),
    ChangeType("organ-changed", M, PARTIES, "An organ's name changed."),
    ChangeType("organ-renamed", M, PARTIES, "An organ's id changed."),
    ChangeType("position-added", M, PARTIES, "A position of a party added."),
    ChangeType("position-removed", S, PARTIES, "A position of a party removed."),
    ChangeType("position-changed", M, PARTIES, "A position's title changed."),
    ChangeType("position-renamed", M, PARTIES, "A position's id changed."),
    # -- tiers ------------------------------------------------------------------------------
    ChangeType("tier-added", S, PARTIES, "A tier of cooperation added."),
    ChangeType("tier-removed", B, PARTIES, "A tier of cooperation removed."),
    ChangeType("tier-changed", S, PARTIES, "A tier's rank or name changed."),
    ChangeType("tier-renamed", M, PARTIES, "A tier's id changed."),
    ChangeType(
        "tier-representation-dropped",
        B,
        PARTIES,
        "A tier no longer requires every party (or a party it listed) to be represented.",
    ),
    ChangeType(
        "tier-representation-required",
        M,
        PARTIES,
        "A tier now requires every party to be represented.",
    ),
    ChangeType("responsibility-added", S, PARTIES, "A responsibility of a tier added."),
    ChangeType("responsibility-removed", S, PARTIES, "A responsibility of a tier removed."),
    ChangeType("responsibility-changed", M, PARTIES, "A responsibility of a tier reworded."),
    ChangeType("responsibility-renamed", E, PARTIES, "A responsibility's id changed."),
    # -- bodies -----------------------------------------------------------------------------
    ChangeType("body-added", S, SCOPE, "A body added."),
    ChangeType("body-removed", B, BOTH, "A body removed, with its seats, meetings and duties."),
    ChangeType("body-renamed", M, SCOPE, "A body's id changed; its content is (nearly) the same."),
    ChangeType("body-name-changed", M, SCOPE, "A body's name changed."),
    ChangeType("body-changed", M, SCOPE, "Another detail of a body changed."),
    ChangeType("body-tier-changed", S, BOTH, "A body moved to another tier."),
    ChangeType("body-legal-form-changed", S, BOTH, "A body's legal form changed."),
    ChangeType("body-appointer-changed", S, SCOPE, "Who appoints a body changed."),
    ChangeType("escalation-target-changed", S, SCOPE, "Where a body escalates matters changed."),
    ChangeType("reporting-changed", S, SCOPE, "Whom a body reports to changed."),
    ChangeType("member-added", S, SCOPE, "A seat added to a body."),
    ChangeType("member-removed", S, SCOPE, "A seat removed from a body."),
    ChangeType("member-role-changed", S, SCOPE, "A seat's role changed (e.g. member -> chair)."),
    ChangeType("member-changed", M, SCOPE, "A seat's details changed (ex officio, all holders)."),
    ChangeType("representation-added", S, SCOPE, "A party's representation in a body added."),
    ChangeType("representation-removed", S, SCOPE, "A party's representation in a body removed."),
    ChangeType("representation-changed", M, SCOPE, "How a party is represented changed."),
    ChangeType(
        "representation-lost",
        B,
        BOTH,
        "A party lost its last representative at a tier where every party must be "
        "represented (weakens the commitment on representatives).",
    ),
    ChangeType("cadence-added", M, SCOPE, "A body's meeting frequency set."),
    ChangeType("cadence-removed", S, SCOPE, "A body's meeting frequency removed."),
    ChangeType("cadence-reduced", S, SCOPE, "A body meets less often (min or max lowered)."),
    ChangeType("cadence-changed", M, SCOPE, "A body's meeting frequency changed, not lowered."),
    ChangeType(
        "cadence-rhythm-changed", M, SCOPE, "A body's regular rhythm (monthly...) set or changed."
    ),
    ChangeType("meeting-added", M, SCOPE, "An anchored meeting added."),
    ChangeType("meeting-removed", S, SCOPE, "An anchored meeting removed."),
    ChangeType("meeting-moved", S, SCOPE, "An anchored meeting moved to other months."),
    ChangeType("meeting-topic-removed", S, SCOPE, "A topic no longer handled at a meeting."),
    ChangeType("meeting-changed", M, SCOPE, "A meeting's name, timing text or topics changed."),
    ChangeType("meeting-renamed", E, SCOPE, "A meeting's id changed."),
    ChangeType("duty-added", S, SCOPE, "A duty added to a body or role."),
    ChangeType("duty-removed", S, SCOPE, "A duty removed from a body or role."),
    ChangeType("duty-changed", S, SCOPE, "A duty reworded (in the model's language)."),
    ChangeType(
        "duty-schedule-changed",
        M,
        SCOPE,
        "When a duty is done, or which meeting it prepares, changed.",
    ),
    ChangeType("duty-renamed", E, SCOPE, "A duty's id changed."),
    # -- roles ------------------------------------------------------------------------------
    ChangeType("role-added", S, SCOPE, "A role added."),
    ChangeType("role-removed", S, SCOPE, "A role removed."),
    ChangeType("role-changed", M, SCOPE, "A role's name, tier, purpose or areas changed."),
    ChangeType(
        "role-holder-changed",
        S,
        SCOPE,
        "Who holds, names, provides or is served by a role changed.",
    ),
    ChangeType("role-renamed", M, SCOPE, "A role's id changed."),
    # -- matter types and escalation --------------------------------------------------------
    ChangeType("matter-type-added", S, SCOPE, "A matter type added."),
    ChangeType("matter-type-removed", S, SCOPE, "A matter type removed."),
    ChangeType("matter-type-changed", M, SCOPE, "A matter type's name, tier or description."),
    ChangeType("matter-type-renamed", M, SCOPE, "A matter type's id changed."),
    ChangeType("handler-changed", S, SCOPE, "Who first handles a matter type changed."),
    ChangeType("escalation-changed", S, SCOPE, "A matter type's escalation route changed."),
    ChangeType("trigger-changed", M, SCOPE, "When a matter escalates (a trigger) changed."),
    ChangeType(
        "route-to-top-lost",
        B,
        SCOPE,
        "A matter type no longer reaches the top tier along its escalation route.",
    ),
    # -- goals and commitments --------------------------------------------------------------
    ChangeType("goal-added", S, PARTIES, "A goal added."),
    ChangeType("goal-removed", S, PARTIES, "A goal removed."),
    ChangeType("goal-changed", M, PARTIES, "A goal reworded or moved to another horizon."),
    ChangeType("goal-renamed", E, PARTIES, "A goal's id changed."),
    ChangeType("commitment-added", S, PARTIES, "A commitment added."),
    ChangeType("commitment-removed", B, PARTIES, "A commitment removed."),
    ChangeType("commitment-changed", S, PARTIES, "A commitment reworded."),
    ChangeType(
        "commitment-obligation-changed",
        B,
        PARTIES,
        "What a commitment is about, or who is bound by it, changed.",
    ),
    ChangeType("commitment-renamed", E, PARTIES, "A commitment's id changed."),
    # -- provenance and text, for any element ----------------------------------------------
    ChangeType("source-cited", M, SCOPE, "Provenance now cites the agreement (was derived)."),
    ChangeType(
        "source-derived",
        S,
        SCOPE,
        "Provenance is now the model's inference (it cited the agreement).",
    ),
    ChangeType("source-added", M, SCOPE, "Provenance added."),
    ChangeType("source-removed", S, SCOPE, "Provenance removed."),
    ChangeType("source-changed", E, SCOPE, "The cited section, quote or reasoning changed."),
    ChangeType(
        "translation-changed",
        E,
        SCOPE,
        "Only a translation changed; the text in the model's language is the same.",
    ),
    ChangeType("order-changed", E, PARTIES, "The position of a goal or commitment in its list."),
]

CATALOG: dict[str, ChangeType] = {t.code: t for t in _TABLE}
assert len(CATALOG) == len(_TABLE), "duplicate change code"

LEVELS: tuple[Level, ...] = (B, S, M, E)


def level_of(code: str) -> Level:
    return CATALOG[code].level
