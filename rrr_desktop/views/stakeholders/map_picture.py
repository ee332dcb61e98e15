"""Painting the influence/interest map: the grid, a dot per stakeholder, legends and counts.

Used both by the map widget (on screen, any size) and for pictures (a fixed 16:9
size at twice the pixels, for slides). Colours come from the palette, so the map
reads in a dark theme too; the stage colours are viridis, a sequential palette
that stays in order for colour-blind readers and in greyscale print, and every
dot has an outline so the lightest and darkest stages show on any background.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from rrr_desktop.services.stakeholders.influence_map import SCORES, MapPoint, StakeholderMap
from rrr_desktop.views.common.labels import (
    collaboration_stage_label,
    long_date_label,
    stakeholder_kind_label,
)

# Viridis in six steps, light (not engaged) to dark (co-managing).
STAGE_COLOURS = {
    "not_engaged": QColor("#fde725"),
    "informed": QColor("#7ad151"),
    "consulted": QColor("#22a884"),
    "co_creating": QColor("#2a788e"),
    "co_implementing": QColor("#414487"),
    "co_managing": QColor("#440154"),
}
_STAGE_ORDER = {stage: index for index, stage in enumerate(STAGE_COLOURS)}
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
_MARGIN = 20.0
_HEADER = 52.0
_AXIS = 44.0
_QUADRANT = 22.0  # the band above and below the grid holding the quadrant names
_ROW = 19.0
_PANEL_GAP = 24.0 + _AXIS / 2  # between the grid and the bars panel
_COUNT_WIDTH = 44.0  # room for a bar's count
_MIN_BAR = 60.0

# lupdate reads translate("Context", "text") calls; self.tr() needs a QObject.
translate = QCoreApplication.translate


class _MapCounts(QObject):
    """Counted texts: ``self.tr(text, "", n)`` is what lupdate reads as plural forms."""

    def not_placed(self, count: int) -> str:
        return self.tr("%Ln not placed: influence or interest not set", "", count)

    def placed(self, total: int) -> str:
        return self.tr("{placed} of %Ln stakeholders placed · {day}", "", total)


@dataclass(frozen=True)
class _Dot:
    point: MapPoint
    dx: float  # -1..1 from the cell's centre, rightwards
    dy: float  # -1..1 from the cell's centre, downwards
    crowd: int  # dots in the same cell


def _dots(points: tuple[MapPoint, ...]) -> list[_Dot]:
    """Each cell's dots on a sunflower spiral: evenly spread, never random, and the
    same stage together (sorted by stage) so a cell's colours read at a glance."""
    cells: dict[tuple[int, int], list[MapPoint]] = {}
    for point in points:
        cells.setdefault((point.influence, point.interest), []).append(point)
    dots = []
    for members in cells.values():
        members.sort(key=lambda p: (_STAGE_ORDER.get(p.stage, 99), p.id))
        crowd = len(members)
        for k, point in enumerate(members):
            radius = math.sqrt((k + 0.5) / crowd) if crowd > 1 else 0.0
            angle = k * _GOLDEN_ANGLE
            dots.append(_Dot(point, radius * math.cos(angle), radius * math.sin(angle), crowd))
    return dots


def _font(base: QFont, delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() + delta))
    font.setBold(bold)
    return font


def fitted_name(name: str, width: float, base: QFont) -> tuple[QFont, str]:
    """A quadrant's name in bold, a point or two smaller where the language's words are
    long ("Gerenciar de perto", "Ściśle współpracować"); shortened only if even that
    does not fit ``width``."""
    for delta in (0.0, -1.0, -2.0):
        font = _font(base, delta, bold=True)
        if QFontMetricsF(font).horizontalAdvance(name) <= width:
            return font, name
    return font, QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, width)


