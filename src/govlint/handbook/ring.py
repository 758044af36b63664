"""The vuosikello: a ring of the twelve months with the meetings as arcs over their windows.

January is at the top and the months run clockwise, as a vuosikello is drawn in Finnish public
administration. Each body that meets has a lane (a ring inside the months); each anchored
meeting is an arc over its month window, with a number that the legend under (on a phone) or
beside (on a desktop) the ring explains in words. A body whose meetings are not bound to a time
of year gets a dashed lane and a line in the legend. The page's table says the same as text.

Both drawings are made to be shown at the size they are drawn (the narrow one fits a 390 px
phone), so every text is on screen at the size it has here (11 px or more). A model with more
lanes than :data:`MAX_LANES` gets one ring instead, each month with the number of meetings whose
window includes it: hundreds of lanes would be neither readable nor drawable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from govlint.handbook import flows, phrases
from govlint.handbook.site import Site
from govlint.handbook.svg import INK, Canvas, Diagram, wrap
from govlint.model import Body, Meeting

MAX_LANES = 8
# Fills of the lanes, each with at least 3:1 contrast against white (WCAG 1.4.11).
LANE_FILLS = ("#3949ab", "#00796b", "#c62828", "#6a1b9a", "#ad5700", "#2e7d32", "#0277bd")
MONTH_FILLS = ("#eef2fb", "#ffffff")
TEXT = 13.0  # legend text
SMALL = 12.0  # months, numbers


@dataclass(frozen=True)
class Arc:
    number: int  # in the legend
    lane: int
    start: int  # months, 1-12; end < start when the window runs over the new year
    end: int
    fill: str


@dataclass(frozen=True)
class Regular:
    """A body's lane of regular meetings: a short arc in every month it meets (every
    ``gap`` months from January), under one legend line."""

    lane: int
    gap: int
    fill: str

    @property
    def months(self) -> range:
        return range(1, 13, self.gap)


@dataclass(frozen=True)
class Layout:
    size: float  # the ring's diameter
    legend_x: float
    legend_y: float
    legend_w: float
    width: float


def _lanes(site: Site) -> tuple[list[Arc], list[str], list[Regular], list[Body], int]:
    """The arcs, the legend's lines (one per arc, then one per body that meets regularly,
    then one per body without anchored meetings), the regular lanes and the bodies without
    anchored meetings; and the number of lanes."""
    ui = site.ui
    arcs: list[Arc] = []
    legend: list[str] = []
    regular: list[tuple[Body, int]] = []  # body, gap
    unscheduled: list[Body] = []
    lane = 0
    for body in site.model.bodies:
        cad = body.cadence
        if cad is None or cad.max <= 0:
            continue
        if cad.gap is not None:
            regular.append((body, cad.gap))
        if not cad.meetings:
            if cad.gap is None:
                unscheduled.append(body)
            continue
        fill = LANE_FILLS[lane % len(LANE_FILLS)]
        taken: list[set[int]] = []  # months taken in each of this body's lanes
        for meeting in cad.meetings:
            months = _months(meeting)
            free = next((i for i, used in enumerate(taken) if not used & months), len(taken))
            if free == len(taken):
                taken.append(set())
            taken[free] |= months
            arcs.append(Arc(len(arcs) + 1, lane + free, meeting.month_from, meeting.month_to, fill))
            legend.append(f"{site.name(body)}: {_label(site, meeting)}")
        lane += len(taken)
    lanes: list[Regular] = []
    for body, gap in regular:
        assert body.cadence is not None
        lanes.append(Regular(lane, gap, LANE_FILLS[lane % len(LANE_FILLS)]))
        lane += 1
        legend.append(f"{site.name(body)}: {phrases.how_often(ui, body.cadence)}")
    for body in unscheduled:
        assert body.cadence is not None
        cad = body.cadence
        how_often = phrases.cadence(ui, cad.min, cad.max, cad.approximate)
        unagreed = ui._("{cadence}, the times are not agreed", cadence=how_often)
        legend.append(f"{site.name(body)}: {unagreed}")
    return arcs, legend, lanes, unscheduled, lane + len(unscheduled)


def _months(meeting: Meeting) -> set[int]:
    start, end = meeting.month_from, meeting.month_to
    if start <= end:
        return set(range(start, end + 1))
    return set(range(start, 13)) | set(range(1, end + 1))


def _label(site: Site, meeting: Meeting) -> str:
    label = site.name(meeting)
    topics = site.ui.join(site.name(t) for t in meeting.topics)
    if topics and topics != label:
        label = f"{label}: {topics}"
    return f"{label} ({flows.window_text(site, meeting)})"


def cycle_ring_svg(site: Site) -> Diagram:
    """The ring for a desktop (legend beside it), with the phone's (legend under it)."""
    ui, model = site.ui, site.model
    arcs, legend, regular, unscheduled, lanes = _lanes(site)
    # the arcs by number, then the dashed lanes, as the legend says them
    described = [f"{i}. {line}" if i <= len(arcs) else line for i, line in enumerate(legend, 1)]
    title = ui._("Annual cycle {year}", year=site.year)
    intro = ui._(
        "Annual cycle: the months in a ring, January at the top, clockwise to December. The "
        "arcs are the months of the meetings; a dashed ring is a body whose meetings have no "
        "agreed time. The arcs and dashed rings:"
    )
    desc = f"{intro} {'; '.join(described)}."
    counts = None
    if lanes > MAX_LANES:
        meetings = [m for b in model.bodies if b.cadence for m in b.cadence.meetings]
        counts = [sum(month in _months(m) for m in meetings) for month in range(1, 13)]
        for lane in regular:  # a regular meeting in each month it meets
            for month in lane.months:
                counts[month - 1] += 1
        legend = [
            ui.ngettext(
                "There is {n} meeting.",
                "There are {n} meetings, too many to tell apart in the diagram. A month's "
                "number is how many meetings fall in it; the table lists them.",
                len(meetings) + sum(len(lane.months) for lane in regular),
            )
        ]
        monthly = ui.join(f"{ui.month(m)} {counts[m - 1]}" for m in range(1, 13))
        intro = ui._(
            "Annual cycle: the months in a ring, January at the top, clockwise to December, "
            "each with the number of meetings that fall in it:"
        )
        desc = f"{intro} {monthly}."
        arcs, regular, unscheduled, lanes = [], [], [], 1
    wide = Layout(size=400, legend_x=430, legend_y=24, legend_w=290, width=720)
    narrow = Layout(size=340, legend_x=8, legend_y=356, legend_w=324, width=340)
    wide_svg, narrow_svg = (
        _draw(
            Canvas("gl-cycle", 0, 0, title, desc),
            at,
            arcs,
            legend,
            lanes,
            regular,
            unscheduled,
            counts,
            site,
        )
        for at in (wide, narrow)
    )
    return replace(wide_svg, narrow=narrow_svg)


