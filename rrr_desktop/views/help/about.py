"""Help > About: version, where the data lives, licence."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME, LICENCE, __version__
from rrr_desktop.paths import AppPaths
from rrr_desktop.views.common.fit import fit_to_text
from rrr_desktop.views.common.icons import app_icon


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self._paths = paths
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
        title = _selectable(f"{APP_NAME} {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() + 4)
        font.setBold(True)
        title.setFont(font)
        purpose = _selectable(self.tr(
            "Keeps your city's social and solidarity economy profile and shows what the "
            "peer cities of the RRR network offer and want to learn. Works offline; your "
            "data stays on this computer."))

        facts = QFormLayout()
        self.fields = {
            "version": __version__,
            "data_folder": str(paths.home),
            "database": str(paths.database),
            "logs": str(paths.logs),
            "licence": self.tr("{licence} licence. Free to use, share and change.").format(
                licence=LICENCE),
            "built_with": f"Python {platform.python_version()}, Qt {qVersion()}, "
                          f"PySide6 {pyside_version}",
        }
        captions = {
            "version": self.tr("Version:"), "data_folder": self.tr("Data folder:"),
            "database": self.tr("Database:"), "logs": self.tr("Log files:"),
            "licence": self.tr("Licence:"), "built_with": self.tr("Built with:"),
        }
        for key, value in self.fields.items():
            facts.addRow(captions[key], _selectable(value))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_data_folder)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addWidget(buttons)
        fit_to_text(self, 560)

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.home)))
