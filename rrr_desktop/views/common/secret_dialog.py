"""Asking for a password or passphrase, with "Remember on this computer".

The secret is checked off the GUI thread by the caller's ``check(secret, remember)``,
which keeps it (``models/keyring_secrets.py`` through the services) and returns whether
the system keyring holds it. A refusal is said in the dialog, which stays open for
another try; nothing happens until a secret passes. Where this computer has no working
keyring, the box is off and the dialog says the secret is asked again at each start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from rrr_desktop.views.common.worker import run_in_background

PROBLEM_STYLE = "color: #b00020;"


def remember_box(keyring_works: bool) -> tuple[QCheckBox, QLabel]:
    """"Remember on this computer", and the note said when no keyring can remember."""
    box = QCheckBox(QCoreApplication.translate("SecretDialog", "&Remember on this computer"))
    box.setToolTip(QCoreApplication.translate(
        "SecretDialog", "Kept in this computer's keyring (its safe store of passwords), "
                        "never in a file"))
    note = QLabel(QCoreApplication.translate(
        "SecretDialog", "This computer has no keyring service to keep it safely: it is "
                        "asked again at each start of RRR Desktop."))
    note.setWordWrap(True)
    note.setVisible(not keyring_works)
    box.setEnabled(keyring_works)
    return box, note


class SecretDialog(QDialog):
    """Emits ``unlocked(kept_in_keyring)`` once ``check`` accepted the secret."""

    unlocked = Signal(bool)

    def __init__(self, title: str, explanation: str, label: str,
                 check: Callable[[str, bool], bool], *, keyring_works: bool,
                 confirm: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._check = check
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()  # typed twice where a typing error would be costly
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember, note = remember_box(keyring_works)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(label, self.secret)
        if confirm:
            form.addRow(confirm, self.again)
        self.again.setVisible(bool(confirm))
        form.addRow(self.remember)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.secret.setFocus()
        self.secret.selectAll()

    def _try(self) -> None:
        secret = self.secret.text()
        if not secret:
            self._say(self.tr("Type it first."))
            return
        if self.again.isVisible() and self.again.text() != secret:
            self._say(self.tr("The two do not match: type it again in both fields."))
            return
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Checking…"))
        self.problem.setVisible(True)
        remember = self.remember.isChecked()
        run_in_background(self, lambda: self._check(secret, remember), self._passed,
                          self._refused)

    def _passed(self, kept: bool) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        self.unlocked.emit(kept)

    def _refused(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import refusal_of

        self.buttons.setEnabled(True)
        refusal = refusal_of(error)  # anything else went to the crash reporter
        if refusal is None:
            self.problem.setVisible(False)
            return
        self._say(str(refusal))
