"""The dialog that tells the officer an unexpected error happened (see ``crash``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.fit import fit_to_text


class CrashDialog(QDialog):
    """Says what failed, that saved data is safe, and where the log file is."""

    def __init__(self, summary: str, details: str, log_file: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setAccessibleName(self.tr("Unexpected error"))
        self._log_file = log_file
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        self.details.setAccessibleName(self.tr("Error details"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        copy_button = QPushButton(self.tr("Copy details"))
        copy_button.clicked.connect(self.copy_details)
        folder_button = QPushButton(self.tr("Open log folder"))
        folder_button.clicked.connect(self._open_log_folder)
        for button in (self.details_button, copy_button, folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._failures: list[str] = []
        self.add_failure(summary)
        fit_to_text(self, 560)

    def add_failure(self, summary: str, details: str = "") -> None:
        """Another error while the dialog is open: count it instead of stacking dialogs."""
        self._failures.append(summary)
        if details:
            self.details.appendPlainText("\n" + details)
        text = self.tr(
            "Something went wrong: {what}\n\n"
            "Your saved data is safe. The details were written to the log file:\n{log}\n\n"
            "You can go on working. If this happens again, send the log file to your IT "
            "support."
        ).format(what=self._failures[0], log=self._log_file)
        if len(self._failures) > 1:
            text += "\n\n" + self.tr("%Ln more errors happened since.", "",
                                       len(self._failures) - 1)
        self.message.setText(text)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self.message.text() + "\n\n" + self.details.toPlainText())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))
