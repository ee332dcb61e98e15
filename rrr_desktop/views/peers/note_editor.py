"""Our private note about a peer, saved automatically and never lost.

Typing saves after a short pause, and leaving the note (another peer, another page,
the editor losing focus) saves at once. A save that fails keeps the text in the
editor, and in memory if the officer moves on, says so, and is retried on the next
change or departure.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from rrr_desktop.views.common.writes import write_in_background

SAVE_DELAY_MS = 800

SaveNote = Callable[[UUID, str], None]


class PeerNoteEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save: SaveNote | None = None
        self.city: UUID | None = None
        self._unsaved: dict[UUID, str] = {}
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        title = QLabel(self.tr("&Our notes (private, never shared)"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Our private notes about this city"))
        self.editor.setPlaceholderText(self.tr(
            "Contacts, what was agreed, what to ask next time… Saved automatically."))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._changed)
        self.editor.installEventFilter(self)
        title.setBuddy(self.editor)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        self.setEnabled(False)

    def set_saver(self, save: SaveNote) -> None:
        """``save(city, text)`` runs on a worker thread and raises when it fails."""
        self._save = save

    def show_note(self, city: UUID | None, saved_text: str) -> None:
        """Show a peer's note (unsaved text of an earlier failed save wins)."""
        if city != self.city:
            self.save_now()
        self.city = city
        self._loading = True
        self.editor.setPlainText(self._unsaved.get(city, saved_text) if city else "")
        self._loading = False
        self.setEnabled(city is not None)
        self.status.setText(self.tr("Not saved yet: the last save failed.")
                            if city in self._unsaved else "")

    def save_now(self) -> None:
        self.timer.stop()
        city = self.city
        if city is None or city not in self._unsaved or self._save is None:
            return
        text, save = self._unsaved[city], self._save
        write_in_background(self, lambda: save(city, text),
                          lambda _: self._saved(city, text), self._failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    def _changed(self) -> None:
        if self._loading or self.city is None:
            return
        self._unsaved[self.city] = self.editor.toPlainText()
        self.status.setText(self.tr("Saving…"))
        self.timer.start()

    def _saved(self, city: UUID, text: str) -> None:
        if self._unsaved.get(city) == text:
            del self._unsaved[city]
        if city == self.city and city not in self._unsaved:
            self.status.setText(self.tr("Saved."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr(
            "The note could not be saved: {problem} Your text is kept here and will be saved "
            "again when you type or leave the note.").format(problem=error))
