"""Charts drawn as vector graphics: count bars and the influence/interest map.

Designed for greyscale printers: bars carry their value as text, and each stage
on the map has its own marker shape as well as its own shade.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import LABEL_SIZE, fitted, plain
from rrr_desktop.services.briefs.fonts import BOLD, ITALIC, REGULAR
from rrr_desktop.services.briefs.inputs import Count, MapPoint
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.styles import (
    BAR,
    INK,
    MUTED,
    QUADRANT_FILL,
    RULE,
    STAGE_SHADES,
)

BAR_PITCH = 16
BAR_HEIGHT = 10
CELL = 46  # one square of the 5x5 map, in points
MARKER = 6.5
MARKER_PITCH = 10
MARKERS_PER_ROW = 4
SCALE = 5  # influence and interest run from 1 to 5
HIGH_FROM = 3  # on that scale, values from this one are high


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in our font: reportlab's would start in Helvetica, declared
    in the file but never embedded, which PDF/A forbids."""
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)


def bar_chart(title: str, counts: Sequence[Count], width: float, labels: Labels) -> Drawing:
    """Horizontal bars, one per label, with the count printed after each bar (grouped as
    the brief's language groups digits)."""
    title_height = 20
    height = title_height + BAR_PITCH * max(len(counts), 1) + 4
    drawing = _drawing(width, height)
    drawing.add(String(0, height - 12, fitted(title, width, BOLD, 9.5), fontName=BOLD,
                       fontSize=9.5, fillColor=INK))
    widest = max((stringWidth(plain(c.label), REGULAR, LABEL_SIZE) for c in counts), default=0)
    label_width = min(widest + 8, width * 0.45)
    value_room = 30
    bar_room = width - label_width - value_room
    largest = max((c.count for c in counts), default=0) or 1
    top = height - title_height
    drawing.add(Line(label_width, top + 2, label_width, top - BAR_PITCH * len(counts),
                     strokeColor=RULE, strokeWidth=0.6))
    for index, item in enumerate(counts):
        y = top - BAR_PITCH * (index + 1) + (BAR_PITCH - BAR_HEIGHT) / 2
        drawing.add(String(label_width - 5, y + 2, fitted(item.label, label_width - 8),
                           fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK,
                           textAnchor="end"))
        bar = bar_room * item.count / largest
        if bar > 0:
            drawing.add(Rect(label_width, y, bar, BAR_HEIGHT, fillColor=BAR, strokeColor=None))
        drawing.add(String(label_width + bar + 4, y + 2, labels.number(item.count), fontName=BOLD,
                           fontSize=LABEL_SIZE, fillColor=INK))
    return drawing


def marker(index: int, x: float, y: float, size: float = MARKER) -> Circle | Rect | Polygon:
    """The mark of the ``index``-th stage centred on (x, y): shape and shade both vary."""
    fill = STAGE_SHADES[index % len(STAGE_SHADES)]
    r = size / 2
    common: dict[str, object] = {"fillColor": fill, "strokeColor": INK, "strokeWidth": 0.5}
    shape = index % 6
    if shape == 0:
        return Circle(x, y, r, **common)
    if shape == 1:
        return Rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, **common)
    points = {
        2: [x - r, y - r * 0.85, x + r, y - r * 0.85, x, y + r],      # triangle up
        3: [x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y],  # diamond
        4: [x - r, y + r * 0.85, x + r, y + r * 0.85, x, y - r],      # triangle down
        5: [x - r, y, x - r / 2, y + r, x + r / 2, y + r, x + r, y,   # hexagon
            x + r / 2, y - r, x - r / 2, y - r],
    }[shape]
    return Polygon(points, **common)


def _sample(stage_indexes: list[int], slots: int) -> list[int]:
    """``slots`` stage indexes in proportion to their share of ``stage_indexes``."""
    counts = Counter(stage_indexes)
    total = len(stage_indexes)
    quotas = {s: slots * n / total for s, n in counts.items()}
    chosen = {s: int(q) for s, q in quotas.items()}
    for s in sorted(quotas, key=lambda s: quotas[s] - chosen[s], reverse=True):
        if sum(chosen.values()) >= slots:
            break
        chosen[s] += 1
    return sorted(s for s, n in chosen.items() for _ in range(n))


def _stage_order(points: Sequence[MapPoint], stages: Sequence[str]) -> list[str]:
    order = list(dict.fromkeys(stages))
    order += [p.stage for p in points if p.stage not in order]
    return list(dict.fromkeys(order))


def _clamped(value: int) -> int:
    return min(max(value, 1), SCALE)


