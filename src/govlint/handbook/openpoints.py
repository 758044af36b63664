"""What the agreement leaves open, said on the page it concerns.

The open-questions page lists every open question for the negotiators; a reader of a body's
page should not have to go there to learn that the body's chair is not agreed. So each page
says its own open points where they matter (the chair under the composition, the appointer
among the facts), each with a link to its group on the open-questions page, whose headings
carry the rule codes as anchors (``#gov060``).

The points come from the same findings as that page (the rules' warnings); a recorded open
question (GOV077) is shown on the page of every element it is about.
"""

from __future__ import annotations

from collections.abc import Sequence

from govlint.findings import Finding
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, md
from govlint.model import Body, Element, Model, OpenQuestion

CHAIR, SECRETARY, TERMS, APPOINTER, PREPARATION = (
    "GOV060",
    "GOV061",
    "GOV062",
    "GOV063",
    "GOV052",
)
QUESTION, REPRESENTATIVE = "GOV077", "GOV078"


def by_element(model: Model, warnings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """Element key -> the findings about it; an open question under each element it is about."""
    found: dict[str, list[Finding]] = {}
    for finding in warnings:
        element = model.get(finding.element) if finding.element else None
        if isinstance(element, OpenQuestion):
            targets = about(element)
        else:
            targets = [element] if element is not None else []
        for target in targets:
            found.setdefault(target.key, []).append(finding)
    return found


def about(question: OpenQuestion) -> list[Element]:
    """The elements an open question is about (those that resolve)."""
    return [r.target for r in question.about if r.target is not None]


def settled_by(site: Site, frm: str, body: Body) -> str:
    """ "The body is set up by X, whose decision or rules may settle it.", or "" when the
    model does not say who sets the body up."""
    appointer = body.appointed_by.target if body.appointed_by else None
    if appointer is None:
        return ""
    settle = site.ui._("The body is set up by {appointer}, whose decision or rules may settle it.")
    return site.fmt(settle, appointer=site.link(frm, appointer))


def of(site: Site, element: Element, code: str) -> list[Finding]:
    """The open points of ``element`` that rule ``code`` found."""
    return [f for f in site.open_points.get(element.key, ()) if f.code == code]


def link(site: Site, frm: str, code: str) -> str:
    """ "(avoin kysymys)", linked to the group of ``code`` on the open-questions page."""
    target = f"{site.path('questions')}#{anchor(code)}"
    return "(" + site.page_link(frm, target, site.ui._("open question")) + ")"


def paragraph(site: Site, frm: str, text: str, code: str) -> list[str]:
    """An open point as a paragraph of its own (Markdown lines)."""
    return [f"{text} {link(site, frm, code)}", "{ .gl-open }", ""]


def seats(site: Site, frm: str, body: Body) -> list[str]:
    """Under a body's composition: the chair and the secretary, if they are not agreed, and
    who may settle them."""
    ui = site.ui
    chair, secretary = of(site, body, CHAIR), of(site, body, SECRETARY)
    if chair and secretary:
        text = ui._("The chair and the secretary are not agreed.")
    elif chair:
        text = ui._("The chair is not agreed.")
    elif secretary:
        text = ui._("The secretary is not agreed.")
    else:
        return []
    said = " ".join(filter(None, (md(text), settled_by(site, frm, body))))
    return paragraph(site, frm, said, CHAIR if chair else SECRETARY)


def questions(site: Site, frm: str, element: Element) -> list[str]:
    """The recorded open questions about ``element``, as list items."""
    out = []
    for finding in of(site, element, QUESTION):
        question = site.model.get(finding.element or "")
        if isinstance(question, OpenQuestion):
            out.append(f"- {site.md(question.question)} {link(site, frm, QUESTION)}")
    return list(dict.fromkeys(out))
