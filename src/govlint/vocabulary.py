"""Words for the model format's fixed values (a member's role, a legal form, a party type...).

The handbook and the diff show these values in the reader's language. Each group is a function
of the language whose messages are literal gettext calls (so ``pybabel extract`` finds them),
built once per language; :func:`word` looks a value up, and an unknown value (a newer format)
is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from govlint.l10n import Ui

Group = Callable[[Ui], dict[str, str]]


def member_roles(ui: Ui) -> dict[str, str]:
    """A seat's role in a body, and a position's part in a role ("holder")."""
    return {
        "chair": ui.pgettext("member role", "chair"),
        "vice-chair": ui.pgettext("member role", "vice-chair"),
        "member": ui.pgettext("member role", "member"),
        "secretary": ui.pgettext("member role", "secretary"),
        "invited-expert": ui.pgettext("member role", "invited expert"),
        "holder": ui.pgettext("member role", "holds the role"),
        "representation": ui.pgettext("member role", "representation"),
    }


def legal_forms(ui: Ui) -> dict[str, str]:
    return {
        "joint-body": ui.pgettext("legal form", "joint body"),
        "committee": ui.pgettext("legal form", "committee"),
        "working-group": ui.pgettext("legal form", "working group"),
        "network": ui.pgettext("legal form", "network"),
        "other": ui.pgettext("legal form", "other"),
    }


def party_types(ui: Ui) -> dict[str, str]:
    return {
        "municipality": ui.pgettext("party type", "municipality"),
        "joint-municipal-authority": ui.pgettext("party type", "joint municipal authority"),
        "wellbeing-services-county": ui.pgettext("party type", "wellbeing services county"),
        "region": ui.pgettext("party type", "region"),
        "state-agency": ui.pgettext("party type", "state agency"),
        "company": ui.pgettext("party type", "company"),
        "association": ui.pgettext("party type", "association"),
        "other": ui.pgettext("party type", "other"),
    }


def kinds(ui: Ui) -> dict[str, str]:
    """What an element is, as a noun ("body", "matter type")."""
    return {
        "agreement": ui.pgettext("kind", "agreement"),
        "party": ui.pgettext("kind", "party"),
        "organ": ui.pgettext("kind", "body or management team of a party"),
        "position": ui.pgettext("kind", "position"),
        "tier": ui.pgettext("kind", "tier"),
        "body": ui.pgettext("kind", "body"),
        "role": ui.pgettext("kind", "role"),
        "matter-type": ui.pgettext("kind", "matter type"),
        "goal": ui.pgettext("kind", "goal"),
        "commitment": ui.pgettext("kind", "commitment"),
        "duty": ui.pgettext("kind", "duty"),
        "meeting": ui.pgettext("kind", "meeting"),
        "responsibility": ui.pgettext("kind", "responsibility of a tier"),
        "section": ui.pgettext("kind", "section of the agreement"),
        "term": ui.pgettext("kind", "term of the agreement"),
        "legal-basis": ui.pgettext("kind", "legal basis"),
        "member": ui.pgettext("kind", "member"),
        "representation": ui.pgettext("kind", "representation"),
        "related-agreement": ui.pgettext("kind", "agreement referred to"),
        "not-modelled": ui.pgettext("kind", "words left out of the model on purpose"),
        "open-question": ui.pgettext("kind", "open question"),
        "cadence": ui.pgettext("kind", "number of meetings"),
    }


def joint_body_topics(ui: Ui) -> dict[str, str]:
    """What the law requires an agreement on a joint body to cover."""
    return {
        "tasks": ui.pgettext("required topic", "the tasks of the body"),
        "composition": ui.pgettext("required topic", "the composition of the body"),
        "appointment": ui.pgettext("required topic", "the right to appoint members"),
        "cost-basis": ui.pgettext("required topic", "the basis of the costs"),
        "cost-distribution": ui.pgettext(
            "required topic", "how the costs are divided between the parties"
        ),
        "validity": ui.pgettext("required topic", "how long the agreement is in force"),
        "termination": ui.pgettext("required topic", "how the agreement is terminated"),
    }


def terms(ui: Ui) -> dict[str, str]:
    """The agreement's terms (Agreement.terms keys)."""
    return {
        "costBasis": ui.pgettext("agreement term", "basis of the costs"),
        "costDistribution": ui.pgettext("agreement term", "division of the costs"),
        "validity": ui.pgettext("agreement term", "validity"),
        "termination": ui.pgettext("agreement term", "termination"),
    }


def frequencies(ui: Ui) -> dict[str, str]:
    """A body's regular rhythm of meetings (``cadence.frequency``)."""
    return {"monthly": ui._("every month"), "quarterly": ui._("every quarter")}


def obligations(ui: Ui) -> dict[str, str]:
    return {
        "each-party": ui.pgettext("obligation", "each party separately"),
        "all-parties": ui.pgettext("obligation", "the parties jointly"),
    }


def horizons(ui: Ui) -> dict[str, str]:
    return {
        "short": ui.pgettext("horizon", "short term"),
        "long": ui.pgettext("horizon", "long term"),
    }


def aspects(ui: Ui) -> dict[str, str]:
    """What a commitment is about."""
    return {
        "representation": ui.pgettext("commitment aspect", "representation"),
        "information": ui.pgettext("commitment aspect", "keeping each other informed"),
        "continuity": ui.pgettext("commitment aspect", "continuity"),
        "implementation": ui.pgettext("commitment aspect", "carrying out decisions"),
        "other": ui.pgettext("commitment aspect", "other"),
    }


def severities(ui: Ui) -> dict[str, str]:
    return {
        "error": ui.pgettext("severity", "error"),
        "warning": ui.pgettext("severity", "warning"),
        "info": ui.pgettext("severity", "info"),
    }


@cache
def _table(group: Group, lang: str) -> dict[str, str]:
    return group(Ui(lang))


def table(ui: Ui, group: Group) -> dict[str, str]:
    """The whole ``group`` in ``ui``'s language (built once per language)."""
    return _table(group, ui.lang)


def word(ui: Ui, group: Group, value: str) -> str:
    """``value`` of ``group`` in ``ui``'s language (the value itself if it has no word)."""
    return _table(group, ui.lang).get(value, value)
