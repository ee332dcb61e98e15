"""The one way a view handles a failed piece of work.

A :class:`~rrr_desktop.errors.RejectedInput` is the officer's to fix: its text (already
in the officer's language) is shown, in a warning box or in the view's own label.
Anything else is a bug: it goes to the crash reporter, which logs it and says where.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rrr_desktop import APP_NAME
from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.common.crash import report_unexpected


def refusal_of(error: BaseException) -> RejectedInput | None:
    """The refusal to show, or ``None`` once an unexpected error has been reported."""
    if isinstance(error, RejectedInput):
        return error
    report_unexpected(error)
    return None


def show_warning(parent: QWidget | None, text: str, title: str = APP_NAME) -> QMessageBox:
    """Open a window-modal warning box with ``text`` (plain text, never markup)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def warn_of_failure(parent: QWidget | None, error: BaseException,
                    title: str = APP_NAME) -> QMessageBox | None:
    """Show a refusal in a warning box, or report an unexpected error; the box, if any."""
    refusal = refusal_of(error)
    return None if refusal is None else show_warning(parent, str(refusal), title)
