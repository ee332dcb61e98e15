""""Discard changes?": asked when a form with typed entries is closed by Cancel, Escape
or the window's close button, so nothing the officer typed goes without a word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class DiscardQuestion(QObject):
    """The texts of the question (their translation context)."""

    def title(self) -> str:
        return self.tr("Discard changes?")

    def keep(self) -> str:
        return self.tr("Keep editing")


def ask_before_discarding(parent: QWidget, text: str,
                          discard: Callable[[], None]) -> QMessageBox:
    """Ask ``text`` over ``parent``, Keep editing the default; ``discard`` runs only if
    the officer chooses Discard. The box is returned (open) for tests to answer."""
    texts = DiscardQuestion()
    box = QMessageBox(QMessageBox.Icon.Question, texts.title(), text,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    keep = box.button(QMessageBox.StandardButton.Cancel)
    keep.setText(texts.keep())

    def answered(_result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            discard()

    box.finished.connect(answered)
    box.open()
    return box
