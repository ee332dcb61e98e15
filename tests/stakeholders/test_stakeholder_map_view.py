"""The map widget's pictures (views.stakeholder_map)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from rrr_desktop.services.stakeholders.influence_map import CellCount, MapPoint, StakeholderMap
from rrr_desktop.views.stakeholders.map_picture import MapPicture, fitted_name
from rrr_desktop.views.stakeholders.map_view import PICTURE_SCALE, PICTURE_SIZE, StakeholderMapView

DATA = StakeholderMap(
    points=(MapPoint(7, "<b>Bold Co-op</b>", 5, 5, "co_managing", "cooperative"),
            MapPoint(8, "Quiet Trust", 1, 1, "not_engaged", "foundation")),
    cells=(CellCount(1, 1, 1), CellCount(5, 5, 1)), placed=2, unplaced=3,
    by_kind=(("cooperative", 3), ("foundation", 2)),
    by_stage=(("not_engaged", 4), ("informed", 0), ("consulted", 0), ("co_creating", 0),
              ("co_implementing", 0), ("co_managing", 1)))


def view(qtbot: QtBot) -> StakeholderMapView:
    widget = StakeholderMapView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.show_map(DATA)
    return widget


def test_names_are_shown_as_typed_and_dots_sit_in_their_cells(qtbot: QtBot) -> None:
    widget = view(qtbot)
    canvas = widget.canvas
    bold, quiet = canvas.dot_position(7), canvas.dot_position(8)
    assert bold is not None and quiet is not None
    assert bold.x() > quiet.x() and bold.y() < quiet.y()  # high interest right, influence up
    assert canvas.tooltip_at(bold).splitlines()[0] == "<b>Bold Co-op</b>"
    assert canvas.tooltip_at(quiet).splitlines()[1] == "Not engaged · Foundation"
    assert "2 stakeholders placed" in canvas.accessibleDescription()


def test_pictures_are_slide_sized_at_twice_the_pixels(qtbot: QtBot, tmp_path: Path) -> None:
    widget = view(qtbot)
    target = tmp_path / "map.png"
    assert widget.save_picture(target)
    picture = QImage(str(target))
    assert (picture.width(), picture.height()) == (PICTURE_SIZE.width() * PICTURE_SCALE,
                                                   PICTURE_SIZE.height() * PICTURE_SCALE)
    widget.copy_picture()
    assert QGuiApplication.clipboard().image().width() == picture.width()


def test_a_picture_that_cannot_be_written_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    widget = view(qtbot)
    assert not widget.save_picture(tmp_path / "missing folder" / "map.png")
    assert not (tmp_path / "missing folder").exists()


def test_dots_of_a_crowded_cell_stay_inside_it_at_any_size() -> None:
    crowd = tuple(MapPoint(n, f"S{n}", 5, 1, "informed", "cooperative") for n in range(80))
    data = StakeholderMap(points=crowd, cells=(CellCount(5, 1, 80),), placed=80, unplaced=0,
                          by_kind=(("cooperative", 80),), by_stage=(("informed", 80),))
    picture = MapPicture(data)
    for size in ((1100, 650), (800, 500), (420, 300)):
        rect = QRectF(0, 0, *size)
        grid = picture.grid_rect(rect)
        cell = grid.width() / 5
        top_left = QRectF(grid.left(), grid.top(), cell, cell).adjusted(2, 2, -2, -2)
        for point in crowd:
            centre = picture.centre_of(rect, point.id)
            assert centre is not None and top_left.contains(centre)


def test_the_bars_panel_fits_the_longest_label() -> None:
    data = StakeholderMap(points=(), cells=(), placed=0, unplaced=2,
                          by_kind=(("association", 1), ("network", 1)), by_stage=())
    picture = MapPicture(data)
    rect = QRectF(0, 0, 900, 600)
    longest = QFontMetricsF(QFont()).horizontalAdvance("Association / non-profit")
    panel = rect.right() - 20 - picture.grid_rect(rect).right() - 24 - 22  # margin, gap
    assert panel - 60 - 44 >= longest  # room for the label, a bar and its count


def test_long_quadrant_names_shrink_a_little_before_they_are_cut(qapp: object) -> None:
    """Portuguese and Polish quadrant names were cut ("Gerenciar de pe…", "Ściśle
    współprac…") at the usual window size: they are now set a point or two smaller."""
    base = QFont()
    base.setPointSizeF(9)
    for name in ("Gerenciar de perto", "Ściśle współpracować", "Keep satisfied"):
        width = QFontMetricsF(QFont(base)).horizontalAdvance(name) * 0.9  # too narrow at 9 pt
        font, shown = fitted_name(name, width, base)
        assert shown == name and font.pointSizeF() < 9
        assert QFontMetricsF(font).horizontalAdvance(shown) <= width
    font, shown = fitted_name("Ściśle współpracować", 40, base)
    assert shown.endswith("…") and font.pointSizeF() == 7  # far too narrow: cut at the end
