"""A cell too narrow for its text shows "Coopérative de…"; hovering it shows it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


class ElidedCellToolTips(QStyledItemDelegate):
    """Paints as usual; a cell's own tool tip wins, else the full text when it is cut."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and self.is_elided(option, index):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        QToolTip.hideText()
        return False

    def is_elided(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """Wider than the cell (the text the view draws, with its icon and margins)."""
        return self.sizeHint(option, index).width() > option.rect.width()


def show_full_text_of_cut_cells(view: QAbstractItemView) -> None:
    view.setItemDelegate(ElidedCellToolTips(view))
