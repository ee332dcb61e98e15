"""The first rows of a file as the import would take them, each row's problem marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from rrr_desktop.views.stakeholders.importing.mapping_view import field_label

if TYPE_CHECKING:
    from rrr_desktop.services.stakeholders.importing.importer import ImportPlan, PlannedRow
    from rrr_desktop.services.stakeholders.importing.table import Table

PREVIEW_ROWS = 50
_Index = QModelIndex | QPersistentModelIndex


def action_label(row: PlannedRow) -> str:
    labels = {
        "add": QApplication.translate("import", "Add"),
        "update": QApplication.translate("import", "Update"),
        "fill": QApplication.translate("import", "Fill empty fields"),
        "skip": QApplication.translate("import", "Skip"),
        "fail": QApplication.translate("import", "Problem"),
    }
    return labels[row.action]


def row_explanation(row: PlannedRow) -> str:
    """What happens to the row and why, in one sentence for a tooltip."""
    if row.action == "fail":
        return QApplication.translate("import", "Not imported: {reason}.").format(
            reason=row.reason)
    text = f"{action_label(row)}: {row.reason}" if row.reason else action_label(row)
    return "\n".join((text, *row.warnings))


class ImportPreviewModel(QAbstractTableModel):
    """Row number, what happens, then the imported columns' cells, for the first rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._plan: ImportPlan | None = None
        self._columns: list[int] = []

    def show_plan(self, table: Table, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._table, self._plan = table, plan
        self._columns = sorted(plan.mapping)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._plan is None:
            return 0
        return min(PREVIEW_ROWS, len(self._plan.rows))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._plan is None else 2 + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Import")
        assert self._table is not None and self._plan is not None
        column = self._columns[section - 2]
        return f"{self._table.headers[column]} → {field_label(self._plan.mapping[column])}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._plan is None or self._table is None:
            return None
        planned = self._plan.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_explanation(planned)
        return self._look(planned, index.column(), role)

    def _text(self, row: int, column: int) -> str:
        assert self._plan is not None and self._table is not None
        planned = self._plan.rows[row]
        if column == 0:
            return str(planned.row_number)
        if column == 1:
            return action_label(planned)
        return self._table.rows[row][self._columns[column - 2]]

    @staticmethod
    def _look(planned: PlannedRow, column: int, role: int) -> object:
        """A problem row: a warning icon and a tinted background; a row imported without
        a value: an information icon; a skipped row: greyed."""
        action = planned.action
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and action == "fail":
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and planned.warnings:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation)
        if role == Qt.ItemDataRole.BackgroundRole and action == "fail":
            return QBrush(QColor(255, 200, 0, 60))
        if role == Qt.ItemDataRole.ForegroundRole and action == "skip":
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None
