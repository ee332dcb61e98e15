"""The read-only record tables of the pages (the register, the suggested peers)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model: QAbstractItemModel, accessible_name: str,
                 selection: QAbstractItemView.SelectionMode) -> QTableView:
    """A sortable table of whole rows that the officer reads and selects, never edits."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Tab leaves the list for the next control, as in a file manager: rows are read and
    # selected, never edited cell by cell (and 7,000 rows could not be tabbed out of).
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    return table
