"""The window's messages: the latest in the status bar, each one of the session kept.

A message can be longer than the status bar is wide (an import's counts and the file
of the rows to fix, in Portuguese or French): it then ends in "…" just before the
Messages button, and hovering it shows it whole. Clicking it, the Messages button or
View › Recent Messages… lists every message of the session with its time, newest
first, to read again or copy. A menu's status tip covers the message while the
pointer is on the menu; the message comes back afterwards (Qt's own temporary message
would have been wiped by it).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME

RECENT_LIMIT = 100  # the messages kept, newest first; older ones are dropped


@dataclass(frozen=True)
class SaidMessage:
    time: QTime
    text: str


class MessageLabel(QLabel):
    """The message on one line of plain text, cut with "…" to the width the status bar
    leaves it; its tool tip holds the whole text. ``clicked`` on a left click."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._message = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Takes the width left beside the permanent widgets, never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Message"))

    def message(self) -> str:
        return self._message

    def set_message(self, text: str) -> None:
        self._message = text
        self.setAccessibleDescription(text)
        if text:  # a click opens Recent Messages
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        self._fit()

    def is_cut(self) -> bool:
        return self.text() != " ".join(self._message.split())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()

    def _fit(self) -> None:
        line = " ".join(self._message.split())  # a message with line breaks on one line
        self.setText(self.fontMetrics().elidedText(
            line, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 0)))
        hint = self.tr("Click to see the recent messages.")
        self.setToolTip(f"{self._message}\n\n{hint}" if self._message else hint)


class RecentMessagesDialog(QDialog):
    """The session's messages, newest first, each with its time; plain text to select
    and copy (a file's path, the counts of an import). Follows new messages while open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent Messages"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Recent messages"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def show_messages(self, messages: list[SaidMessage]) -> None:
        if not messages:
            self.text.setPlainText(self.tr("No messages yet."))
            return
        locale = QLocale()
        self.text.setPlainText("\n\n".join(
            f"{locale.toString(said.time, QLocale.FormatType.ShortFormat)}  {said.text}"
            for said in messages))


class StatusMessages(QObject):
    """Says messages in ``window``'s status bar and keeps them for Recent Messages.

    Made before the window's other permanent widgets, so the Messages button sits right
    after the message."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._recent: deque[SaidMessage] = deque(maxlen=RECENT_LIMIT)
        self._dialog: RecentMessagesDialog | None = None
        self.label = MessageLabel()
        self.label.clicked.connect(self.show_recent)
        self.button = QToolButton()
        self.button.setText(self.tr("Messages"))
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("The messages shown here since {app} started")
                               .format(app=APP_NAME))
        self.button.clicked.connect(self.show_recent)
        bar = window.statusBar()
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.label.set_message(""))

    def say(self, text: str, timeout_ms: int = 30_000) -> None:
        """``text`` in the status bar for ``timeout_ms`` (0: until the next message),
        and first in Recent Messages for the rest of the session."""
        self.label.set_message(text)
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
        self._recent.appendleft(SaidMessage(QTime.currentTime(), text))
        if self._dialog is not None:
            self._dialog.show_messages(self.recent())

    def current(self) -> str:
        """The message the status bar shows now ("" once its time is over)."""
        return self.label.message()

    def recent(self) -> list[SaidMessage]:
        return list(self._recent)

    def show_recent(self) -> RecentMessagesDialog:
        """One Recent Messages window beside the main window (not modal)."""
        if self._dialog is None:
            self._dialog = RecentMessagesDialog(self._window)
        self._dialog.show_messages(self.recent())
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
        return self._dialog
