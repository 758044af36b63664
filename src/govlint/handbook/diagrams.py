"""The handbook's diagrams: the tier structure, a matter type's route, the annual cycle.

Each returns a :class:`~govlint.handbook.svg.Diagram` (the SVG and its text alternative).
Tiers are horizontal bands, top tier first; bodies and roles are boxes inside their tier's
band (roles dashed); arrows go from where a matter is handled to where it is taken when it
cannot be resolved.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace

from govlint.handbook.site import Site
from govlint.handbook.svg import (
    BAND_FILLS,
    BODY_STROKE,
    ROLE_STROKE,
    Canvas,
    Diagram,
    layered_order,
    wrap,
)
from govlint.model import Body, Element, MatterType, Role

BOX_W, BOX_H, GAP = 200.0, 56.0, 36.0
LABEL_W, PAD, BAND_PAD = 150.0, 16.0, 22.0
# The phone drawing: narrower than the content column of a 390 px screen (358 px), so that
# it is shown at its drawn size; the margin on the right is for the arrows that bend out.
NARROW_W, NARROW_ARCS, NARROW_GAP = 340.0, 64.0, 30.0
OUTSIDE = "outside"


def escalation_edges(site: Site) -> list[tuple[str, str]]:
    """Distinct (from key, to key) pairs: bodies' escalatesTo and every matter route step."""
    edges: list[tuple[str, str]] = []
    for body in site.model.bodies:
        target = body.escalates_to.target if body.escalates_to else None
        if isinstance(target, Element):
            edges.append((body.key, target.key))
    for mt in site.model.matter_types:
        route = [r.target for r in mt.route() if isinstance(r.target, Body | Role)]
        edges.extend((a.key, b.key) for a, b in itertools.pairwise(route))
    return list(dict.fromkeys(edges))


def _banded(
    site: Site,
    ident: str,
    nodes: dict[str, tuple[Element, str]],
    layers: dict[Hashable, int],
    edges: Sequence[tuple[str, str]],
    title: str,
    desc: str,
    numbered: bool = False,
    outside_label: str | None = None,
) -> Diagram:
    """Draw ``nodes`` (key -> (element, label)) in tier bands with ``edges`` as arrows: the
    wide drawing, with the narrow one for phones as its ``narrow``."""
    tiers = site.model.tiers
    rows = layered_order(layers, edges)
    order = list(range(len(tiers))) + ([len(tiers)] if len(tiers) in rows else [])
    bands = [
        Band(
            site.name(tiers[b]) if b < len(tiers) else (outside_label or ""),
            rows.get(b, []),
            outside=b >= len(tiers),
            fill="#f5f5f5" if b >= len(tiers) else BAND_FILLS[b % len(BAND_FILLS)],
        )
        for b in order
    ]
    wide = _wide(Canvas(ident, 0, 0, title, desc), nodes, bands, edges, numbered)
    narrow = _narrow(Canvas(ident, 0, 0, title, desc), nodes, bands, edges, numbered)
    return replace(wide, narrow=narrow)


@dataclass(frozen=True)
class Band:
    """A tier's band: its label and its nodes in drawing order."""

    label: str
    row: list[Hashable]
    outside: bool  # the band of what has no tier
    fill: str

    def draw(self, canvas: Canvas, y: float, width: float, height: float) -> None:
        canvas.rect(0, y, width, height, self.fill, "#9e9e9e", dash=self.outside, stroke_width=1)


def _wide(
    canvas: Canvas,
    nodes: dict[str, tuple[Element, str]],
    bands: list[Band],
    edges: Sequence[tuple[str, str]],
    numbered: bool,
) -> Diagram:
    """Tiers as horizontal bands, a tier's boxes side by side."""
    widest = max((len(band.row) for band in bands), default=1) or 1
    width = LABEL_W + PAD + widest * BOX_W + (widest - 1) * GAP + PAD
    band_h = BOX_H + 2 * BAND_PAD
    canvas.width, canvas.height = width, len(bands) * band_h + 2
    where: dict[Hashable, tuple[float, float]] = {}
    for b, band in enumerate(bands):
        y = 1 + b * band_h
        band.draw(canvas, y, width, band_h)
        lines = wrap(band.label, LABEL_W - 20, 14)
        canvas.lines(12, y + band_h / 2 - (len(lines) - 1) * 8.75 + 5, lines, 14, "700", "start")
        row = band.row
        row_w = len(row) * BOX_W + (len(row) - 1) * GAP
        x0 = LABEL_W + PAD + (widest * BOX_W + (widest - 1) * GAP - row_w) / 2
        for i, key in enumerate(row):
            element, text = nodes[str(key)]
            x = x0 + i * (BOX_W + GAP)
            stroke = ROLE_STROKE if isinstance(element, Role) else BODY_STROKE
            canvas.box(x, y + BAND_PAD, BOX_W, BOX_H, text, stroke, dash=isinstance(element, Role))
            where[key] = (x, y + BAND_PAD)
    for n, (start, end) in enumerate(edges, start=1):
        if start not in where or end not in where:
            continue
        (ax, ay), (bx, by) = where[start], where[end]
        label = str(n + 1) if numbered else None  # the step the arrow leads to
        if abs(ay - by) < 1:  # same band: side to side
            if ax < bx:
                canvas.arrow(ax + BOX_W, ay + BOX_H / 2, bx, by + BOX_H / 2, label)
            else:
                canvas.arrow(ax, ay + BOX_H / 2, bx + BOX_W, by + BOX_H / 2, label)
        elif ay > by:  # upwards, the usual escalation
            canvas.arrow(ax + BOX_W / 2, ay, bx + BOX_W / 2, by + BOX_H, label)
        else:
            canvas.arrow(ax + BOX_W / 2, ay + BOX_H, bx + BOX_W / 2, by, label, curve=BOX_W * 0.6)
    return canvas.diagram()


