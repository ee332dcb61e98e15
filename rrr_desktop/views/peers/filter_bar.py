"""The filters above the peer list: name, topic, language, region, and "Show hidden"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.vocabulary import topic_description
from rrr_desktop.text import normalise
from rrr_desktop.views.common.city_view import language_name

if TYPE_CHECKING:
    from rrr_desktop.services.peers.world import World


class PeerFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cities (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search peer cities by name"))
        self.search.setClearButtonEnabled(True)
        self.topic = self._combo(self.tr("Filter by topic"))
        self.language = self._combo(self.tr("Filter by language"))
        self.region = self._combo(self.tr("Filter by region or country"))
        self.show_hidden = QCheckBox(self.tr("Show &hidden"))
        self.show_hidden.toggled.connect(self.changed)
        top, choices = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_hidden)
        for text, combo in ((self.tr("&Topic:"), self.topic),
                            (self.tr("&Language:"), self.language),
                            (self.tr("Re&gion:"), self.region)):
            label = QLabel(text)
            label.setBuddy(combo)
            choices.addWidget(label)
            choices.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(choices)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(3)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def fill(self, world: World) -> None:
        """The choices the network offers; the current choices stay when still there."""
        topics = sorted(world.topics.labels.items(), key=lambda item: normalise(item[1]))
        languages = sorted({code for c in world.cities for code in c.languages},
                           key=lambda code: normalise(language_name(code)))
        regions = sorted({c.region for c in world.cities if c.region}, key=normalise)
        self._refill(self.topic, self.tr("Any topic"), topics)
        self._refill(self.language, self.tr("Any language"),
                     [(code, language_name(code)) for code in languages])
        self._refill(self.region, self.tr("Any region"), [(r, r) for r in regions])
        for index in range(1, self.topic.count()):  # what each topic covers, on hover
            self.topic.setItemData(index, topic_description(self.topic.itemData(index)),
                                   Qt.ItemDataRole.ToolTipRole)

    def _refill(self, combo: QComboBox, anything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for code, text in choices:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def topic_id(self) -> str | None:
        return self.topic.currentData() or None

    def languages(self) -> frozenset[str]:
        code = self.language.currentData()
        return frozenset({code}) if code else frozenset()

    def regions(self) -> frozenset[str]:
        region = self.region.currentData()
        return frozenset({region}) if region else frozenset()
