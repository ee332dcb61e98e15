"""Unexpected errors are logged and shown, never silent."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from rrr_desktop.logs import configure_logging
from rrr_desktop.paths import AppPaths
from rrr_desktop.views.common.crash import ErrorReporter, describe_failure


@pytest.fixture
def reporter(paths: AppPaths) -> Iterator[ErrorReporter]:
    configure_logging(paths.log_file)
    installed = ErrorReporter(paths.log_file)
    saved = sys.excepthook
    installed.install()
    yield installed
    sys.excepthook = saved
    if installed.dialog is not None:
        installed.dialog.close()


def broken_function() -> None:
    raise ZeroDivisionError("division by zero")


def test_describe_names_the_error_and_where(qtbot: QtBot) -> None:
    try:
        broken_function()
    except ZeroDivisionError as error:
        text = describe_failure(error)
    assert text.startswith("ZeroDivisionError: division by zero (test_crash.py, line")
    assert text.endswith("in broken_function)")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(
        qtbot: QtBot, reporter: ErrorReporter, paths: AppPaths) -> None:
    with qtbot.waitSignal(reporter.reported):
        QTimer.singleShot(0, broken_function)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    message = reporter.dialog.message.text()
    assert "ZeroDivisionError: division by zero" in message
    assert str(paths.log_file) in message
    assert "Your saved data is safe" in message
    assert "broken_function" in reporter.dialog.details.toPlainText()
    log = paths.log_file.read_text()
    assert "Unexpected error" in log and "broken_function" in log


@pytest.mark.qt_no_exception_capture
def test_more_errors_are_counted_in_the_same_dialog(
        qtbot: QtBot, reporter: ErrorReporter) -> None:
    for _ in range(3):
        try:
            broken_function()
        except ZeroDivisionError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    assert reporter.dialog is not None
    assert "2 more errors happened since." in reporter.dialog.message.text()


@pytest.mark.qt_no_exception_capture
def test_copy_details_puts_the_report_on_the_clipboard(
        qtbot: QtBot, reporter: ErrorReporter) -> None:
    from PySide6.QtGui import QGuiApplication

    try:
        broken_function()
    except ZeroDivisionError as error:
        reporter.handle(type(error), error, error.__traceback__)
    assert reporter.dialog is not None
    reporter.dialog.copy_details()
    assert "broken_function" in QGuiApplication.clipboard().text()


def test_qt_s_warnings_reach_the_log_and_its_chatter_does_not(paths: AppPaths) -> None:
    """Hundreds of "OpenType support missing" notices at each start buried the log."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from rrr_desktop.views.common.crash import _log_qt_message

    configure_logging(paths.log_file)
    context = QMessageLogContext()
    _log_qt_message(QtMsgType.QtInfoMsg, context,
                    'OpenType support missing for "Noto Sans Thaana", script 10')
    _log_qt_message(QtMsgType.QtWarningMsg, context,
                    "QPainter::begin: Paint device returned engine == 0")
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "Paint device returned engine == 0" in logged
    assert "OpenType support missing" not in logged