def influence_interest_map(points: Sequence[MapPoint], stages: Sequence[str],
                           labels: Labels, width: float) -> Drawing:
    """A 5x5 grid, interest across and influence up, one mark per stakeholder, with a
    legend of the stages. Values from 3 count as high: the quadrant lines run between
    2 and 3, and the "manage closely" block (both high) is shaded."""
    grid = CELL * SCALE
    left, bottom = 34, 44
    height = bottom + grid + 22
    drawing = _drawing(width, height)
    top = bottom + grid
    split = CELL * (HIGH_FROM - 1)
    drawing.add(Rect(left + split, bottom + split, grid - split, grid - split,
                     fillColor=QUADRANT_FILL, strokeColor=None))
    for step in range(SCALE + 1):
        offset = step * CELL
        drawing.add(Line(left + offset, bottom, left + offset, top, strokeColor=RULE,
                         strokeWidth=0.4))
        drawing.add(Line(left, bottom + offset, left + grid, bottom + offset,
                         strokeColor=RULE, strokeWidth=0.4))
    for line in (Line(left + split, bottom, left + split, top),
                 Line(left, bottom + split, left + grid, bottom + split)):
        line.strokeColor, line.strokeWidth = MUTED, 1.2
        drawing.add(line)
    _quadrant_names(drawing, labels, left, bottom, grid)
    _axes(drawing, labels, left, bottom, grid)
    order = _stage_order(points, stages)
    _marks(drawing, points, order, left, bottom)
    _legend(drawing, points, order, labels, x=left + grid + 22, top=top,
            width=width - left - grid - 22)
    return drawing


def _quadrant_names(drawing: Drawing, labels: Labels, left: float, bottom: float,
                    grid: float) -> None:
    room = grid / 2 - 4
    names = (
        (labels("keep_satisfied"), left, bottom + grid + 6, "start"),
        (labels("manage_closely"), left + grid, bottom + grid + 6, "end"),
        (labels("monitor"), left, bottom - 26, "start"),
        (labels("keep_informed"), left + grid, bottom - 26, "end"),
    )
    for text, x, y, anchor in names:
        drawing.add(String(x, y, fitted(text, room, ITALIC, 8), fontName=ITALIC, fontSize=8,
                           fillColor=MUTED, textAnchor=anchor))


def _axes(drawing: Drawing, labels: Labels, left: float, bottom: float, grid: float) -> None:
    """Values 1 to 5 along both axes, and the axes' names."""
    for value in range(1, SCALE + 1):
        centre = (value - 0.5) * CELL
        drawing.add(String(left + centre, bottom - 11, str(value), fontName=REGULAR,
                           fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
        drawing.add(String(left - 5, bottom + centre - 3, str(value), fontName=REGULAR,
                           fontSize=7.5, fillColor=MUTED, textAnchor="end"))
    drawing.add(_axis_name(labels("interest"), grid * 0.4, left + grid / 2, bottom - 26))
    axis = _axis_name(labels("influence"), grid * 0.8, 0, 0)
    axis.transform = (0, 1, -1, 0, left - 18, bottom + grid / 2)
    drawing.add(axis)


ARROW = 9  # the arrow after an axis's name, in points


def _axis_name(name: str, width: float, x: float, y: float) -> Group:
    """An axis's name centred on (x, y), followed by an arrow pointing the way values
    grow. The arrow is drawn, not typed: the brief's fonts carry no arrow character."""
    text = fitted(name, width - ARROW - 3, BOLD)
    half = (stringWidth(text, BOLD, LABEL_SIZE) + 3 + ARROW) / 2
    middle = y + LABEL_SIZE * 0.33
    tip = x + half
    return Group(
        String(x - half, y, text, fontName=BOLD, fontSize=LABEL_SIZE, fillColor=INK),
        Line(tip - ARROW, middle, tip - 2, middle, strokeColor=INK, strokeWidth=1),
        Polygon([tip, middle, tip - 3.5, middle + 2.5, tip - 3.5, middle - 2.5],
                fillColor=INK, strokeColor=None))


def _marks(drawing: Drawing, points: Sequence[MapPoint], order: list[str], left: float,
           bottom: float) -> None:
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for point in points:
        cells[(_clamped(point.interest), _clamped(point.influence))].append(
            order.index(point.stage))
    capacity = MARKERS_PER_ROW * MARKERS_PER_ROW
    for (interest, influence), indexes in cells.items():
        x0 = left + (interest - 1) * CELL
        y0 = bottom + (influence - 1) * CELL
        shown = sorted(indexes)
        if len(indexes) > capacity:
            shown = _sample(indexes, capacity - MARKERS_PER_ROW)
            drawing.add(String(x0 + CELL - 4, y0 + CELL - 10, str(len(indexes)),
                               fontName=BOLD, fontSize=8, fillColor=INK, textAnchor="end"))
        for slot, stage_index in enumerate(shown):
            row, column = divmod(slot, MARKERS_PER_ROW)
            x = x0 + 8 + column * MARKER_PITCH
            y = y0 + 8 + row * MARKER_PITCH
            drawing.add(marker(stage_index, x, y))


def _legend(drawing: Drawing, points: Sequence[MapPoint], order: list[str], labels: Labels,
            *, x: float, top: float, width: float) -> None:
    counts = Counter(p.stage for p in points)
    drawing.add(String(x, top - 8, fitted(labels("col_stage"), width, BOLD), fontName=BOLD,
                       fontSize=LABEL_SIZE, fillColor=INK))
    for index, stage in enumerate(order):
        y = top - 26 - index * 15
        drawing.add(marker(index, x + 4, y + 3, 7.5))
        text = f"{stage} ({labels.number(counts.get(stage, 0))})"
        drawing.add(String(x + 14, y, fitted(text, width - 14), fontName=REGULAR,
                           fontSize=LABEL_SIZE, fillColor=INK))

