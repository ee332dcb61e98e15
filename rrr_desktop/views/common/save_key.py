"""Ctrl+S (Cmd+S on macOS) saves what the officer is editing.

In a form dialog it does what its Save or OK button does, checks and all, even with
the cursor in a text field; the main window's File › Save covers the pages.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def save_on_key(form: QWidget,
                buttons: QDialogButtonBox | QAbstractButton | None = None) -> QShortcut:
    """Ctrl+S in ``form`` presses the accepting button of ``buttons`` (when enabled);
    without ``buttons``, of the form's own button box (as in Qt's ``QInputDialog``,
    whose box is made only when the dialog is set up). A form whose buttons stand in a
    plain row names the one button: it is pressed while shown and enabled (the import
    preview's Import, hidden once the import is done)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form)

    def press() -> None:
        if isinstance(buttons, QAbstractButton):
            if buttons.isVisible() and buttons.isEnabled():
                buttons.click()
            return
        box = buttons if buttons is not None else form.findChild(QDialogButtonBox)
        if box is None or not box.isEnabled():
            return
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole \
                    and button.isEnabled():
                button.click()
                return

    shortcut.activated.connect(press)
    return shortcut