def _faint(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


class MapPicture:
    """The map of one :class:`StakeholderMap`, paintable at any size."""

    def __init__(self, data: StakeholderMap | None, font: QFont | None = None,
                 filtered: bool = False) -> None:
        """``font`` is the one the picture is painted with: the bars panel is measured
        with it, so the longest label fits. ``filtered`` says whether the officer narrowed
        the register (an empty map then blames the filters, else the empty register)."""
        self.data = data
        self.filtered = filtered
        self._dots = _dots(data.points) if data is not None else []
        self._label_width = self._measure_labels(font or QFont())

    # --- geometry ------------------------------------------------------------

    def _stage_rows(self) -> list[tuple[str, int, QColor]]:
        data = self.data
        return [] if data is None else [
            (collaboration_stage_label(stage), count, STAGE_COLOURS[stage])
            for stage, count in data.by_stage]

    def _kind_rows(self, colour: QColor) -> list[tuple[str, int, QColor]]:
        data = self.data
        return [] if data is None else [
            (stakeholder_kind_label(kind), count, colour) for kind, count in data.by_kind]

    def _measure_labels(self, base: QFont) -> float:
        """The width of the longest bar label (0 with no bars)."""
        metrics = QFontMetricsF(_font(base, -1))
        labels = [label for label, _count, _colour in
                  self._stage_rows() + self._kind_rows(QColor())]
        return max((metrics.horizontalAdvance(label) for label in labels), default=0.0)

    def _panel_width(self, rect: QRectF) -> float:
        """Wide enough for the longest label and a bar, but never more than half the picture."""
        wanted = self._label_width + 8 + _MIN_BAR + _COUNT_WIDTH
        return min(max(210.0, wanted), rect.width() * 0.5)

    def grid_rect(self, rect: QRectF) -> QRectF:
        left = rect.left() + _MARGIN + _AXIS
        top = rect.top() + _MARGIN + _HEADER + _QUADRANT
        width = rect.right() - _MARGIN - self._panel_width(rect) - _PANEL_GAP - left
        height = rect.bottom() - _MARGIN - _AXIS - _QUADRANT - top
        side = max(50.0, min(width, height))
        return QRectF(left, top, side, side)

    def _dot_geometry(self, grid: QRectF) -> list[tuple[_Dot, QPointF, float]]:
        """Dot centres and radii: each cell's spiral is scaled to the cell, so every dot,
        outline included, stays inside its cell however crowded."""
        cell = grid.width() / len(SCORES)
        room = max(1.0, cell / 2 - 2)  # the spiral's radius, with its dots
        placed = []
        for dot in self._dots:
            # A sunflower of n dots in a disc of radius R has them about R·√(π/n) apart.
            share = 0.4 * math.sqrt(math.pi / dot.crowd)
            radius = min(7.0, room * share / (1 + share))
            spread = room - radius
            centre = QPointF(grid.left() + (dot.point.interest - 0.5) * cell + dot.dx * spread,
                             grid.bottom() - (dot.point.influence - 0.5) * cell
                             + dot.dy * spread)
            placed.append((dot, centre, radius))
        return placed

    def centre_of(self, rect: QRectF, stakeholder_id: int) -> QPointF | None:
        """Where the stakeholder's dot is drawn, if it is on the map."""
        return next((centre for dot, centre, _radius in self._dot_geometry(self.grid_rect(rect))
                     if dot.point.id == stakeholder_id), None)

    def point_at(self, rect: QRectF, position: QPointF) -> MapPoint | None:
        """The dot under ``position`` (the nearest, within a few pixels), if any."""
        best: tuple[float, MapPoint] | None = None
        for dot, centre, radius in self._dot_geometry(self.grid_rect(rect)):
            distance = math.hypot(centre.x() - position.x(), centre.y() - position.y())
            if distance <= radius + 3 and (best is None or distance < best[0]):
                best = (distance, dot.point)
        return best[1] if best else None

    # --- painting ------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette, base: QFont) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        data = self.data
        self._paint_header(painter, rect, palette, base)
        grid = self.grid_rect(rect)
        self._paint_grid(painter, grid, palette, base)
        for dot, centre, radius in self._dot_geometry(grid):
            painter.setBrush(STAGE_COLOURS.get(dot.point.stage, QColor("grey")))
            outline = QColor(palette.color(QPalette.ColorRole.WindowText))
            outline.setAlpha(150)
            painter.setPen(QPen(outline, 0.8))
            painter.drawEllipse(centre, radius, radius)
        self._paint_quadrant_names(painter, grid, palette, base)
        if data is not None and data.placed + data.unplaced:
            panel = QRectF(grid.right() + _PANEL_GAP, grid.top() - _QUADRANT,
                           rect.right() - _MARGIN - grid.right() - _PANEL_GAP,
                           rect.bottom() - _MARGIN - grid.top() + _QUADRANT)
            self._paint_panel(painter, panel, palette, base)

    def _paint_header(self, painter: QPainter, rect: QRectF, palette: QPalette,
                      base: QFont) -> None:
        text_rect = rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, 0)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(_font(base, 5, bold=True))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         translate("StakeholderMap", "Stakeholders by influence and interest"))
        data = self.data
        if data is None:
            subtitle = translate("StakeholderMap", "Loading…")
        elif data.placed + data.unplaced == 0:
            subtitle = (translate("StakeholderMap", "No stakeholder matches these filters.")
                        if self.filtered else
                        translate("StakeholderMap", "No stakeholders yet."))
        else:
            subtitle = _MapCounts().placed(data.placed + data.unplaced).format(
                placed=QLocale().toString(data.placed),
                day=long_date_label(date.today()))
        painter.setPen(_faint(palette))
        painter.setFont(_font(base))
        painter.drawText(text_rect.adjusted(0, 28, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, subtitle)

    def _paint_grid(self, painter: QPainter, grid: QRectF, palette: QPalette,
                    base: QFont) -> None:
        cell = grid.width() / len(SCORES)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(grid)
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(line, 0.6))
        for step in range(1, len(SCORES)):
            painter.drawLine(QPointF(grid.left() + step * cell, grid.top()),
                             QPointF(grid.left() + step * cell, grid.bottom()))
            painter.drawLine(QPointF(grid.left(), grid.top() + step * cell),
                             QPointF(grid.right(), grid.top() + step * cell))
        text = QColor(palette.color(QPalette.ColorRole.WindowText))
        painter.setPen(QPen(text, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        middle = grid.center()
        divider = QColor(text)
        divider.setAlpha(140)
        painter.setPen(QPen(divider, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(middle.x(), grid.top()), QPointF(middle.x(), grid.bottom()))
        painter.drawLine(QPointF(grid.left(), middle.y()), QPointF(grid.right(), middle.y()))
        self._paint_cell_counts(painter, grid, cell, palette, base)
        self._paint_axes(painter, grid, cell, palette, base)

    @staticmethod
    def _paint_quadrant_names(painter: QPainter, grid: QRectF, palette: QPalette,
                              base: QFont) -> None:
        """Outside the grid, above the top corners and below the axis numbers under the
        bottom ones, so no name covers a dot; each fits half the grid's width."""
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        half = grid.width() / 2 - 4
        above = grid.top() - _QUADRANT
        below = grid.bottom() + 18  # under the interest scores
        align = Qt.AlignmentFlag
        for name, x, y, flags in (
                (translate("StakeholderMap", "Keep satisfied"), grid.left(), above,
                 align.AlignLeft),
                (translate("StakeholderMap", "Manage closely"), grid.center().x() + 4, above,
                 align.AlignRight),
                (translate("StakeholderMap", "Monitor"), grid.left(), below, align.AlignLeft),
                (translate("StakeholderMap", "Keep informed"), grid.center().x() + 4, below,
                 align.AlignRight)):
            font, text = fitted_name(name, half, base)
            painter.setFont(font)
            painter.drawText(QRectF(x, y, half, _QUADRANT), flags | align.AlignVCenter, text)

    def _paint_cell_counts(self, painter: QPainter, grid: QRectF, cell: float,
                           palette: QPalette, base: QFont) -> None:
        if self.data is None or not self.data.sampled:
            return  # every dot is drawn: the dots are the count
        painter.setFont(_font(base, -1.5))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for count in self.data.cells:
            box = QRectF(grid.left() + (count.interest - 1) * cell,
                         grid.bottom() - count.influence * cell, cell, cell).adjusted(3, 2, -4,
                                                                                      -2)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             QLocale().toString(count.count))

    @staticmethod
    def _paint_axes(painter: QPainter, grid: QRectF, cell: float, palette: QPalette,
                    base: QFont) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(_font(base, -1))
        for score in SCORES:
            x = grid.left() + (score - 0.5) * cell
            painter.drawText(QRectF(x - 20, grid.bottom() + 2, 40, 18),
                             Qt.AlignmentFlag.AlignCenter, str(score))
            y = grid.bottom() - (score - 0.5) * cell
            painter.drawText(QRectF(grid.left() - 22, y - 9, 18, 18),
                             Qt.AlignmentFlag.AlignCenter, str(score))
        painter.setFont(_font(base, 0, bold=True))
        painter.drawText(QRectF(grid.left(), grid.bottom() + 18 + _QUADRANT, grid.width(), 20),
                         Qt.AlignmentFlag.AlignCenter,
                         translate("StakeholderMap", "Interest (low → high)"))
        painter.save()
        painter.translate(grid.left() - 30, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, -20, grid.height(), 20),
                         Qt.AlignmentFlag.AlignCenter,
                         translate("StakeholderMap", "Influence (low → high)"))
        painter.restore()

    def _paint_panel(self, painter: QPainter, panel: QRectF, palette: QPalette,
                     base: QFont) -> None:
        data = self.data
        assert data is not None
        label_width = min(self._label_width + 8, panel.width() - _MIN_BAR - _COUNT_WIDTH)
        top = self._paint_bars(painter, panel, panel.top(),
                               translate("StakeholderMap", "Collaboration stage"),
                               self._stage_rows(), label_width=label_width, palette=palette,
                               base=base)
        top = self._paint_bars(painter, panel, top + 14, translate("StakeholderMap", "Kind"),
                               self._kind_rows(palette.color(QPalette.ColorRole.Mid)),
                               label_width=label_width, palette=palette, base=base)
        notes = []
        if data.unplaced:
            notes.append(_MapCounts().not_placed(data.unplaced))
        if data.sampled:
            notes.append(translate(
                "StakeholderMap", "Dots for an even sample of {shown} of {placed}; the number in "
                "each cell counts all.").format(
                shown=QLocale().toString(len(data.points)),
                placed=QLocale().toString(data.placed)))
        painter.setFont(_font(base, -1))
        painter.setPen(_faint(palette))
        painter.drawText(QRectF(panel.left(), top + 12, panel.width(), panel.bottom() - top),
                         Qt.TextFlag.TextWordWrap, "\n".join(notes))

    @staticmethod
    def _paint_bars(painter: QPainter, panel: QRectF, top: float, heading: str,
                    rows: list[tuple[str, int, QColor]], *, label_width: float,
                    palette: QPalette, base: QFont) -> float:
        """A heading and one labelled bar per row; returns where the next block starts.
        Nothing (not even the heading) when there are no rows."""
        if not rows:
            return top
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        painter.setFont(_font(base, 0, bold=True))
        painter.drawText(QRectF(panel.left(), top, panel.width(), 20),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        top += 22
        painter.setFont(_font(base, -1))
        bar_width = panel.width() - label_width - _COUNT_WIDTH
        most = max((count for _label, count, _colour in rows), default=0) or 1
        outline = QColor(text)
        outline.setAlpha(150)
        for label, count, colour in rows:
            painter.setPen(text)
            painter.drawText(QRectF(panel.left(), top, label_width - 6, _ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(
                                 label, Qt.TextElideMode.ElideRight, int(label_width - 6)))
            length = max(2.0, bar_width * count / most) if count else 0.0
            painter.setPen(QPen(outline, 0.8))
            painter.setBrush(colour)
            painter.drawRect(QRectF(panel.left() + label_width, top + 4, length, _ROW - 8))
            painter.setPen(text)
            painter.drawText(QRectF(panel.left() + label_width + length + 4, top, 60, _ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QLocale().toString(count))
            top += _ROW
        return top
