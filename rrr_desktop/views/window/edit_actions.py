"""Edit › Cut, Copy, Paste, Select All: they act on the widget that has the focus.

Text fields answer these keys themselves (Qt gives them the key before the menu's
shortcut); the menu entries reach them too. In a table, Copy puts the selected rows
on the clipboard as tab-separated text with a header line, which pastes into a
spreadsheet as rows and columns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTableView, QWidget


def _cell(text: object) -> str:
    """One spreadsheet cell: tabs and line breaks would split it."""
    return " ".join(str(text or "").split())


def selected_rows_as_tsv(view: QTableView) -> str:
    """The selected rows, visible columns in their shown order, under a header line."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [header.logicalIndex(visual) for visual in range(header.count())]
    columns = [column for column in columns if not header.isSectionHidden(column)]
    rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
    if not rows:
        return ""
    lines = ["\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    lines += ["\t".join(_cell(model.index(row, c).data()) for c in columns) for row in rows]
    return "\n".join(lines) + "\n"


def _target(widget: QWidget | None) -> QWidget | None:
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget


class EditActions(QObject):
    """The four actions, with the platform's standard keys and status tips."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cut = self._action(self.tr("Cu&t"), QKeySequence.StandardKey.Cut,
                                self.tr("Move the selected text to the clipboard"), "cut")
        self.copy = self._action(self.tr("&Copy"), QKeySequence.StandardKey.Copy,
                                 self.tr("Copy the selected text, or the selected rows of a "
                                         "list for a spreadsheet"), "copy")
        self.paste = self._action(self.tr("&Paste"), QKeySequence.StandardKey.Paste,
                                  self.tr("Insert the clipboard's text"), "paste")
        self.select_all = self._action(self.tr("Select &All"), QKeySequence.StandardKey.SelectAll,
                                       self.tr("Select all the text or all the rows"),
                                       "selectAll")

    def actions(self) -> list[QAction]:
        return [self.cut, self.copy, self.paste, self.select_all]

    def _action(self, text: str, key: QKeySequence.StandardKey, tip: str,
                method: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: self._apply(method))
        return action

    def _apply(self, method: str) -> None:
        widget = _target(QApplication.focusWidget())
        if method == "copy" and isinstance(widget, QTableView):
            text = selected_rows_as_tsv(widget)
            if text:
                QGuiApplication.clipboard().setText(text)
            return
        if method == "selectAll" and isinstance(widget, QAbstractItemView):
            widget.selectAll()
            return
        slot: Callable[[], object] | None = getattr(widget, method, None)
        if callable(slot):
            slot()
