"""What the window shows while the database opens (a migration can take a moment)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class LoadingView(QWidget):
    """Shown while the database opens (a migration can take a moment)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self.tr("Opening your data…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setMaximumWidth(280)
        bar.setAccessibleName(self.tr("Opening your data"))
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(bar, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
