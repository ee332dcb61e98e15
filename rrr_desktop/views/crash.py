"""Unexpected errors never kill the app silently: they are logged and shown.

:class:`ErrorReporter` becomes ``sys.excepthook`` and ``threading.excepthook``;
PySide6 hands exceptions raised in slots and event handlers to ``sys.excepthook``
too. The report reaches the GUI thread through a queued signal, where one
:class:`CrashDialog` says what failed and where the log file is.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def describe_failure(error: BaseException) -> str:
    """``ZeroDivisionError: division by zero (peers.py, line 40, in refresh)``."""
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    frames = traceback.extract_tb(error.__traceback__)
    if frames:
        last = frames[-1]
        text += f" ({Path(last.filename).name}, line {last.lineno}, in {last.name})"
    return text


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages_to_log() -> None:
    """Qt's own warnings go to the log file, where support can read them, not to a console."""
    qInstallMessageHandler(_log_qt_message)


def report_unexpected(error: BaseException) -> None:
    """Hand an exception caught elsewhere (e.g. from a worker) to the installed hook."""
    sys.excepthook(type(error), error, error.__traceback__)


class CrashDialog(QDialog):
    """Says what failed, that saved data is safe, and where the log file is."""

    def __init__(self, summary: str, details: str, log_file: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self._log_file = log_file
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        self.details.setAccessibleName(self.tr("Error details"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        copy_button = QPushButton(self.tr("Copy details"))
        copy_button.clicked.connect(self.copy_details)
        folder_button = QPushButton(self.tr("Open log folder"))
        folder_button.clicked.connect(self._open_log_folder)
        for button in (self.details_button, copy_button, folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._failures: list[str] = []
        self.add_failure(summary)
        self.resize(560, 0)

    def add_failure(self, summary: str, details: str = "") -> None:
        """Another error while the dialog is open: count it instead of stacking dialogs."""
        self._failures.append(summary)
        if details:
            self.details.appendPlainText("\n" + details)
        text = self.tr(
            "Something went wrong: {what}\n\n"
            "Your saved data is safe. The details were written to the log file:\n{log}\n\n"
            "You can go on working. If this happens again, send the log file to your IT "
            "support."
        ).format(what=self._failures[0], log=self._log_file)
        if len(self._failures) > 1:
            text += "\n\n" + self.tr("{count} more errors happened since.").format(
                count=len(self._failures) - 1)
        self.message.setText(text)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self.message.text() + "\n\n" + self.details.toPlainText())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))


class ErrorReporter(QObject):
    """Logs every unexpected exception and shows it in one :class:`CrashDialog`."""

    reported = Signal(str, str)

    def __init__(self, log_file: Path, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self._log_file = log_file
        self.parent_window = parent_window
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(self, exc_type: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, error, tb))
        details = "".join(traceback.format_exception(exc_type, error, tb))
        self.reported.emit(describe_failure(error), details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_failure(summary, details)
            return
        self.dialog = CrashDialog(summary, details, self._log_file, self.parent_window)
        self.dialog.open()
