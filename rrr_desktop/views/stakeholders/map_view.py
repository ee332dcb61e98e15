"""The stakeholder map: influence/interest grid, hover for a name, click to open; pictures.

``StakeholderMapView`` is the widget the list page shows beside its list: the
painted map (``MapCanvas``) and two buttons, Copy Picture and Save Picture….
Pictures are 1280x720 at twice the pixels, to paste into a slide.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QHelpEvent,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME
from rrr_desktop.files import atomic_file
from rrr_desktop.services.stakeholders.influence_map import MapPoint, StakeholderMap
from rrr_desktop.views.common.labels import collaboration_stage_label, stakeholder_kind_label
from rrr_desktop.views.stakeholders.map_picture import MapPicture

PICTURE_SIZE = QSize(1280, 720)
PICTURE_SCALE = 2


class MapCanvas(QWidget):
    """Paints a :class:`MapPicture`; hover shows a dot's name, a click emits its id."""

    stakeholderActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = MapPicture(None)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 260)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Stakeholder map"))

    def show_map(self, data: StakeholderMap, filtered: bool = False) -> None:
        """``filtered``: the officer narrowed the register (see :class:`MapPicture`)."""
        self.picture = MapPicture(data, self.font(), filtered)
        self.setAccessibleDescription(self.tr(
            "{placed} stakeholders placed by influence and interest; {unplaced} not placed. "
            "The list shows the same stakeholders.").format(placed=data.placed,
                                                            unplaced=data.unplaced))
        self.update()

    def point_at(self, position: QPointF) -> MapPoint | None:
        return self.picture.point_at(QRectF(self.rect()), position)

    def dot_position(self, stakeholder_id: int) -> QPointF | None:
        return self.picture.centre_of(QRectF(self.rect()), stakeholder_id)

    def tooltip_at(self, position: QPointF) -> str:
        """Plain text for the dot under ``position`` ("" if none): name, stage, kind."""
        point = self.point_at(position)
        if point is None:
            return ""
        return self.tr("{name}\n{stage} · {kind}\nInfluence {influence}, interest {interest}"
                       ).format(name=point.name, stage=collaboration_stage_label(point.stage),
                                kind=stakeholder_kind_label(point.kind),
                                influence=point.influence, interest=point.interest)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.picture.paint(painter, QRectF(self.rect()), self.palette(), self.font())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:  # QToolTip reads markup: escape, so names show literally
                QToolTip.showText(event.globalPos(), "<p style='white-space:pre'>"
                                  + html.escape(text) + "</p>", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.point_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and point is not None:
            self.stakeholderActivated.emit(point.id)
        super().mouseReleaseEvent(event)

    def image(self) -> QImage:
        """The map as a slide picture: 16:9, twice the pixels, in this widget's colours."""
        image = QImage(PICTURE_SIZE * PICTURE_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(PICTURE_SCALE)
        painter = QPainter(image)
        self.picture.paint(painter, QRectF(0, 0, PICTURE_SIZE.width(), PICTURE_SIZE.height()),
                           self.palette(), self.font())
        painter.end()
        return image


class StakeholderMapView(QWidget):
    """The canvas with Copy Picture and Save Picture… beneath it."""

    stakeholderActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = MapCanvas()
        self.canvas.stakeholderActivated.connect(self.stakeholderActivated)
        self.copy_button = QPushButton(self.tr("&Copy Picture"))
        self.copy_button.setToolTip(self.tr("Copy the map to paste it into a slide or document"))
        self.copy_button.clicked.connect(self.copy_picture)
        self.save_button = QPushButton(self.tr("Save &Picture…"))
        self.save_button.setToolTip(self.tr("Save the map as a PNG picture"))
        self.save_button.clicked.connect(self.choose_picture_file)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)

    def show_map(self, data: StakeholderMap, filtered: bool = False) -> None:
        self.canvas.show_map(data, filtered)

    def copy_picture(self) -> None:
        QGuiApplication.clipboard().setImage(self.canvas.image())

    def choose_picture_file(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Save the map as a picture"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("PNG picture (*.png)")])
        chooser.setDefaultSuffix("png")
        chooser.selectFile("stakeholder-map.png")
        chooser.fileSelected.connect(lambda name: self.save_picture(Path(name)))
        chooser.open()
        return chooser

    def save_picture(self, path: Path) -> bool:
        """Write the picture as PNG (whole or not at all); say so if it cannot be written."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(self.canvas.image())
        try:
            with atomic_file(path, "wb", shared=True) as handle:
                handle.write(data.data())
        except OSError as error:
            QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.tr(
                "The picture could not be saved to {file}: {reason}. Choose another folder "
                "or name.").format(file=path, reason=error.strerror or error),
                QMessageBox.StandardButton.Ok, self).open()
            return False
        return True
