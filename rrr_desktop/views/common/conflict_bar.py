"""A save refused because a colleague changed the record meanwhile
(:class:`~rrr_desktop.errors.ChangedElsewhere`): who and when, and the officer's two
choices. Nothing is overwritten until the officer picks Keep Mine; Reload drops the
edits made here and shows the colleague's version. :class:`ConflictBar` sits in a form
that stays open (the stakeholder editor); :func:`ask_reload_or_keep_mine` asks in a box
when the form has closed already (the working groups' dialogs)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import ChangedElsewhere


def conflict_text(refusal: ChangedElsewhere) -> str:
    """Who changed the record and when, then the two choices."""
    return QCoreApplication.translate(
        "ConflictBar", "{changed} Reload to see their version, or Keep Mine to save yours "
        "over it.").format(changed=str(refusal))


def ask_reload_or_keep_mine(parent: QWidget, refusal: ChangedElsewhere, title: str,
                            reload: Callable[[], object],
                            keep_mine: Callable[[int], object]) -> QMessageBox:
    """Ask in a box (open, not modal to the application); ``keep_mine(revision)`` saves
    again over the colleague's revision, ``reload()`` shows theirs (also on Escape:
    nothing is overwritten unless asked)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, conflict_text(refusal),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a colleague's name, as typed
    again = box.addButton(QCoreApplication.translate("ConflictBar", "Re&load"),
                          QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(QCoreApplication.translate("ConflictBar", "&Keep Mine"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.setEscapeButton(again)
    box.setDefaultButton(mine)
    box.finished.connect(lambda _result: keep_mine(refusal.revision)
                         if box.clickedButton() is mine else reload())
    box.open()
    return box


class ConflictBar(QFrame):
    """Hidden until :meth:`show_conflict`; emits ``reloadRequested`` or
    ``keepMineRequested`` (and hides) when the officer chooses."""

    reloadRequested = Signal()
    keepMineRequested = Signal(int)  # the revision to save over: the colleague's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict")
        self.setStyleSheet("QFrame#conflict { background: #fff4ce; border: 1px solid #b7791f; "
                           "border-radius: 4px; } QFrame#conflict QLabel { color: #3d2c00; }")
        self._revision = 0
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a colleague's name, as typed
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Changed by a colleague"))
        self.reload = QPushButton(self.tr("Re&load"))
        self.reload.setToolTip(self.tr("Show their version and lose the changes made here"))
        self.reload.clicked.connect(self._reload)
        self.keep_mine = QPushButton(self.tr("&Keep Mine"))
        self.keep_mine.setToolTip(self.tr("Save the version shown here over theirs "
                                          "(Undo brings theirs back)"))
        self.keep_mine.clicked.connect(self._keep_mine)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.reload)
        buttons.addWidget(self.keep_mine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, refusal: ChangedElsewhere) -> None:
        self._revision = refusal.revision
        self.text.setText(conflict_text(refusal))
        self.show()
        self.keep_mine.setFocus()

    def _reload(self) -> None:
        self.hide()
        self.reloadRequested.emit()

    def _keep_mine(self) -> None:
        self.hide()
        self.keepMineRequested.emit(self._revision)
