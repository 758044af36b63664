"""The agreement's terms and legal basis on the front page: costs and their shares, the period
in force, the notice period, and the acts the agreement rests on."""

from __future__ import annotations

from govlint.handbook.site import Site
from govlint.handbook.text import capitalised, heading, md
from govlint.model import Agreement, Term, Text, parse_date
from govlint.vocabulary import terms, word

TERM_ORDER = ("costBasis", "costDistribution", "validity", "termination")


def terms_section(site: Site, frm: str, agreement: Agreement) -> list[str]:
    """The "Terms of the agreement" and "Legal basis" sections; none for an agreement that
    states neither (a model leaves a term out where the agreement is silent)."""
    ui = site.ui
    out: list[str] = []
    known = [agreement.terms[k] for k in TERM_ORDER if k in agreement.terms]
    known += [t for k, t in agreement.terms.items() if k not in TERM_ORDER]
    if known:
        out += [heading(2, md(ui._("Terms of the agreement"))), ""]
        for term in known:
            out += _term(site, frm, term)
    if agreement.legal_bases:
        out += [heading(2, md(ui._("Legal basis"))), ""]
        for basis in agreement.legal_bases.values():
            desc = f" – {site.md(basis.description)}" if basis.description else ""
            act = law(site, basis.act, basis.sections)
            out.append(f"- {act}{desc}{site.src(basis.source)}")
        out.append("")
    return out


def law(site: Site, act: Text, sections: tuple[str, ...]) -> str:
    """An act and its sections as Markdown: "Local Government Act (410/2015), section 51"."""
    name = site.md(act)
    if not sections:
        return name
    numbers = md(site.ui.join(sections))
    template = site.ui.ngettext(
        "{act}, section {sections}", "{act}, sections {sections}", len(sections)
    )
    return site.fmt(template, act=name, sections=numbers)


def _term(site: Site, frm: str, term: Term) -> list[str]:
    ui = site.ui
    label = md(capitalised(word(ui, terms, term.name)))
    facts = [md(fact) for fact in (_dates(site, term), _notice(site, term)) if fact]
    words = site.md(term.text) if term.text else ""
    line = " ".join(part for part in (*facts, words) if part)
    out = [f"- **{label}:** {line}".rstrip() + site.src(term.source), ""]
    if term.shares:
        rows = []
        for share in term.shares:
            party = share.party.target
            who = site.link(frm, party) if party is not None else md(share.party.id)
            rows.append([who, md(ui.percent(share.percent))])
        out += site.table((ui._("Party"), ui._("Share of the costs")), rows)
        out.append("")
    return out


def _dates(site: Site, term: Term) -> str:
    """ "In force from 1.1.2025 to 31.12.2028." (plain text); '' without dates."""
    ui = site.ui
    start, end = parse_date(term.start), parse_date(term.end)
    if start is not None and end is not None:
        return ui._("In force from {start} to {end}.", start=ui.date(start), end=ui.date(end))
    if start is not None:
        return ui._("In force from {start} until further notice.", start=ui.date(start))
    if end is not None:
        return ui._("In force until {end}.", end=ui.date(end))
    return ""


def _notice(site: Site, term: Term) -> str:
    """ "Notice period: 6 months." (plain text); '' without one."""
    if term.notice_months is None:
        return ""
    return site.ui.ngettext(
        "Notice period: {n} month.", "Notice period: {n} months.", term.notice_months
    )
