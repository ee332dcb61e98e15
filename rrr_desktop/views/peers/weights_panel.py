"""The matching weights, adjustable: one spin box per criterion with what it means and
its default. Every change re-ranks the list at once and is kept (``matching.weights``)
for the window, the command line and the briefs alike."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from rrr_desktop.views.common.city_view import plain_label

if TYPE_CHECKING:
    from rrr_desktop.services.peers.matching import Weights

MAX_WEIGHT = 100.0


def weight_name(name: str) -> str:
    names = {
        "learn": QCoreApplication.translate("WeightsPanel", "They &teach what you want"),
        "teach": QCoreApplication.translate("WeightsPanel", "You teach what they &want"),
        "reciprocity": QCoreApplication.translate("WeightsPanel", "Two-way e&xchange"),
        "maturity_gap": QCoreApplication.translate("WeightsPanel", "&Maturity gap"),
        "related": QCoreApplication.translate("WeightsPanel", "Re&lated topics"),
        "shared_challenge": QCoreApplication.translate("WeightsPanel", "&Shared challenges"),
        "free_text": QCoreApplication.translate("WeightsPanel", "&Own-words matches"),
    }
    return names[name]


def weight_description(name: str) -> str:
    descriptions = {
        "learn": QCoreApplication.translate(
            "WeightsPanel", "Points per topic you want to learn that they offer."),
        "teach": QCoreApplication.translate(
            "WeightsPanel", "Points per topic they want to learn that you offer."),
        "reciprocity": QCoreApplication.translate(
            "WeightsPanel", "Points once, when the exchange goes both ways."),
        "maturity_gap": QCoreApplication.translate(
            "WeightsPanel", "Times the teacher's lead in self-assessed maturity, out of 10."),
        "related": QCoreApplication.translate(
            "WeightsPanel", "Share of a direct match for a related topic (0.25 = a quarter)."),
        "shared_challenge": QCoreApplication.translate(
            "WeightsPanel", "Points per challenge or wish you both have."),
        "free_text": QCoreApplication.translate(
            "WeightsPanel", "Share of a direct match for topics in own words that match."),
    }
    return descriptions[name]


class WeightsPanel(QGroupBox):
    """Emits ``changed(weights)`` on every edit, ``reset_requested`` for the defaults."""

    changed = Signal(object)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Weights: how much each reason counts"))
        self._weights: Weights | None = None
        self.boxes: dict[str, QDoubleSpinBox] = {}
        self._grid = QGridLayout(self)
        self.reset = QPushButton(self.tr("&Reset to defaults"))
        self.reset.setAccessibleName(self.tr("Reset the weights to their defaults"))
        self.reset.setToolTip(self.reset.accessibleName())
        self.reset.clicked.connect(self.reset_requested)

    def show_weights(self, weights: Weights, defaults: Weights) -> None:
        """Show ``weights`` (building the boxes the first time) without emitting ``changed``."""
        self._weights = weights
        for row, weight in enumerate(fields(weights)):
            box = self.boxes.get(weight.name)
            if box is None:
                box = self._add_row(row, weight.name, getattr(defaults, weight.name))
            box.blockSignals(True)
            box.setValue(getattr(weights, weight.name))
            box.blockSignals(False)
        self._grid.addWidget(self.reset, len(self.boxes), 0, 1, 3)

    def _add_row(self, row: int, name: str, default: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, MAX_WEIGHT)
        box.setDecimals(2)
        box.setSingleStep(0.25)
        label = QLabel(weight_name(name))
        label.setBuddy(box)
        box.setAccessibleName(label.text().replace("&", ""))
        description = plain_label(self.tr("{description} Default: {default}.").format(
            description=weight_description(name), default=QLocale().toString(default, "g", 6)))
        box.setAccessibleDescription(description.text())
        box.valueChanged.connect(lambda value, key=name: self._edited(key, value))
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(box, row, 1)
        self._grid.addWidget(description, row, 2)
        self._grid.setColumnStretch(2, 1)
        self.boxes[name] = box
        return box

    def _edited(self, name: str, value: float) -> None:
        if self._weights is None:
            return
        self._weights = replace(self._weights, **{name: value})
        self.changed.emit(self._weights)
