"""Stored text in editable widgets, with its control characters visible.

A name or description from an imported file or a peer may hold control characters
(an ESC, a right-to-left override, a zero-width space). Editors and editable combo
boxes show them as placeholders (:func:`rrr_desktop.text.show_controls`), as labels
and tables do; a field the officer leaves as shown gives back the value as stored, so
opening and saving a record never turns a character into its placeholder. A field the
officer changes gives back what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from rrr_desktop.text import show_controls

Editor = QLineEdit | QPlainTextEdit


class ShownText:
    """The values put into editors, to give back those left as shown."""

    def __init__(self) -> None:
        self._stored: dict[int, tuple[str, str]] = {}  # id(editor) -> (shown, stored)

    def put(self, editor: Editor, value: str) -> None:
        shown = show_controls(value)
        self._stored[id(editor)] = (shown, value)
        if isinstance(editor, QLineEdit):
            editor.setText(shown)
        else:
            editor.setPlainText(shown)

    def value(self, editor: Editor) -> str:
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        shown, stored = self._stored.get(id(editor), (None, ""))
        return stored if text == shown else text


def add_stored_items(combo: QComboBox, values: list[str]) -> None:
    """Choices of an editable combo box, shown with visible control characters."""
    for value in values:
        combo.addItem(show_controls(value), value)


def stored_choice(combo: QComboBox) -> str:
    """The stored value of the choice the editable combo box shows, else its text."""
    text = combo.currentText()
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    return str(combo.itemData(index)) if index >= 0 else text
