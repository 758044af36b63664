"""Open questions: the validator's warnings as sentences for the people renegotiating.

Each warning becomes one sentence in the page language, chosen by its rule code and filled
from the finding's element and the model (never by parsing the English message, except to pick
which of a rule's topics it is about). A finding without a sentence of its own keeps its
English message, marked ``lang="en"``.
The page also lists what the model infers rather than reads from the agreement (every derived
source), grouped by reason, so that the negotiators can confirm or correct it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from govlint.citations import walk
from govlint.findings import Finding
from govlint.handbook import openpoints
from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, heading, md
from govlint.l10n import Ui
from govlint.model import Agreement, Body, Element, OpenQuestion, Role, Source, Tier
from govlint.quotes import display
from govlint.vocabulary import joint_body_topics, word


def _element(site: Site, finding: Finding) -> Element | None:
    return site.model.get(finding.element) if finding.element else None


def _sentence(site: Site, frm: str, finding: Finding) -> str | None:
    """The page-language sentence for a finding, or None without one."""
    ui = site.ui
    if finding.code == "GOV073":
        return _untraced(site, frm, finding)
    element = _element(site, finding)
    if element is None:
        return None
    who = site.link(frm, element)
    code = finding.code
    if code in ("GOV060", "GOV061") and isinstance(element, Body):
        if code == "GOV060":
            template = ui._("{element}: the agreement does not say who chairs it.")
        else:
            template = ui._("{element}: the agreement names no secretary.")
        sentence = site.fmt(template, element=who)
        return " ".join(filter(None, (sentence, openpoints.settled_by(site, frm, element))))
    if code == "GOV077" and isinstance(element, OpenQuestion):
        template = ui._("{question} (About: {about}.)")
        about = site.links(frm, openpoints.about(element))
        return site.fmt(template, question=site.md(element.question), about=about)
    if code == "GOV078" and isinstance(element, Tier):
        return _unnamed(site, frm, finding, element)
    if code == "GOV063":
        if isinstance(element, Body):
            template = ui._(
                "{element}: the agreement does not say who sets up the body or appoints its "
                "members."
            )
            return site.fmt(template, element=who)
        if isinstance(element, Role):
            template = ui._("{element}: the agreement does not say who names or provides the role.")
            return site.fmt(template, element=who)
        return None
    if code == "GOV062" and isinstance(element, Body):
        topics = (finding.param("topics") or "").split()
        lf = element.legal_form
        basis = lf.legal_basis if lf is not None else None
        if not topics or basis is None or lf is None:
            return None
        named = md(ui.join(word(ui, joint_body_topics, t) for t in topics))
        act = site.md(basis.act)
        if lf.contract is not None:
            template = ui._(
                "{element}: check in {contract}: {topics}. {act} requires an agreement on a "
                "joint body to settle them; that contract is not in the model."
            )
            contract = _quoted(site, ui, lf.contract.title)
            return site.fmt(template, element=who, contract=contract, topics=named, act=act)
        template = ui._(
            "{element}: the agreement does not cover {topics}, which {act} requires of an "
            "agreement on a joint body."
        )
        return site.fmt(template, element=who, topics=named, act=act)
    if code == "GOV052" and isinstance(element, Body):
        duties = [d for d in element.duties if d.prepares is not None and d.prepares.meeting]
        duty = next((d for d in duties if d.id == finding.param("duty")), None)
        if duty is None or duty.prepares is None or duty.prepares.meeting is None:
            return None
        meeting = duty.prepares.meeting
        template = ui._(
            "{element}: when {duty} is prepared is not agreed. It is decided by {target} "
            "({meeting}, {months})."
        )
        return site.fmt(
            template,
            element=who,
            duty=_quoted(site, ui, duty.text),
            target=site.ref(frm, duty.prepares.body),
            meeting=site.link(frm, meeting),
            months=md(ui.window(meeting.month_from, meeting.month_to)),
        )
    return None


def _untraced(site: Site, frm: str, finding: Finding) -> str | None:
    """GOV073: the sentence, linked to its place on the agreement page."""
    address = finding.param("sentence")
    page = site.agreement_page
    sentence = next((s for s in site.model.sentences() if s.address == address), None)
    if sentence is None or page is None:
        return None
    target = site.href(frm, f"{page}#{site.sentence_anchor(sentence)}")
    template = site.ui._(
        "Sentence {sentence} is not in the model and not marked as left out on purpose:"
    )
    words = site.main_md(site.ui._("“{quote}”", quote=display(sentence.text)))
    return site.fmt(template, sentence=f"[{md(address or '')}]({target})") + " " + words


def _unnamed(site: Site, frm: str, finding: Finding, tier: Tier) -> str | None:
    """GOV078: the party with no named representative, and the matters that then start on
    another party's side only."""
    from govlint.rules.composition import role_party

    ui = site.ui
    party = site.model.party(finding.param("party") or "")
    if party is None:
        return None
    template = ui._("{tier}: the agreement names no representative of {party} for this tier.")
    sentence = site.fmt(template, tier=site.link(frm, tier), party=site.link(frm, party))
    matters, handlers = [], []
    for mt in site.index.matters_of_tier.get(tier, ()):
        handler = mt.handled_by.target if mt.handled_by is not None else None
        if isinstance(handler, Role) and role_party(handler) not in (None, party):
            matters.append(mt)
            if handler not in handlers:
                handlers.append(handler)
    if not matters:
        return sentence
    more = ui._(
        "Matters that start at this tier ({matters}) therefore start on one side only: {handlers}."
    )
    return (
        sentence
        + " "
        + site.fmt(more, matters=site.links(frm, matters), handlers=site.links(frm, handlers))
    )


