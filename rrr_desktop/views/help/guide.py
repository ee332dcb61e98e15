"""Help › RRR Desktop Help (F1): how files reach the window, and every shortcut.

The shortcut list is read from the menus themselves, so it is always the keys of
this system (Cmd on macOS) in the officer's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu › action, keys) for every menu action that has a shortcut."""
    rows = []
    for top in menu_bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                                 for key in action.shortcuts())
                rows.append((f"{top.text()} › {action.text()}".replace("&", ""), keys))
    return rows


class HelpDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} Help").format(app=APP_NAME))
        self.resize(620, 560)
        intro = QLabel(self.tr(
            "Bundles from peer cities (.rrrbundle files) open in RRR Desktop when you "
            "double-click them in your e-mail or file manager, when you drop them on the "
            "window, or with File › Import Bundle. Several bundles are previewed together, "
            "one section per city; nothing changes until you import.\n\n"
            "Stakeholder lists (.csv, .xlsx) dropped on the window open the stakeholder "
            "import. Copy selected rows of the stakeholder list and paste them into a "
            "spreadsheet."))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = shortcut_rows(menu_bar)
        self.shortcuts = QTableWidget(len(rows), 2)
        self.shortcuts.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.shortcuts.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcuts.verticalHeader().setVisible(False)
        self.shortcuts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (command, keys) in enumerate(rows):
            self.shortcuts.setItem(row, 0, QTableWidgetItem(command))
            self.shortcuts.setItem(row, 1, QTableWidgetItem(keys))
        self.shortcuts.resizeColumnsToContents()
        self.shortcuts.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.shortcuts, 1)
        layout.addWidget(buttons)
