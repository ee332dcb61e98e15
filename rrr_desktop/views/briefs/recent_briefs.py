"""The briefs generated before: reopen one in the preview, forget it, open the folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.labels import moment_label

if TYPE_CHECKING:
    from rrr_desktop.services.briefs.history import RecentBrief

ID_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentBriefsList(QWidget):
    """Emits ``openRequested(path)`` and ``forgetRequested(record id)``."""

    openRequested = Signal(Path)
    forgetRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recent briefs"))
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open = QPushButton(self.tr("&Open"))
        self.open.setToolTip(self.tr("Show the selected brief again"))
        self.open.clicked.connect(self._open)
        self.forget = QPushButton(self.tr("&Forget"))
        self.forget.setToolTip(self.tr("Remove from this list; the file is kept"))
        self.forget.clicked.connect(self._forget)
        self.open_folder = QPushButton(self.tr("Open &folder"))
        self.open_folder.setToolTip(self.tr("Show the folder that holds the selected brief"))
        self.open_folder.clicked.connect(self._open_folder)
        buttons = QHBoxLayout()
        for button in (self.open, self.forget, self.open_folder):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_briefs(self, briefs: list[RecentBrief], folder: Path) -> None:
        self.folder = folder
        self.list.clear()
        for brief in briefs:
            # When first: a narrow list cuts the end of the title, never the time.
            text = f"{moment_label(brief.created_at)} — {brief.title}"
            if not brief.exists:
                text += " " + self.tr("(file missing: moved or deleted)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, brief.id)
            item.setData(PATH_ROLE, str(brief.path))
            item.setToolTip(f"{text}\n{brief.path}")  # the whole title, where it is kept
            if not brief.exists:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        if not briefs:
            placeholder = QListWidgetItem(self.tr("No brief saved yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._update_buttons()

    def _current(self) -> QListWidgetItem | None:
        item = self.list.currentItem()
        return item if item is not None and item.data(ID_ROLE) is not None else None

    def _update_buttons(self) -> None:
        item = self._current()
        self.open.setEnabled(item is not None and Path(item.data(PATH_ROLE)).is_file())
        self.forget.setEnabled(item is not None)

    def _open(self) -> None:
        item = self._current()
        if item is not None and Path(item.data(PATH_ROLE)).is_file():
            self.openRequested.emit(Path(item.data(PATH_ROLE)))

    def _forget(self) -> None:
        item = self._current()
        if item is not None:
            self.forgetRequested.emit(int(item.data(ID_ROLE)))

    def _open_folder(self) -> None:
        item = self._current()
        folder = Path(item.data(PATH_ROLE)).parent if item is not None else self.folder
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
