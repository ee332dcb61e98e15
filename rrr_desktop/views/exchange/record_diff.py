"""A bundle record beside ours: one row per field that differs, our value and theirs;
or, for a record new to us (or the same as ours), what it holds: each field and its value.

Lists (topics, sectors, tags) show only the items that differ: those only we hold
under "Ours", those only the bundle holds under "Theirs". Above the fields, a sentence
says in words where the record stands (new to us, changed since, ...); the revision
numbers behind it are in its tool tip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells
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
        show_full_text_of_cut_cells(self.fields)
        self.fields.setHeaderLabels([self.tr("Field"), self.tr("Ours"), self.tr("Theirs")])
        self.fields.setAccessibleName(self.tr("Fields that differ: ours and theirs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revisions)
        layout.addWidget(self.fields, 1)

    def clear(self) -> None:
        self.revisions.clear()
        self.revisions.setToolTip("")
        self.fields.clear()

    def show_record(self, standing: str, revisions: str,
                    changes: tuple[ReadableChange, ...]) -> None:
        """The fields that differ, ours beside theirs, under ``standing`` (where the record
        stands, in words; ``revisions``: the numbers behind it, as its tool tip)."""
        self._show(standing, revisions, holds=False)
        for change in changes:
            QTreeWidgetItem(self.fields, [change.label, *self._sides(change)])
        self._fit()

    def show_contents(self, standing: str, revisions: str,
                      contents: tuple[ReadableChange, ...]) -> None:
        """What a record holds (``contents``: each field from nothing to its value)."""
        self._show(standing, revisions, holds=True)
        for field in contents:
            value = ("\n".join(field.added) if field.is_list
                     else field_value(field.after))
            QTreeWidgetItem(self.fields, [field.label, show_controls(value)])
        self._fit()

    def _show(self, standing: str, revisions: str, *, holds: bool) -> None:
        self.revisions.setText(standing)
        self.revisions.setToolTip(revisions)
        self.fields.clear()
        if holds:
            self.fields.setHeaderLabels([self.tr("Field"), self.tr("Their value")])
            self.fields.setAccessibleName(self.tr("What the record holds"))
        else:
            self.fields.setHeaderLabels([self.tr("Field"), self.tr("Ours"), self.tr("Theirs")])
            self.fields.setAccessibleName(self.tr("Fields that differ: ours and theirs"))
        self.fields.setColumnCount(2 if holds else 3)

    def _fit(self) -> None:
        """Field names whole; the values share the rest, wrapped when longer."""
        fields = self.fields
        fields.resizeColumnToContents(0)
        values = fields.columnCount() - 1
        share = max((fields.viewport().width() - fields.columnWidth(0)) // values, 120)
        for column in range(1, values + 1):
            fields.resizeColumnToContents(column)
            fields.setColumnWidth(column, min(fields.columnWidth(column), share))
        fields.doItemsLayout()  # rows as high as their wrapped values at these widths

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row: (field, ours, theirs), or (field, value)."""
        items = (self.fields.topLevelItem(row) for row in range(self.fields.topLevelItemCount()))
        columns = range(self.fields.columnCount())
        return [tuple(item.text(column) for column in columns) for item in items if item]

    def _sides(self, change: ReadableChange) -> tuple[str, str]:
        if change.reordered:
            same = self.tr("same items in another order")
            return same, same
        if change.is_list:
            return (show_controls("\n".join(f"− {item}" for item in change.removed)),
                    show_controls("\n".join(f"+ {item}" for item in change.added)))
        return show_controls(field_value(change.before)), show_controls(field_value(change.after))
