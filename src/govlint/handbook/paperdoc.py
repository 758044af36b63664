"""The change paper as a document of its own: one HTML page, and the PDF laid out from it.

A pull request shows the change paper as Markdown (:mod:`govlint.diff.markdown`); a city
board's meeting papers want a file. This module takes that same Markdown, so the paper says the
same thing in every form, and makes it one self-contained HTML page: Python-Markdown (the
converter MkDocs uses) for the body, the print edition's stylesheet inlined, nothing loaded
from anywhere. :func:`govlint.handbook.pdf.render_pdf` lays the page out on A4 with page
numbers and bookmarks, as it does the handbook's print edition.

Model text stays inert on the way: the converter here has raw HTML switched off, so every
``<`` that reaches it is text, escaped or not; this covers what the Markdown renderer does not
escape for HTML, such as a file path or a revision name in a code span (``</details>`` in a
code span would otherwise close an HTML block). The renderer's own ``<details>`` block is
recognised by whole lines that no model text can be, and built here around its converted
contents.
"""

from __future__ import annotations

import html
from typing import Any

from govlint.diff.markdown import MARKER
from govlint.diff.render import render
from govlint.diff.result import Diff, Side
from govlint.handbook.theme import EDITION_CSS, asset


class PaperUnavailable(Exception):
    """The HTML converter is not installed (it comes with the handbook's dependencies)."""


def paper_html(diff: Diff, old: Side, new: Side, lang: str) -> str:
    """The change paper in ``lang`` as one HTML page (UTF-8 text), for a screen or paper."""
    try:
        import markdown
    except ImportError as exc:
        raise PaperUnavailable("install govlint[handbook] for the HTML and PDF formats") from exc

    lines = []
    for line in render(diff, "markdown", old, new, lang).splitlines():
        if line == MARKER:  # the pull-request comment's marker: nothing for a reader
            continue
        if line.startswith("##"):  # the comment's headings start at level 2; a page at 1
            line = line[1:]
        elif line.startswith("   - "):  # under a numbered change: GitHub nests it at 3
            line = " " + line  # spaces, Python-Markdown at 4
        lines.append(line)
    # The renderer's own <details> block, by whole lines no model text can be (a model text is
    # one line with every < escaped): its summary and its Markdown are converted apart.
    details = ""
    if "<details>" in lines and "</details>" in lines:
        first = lines.index("<details>")
        last = len(lines) - 1 - lines[::-1].index("</details>")
        summary = lines[first + 1].removeprefix("<summary>").removesuffix("</summary>")
        inner = _convert(markdown, lines[first + 2 : last])
        details = f"<details>\n<summary>{html.escape(summary)}</summary>\n{inner}\n</details>"
        lines = lines[:first] + lines[last + 1 :]
    body = _convert(markdown, lines) + ("\n" + details if details else "")
    title = next((line[2:] for line in lines if line.startswith("# ")), "")
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)}</title>",  # our heading: no model text in it
            f"<style>\n{asset(EDITION_CSS)}</style>",
            "</head>",
            '<body>\n<main class="gl-chapter gl-paper">',
            body,
            "</main>\n</body>",
            "</html>",
            "",
        ]
    )


def paper_pdf(document: str) -> bytes:
    """The page of :func:`paper_html` laid out as PDF; it refers to no other file."""
    from govlint.handbook.pdf import render_pdf

    return render_pdf(document, lambda path: None)


def _convert(markdown: Any, lines: list[str]) -> str:
    """Markdown lines to HTML, with no raw HTML at all: a ``<`` that reaches the converter
    is text (``&lt;``), whether escaped (``\\<``, as model text always is) or not."""
    converter = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    converter.ESCAPED_CHARS.extend(c for c in "<~" if c not in converter.ESCAPED_CHARS)
    return str(converter.convert("\n".join(lines)))
