"""The handbook's diagrams: the tier structure, a matter type's route, the annual cycle.

Each returns a :class:`~govlint.handbook.svg.Diagram` (the SVG and its text alternative).
Tiers are horizontal bands, top tier first; bodies and roles are boxes inside their tier's
band (roles dashed); arrows go from where a matter is handled to where it is taken when it
cannot be resolved.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Sequence

from govlint.handbook import phrases
from govlint.handbook.site import Site
from govlint.handbook.svg import (
    BAND_FILLS,
    BODY_STROKE,
    INK,
    ROLE_STROKE,
    Canvas,
    Diagram,
    layered_order,
    text_width,
    wrap,
)
from govlint.model import Body, Element, MatterType, Role

BOX_W, BOX_H, GAP = 200.0, 56.0, 36.0
LABEL_W, PAD, BAND_PAD = 150.0, 16.0, 22.0
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
    """Draw ``nodes`` (key -> (element, label)) in tier bands with ``edges`` as arrows."""
    tiers = site.model.tiers
    rows = layered_order(layers, edges)
    bands = list(range(len(tiers))) + ([len(tiers)] if len(tiers) in rows else [])
    widest = max((len(rows.get(b, [])) for b in bands), default=1) or 1
    width = LABEL_W + PAD + widest * BOX_W + (widest - 1) * GAP + PAD
    band_h = BOX_H + 2 * BAND_PAD
    height = len(bands) * band_h + 2
    canvas = Canvas(ident, width, height, title, desc)
    where: dict[Hashable, tuple[float, float]] = {}
    for b in bands:
        y = 1 + b * band_h
        fill = BAND_FILLS[b % len(BAND_FILLS)] if b < len(tiers) else "#f5f5f5"
        canvas.rect(0, y, width, band_h, fill, "#9e9e9e", dash=b >= len(tiers), stroke_width=1)
        band_label = site.name(tiers[b]) if b < len(tiers) else (outside_label or "")
        lines = wrap(band_label, LABEL_W - 20, 14)
        canvas.lines(12, y + band_h / 2 - (len(lines) - 1) * 8.75 + 5, lines, 14, "700", "start")
        row = rows.get(b, [])
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


MONTH_W, NAME_W, LANE_H, HEAD_H = 48.0, 190.0, 30.0, 30.0


def cycle_svg(site: Site) -> Diagram:
    """A twelve-month timeline: a row per body that meets, a lane per anchored meeting."""
    ui, model = site.ui, site.model
    bodies = [b for b in model.bodies if b.cadence is not None and b.cadence.max > 0]
    width = NAME_W + 12 * MONTH_W + 10
    lanes = [
        max(1, len(b.cadence.meetings), len(wrap(site.name(b), NAME_W - 16, 13)))
        if b.cadence
        else 1
        for b in bodies
    ]
    height = HEAD_H + sum(lanes) * LANE_H + len(bodies) * 12 + 10
    described = []
    for body in bodies:
        assert body.cadence is not None
        items = [
            f"{site.name(m)} ({ui.window(m.month_from, m.month_to)}: "
            f"{ui.join(site.name(t) for t in m.topics)})"
            for m in body.cadence.meetings
        ]
        cadence = phrases.cadence(ui, body.cadence.min, body.cadence.max, body.cadence.approximate)
        described.append(
            f"{site.name(body)}: {cadence}" + (f"; {'; '.join(items)}" if items else "")
        )
    canvas = Canvas(
        "gl-cycle",
        width,
        height,
        ui._("Annual cycle {year}", year=site.year),
        ui._(
            "A timeline from January to December. Each row is a body; the bars are the months "
            "within which its meetings are held."
        )
        + " "
        + ". ".join(described)
        + ".",
    )
    for month in range(1, 13):
        x = NAME_W + (month - 1) * MONTH_W
        canvas.rect(
            x,
            HEAD_H,
            MONTH_W,
            height - HEAD_H - 6,
            "#f7f7f7" if month % 2 else "#ffffff",
            "#d0d0d0",
            stroke_width=0.8,
        )
        canvas.text(x + MONTH_W / 2, HEAD_H - 10, ui.month_short(month), 12, "600", "middle")
    y = HEAD_H + 6
    for body, count in zip(bodies, lanes, strict=True):
        assert body.cadence is not None
        name_lines = wrap(site.name(body), NAME_W - 16, 13)
        canvas.lines(8, y + 19, name_lines[:3], 13, "700", "start")
        meetings = body.cadence.meetings
        if not meetings:
            cadence = phrases.cadence(
                ui, body.cadence.min, body.cadence.max, body.cadence.approximate
            )
            canvas.rect(
                NAME_W + 4, y + 4, 12 * MONTH_W - 8, LANE_H - 8, "#ffffff", INK, dash=True, rx=6
            )
            canvas.text(
                NAME_W + 6 * MONTH_W,
                y + LANE_H / 2 + 4,
                ui._("{cadence}, times not agreed", cadence=cadence),
                12,
                "normal",
                "middle",
            )
        for lane, meeting in enumerate(meetings):
            ly = y + lane * LANE_H
            segments = _segments(meeting.month_from, meeting.month_to)
            for start, end in segments:
                canvas.rect(
                    NAME_W + (start - 1) * MONTH_W + 3,
                    ly + 5,
                    (end - start + 1) * MONTH_W - 6,
                    LANE_H - 10,
                    "#c5cae9",
                    BODY_STROKE,
                    rx=5,
                )
            label = site.name(meeting)
            topics = ui.join(site.name(t) for t in meeting.topics)
            if topics and topics != label:
                label = f"{label}: {topics}"
            end_x = NAME_W + segments[-1][1] * MONTH_W + 4
            if end_x + text_width(label, 12) <= width - 4:
                canvas.text(end_x, ly + LANE_H / 2 + 4, label, 12, "600", "start")
            else:
                start_x = NAME_W + (segments[0][0] - 1) * MONTH_W - 4
                canvas.text(start_x, ly + LANE_H / 2 + 4, label, 12, "600", "end")
        y += count * LANE_H + 12
        canvas.add(
            f'<line x1="0" y1="{y - 6:.1f}" x2="{width:.0f}" y2="{y - 6:.1f}" '
            f'stroke="#bdbdbd" stroke-width="1"/>'
        )
    return canvas.diagram()


def _segments(start: int, end: int) -> list[tuple[int, int]]:
    """A month window as drawable runs; a window over the new year is two runs."""
    return [(start, end)] if start <= end else [(start, 12), (1, end)]
