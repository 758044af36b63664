"""The diff's vocabulary: impact levels, field names, agreement terms and one sentence per
kind of change, as literal gettext calls (see :mod:`govlint.vocabulary`).

Names of bodies, positions and parties come from the model and are never inflected: the model
gives them in the nominative, so a sentence puts them where the nominative is right (as the
subject, after a colon, in parentheses). A wrong case ending in a memo to a city board is worse
than a colon. Only our own words are inflected (``roles_to``: "jäseneksi").

Sentences use ``{x}`` the changed element, ``{s}`` the body (or role, matter type) it belongs
to, ``{p}`` the party of a position or organ, ``{X}`` the element with its scope, ``{b}``/``{a}``
the value before/after, ``{f}`` the changed field, ``{k}``/``{K}`` its kind (``{K}``
capitalised), ``{role}``/``{role_to}`` a member's role, ``{via}`` how a party is represented. A
code without a sentence of its own uses ``added``/``removed``/``renamed``/``changed``; some
codes have a sentence per changed field (:data:`govlint.diff.messages.VARIANTS`).
"""

from __future__ import annotations

from govlint.l10n import Ui


def levels(ui: Ui) -> dict[str, str]:
    return {
        "breaking": ui.pgettext("impact", "Weakens a commitment"),
        "significant": ui.pgettext("impact", "Significant"),
        "minor": ui.pgettext("impact", "Minor"),
        "editorial": ui.pgettext("impact", "Editorial"),
    }


def meanings(ui: Ui) -> dict[str, str]:
    """What each impact level means for the body that decides on it (the change paper)."""
    return {
        "breaking": ui._(
            "Weakens a commitment of the parties or removes something agreed. The parties must "
            "negotiate the change."
        ),
        "significant": ui._(
            "Changes the cooperation in substance, such as who sits where, meetings, duties or "
            "how a matter is handled. The approver decides on it."
        ),
        "minor": ui._(
            "Adds or refines without taking anything away. The approver takes note of it."
        ),
        "editorial": ui._("Only wording, a translation or an identifier changes."),
    }


def roles_to(ui: Ui) -> dict[str, str]:
    """A member's role after "becomes": "{x} becomes the chair"."""
    return {
        "chair": ui.pgettext("becomes", "the chair"),
        "vice-chair": ui.pgettext("becomes", "the vice-chair"),
        "member": ui.pgettext("becomes", "a member"),
        "secretary": ui.pgettext("becomes", "the secretary"),
        "invited-expert": ui.pgettext("becomes", "an invited expert"),
    }


