"""Avoimet kysymykset: the validator's warnings as sentences for the people renegotiating.

Each warning becomes one sentence from a template chosen by its rule code, filled from the
finding's element and the model (never by parsing the English message, except to pick which
of a rule's topics it is about). A finding without a template keeps its English message.
The page also lists what the model infers rather than reads from the agreement (every derived
source), grouped by reason, so that the negotiators can confirm or correct it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from govlint.findings import Finding
from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, heading, md
from govlint.model import Agreement, Body, Element, Role, Source


def _element(site: Site, finding: Finding) -> Element | None:
    return site.model.get(finding.element) if finding.element else None


def _sentence(site: Site, frm: str, finding: Finding) -> str | None:
    """The Finnish (model-language) sentence for a finding, or None without a template."""
    ui, model = site.ui, site.model
    element = _element(site, finding)
    if element is None:
        return None
    who = site.link(frm, element)
    code = finding.code
    if code in ("GOV060", "GOV061") and isinstance(element, Body):
        return site.fmt(f"q.{code}", element=who)
    if code == "GOV063":
        if isinstance(element, Body):
            return site.fmt("q.GOV063.body", element=who)
        if isinstance(element, Role):
            return site.fmt("q.GOV063.role", element=who)
        return None
    if code == "GOV062" and isinstance(element, Body):
        topic = finding.param("topic")
        lf = element.legal_form
        basis = lf.legal_basis if lf is not None else None
        if topic is None or basis is None:
            return None
        return site.fmt(
            "q.GOV062", element=who, topic=md(ui.t("topic." + topic)), act=md(model.text(basis.act))
        )
    if code == "GOV052" and isinstance(element, Body):
        duties = [d for d in element.duties if d.prepares is not None and d.prepares.meeting]
        duty = next((d for d in duties if d.id == finding.param("duty")), None)
        if duty is None or duty.prepares is None or duty.prepares.meeting is None:
            return None
        meeting = duty.prepares.meeting
        return site.fmt(
            "q.GOV052",
            element=who,
            duty=md(model.text(duty.text)),
            target=site.ref(frm, duty.prepares.body),
            meeting=site.link(frm, meeting),
            when=md(ui.window(meeting.month_from, meeting.month_to)),
        )
    return None


def _owners(site: Site) -> dict[int, Element]:
    """Document (by identity) -> its top-level element: one pass over the index, so that
    finding the owner of each derived source is O(1) (a scan per source was O(sources x
    elements))."""
    model = site.model
    owners: dict[int, Element] = {}
    for element in model.index.values():
        if element.path == ():
            owners.setdefault(id(element.doc), element)
    if model.agreement is not None:
        owners[id(model.agreement.doc)] = model.agreement
    return owners


def _field(site: Site, owner: Element | None, source: Source) -> str:
    """What a derived source is about, in words: "käsittelyreitti", "kokouksen ajankohta"."""
    ui, model = site.ui, site.model
    path = source.path
    data: Any = source.doc.data if hasattr(source.doc, "data") else {}

    def item_name(*keys: str | int) -> str:
        value = data
        for k in keys:
            try:
                value = value[k]
            except (KeyError, IndexError, TypeError):
                return str(keys[-1])
        if isinstance(value, dict):
            return model.text(site.text_from(value)) or str(value.get("id", ""))
        element = model.get(value) if isinstance(value, str) else None
        return site.name(element) if element is not None else str(value)

    head = path[0] if path else "source"
    if head == "source":
        return ui.t("field.source")
    if head in (
        "escalatesTo",
        "reportsTo",
        "appointedBy",
        "handledBy",
        "namedBy",
        "providedBy",
        "legalForm",
        "partiesRepresented",
    ):
        return ui.t(f"field.{head}")
    if head == "escalation":
        if len(path) > 2 and isinstance(path[2], int):
            return ui.t("field.step", n=path[2] + 2)
        return ui.t("field.escalation")
    if head == "cadence":
        if len(path) > 2 and path[1] == "meetings":
            name = item_name("cadence", "meetings", path[2], "name")
            return ui.t(
                "field.window" if path[-1] == "windowSource" else "field.meeting", name=name
            )
        return ui.t("field.cadence")
    if head == "duties" and len(path) > 1:
        name = item_name("duties", path[1], "text")
        key = {"prepares": "field.prepares", "timing": "field.timing"}.get(
            str(path[2]) if len(path) > 3 else "", "field.duty"
        )
        return ui.t(key, name=name)
    if head == "members" and len(path) > 1:
        return ui.t("field.member", name=item_name("members", path[1], "position"))
    if head == "representation" and len(path) > 1:
        return ui.t("field.representation", name=item_name("representation", path[1], "party"))
    if head == "responsibilities" and len(path) > 1:
        return ui.t("field.responsibility", name=item_name("responsibilities", path[1], "text"))
    if head == "legalBasis" and len(path) > 1:
        return ui.t("field.requires", name=item_name("legalBasis", path[1], "act"))
    return ui.t("field.other", name=".".join(str(p) for p in path[:-1]) or "?")


def derived_facts(site: Site, frm: str) -> list[str]:
    """Every derived source, grouped by its reason, with what each applies to."""
    groups: dict[str, dict[str, None]] = {}  # reason -> items, ordered and distinct
    seen: set[int] = set()
    owners = _owners(site)
    for _node, source, _label in site.model.all_sources():
        if source is None or not source.is_derived or id(source) in seen:
            continue
        seen.add(id(source))
        owner = owners.get(id(source.doc))
        if isinstance(owner, Agreement):
            who = md(site.model.text(owner.title))
        else:
            who = site.link(frm, owner) if owner is not None else "?"
        item = f"{who}: {md(_field(site, owner, source))}"
        groups.setdefault(" ".join((source.derived or "").split()), {})[item] = None
    out: list[str] = []
    for reason, items in groups.items():
        out += [
            f"- {md(reason)}",
            f"    - {md(site.ui.t('q.derived.applies'))}: " + "; ".join(items),
        ]
    return out


def _order_key(site: Site, codes: list[str]) -> Callable[[Finding], tuple[int, int, int, str]]:
    """Sort key of findings: rule order, then the model's order (top tier first), then the
    rule's own topic order. The element order is computed once, O(elements), not per
    finding."""
    from govlint.rules.gaps import TOPICS

    model = site.model
    rank = {t.id: i for i, t in enumerate(model.tiers)}
    bodies = sorted(model.bodies, key=lambda b: rank.get(b.tier.id if b.tier else "", len(rank)))
    elements: list[Element] = list(bodies)
    elements += [*model.roles, *model.matter_types]
    where = {el.id: i for i, el in enumerate(elements)}
    topics = {name: i for i, name in enumerate(TOPICS)}
    code_rank = {code: i for i, code in enumerate(codes)}

    def key(finding: Finding) -> tuple[int, int, int, str]:
        topic = topics.get(finding.param("topic") or "", len(topics))
        code = code_rank.get(finding.code, len(code_rank))
        return (code, where.get(finding.element or "", len(where)), topic, finding.message)

    return key


def questions_page(
    site: Site, warnings: Sequence[Finding], waived: Sequence[tuple[Finding, str]] = ()
) -> str:
    from govlint.rules import RULES

    ui = site.ui
    frm = site.path("questions")
    out = start(site, ui.t("page.questions"))
    out += [md(ui.t("q.intro")), ""]
    out += [md(ui.t("q.count", n=len(warnings)) if warnings else ui.t("q.none")), ""]
    groups: dict[str, list[str]] = {}
    for finding in sorted(warnings, key=_order_key(site, list(RULES))):
        sentence = _sentence(site, frm, finding)
        key = finding.code if sentence is not None else "other"
        if sentence is None:
            sentence = f'<span lang="en">{md(finding.message)}</span>'
        if sentence not in groups.setdefault(key, []):
            groups[key].append(sentence)
    rules_path = site.path("rules")
    for key, sentences in groups.items():
        if key == "other":
            out += [heading(2, md(ui.t("q.group.other"))), ""]
        else:
            out += [
                heading(2, md(ui.t(f"q.group.{key}")), anchor(key)),
                "",
                f"{md(ui.t(f'q.why.{key}'))} ({md(ui.t('q.rule'))} "
                f"[{md(key)}]({site.href(frm, rules_path)}#{anchor(key)}))",
                "",
            ]
        out += [f"- {s}" for s in sentences]
        out.append("")
    if waived:
        out += [heading(2, md(ui.t("q.waived"))), "", md(ui.t("q.waived.intro")), ""]
        for finding, reason in waived:
            text = _sentence(site, frm, finding) or f'<span lang="en">{md(finding.message)}</span>'
            out.append(f"- {text} – {md(reason)}")
        out.append("")
    derived = derived_facts(site, frm)
    if derived:
        out += [
            heading(2, md(ui.t("q.derived"))),
            "",
            md(ui.t("q.derived.intro")),
            "",
            *derived,
            "",
        ]
    return "\n".join(out)
