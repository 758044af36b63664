"""A Markdown extension: every table cell carries its column's heading as ``data-label``.

On a phone the handbook's stylesheet (``assets/handbook.css``) shows each table row as a card,
one cell under another, each cell introduced by its column's heading taken from
``data-label``: the reader scrolls down, never sideways, and no column is out of sight. The
labels are set on the tree Python-Markdown builds (after its inline patterns have run), so
generating a page costs nothing more and the Markdown stays plain. A cell's label is the text
of its column's heading; a heading that is a link gives its link text.

Keeps no state between documents: the MkDocs plugin may render pages in worker processes
(``handbook/mkdocs_render.py`` lists the extensions for which that is safe).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

_TAG = re.compile(r"<[^>]*>")


class _LabelCells(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None:
                continue
            labels = [self._text(th) for th in head.findall("th")]
            for row in table.iterfind("tbody/tr"):
                for label, cell in zip(labels, row.findall("td"), strict=False):
                    if label:
                        cell.set("data-label", label)

    def _text(self, cell: ET.Element) -> str:
        """The heading as plain text: raw HTML kept aside by Markdown (entities, inline
        tags) is put back as the text it shows."""

        def unstash(match: re.Match[str]) -> str:
            index = int(match.group(1))
            blocks = self.md.htmlStash.rawHtmlBlocks
            raw = str(blocks[index]) if index < len(blocks) else ""
            return html.unescape(_TAG.sub("", raw))

        text = HTML_PLACEHOLDER_RE.sub(unstash, "".join(cell.itertext()))
        return " ".join(text.split())


class TableLabelsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # after the inline patterns (priority 20), so that headings are their final text
        md.treeprocessors.register(_LabelCells(md), "govlint_table_labels", 5)


def makeExtension(**kwargs: object) -> TableLabelsExtension:
    return TableLabelsExtension(**kwargs)
