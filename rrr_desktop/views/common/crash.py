"""Unexpected errors never kill the app silently: they are logged and shown.

:class:`ErrorReporter` becomes ``sys.excepthook`` and ``threading.excepthook``;
PySide6 hands exceptions raised in slots and event handlers to ``sys.excepthook``
too. The report reaches the GUI thread through a queued signal, where one
:class:`~rrr_desktop.views.common.crash_dialog.CrashDialog` says what failed and where
the log file is (imported only then: start-up does not pay for it).
"""

from __future__ import annotations

import atexit
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from rrr_desktop.views.common.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


def describe_failure(error: BaseException) -> str:
    """``ZeroDivisionError: division by zero (peers.py, line 40, in refresh)``."""
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    frames = traceback.extract_tb(error.__traceback__)
    if frames:
        last = frames[-1]
        text += f" ({Path(last.filename).name}, line {last.lineno}, in {last.name})"
    return text


# Qt's information (hundreds of "OpenType support missing for <font>" at each start) is
# kept out of the log a support person reads: only warnings and worse are written.
_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.DEBUG,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages_to_log() -> None:
    """Qt's own warnings go to the log file, where support can read them, not to a console."""
    qInstallMessageHandler(_log_qt_message)
    # Qt still logs while unloading plugins after Python has shut down: hand back first.
    atexit.register(qInstallMessageHandler, None)


def versions_text() -> str:
    """``RRR Desktop 0.1.0, Python 3.11.9, Qt 6.8.1 (PySide6 6.8.1), Linux-6.1-x86_64``:
    the first line of every report, since support needs it before anything else."""
    import platform

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from rrr_desktop import APP_NAME, __version__

    return (f"{APP_NAME} {__version__}, Python {platform.python_version()}, Qt {qVersion()} "
            f"(PySide6 {pyside_version}), {platform.platform()}")


def report_unexpected(error: BaseException) -> None:
    """Hand an exception caught elsewhere (e.g. from a worker) to the installed hook."""
    sys.excepthook(type(error), error, error.__traceback__)


class ErrorReporter(QObject):
    """Logs every unexpected exception and shows it in one :class:`CrashDialog`."""

    reported = Signal(str, str)

    def __init__(self, log_file: Path, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self._log_file = log_file
        self.parent_window = parent_window
        self.dialog: CrashDialog | None = None  # the one open dialog, if any
        self.reported.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(self, exc_type: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        versions = versions_text()
        log.critical("Unexpected error (%s)", versions, exc_info=(exc_type, error, tb))
        details = versions + "\n\n" + "".join(traceback.format_exception(exc_type, error, tb))
        self.reported.emit(describe_failure(error), details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_failure(summary, details)
            return
        from rrr_desktop.views.common.crash_dialog import CrashDialog

        self.dialog = CrashDialog(summary, details, self._log_file, self.parent_window)
        self.dialog.open()