def fields(ui: Ui) -> dict[str, str]:
    """The fields of the model format, as a changed field is named in a sentence."""
    return {
        "name": ui.pgettext("field", "name"),
        "title": ui.pgettext("field", "title"),
        "plural": ui.pgettext("field", "plural"),
        "text": ui.pgettext("field", "text"),
        "description": ui.pgettext("field", "description"),
        "purpose": ui.pgettext("field", "purpose"),
        "scope": ui.pgettext("field", "scope"),
        "horizon": ui.pgettext("field", "time span"),
        "type": ui.pgettext("field", "type"),
        "rank": ui.pgettext("field", "rank"),
        "tier": ui.pgettext("field", "tier"),
        "when": ui.pgettext("field", "time"),
        "topics": ui.pgettext("field", "topics"),
        "exOfficio": ui.pgettext("field", "by virtue of the position"),
        "allHolders": ui.pgettext("field", "everyone in the position"),
        "via": ui.pgettext("field", "manner of representation"),
        "areas": ui.pgettext("field", "areas of expertise"),
        "areasAreExamples": ui.pgettext("field", "areas are examples"),
        "language": ui.pgettext("field", "language"),
        "languages": ui.pgettext("field", "languages"),
        "id": ui.pgettext("field", "id"),
        "heading": ui.pgettext("field", "heading"),
        "act": ui.pgettext("field", "act"),
        "sections": ui.pgettext("field", "sections of the act"),
        "requires": ui.pgettext("field", "requires"),
        "parent": ui.pgettext("field", "parent section"),
        "party": ui.pgettext("field", "party"),
        "heldBy": ui.pgettext("field", "held by"),
        "namedBy": ui.pgettext("field", "named by"),
        "providedBy": ui.pgettext("field", "provided by"),
        "serves": ui.pgettext("field", "serves"),
        "order": ui.pgettext("field", "order"),
        "aspect": ui.pgettext("field", "subject"),
        "obligation": ui.pgettext("field", "binds"),
        "legalForm": ui.pgettext("field", "legal form"),
        "legalFormText": ui.pgettext("field", "description of the legal form"),
        "position": ui.pgettext("field", "position"),
        "modelVersion": ui.pgettext("field", "model version"),
        "triggers": ui.pgettext("field", "grounds for escalation"),
        "source": ui.pgettext("field", "source"),
        "appointedBy": ui.pgettext("field", "appointed by"),
        "escalatesTo": ui.pgettext("field", "next handler of unresolved matters"),
        "reportsTo": ui.pgettext("field", "reports to"),
        "handledBy": ui.pgettext("field", "first handler"),
        "route": ui.pgettext("field", "route"),
        "timing": ui.pgettext("field", "timing"),
        "prepares": ui.pgettext("field", "prepares"),
        "window": ui.pgettext("field", "months"),
        "count": ui.pgettext("field", "number of meetings"),
        "partiesRequired": ui.pgettext("field", "every party represented"),
        "requiredParties": ui.pgettext("field", "parties that must be represented"),
        "from": ui.pgettext("field", "first day in force"),
        "to": ui.pgettext("field", "last day in force"),
        "noticeMonths": ui.pgettext("field", "notice period"),
        "percent": ui.pgettext("field", "share of the costs"),
        "frequency": ui.pgettext("field", "regular rhythm"),
        "signatory": ui.pgettext("field", "party to the agreement"),
        "step": ui.pgettext("field", "step of the route"),
        "contract": ui.pgettext("field", "contract that sets it up"),
        "says": ui.pgettext("field", "what the agreement says of it"),
        "unknown": ui.pgettext("field", "what is not known"),
        "quote": ui.pgettext("field", "quote"),
        "reason": ui.pgettext("field", "reason"),
        "question": ui.pgettext("field", "question"),
        "about": ui.pgettext("field", "about"),
    }


