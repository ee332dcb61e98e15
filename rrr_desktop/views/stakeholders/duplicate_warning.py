"""The "may already be in the register" box under the stakeholder form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import duplicate_reason_label

if TYPE_CHECKING:
    from rrr_desktop.services.stakeholders.duplicates import SimilarStakeholder


class DuplicateWarning(QFrame):
    """Lists similar records as plain text, each with an Open button; hidden when none."""

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Possible duplicates"))
        self._grid = QGridLayout(self)
        self.similar: list[SimilarStakeholder] = []
        self.hide()

    def show_similar(self, found: Sequence[SimilarStakeholder]) -> None:
        self.similar = list(found)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.setVisible(bool(found))
        if not found:
            return
        self._grid.addWidget(plain_label(self.tr("This may already be in the register:"),
                                         bold=True), 0, 0, 1, 2)
        for row, similar in enumerate(found, start=1):
            text = self.tr("{name} ({reasons})").format(
                name=similar.name,
                reasons=", ".join(duplicate_reason_label(r) for r in similar.reasons))
            if similar.archived:
                text += " · " + self.tr("archived")
            self._grid.addWidget(plain_label(text), row, 0)
            button = QPushButton(self.tr("Open"))
            button.setAccessibleName(self.tr("Open {name}").format(name=similar.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, i=similar.id: self.openRequested.emit(i))
            self._grid.addWidget(button, row, 1)
        self._grid.setColumnStretch(0, 1)
