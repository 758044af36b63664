"""Sources as numbered markers, with the list of a page's sources at its end.

A fact on a page carries a small number (``<sup class="gl-ref">``) that links to the page's
"Lähteet" list; the list gives what the agreement says (a link to the sentence on the agreement
page and the quoted words) or, for what the model infers, the reason. So the provenance stays
one tap away while the page reads as guidance, and a table needs no "Lähde" column.

Pages are written as text, in the order a reader meets them, but not every marker is written in
that order (a table's rows are built before the sentence above it is finished). So a page's
markers are first written as placeholders naming a note, and :meth:`Notes.finish` numbers them
in the order they stand on the finished page, the first one 1, and appends the list. A note
cited twice on a page has one number there. The placeholders are control characters, which
never reach a page raw from a model text (:func:`govlint.handbook.text.plain` shows them as
visible escapes), so no text of the model can forge one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CITED, DERIVED, MISSING = "cited", "derived", "missing"
_PLACEHOLDER = re.compile("\x02([0-9]+)\x03")


@dataclass(frozen=True)
class Note:
    """One entry of a sources list: ``text`` (Markdown), linked to ``target`` (a page path
    with its anchor, relative to the docs directory) when there is one, then ``tail``."""

    kind: str  # CITED, DERIVED or MISSING
    text: str
    target: str | None = None
    tail: str = ""


class Notes:
    """Every note of the handbook, each once; pages refer to them by placeholders."""

    def __init__(self) -> None:
        self._ids: dict[Note, int] = {}
        self._notes: list[Note] = []

    def marker(self, note: Note) -> str:
        """The placeholder of ``note``'s marker (numbered when its page is finished)."""
        number = self._ids.get(note)
        if number is None:
            number = self._ids[note] = len(self._notes)
            self._notes.append(note)
        return f"\x02{number}\x03"

    def finish(self, page: str, anchor: str, heading: str, href: Callable[[str], str]) -> str:
        """``page`` with its markers numbered and its sources listed at its end.

        ``anchor``: the id of the list's heading (each entry's is ``anchor--n``: "--" is in
        no model id, so the entries never meet an element's anchor); ``heading``: its text
        (Markdown); ``href``: a target (page#anchor) as a link from this page.
        """
        if "\x02" not in page:
            return page
        numbers: dict[int, int] = {}

        def number(match: re.Match[str]) -> str:
            note = int(match.group(1))
            n = numbers.setdefault(note, len(numbers) + 1)
            kind = self._notes[note].kind
            cls = "gl-ref" if kind == CITED else f"gl-ref gl-{kind}"
            return f'<sup class="{cls}">[{n}](#{anchor}--{n})</sup>'

        body = _PLACEHOLDER.sub(number, page).rstrip("\n")
        items = []
        for note, n in numbers.items():
            entry = self._notes[note]
            text = entry.text if entry.target is None else f"[{entry.text}]({href(entry.target)})"
            cls = "" if entry.kind == CITED else f' class="gl-{entry.kind}"'
            items.append(f'{n}. <span id="{anchor}--{n}"{cls}>{text}{entry.tail}</span>')
        return "\n".join([body, "", f"## {heading} {{#{anchor} .gl-sources}}", "", *items, ""])