def sentences(ui: Ui) -> dict[str, str]:
    """One sentence per kind of change (govlint.diff.catalog), and the generic ones."""
    _ = ui._
    return {
        "added": _("New {k}: {x}."),
        "removed": _("{K} removed: {x}."),
        "renamed": _("{K} {x}: id changes: {b} → {a}."),
        "changed": _("{K} {x}: {f} changes: {b} → {a}."),
        "changed_text": _("{K} {x}: {f} changes."),
        "agreement-version-changed": _("Model version changes: {b} → {a}."),
        "agreement-changed": _("Agreement: {f} changes."),
        "party-left": _("{x} is no longer a party to the agreement."),
        "party-joined": _("{x} becomes a party to the agreement."),
        "term-added": _("New term of the agreement: {x}."),
        "term-removed": _("Term of the agreement removed: {x}."),
        "term-changed": _("Term of the agreement changes: {x}."),
        "term-dates-changed": _("Validity of the agreement: {f} changes: {b} → {a}."),
        "notice-period-changed": _("Notice period changes: {b} → {a}."),
        "cost-share-added": _("{x}: share of the costs {a}."),
        "cost-share-removed": _("{x}: no share of the costs any more (before: {b})."),
        "cost-share-changed": _("{x}: share of the costs changes: {b} → {a}."),
        "party-signatory-changed": _("{x}: party to the agreement: {b} → {a}."),
        "cadence-rhythm-changed": _("{s}: regular rhythm of meetings changes: {b} → {a}."),
        "tier-representation-dropped": _(
            "{x}: the parties no longer all need to be represented at this tier."
        ),
        "tier-representation-required": _(
            "{x}: every party must from now on be represented at this tier."
        ),
        "body-added": _("New body: {x}."),
        "body-removed": _("{x} is abolished."),
        "body-renamed": _("{x}: id changes: {b} → {a}."),
        "body-name-changed": _("Name of the body changes: {b} → {a}."),
        "body-tier-changed": _("{x} moves to another tier: {b} → {a}."),
        "body-legal-form-changed": _("{x}: legal form changes: {b} → {a}."),
        "body-appointer-changed": _("{x}: appointed by changes: {b} → {a}."),
        "escalation-target-changed": _(
            "{x}: next handler of unresolved matters changes: {b} → {a}."
        ),
        "reporting-changed": _("{x}: reporting changes: {b} → {a}."),
        "member-added": _("{s}: {x} becomes {role_to}."),
        "member-removed": _("{s}: {x} is no longer {role_to}."),
        "member-role-changed": _("{s}: {x} is from now on {a} (before: {b})."),
        "member-changed": _("{s}: {x}: {f} changes: {b} → {a}."),
        "expert-added": _("{s}: {x} invites experts when needed."),
        "expert-removed": _("{s}: {x} no longer invites experts."),
        "representation-added": _("{s}: {x} is from now on represented{via}."),
        "representation-removed": _("{s}: {x} is no longer represented{via}."),
        "representation-changed": _("{s}: {x}: {f} changes: {b} → {a}."),
        "representation-lost": _(
            "{x}: no representative left at a tier where every party must be represented ({f})."
        ),
        "cadence-added": _("{s} meets {a} times a year."),
        "cadence-removed": _("{s}: the number of meetings is no longer set (before: {b} a year)."),
        "cadence-reduced": _("{s} meets {a} times a year instead of {b}."),
        "cadence-changed": _("{s} meets {a} times a year instead of {b}."),
        "meeting-added": _("{s}: new meeting: {x} ({a})."),
        "meeting-removed": _("{s}: meeting removed: {x} ({b})."),
        "meeting-moved": _("{s}: {x} moves: {b} → {a}."),
        "meeting-topic-removed": _("{s}: {x}: topics change: {b} → {a}."),
        "meeting-renamed": _("{s}: {x}: id changes: {b} → {a}."),
        "duty-added": _("{s}: new duty: {x}."),
        "duty-removed": _("{s}: duty removed: {x}."),
        "duty-changed": _("{s}: duty changes: {b} → {a}."),
        "duty-schedule-changed": _("{s}: duty {x}: {f} changes: {b} → {a}."),
        "duty-renamed": _("{s}: id of a duty changes: {b} → {a} ({x})."),
        "handler-changed": _("{x}: first handler changes: {b} → {a}."),
        "escalation-changed": _("{x}: the route is from now on {a} (before: {b})."),
        "trigger-changed": _("{x}: the grounds for escalation change."),
        "route-to-top-lost": _(
            "{x}: the matter no longer reaches the top tier; the route is from now on {a} "
            "(before: {b})."
        ),
        "section-text-changed": _("The wording of the agreement's section “{x}” changes."),
        "commitment-changed": _("Commitment changes: {x}."),
        "commitment-text-changed": _("The wording of a commitment changes."),
        "commitment-obligation-changed": _("Commitment: “{x}.” Who it binds: {b} → {a}."),
        "commitment-aspect-changed": _("Commitment: “{x}.” What it concerns: {b} → {a}."),
        "goal-changed": _("Goal changes: {x}."),
        "goal-text-changed": _("The wording of a goal changes."),
        "position-added": _("{p}: new position {x}."),
        "position-removed": _("{p}: position {x} removed."),
        "position-retitled": _("{p}: position renamed: {b} → {a}."),
        "organ-added": _("{p}: new organ {x}."),
        "organ-removed": _("{p}: organ {x} removed."),
        "order-changed": _("{K} {x}: order changes: {b} → {a}."),
        "source-cited": _("{X}: now rests on the text of the agreement ({a})."),
        "source-derived": _(
            "{X}: no longer rests on the text of the agreement but is the model's inference."
        ),
        "source-added": _("{X}: source added ({a})."),
        "source-removed": _("{X}: source removed (before: {b})."),
        "source-changed": _("{X}: source made more precise ({a})."),
        "translation-changed": _("{X}: translation changes."),
    }
