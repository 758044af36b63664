"""A small SVG writer: bands, boxes with wrapped text, arrows; a layered layout.

The diagrams must be readable without JavaScript, printable and accessible, so they are plain
SVG with real ``<text>`` labels, a ``<title>`` and ``<desc>`` referenced by
``aria-labelledby``, presentation attributes instead of a ``<style>`` element (an inline
``<style>`` would leak into the page) and ids prefixed per diagram (several diagrams may share
a page). All text passes through :func:`govlint.handbook.text.xml`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from govlint.handbook.text import xml

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK = "#1b1b1b"
BAND_FILLS = ("#eef2fb", "#eef7ee", "#fbf4e8", "#f4eef9", "#eaf6f7")
BODY_STROKE = "#283593"
ROLE_STROKE = "#00695c"
ARROW = "#b71c1c"


def wrap(text: str, width_px: float, size: float, bold: bool = True) -> list[str]:
    """Lines of ``text`` that fit ``width_px`` at font ``size`` (estimated glyph width)."""
    chars = max(6, int(width_px / (size * (0.64 if bold else 0.56))))
    return textwrap.wrap(text, chars, break_long_words=True, break_on_hyphens=False) or [""]


def text_width(text: str, size: float) -> float:
    return len(text) * size * 0.56


@dataclass(frozen=True)
class Diagram:
    """A finished diagram: the SVG document and what a page needs to show it as an image."""

    svg: str
    title: str
    desc: str  # the text alternative: what the diagram shows, in words
    width: float
    height: float
    narrow: Diagram | None = None  # the same, drawn for a phone's width (to be shown 1:1)

    def file(self) -> str:
        """The SVG as a standalone file."""
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + self.svg + "\n"


@dataclass
class Canvas:
    """An SVG being drawn; ``ident`` prefixes every id inside it."""

    ident: str
    width: float
    height: float
    title: str
    desc: str
    parts: list[str] = field(default_factory=list)

    def add(self, fragment: str) -> None:
        self.parts.append(fragment)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str,
        stroke: str = "none",
        dash: bool = False,
        rx: float = 0,
        stroke_width: float = 1.5,
    ) -> None:
        extra = ' stroke-dasharray="6 4"' if dash else ""
        self.add(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="{rx}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"{extra}/>'
        )

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: float = 13,
        weight: str = "normal",
        anchor: str = "start",
        fill: str = INK,
        italic: bool = False,
    ) -> None:
        style = ' font-style="italic"' if italic else ""
        self.add(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
            f'text-anchor="{anchor}" fill="{fill}"{style}>{xml(content)}</text>'
        )

    def lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        size: float = 13,
        weight: str = "normal",
        anchor: str = "middle",
    ) -> None:
        """Several lines, the first baseline at ``y``."""
        for i, line in enumerate(lines):
            self.text(x, y + i * size * 1.25, line, size, weight, anchor)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        label: str,
        stroke: str,
        dash: bool = False,
        size: float = 13,
    ) -> None:
        """A rounded box with its label wrapped and centred."""
        self.rect(x, y, w, h, "#ffffff", stroke, dash=dash, rx=8, stroke_width=2)
        lines = wrap(label, w - 16, size)
        total = len(lines) * size * 1.25
        first = y + (h - total) / 2 + size * 0.95
        self.lines(x + w / 2, first, lines, size, "600")

    def arrow(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        label: str | None = None,
        curve: float = 0.0,
    ) -> None:
        """An arrow from (x1, y1) to (x2, y2), optionally bent sideways by ``curve``."""
        mx, my = (x1 + x2) / 2 + curve, (y1 + y2) / 2
        self.add(
            f'<path d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" '
            f'fill="none" stroke="{ARROW}" stroke-width="2" '
            f'marker-end="url(#{self.ident}-arrow)"/>'
        )
        if label:
            cx, cy = (x1 + 2 * mx + x2) / 4, (y1 + 2 * my + y2) / 4
            self.add(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="11" fill="#ffffff" '
                f'stroke="{ARROW}" stroke-width="1.5"/>'
            )
            self.text(cx, cy + 4.5, label, 12, "700", "middle", ARROW)

    def diagram(self) -> Diagram:
        return Diagram(self.render(), self.title, self.desc, self.width, self.height)

    def render(self) -> str:
        """The SVG as one block without blank lines."""
        ident = self.ident
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="gl-svg" role="img" '
            f'width="{self.width:.0f}" height="{self.height:.0f}" '
            f'viewBox="0 0 {self.width:.0f} {self.height:.0f}" '
            f'aria-labelledby="{ident}-title {ident}-desc" font-family="{xml(FONT)}">'
        )
        defs = (
            f'<title id="{ident}-title">{xml(self.title)}</title>'
            f'<desc id="{ident}-desc">{xml(self.desc)}</desc>'
            f'<defs><marker id="{ident}-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{ARROW}"/></marker></defs>'
        )
        background = (
            f'<rect x="0" y="0" width="{self.width:.0f}" height="{self.height:.0f}" '
            'fill="#ffffff"/>'
        )
        return "\n".join([head, defs, background, *self.parts, "</svg>"])


def layered_order(
    layers: dict[Hashable, int], edges: Sequence[tuple[Hashable, Hashable]]
) -> dict[int, list[Hashable]]:
    """Nodes per layer in drawing order.

    Each layer is a row (a multipartite layout, as networkx's ``multipartite_layout`` places
    it); within a row the nodes are ordered by the mean position of their neighbours in the
    rows already placed (one barycentre sweep from the top, O(V + E)), which keeps escalation
    arrows from crossing in the usual shapes. Plain dicts, not a networkx graph: this runs
    once per matter type (3 600 times for a 300-city model) on graphs of a few nodes, where
    building a graph cost more than the sweep. Neighbours are taken in networkx's order
    (predecessors, then successors, each in the order the edges came) so that the layout,
    floating-point sums included, stays what it was.
    """
    pred: dict[Hashable, dict[Hashable, None]] = {node: {} for node in layers}
    succ: dict[Hashable, dict[Hashable, None]] = {node: {} for node in layers}
    for a, b in edges:
        if a in layers and b in layers:
            succ[a][b] = None
            pred[b][a] = None
    rows: dict[int, list[Hashable]] = {}
    for node in layers:
        rows.setdefault(layers[node], []).append(node)
    placed: dict[Hashable, float] = {}
    for layer in sorted(rows):
        row = rows[layer]
        initial = {node: (i + 0.5) / len(row) for i, node in enumerate(row)}

        def key(node: Hashable, initial: dict[Hashable, float] = initial) -> float:
            near = [placed[n] for n in (*pred[node], *succ[node]) if n in placed]
            return sum(near) / len(near) if near else initial[node]

        row.sort(key=key)
        for i, node in enumerate(row):
            placed[node] = (i + 0.5) / len(row)
    return rows
