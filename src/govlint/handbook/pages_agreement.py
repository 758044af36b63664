"""The agreement's text, sentence by sentence, with what in the model rests on each.

Every section has its id as anchor (the id sources cite), every sentence the anchor
``section-id--n`` (:meth:`Site.sentence_anchor`), where the "Lähde" markers of the other pages
land; the stylesheet highlights the sentence a link lands on. After each sentence: links to the
elements that quote it (at most :data:`SHOWN`, then how many more), or the reason it is left
out on purpose, or a mark that it is in neither (GOV073). The sentences are the agreement's
words in its main language, marked with that language on a page in another. Linear in the
text and its citations (:mod:`govlint.coverage` reads the sentences' resolved citations;
nothing is searched here).
"""

from __future__ import annotations

from govlint.coverage import Row, coverage
from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.text import anchor, heading, md
from govlint.model import Agreement, Commitment, Element, Goal, OpenQuestion, Position
from govlint.quotes import display


def _label(site: Site, frm: str, element: Element) -> str:
    """A link to what cites a sentence; a position with its party (titles repeat)."""
    ui = site.ui
    if isinstance(element, OpenQuestion | Goal | Commitment | Agreement):
        # their own words are long or are the agreement's: named by what they are
        if isinstance(element, OpenQuestion):
            text = ui._("open question")
        elif isinstance(element, Goal):
            text = ui._("goal {n}", n=element.order)
        elif isinstance(element, Commitment):
            text = ui._("commitment {n}", n=element.order)
        else:
            text = ui._("Home")
        target = site.pages.get(element.key)
        return f"[{md(text)}]({site.href(frm, target)})" if target else md(text)
    link = site.link(frm, element)
    if isinstance(element, Position) and element.party is not None:
        return f"{link} ({site.name_md(element.party)})"
    return link


# What rests on one sentence is named up to this many times, then counted: at 300 cities one
# sentence on escalation is quoted by 3 600 matter types, and a list of them all after it
# would bury the text (each of them cites it on its own page).
SHOWN = 20


def _marks(site: Site, frm: str, row: Row) -> str:
    ui = site.ui
    if row.citations:
        owners = list(dict.fromkeys(c.element for c in row.citations if c.element is not None))
        links = site.listed(frm, owners, lambda e: _label(site, frm, e), SHOWN, None)
        label = md(ui._("In the model"))
        return f'<small class="gl-src gl-models">{label}: {links}</small>'
    if row.left_out:
        reasons = " ".join(site.md(nm.reason) for nm in row.left_out)
        label = md(ui._("Not modelled"))
        return f'<small class="gl-src gl-omitted">{label}: {reasons}</small>'
    missing = md(ui._("Not in the model"))
    return f'<small class="gl-src gl-missing">{missing}</small>'


def agreement_page(site: Site) -> str:
    ui, model = site.ui, site.model
    frm = site.agreement_page
    agreement = model.agreement
    assert frm is not None and agreement is not None and agreement.text is not None
    text = agreement.text
    cov = coverage(model)
    rows = {id(row.sentence): row for row in cov.rows}
    counts = cov.summary()
    out = start(site, ui._("Agreement text"))
    intro = ui._(
        "The agreement's text as it stands; only line breaks of the page layout are joined. "
        "Each sentence is followed by links to what in the model quotes it. A sentence the "
        "model leaves out on purpose is marked with the reason."
    )
    out += [f"**{site.main_md(text.title)}**", "", md(intro), ""]
    tally = ui.ngettext(
        "{n} sentence: {cited} in the model, {left_out} left out on purpose and {untraced} "
        "untraced.",
        "{n} sentences: {cited} in the model, {left_out} left out on purpose and {untraced} "
        "untraced.",
        counts["sentences"],
        cited=counts["cited"],
        left_out=counts["notModelled"],
        untraced=counts["untraced"],
    )
    out += [md(tally), ""]
    for section in text.sections:
        level = 3 if section.parent_id else 2
        out += [heading(level, site.md(section.heading), anchor(section.id)), ""]
        previous_list = 0
        for block in section.blocks:
            sentences = " ".join(
                f'<span class="gl-sentence" id="{site.sentence_anchor(s)}">'
                f"{site.main_md(display(s.text))}</span> {_marks(site, frm, rows[id(s)])}"
                for s in block.sentences
            )
            if block.kind == "item":
                if previous_list and block.list_number != previous_list:
                    out += ["", "<!-- -->", ""]  # two lists in a row stay two lists
                out.append(f"- {sentences}")
                previous_list = block.list_number
                continue
            if previous_list:
                out.append("")
                previous_list = 0
            out += [sentences, ""]
        if previous_list:
            out.append("")
    if agreement.related:
        out += [heading(2, md(ui._("Agreements the text refers to"))), ""]
        unknown = md(ui._("Not known:"))
        for related in agreement.related.values():
            line = f"- **{site.md(related.title)}**"
            if related.says:
                line += f" – {site.md(related.says)}"
            if related.unknown:
                line += f" {unknown} {site.md(related.unknown)}"
            out.append(f"{line}{site.src(related.source)}")
        out.append("")
    return "\n".join(out)
