"""A bundle record beside ours: one row per field that differs, our value and theirs.

Lists (topics, sectors, tags) show only the items that differ: those only we hold
under "Ours", those only the bundle holds under "Theirs".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.exchange.change_text import field_value

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.changes import ReadableChange


class RecordDiff(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revisions: QLabel = plain_label()
        self.fields = QTreeWidget()
        self.fields.setRootIsDecorated(False)
        self.fields.setWordWrap(True)
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Ours"), self.tr("Theirs")])
        self.fields.setAccessibleName(self.tr("Fields that differ: ours and theirs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revisions)
        layout.addWidget(self.fields, 1)

    def clear(self) -> None:
        self.revisions.clear()
        self.fields.clear()

    def show_record(self, ours: int | None, theirs: int,
                    changes: tuple[ReadableChange, ...]) -> None:
        self.revisions.setText(self.tr("Our revision: {ours}; theirs: {theirs}").format(
            ours=ours if ours is not None else "-", theirs=theirs))
        self.fields.clear()
        for change in changes:
            QTreeWidgetItem(self.fields, [change.label, *self._sides(change)])
        for column in range(3):
            self.fields.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (field, ours, theirs)."""
        items = (self.fields.topLevelItem(row) for row in range(self.fields.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item]

    def _sides(self, change: ReadableChange) -> tuple[str, str]:
        if change.reordered:
            same = self.tr("same items in another order")
            return same, same
        if change.is_list:
            return (show_controls("\n".join(f"− {item}" for item in change.removed)),
                    show_controls("\n".join(f"+ {item}" for item in change.added)))
        return show_controls(field_value(change.before)), show_controls(field_value(change.after))
