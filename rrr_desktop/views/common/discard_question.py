""""Discard changes?": asked when a form with typed entries is closed by Cancel, Escape
or the window's close button, so nothing the officer typed goes without a word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class DiscardQuestion(QObject):
    """The texts of the question (their translation context)."""

    def title(self) -> str:
        return self.tr("Discard changes?")

    def keep(self) -> str:
        return self.tr("Keep editing")

    def lose_typed(self) -> str:
        return self.tr("Close this window and lose what you typed in it?")


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


class GuardedDialog(QDialog):
    """A dialog whose Cancel, Escape and close button ask before typed entries are lost:
    :meth:`entries` now is compared with :meth:`opening_entries`, taken when the dialog
    is first shown. Untouched, it closes at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened_with: object = None  # the entries when first shown
        self.discard_question: QMessageBox | None = None

    def entries(self) -> object:
        """What the officer typed, comparable with ``==``."""
        raise NotImplementedError

    def opening_entries(self) -> object:
        """The entries that count as untouched (by default: those first shown)."""
        return self.entries()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self.opening_entries()

    def reject(self) -> None:
        if self.entries() == self._opened_with:
            super().reject()
            return
        self.discard_question = ask_before_discarding(self, DiscardQuestion().lose_typed(),
                                                      self._discard)

    def _discard(self) -> None:
        self._opened_with = self.entries()
        super().reject()
