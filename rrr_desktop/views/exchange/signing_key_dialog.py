"""Help > Your Signing Key: the fingerprint peers compare by phone before trusting a bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from rrr_desktop.views.common.city_view import plain_label


def fingerprint_of(key_file: Path) -> str:
    """The fingerprint of this installation's key (the key is made on first use)."""
    from rrr_desktop.services.exchange.container import (
        fingerprint,
        load_or_create_signing_key,
        public_key_bytes,
    )

    return fingerprint(public_key_bytes(load_or_create_signing_key(key_file)))


def grouped_for_reading(fingerprint: str) -> str:
    """Ten groups of four, in two lines of five, so it can be read aloud group by group."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5))


class SigningKeyDialog(QDialog):
    def __init__(self, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = fingerprint
        self.setWindowTitle(self.tr("Your Signing Key"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Every bundle you export is signed with this installation's key. When a peer city "
            "imports your first bundle, they see this fingerprint: read it to them by phone, "
            "group by group, so they know the bundle is really yours.")))
        self.fingerprint_label = QLabel(grouped_for_reading(fingerprint))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAccessibleName(self.tr("Key fingerprint"))
        layout.addWidget(self.fingerprint_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint)