def _quoted(site: Site, ui: Ui, text: object) -> str:
    """A model text in the page language's quotation marks, as Markdown."""
    from govlint.model import Text

    assert isinstance(text, Text)
    value, lang = site.pick(text)
    return site.mark(md(ui._("“{quote}”", quote=value)), lang)


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
    ui = site.ui
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
            return site.text(site.text_from(value)) or str(value.get("id", ""))
        element = site.model.get(value) if isinstance(value, str) else None
        return site.name(element) if element is not None else str(value)

    head = path[0] if path else "source"
    fields = {
        "source": ui._("the whole element"),
        "escalatesTo": ui._("where unresolved matters are taken"),
        "reportsTo": ui._("whom it reports to"),
        "appointedBy": ui._("who appoints it"),
        "handledBy": ui._("first handler"),
        "namedBy": ui._("who names it"),
        "providedBy": ui._("who provides it"),
        "legalForm": ui._("legal form"),
        "partiesRepresented": ui._("representation of the parties at the tier"),
        "purposeSource": ui._("purpose"),
        "horizonSource": ui._("horizon"),
    }
    if head in fields:
        return fields[head]
    if head == "escalation":
        if len(path) > 2 and isinstance(path[2], int):
            return ui._("step {n} of the route", n=path[2] + 2)
        return ui._("the route")
    if head == "cadence":
        if len(path) > 2 and path[1] == "meetings":
            name = item_name("cadence", "meetings", path[2], "name")
            if path[-1] == "windowSource":
                return ui._("time of the meeting: {name}", name=name)
            return ui._("meeting: {name}", name=name)
        return ui._("number of meetings")
    if head == "duties" and len(path) > 1:
        name = item_name("duties", path[1], "text")
        sub = str(path[2]) if len(path) > 3 else ""
        if sub == "prepares":
            return ui._("preparation: {name}", name=name)
        if sub == "timing":
            return ui._("time of the duty: {name}", name=name)
        return ui._("duty: {name}", name=name)
    if head == "members" and len(path) > 1:
        return ui._("seat: {name}", name=item_name("members", path[1], "position"))
    if head == "representation" and len(path) > 1:
        return ui._("representation: {name}", name=item_name("representation", path[1], "party"))
    if head == "responsibilities" and len(path) > 1:
        name = item_name("responsibilities", path[1], "text")
        return ui._("responsibility of the tier: {name}", name=name)
    if head == "legalBasis" and len(path) > 1:
        return ui._("what the law requires: {name}", name=item_name("legalBasis", path[1], "act"))
    return ".".join(str(p) for p in path[:-1]) or "?"