def _narrow(
    canvas: Canvas,
    nodes: dict[str, tuple[Element, str]],
    bands: list[Band],
    edges: Sequence[tuple[str, str]],
    numbered: bool,
) -> Diagram:
    """The phone drawing: NARROW_W wide, shown at the size it is drawn (its text at 13 px).
    Tiers are bands one under another, each with its name on top and its boxes in a column;
    an arrow between boxes next to each other goes straight, a longer one bends out to the
    right of the column, the longer the further, so that arrows do not cross boxes."""
    width = NARROW_W
    box_w = width - NARROW_ARCS - 2 * PAD
    where: dict[Hashable, tuple[float, float, int]] = {}  # key -> (top, height, order)
    y = 1.0
    for band in bands:
        # the label stays left of the straight arrows (near the boxes' right end)
        lines = wrap(band.label, box_w - 60, 14)
        top = y
        y += 10 + len(lines) * 17.5
        boxes = []
        for key in band.row:
            element, text = nodes[str(key)]
            height = max(BOX_H - 12, len(wrap(text, box_w - 16, 13)) * 16.25 + 16)
            boxes.append((key, element, text, y, height))
            where[key] = (y, height, len(where))
            y += height + NARROW_GAP
        y += BAND_PAD / 2 - (NARROW_GAP if boxes else 0) + 8
        band.draw(canvas, top, width, y - top)
        canvas.lines(PAD - 4, top + 8 + 14, lines, 14, "700", "start")
        for _key, element, text, box_y, height in boxes:
            stroke = ROLE_STROKE if isinstance(element, Role) else BODY_STROKE
            role = isinstance(element, Role)
            canvas.box(PAD, box_y, box_w, height, text, stroke, dash=role)
        y += 2
    canvas.width, canvas.height = width, y
    right = PAD + box_w
    # the longer an arrow's span, the further out it bends: spans ranked once, not searched
    spans = sorted({abs(where[a][2] - where[b][2]) for a, b in edges if a in where and b in where})
    rank = {span: i for i, span in enumerate(spans)}
    for n, (start, end) in enumerate(edges, start=1):
        if start not in where or end not in where:
            continue
        (ay, ah, ai), (by, bh, bi) = where[start], where[end]
        label = str(n + 1) if numbered else None
        x = right - 30
        if bi == ai - 1:  # the box just above: straight up
            canvas.arrow(x, ay, x, by + bh, label)
        elif bi == ai + 1:  # just below: straight down
            canvas.arrow(x, ay + ah, x, by, label)
        else:  # out to the right of the column and back
            reach = min(NARROW_ARCS - 8, 18 + 12 * rank[abs(ai - bi)])
            canvas.arrow(right, ay + ah / 2, right, by + bh / 2, label, curve=2 * reach)
    return canvas.diagram()


def _layer(site: Site, element: Element) -> int:
    tier = site.model.tier_of(element)
    tiers = site.model.tiers
    return tiers.index(tier) if tier in tiers else len(tiers)


def structure_svg(site: Site) -> Diagram:
    """All tiers, every body and role, and the escalation arrows between them."""
    ui = site.ui
    nodes: dict[str, tuple[Element, str]] = {}
    for element in [*site.model.bodies, *site.model.roles]:
        nodes[element.key] = (element, site.name(element))
    layers: dict[Hashable, int] = {key: _layer(site, el) for key, (el, _) in nodes.items()}
    edges = [e for e in escalation_edges(site) if e[0] in nodes and e[1] in nodes]
    parts = []
    for i, tier in enumerate(site.model.tiers):
        names = [nodes[str(k)][1] for k in layered_order(layers, edges).get(i, [])]
        parts.append(f"{site.name(tier)} ({ui.join(names) or '–'})")
    desc = ui._(
        "Tiers from the top: {tiers}. The arrows show where unresolved matters are taken.",
        tiers="; ".join(parts),
    )
    return _banded(
        site,
        "gl-structure",
        nodes,
        layers,
        edges,
        ui._("Tiers, bodies and roles of the cooperation"),
        desc,
        outside_label=ui._("Roles outside the tiers"),
    )


def route_svg(site: Site, mt: MatterType) -> Diagram:
    """One matter type: the matter, its first handler and every escalation step, numbered."""
    ui = site.ui
    nodes: dict[str, tuple[Element, str]] = {}
    order: list[str] = []
    for i, ref in enumerate(mt.route(), start=1):
        target = ref.target
        if not isinstance(target, Body | Role) or target.key in nodes:
            continue
        nodes[target.key] = (target, f"{i}. {site.name(target)}")
        order.append(target.key)
    layers: dict[Hashable, int] = {key: _layer(site, nodes[key][0]) for key in order}
    edges = list(itertools.pairwise(order))
    route = " → ".join(site.name(nodes[k][0]) for k in order)
    return _banded(
        site,
        f"gl-route-{mt.id.replace('.', '_')}",
        nodes,
        layers,
        edges,
        ui._("Route: {matter}", matter=site.name(mt)),
        ui._("The matter moves on in this order: {route}.", route=route or "–"),
        numbered=True,
        outside_label=ui._("Roles outside the tiers"),
    )
