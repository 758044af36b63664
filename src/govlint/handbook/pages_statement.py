"""The accessibility statement (saavutettavuusseloste) page, from :mod:`statement`'s data."""

from __future__ import annotations

from collections.abc import Mapping

from govlint.handbook.pages_core import start
from govlint.handbook.site import Site
from govlint.handbook.stamp import BuildStamp
from govlint.handbook.statement import STANDARD, Statement
from govlint.handbook.text import code_span, heading, md


def site_url(path: str) -> str:
    """The URL (from the site's root, directory URLs) of a page's Markdown file."""
    if not path.endswith(".md"):
        return path
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def statement_page(
    site: Site, statement: Statement, stamp: BuildStamp, pages: Mapping[str, str]
) -> str:
    """``pages``: the handbook's files and their names (plain text), to link a gap to the
    page it concerns."""
    ui, model = site.ui, site.model
    frm = site.path("accessibility")
    by_url = {site_url(path): path for path in pages}
    agreement = model.agreement
    name = site.text(agreement.title) if agreement else ui._("Home")
    out = start(site, ui._("Accessibility statement"))
    intro = ui._(
        "This statement covers this handbook and its printable edition: {name}.", name=name
    )
    out += [md(intro), ""]
    if statement.law:
        out += [md(ui._("Legal basis: {law}.", law=statement.law)), ""]
    out += [heading(2, md(ui._("Compliance status"))), ""]
    out += [md(ui._("Target: {standard}.", standard=STANDARD)), ""]
    if statement.gaps:
        status = ui._("The handbook is partially compliant. The gaps listed below are known.")
    else:
        status = ui._(
            "The automatic check finds no gaps. Not every requirement can be checked "
            "automatically, and the handbook has not been fully assessed by hand, so "
            "compliance has not been confirmed in every respect."
        )
    out += [md(status), ""]
    if statement.gaps:
        out += [heading(2, md(ui._("Known gaps"))), ""]
        for gap in statement.gaps:
            where = [
                f"[{md(pages[by_url[p]])}]({site.href(frm, by_url[p])})"
                if p in by_url
                else code_span(p)
                for p in gap.pages
            ] or [md(ui._("every page"))]
            if gap.axe:
                found = ui._("The automatic check finds it (axe-core: {rule}).", rule=gap.axe)
            else:
                found = ui._("Found by hand; the automatic check does not find it.")
            applies, criterion = ui._("Applies to"), ui._("WCAG criterion")
            line = f"- {md(gap.text)}<br>{md(applies)}: {', '.join(where)}."
            if gap.wcag:
                line += f" {md(criterion)}: {md(gap.wcag)}."
            out.append(f"{line} {md(found)}")
        out.append("")
    version = agreement.model_version if agreement else "?"
    checked = ui._(
        "Before publication every page is checked automatically with axe-core (WCAG 2.1, "
        "levels A and AA) at the width of a computer's and of a phone's screen. Publication is "
        "stopped if the check finds a serious or critical problem, a problem this page does "
        "not list, or a listed problem that has been fixed. An automatic check finds only "
        "some of the possible problems."
    )
    dated = ui._(
        "Date of this edition: {date} (model version {version}).",
        date=ui.date(stamp.day),
        version=version,
    )
    feedback_first = ui._(
        "If you notice an accessibility problem in the handbook, first give feedback to its "
        "maintainers. If you get no answer in reasonable time or the answer does not satisfy "
        "you, you can report it to the supervisory authority."
    )
    out += [
        heading(2, md(ui._("How accessibility is checked"))),
        "",
        md(checked),
        "",
        md(dated),
        "",
        heading(2, md(ui._("Feedback and contact"))),
        "",
        md(statement.contact),
        "",
        md(statement.feedback),
        "",
        heading(2, md(ui._("Supervisory authority"))),
        "",
        md(feedback_first),
        "",
        md(statement.authority),
        "",
        md(ui._("Date of the statement: {date}.", date=ui.date(statement.prepared))),
    ]
    return "\n".join(out) + "\n"