def derived_facts(site: Site, frm: str) -> list[str]:
    """Every derived source, grouped by its reason, with what each applies to."""
    groups: dict[str, dict[str, None]] = {}  # reason -> items, ordered and distinct
    seen: set[int] = set()
    owners = _owners(site)
    for source in (cited.source for cited in walk(site.model)):
        if source is None or not source.is_derived or id(source) in seen:
            continue
        seen.add(id(source))
        owner = owners.get(id(source.doc))
        if isinstance(owner, Agreement):
            who = site.md(owner.title)
        else:
            who = site.link(frm, owner) if owner is not None else "?"
        item = f"{who}: {md(_field(site, owner, source))}"
        groups.setdefault(" ".join((source.derived or "").split()), {})[item] = None
    out: list[str] = []
    for reason, items in groups.items():
        out += [
            f"- {site.main_md(reason)}",
            "    - " + md(site.ui._("Applies to")) + ": " + "; ".join(items),
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


def _groups(ui: Ui) -> dict[str, tuple[str, str]]:
    """Rule code -> (heading, why it matters) on the open-questions page."""
    return {
        "GOV052": (
            ui._("When preparation is done"),
            ui._(
                "When a lower tier prepares a decision of a higher one, the annual cycle must "
                "show when the preparation is done."
            ),
        ),
        "GOV060": (
            ui._("Chairs"),
            ui._("The chair convenes the meetings, prepares the agenda and leads the decisions."),
        ),
        "GOV061": (
            ui._("Secretaries and minutes"),
            ui._(
                "Minutes record the decisions so that their implementation can be followed. "
                "Where the agreement names no secretary, the body or whoever sets it up decides."
            ),
        ),
        "GOV062": (
            ui._("Terms of a joint body"),
            ui._("The law requires an agreement on a joint body to cover certain matters."),
        ),
        "GOV063": (
            ui._("Appointing and naming"),
            ui._(
                "Knowing who sets up a body or names a role tells whom to ask when a seat is empty."
            ),
        ),
        "GOV073": (
            ui._("Sentences not in the model"),
            ui._(
                "Every sentence of the agreement is either in the model or marked as left out "
                "on purpose, with the reason."
            ),
        ),
        "GOV077": (
            ui._("Questions raised in reading the agreement"),
            ui._("Questions that came up in reading the agreement, which no rule can find."),
        ),
        "GOV078": (
            ui._("Representatives not named"),
            ui._(
                "Each party is responsible for naming enough competent representatives to the "
                "agreed tiers of cooperation."
            ),
        ),
    }


def questions_page(
    site: Site, warnings: Sequence[Finding], waived: Sequence[tuple[Finding, str]] = ()
) -> str:
    from govlint.rules import RULES

    ui = site.ui
    frm = site.path("questions")
    out = start(site, ui._("Open questions"))
    intro = ui._(
        "This page collects what the agreement leaves open or what the model cannot infer "
        "from it: the negotiators' list of questions."
    )
    out += [md(intro), ""]
    count = (
        ui.ngettext("There is {n} open question.", "There are {n} open questions.", len(warnings))
        if warnings
        else ui._("There are no open questions.")
    )
    out += [md(count), ""]
    groups: dict[str, list[str]] = {}
    for finding in sorted(warnings, key=_order_key(site, list(RULES))):
        sentence = _sentence(site, frm, finding)
        key = finding.code if sentence is not None else "other"
        if sentence is None:
            sentence = f'<span lang="en">{md(finding.message)}</span>'
        if sentence not in groups.setdefault(key, []):
            groups[key].append(sentence)
    rules_path = site.path("rules")
    texts = _groups(ui)
    for key, sentences in groups.items():
        if key == "other" or key not in texts:
            out += [heading(2, md(ui._("Other findings"))), ""]
        else:
            head, why = texts[key]
            rule = f"[{md(key)}]({site.href(frm, rules_path)}#{anchor(key)})"
            out += [
                heading(2, md(head), anchor(key)),
                "",
                md(why) + " (" + site.fmt(ui._("rule {code}"), code=rule) + ")",
                "",
            ]
        out += [f"- {s}" for s in sentences]
        out.append("")
    if waived:
        intro = ui._("These were accepted deliberately in the configuration; the reason is given.")
        out += [heading(2, md(ui._("Accepted exceptions"))), "", md(intro), ""]
        for finding, reason in waived:
            text = _sentence(site, frm, finding) or f'<span lang="en">{md(finding.message)}</span>'
            out.append(f"- {text} – {site.main_md(reason)}")
        out.append("")
    derived = derived_facts(site, frm)
    if derived:
        intro = ui._(
            "The following are not the text of the agreement but the model's inferences. They "
            "are worth confirming in negotiations."
        )
        out += [heading(2, md(ui._("What the model infers"))), "", md(intro), "", *derived, ""]
    return "\n".join(out)