def _point(cx: float, cy: float, r: float, month: float) -> tuple[float, float]:
    """Where month ``month`` (1.0 = start of January, 13.0 = its end) is at radius ``r``."""
    angle = (month - 1) / 12 * 2 * math.pi
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def _sector(cx: float, cy: float, r_in: float, r_out: float, start: float, end: float) -> str:
    """An annular sector from month ``start`` to ``end`` (clockwise) as a path."""
    large = 1 if end - start > 6 else 0
    x0, y0 = _point(cx, cy, r_out, start)
    x1, y1 = _point(cx, cy, r_out, end)
    x2, y2 = _point(cx, cy, r_in, end)
    x3, y3 = _point(cx, cy, r_in, start)
    return (
        f"M{x0:.1f},{y0:.1f} A{r_out:.1f},{r_out:.1f} 0 {large} 1 {x1:.1f},{y1:.1f} "
        f"L{x2:.1f},{y2:.1f} A{r_in:.1f},{r_in:.1f} 0 {large} 0 {x3:.1f},{y3:.1f} Z"
    )


def _draw(
    canvas: Canvas,
    at: Layout,
    arcs: list[Arc],
    legend: list[str],
    lanes: int,
    regular: list[Regular],
    unscheduled: list[Body],
    counts: list[int] | None,
    site: Site,
) -> Diagram:
    ui = site.ui
    r_out = at.size / 2 - 4
    cx = cy = at.size / 2
    r_months = r_out - 40  # the months' band: r_months .. r_out (wide enough for "maalis")
    r_hole = at.size * 0.13
    lane_w = min(24.0, (r_months - 6 - r_hole) / max(1, lanes))
    for month in range(1, 13):
        path = _sector(cx, cy, r_months, r_out, month, month + 1)
        fill = MONTH_FILLS[month % 2]
        canvas.add(f'<path d="{path}" fill="{fill}" stroke="#9e9e9e" stroke-width="1"/>')
        x, y = _point(cx, cy, (r_months + r_out) / 2, month + 0.5)
        canvas.text(x, y + 4, ui.month_short(month), SMALL, "600", "middle")
        # a thin spoke at each month's start, across the lanes
        x0, y0 = _point(cx, cy, r_hole, month)
        x1, y1 = _point(cx, cy, r_months, month)
        canvas.add(
            f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" '
            'stroke="#d0d0d0" stroke-width="1"/>'
        )
    canvas.text(cx, cy + 7, str(site.year), 20, "700", "middle")

    def lane_radii(lane: int) -> tuple[float, float]:
        outer = r_months - 4 - lane * lane_w
        return outer - lane_w + 2, outer

    for arc in arcs:
        r_in, r_lane = lane_radii(arc.lane)
        end = arc.end + 1 if arc.end >= arc.start else arc.end + 13
        path = _sector(cx, cy, r_in, r_lane, arc.start + 0.04, end - 0.04)
        canvas.add(f'<path d="{path}" fill="{arc.fill}" stroke="#ffffff" stroke-width="1"/>')
        x, y = _point(cx, cy, (r_in + r_lane) / 2, (arc.start + end) / 2)
        canvas.add(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="#ffffff" stroke="{arc.fill}" '
            'stroke-width="2"/>'
        )
        canvas.text(
            x, y + 4, str(arc.number), SMALL - 1 if arc.number > 9 else SMALL, "700", "middle"
        )
    for lane in regular:
        r_in, r_lane = lane_radii(lane.lane)
        for month in lane.months:
            path = _sector(cx, cy, r_in, r_lane, month + 0.08, month + 0.92)
            canvas.add(f'<path d="{path}" fill="{lane.fill}" stroke="#ffffff" stroke-width="1"/>')
    first_free = max((a.lane for a in arcs), default=-1) + 1 + len(regular)
    for i, _body in enumerate(unscheduled):
        r_in, r_lane = lane_radii(first_free + i)
        r = (r_in + r_lane) / 2
        canvas.add(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="none" stroke="{INK}" '
            'stroke-width="1.5" stroke-dasharray="5 4"/>'
        )
    if counts is not None:
        for month, count in enumerate(counts, start=1):
            x, y = _point(cx, cy, (r_hole + r_months) / 2, month + 0.5)
            canvas.text(x, y + 5, str(count), TEXT, "700", "middle")
    # the legend: a number (the arc's) or a dash (a dashed lane) and the words
    y = at.legend_y
    for i, line in enumerate(legend):
        numbered = arcs[i] if i < len(arcs) else None
        rhythm = regular[i - len(arcs)] if len(arcs) <= i < len(arcs) + len(regular) else None
        lines = wrap(line, at.legend_w - 30, TEXT, bold=False)
        if rhythm is not None:  # a swatch of the lane's colour
            canvas.add(
                f'<rect x="{at.legend_x + 2:.1f}" y="{y - 11:.1f}" width="16" height="14" '
                f'rx="3" fill="{rhythm.fill}"/>'
            )
        elif numbered is not None:
            canvas.add(
                f'<circle cx="{at.legend_x + 10:.1f}" cy="{y - 4:.1f}" r="9" fill="#ffffff" '
                f'stroke="{numbered.fill}" stroke-width="2"/>'
            )
            canvas.text(at.legend_x + 10, y, str(numbered.number), SMALL, "700", "middle")
        elif counts is None:
            canvas.add(
                f'<line x1="{at.legend_x + 1:.1f}" y1="{y - 4:.1f}" x2="{at.legend_x + 19:.1f}" '
                f'y2="{y - 4:.1f}" stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 4"/>'
            )
        for j, text in enumerate(lines):
            canvas.text(at.legend_x + 28, y + j * TEXT * 1.3, text, TEXT)
        y += len(lines) * TEXT * 1.3 + 8
    canvas.width = at.width
    canvas.height = max(at.size, y) + 4
    return canvas.diagram()
