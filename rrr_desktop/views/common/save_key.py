"""Ctrl+S (Cmd+S on macOS) saves what the officer is editing.

In a form dialog it does what its Save or OK button does, checks and all, even with
the cursor in a text field; the main window's File › Save covers the pages.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def save_on_key(form: QWidget, buttons: QDialogButtonBox) -> QShortcut:
    """Ctrl+S in ``form`` presses the accepting button of ``buttons`` (when enabled)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), form)

    def press() -> None:
        for button in buttons.buttons():
            role = buttons.buttonRole(button)
            if role == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled() \
                    and buttons.isEnabled():
                button.click()
                return

    shortcut.activated.connect(press)
    return shortcut
