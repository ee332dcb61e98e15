"""The records of the bundles being imported, by sending city, bundle and status.

Each record the officer may choose has a check box: ticked, a new, updated or
withdrawn record is imported; a conflicting one (same revision, other content) is
unticked, and ticking it takes theirs instead of keeping ours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QWidget

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells
from rrr_desktop.views.exchange.record_standing import RecordStanding

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.preview import BundlePreview, RecordPreview

STATUS_ORDER = ("new", "updated", "conflicting", "withdrawn", "refused", "older", "unchanged")
CHECKED_BY_DEFAULT = ("new", "updated", "withdrawn")
CHOOSABLE = (*CHECKED_BY_DEFAULT, "conflicting")
_RECORD_ROLE = Qt.ItemDataRole.UserRole
_BUNDLE_ROLE = Qt.ItemDataRole.UserRole + 1  # on a bundle's item: its index in previews


class BundleRecordsView(QTreeWidget):
    """Emits ``ticked`` when the officer ticks or unticks a record."""

    ticked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[tuple[int, RecordPreview]] = []  # (bundle index, record)
        self.record_items: list[QTreeWidgetItem] = []  # the tree item of each of records
        show_full_text_of_cut_cells(self)
        self.standing = RecordStanding(self)
        self.setHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Their change"),
                              self.tr("Choice")])
        self.setAccessibleName(self.tr("Records in the bundle"))
        self.itemChanged.connect(self._item_changed)

    def show_previews(self, previews: list[BundlePreview]) -> int:
        """List the records of ``previews``; returns the number of sending cities."""
        self.clear()
        self.records = []
        self.record_items = []
        senders: dict[Any, QTreeWidgetItem] = {}
        # Every item built would report itself changed, and each report looks at every
        # item: 7,000 records already held took minutes. Import is offered once, after.
        self.blockSignals(True)
        try:
            for index, preview in enumerate(previews):
                key = preview.sender.city_uuid
                if key not in senders:
                    senders[key] = QTreeWidgetItem(self, [
                        f"{preview.sender.name} ({preview.sender.country_code})", "", ""])
                self._add_bundle(senders[key], index, preview)
        finally:
            self.blockSignals(False)
        self.expandToDepth(1)
        self._fit_columns()
        return len(senders)

    def any_ticked(self) -> bool:
        """Whether a record is ticked: a change to import, or theirs in a conflict."""
        return any(item.checkState(0) == Qt.CheckState.Checked for item in self.record_items
                   if item.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def record_of(self, item: QTreeWidgetItem | None) -> tuple[int, RecordPreview] | None:
        """The bundle index and record an item shows; None for a city, bundle or status."""
        key = item.data(0, _RECORD_ROLE) if item is not None else None
        return None if key is None else self.records[int(key)]

    def current_city_bundles(self) -> set[int] | None:
        """The indices of the bundles of the city selected (or holding the selected
        item); None when nothing is selected."""
        item = self.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        children = (item.child(n) for n in range(item.childCount()))
        return {int(child.data(0, _BUNDLE_ROLE)) for child in children if child is not None}

    def choices(self, bundles: int) -> list[tuple[set[Any], set[Any]]]:
        """Per bundle: the UUIDs left out, and the conflicting ones included."""
        result: list[tuple[set[Any], set[Any]]] = [(set(), set()) for _ in range(bundles)]
        for item, (index, record) in zip(self.record_items, self.records, strict=True):
            ticked = item.checkState(0) == Qt.CheckState.Checked
            if record.status.value in CHECKED_BY_DEFAULT and not ticked:
                result[index][0].add(record.uuid)
            elif record.status.value == "conflicting" and ticked:
                result[index][1].add(record.uuid)
        return result

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        found = self.record_of(item)
        if column != 0 or found is None:
            return
        if found[1].status.value == "conflicting":
            item.setText(3, self._choice_text(item.checkState(0) == Qt.CheckState.Checked))
        self.ticked.emit()

    def _choice_text(self, theirs: bool) -> str:
        return self.tr("Take theirs") if theirs else self.tr("Keep ours")

    def _fit_columns(self) -> None:
        """Names first: every column as wide as its header and texts (records folded away
        included); when they do not fit, the choice (a reason, often long) is cut first,
        then the day's header (never a day), and only then the names (never below 200
        pixels). A cut text shows whole in its tool tip."""
        texts = [self._widest_text(column) for column in range(4)]
        widths = []
        for column, text in enumerate(texts):
            self.resizeColumnToContents(column)  # the header, and the rows shown
            widths.append(max(self.columnWidth(column), text))
        room = self.viewport().width()
        if not self.verticalScrollBar().isVisible():  # it appears once records unfold
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        for column, floor in ((3, 48), (2, texts[2]), (0, 200)):
            excess = sum(widths) - room
            if excess <= 0:
                break
            widths[column] = max(widths[column] - excess, min(widths[column], floor))
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def _widest_text(self, column: int) -> int:
        """The width of the column's widest text, shown yet or folded away (in the record
        column with its row's indentation and check box)."""
        metrics = self.fontMetrics()
        found = QTreeWidgetItemIterator(self)
        widest = 0
        while item := found.value():
            width = metrics.horizontalAdvance(item.text(column)) + 12
            if column == 0:
                width += self._depth(item) * self.indentation() + 28
            widest = max(widest, width)
            found += 1
        return widest

    @staticmethod
    def _depth(item: QTreeWidgetItem) -> int:
        depth, parent = 1, item.parent()
        while parent is not None:
            depth, parent = depth + 1, parent.parent()
        return depth

    def _add_bundle(self, sender: QTreeWidgetItem, index: int, preview: BundlePreview) -> None:
        top = QTreeWidgetItem(sender, [preview.path.name, "", ""])
        top.setData(0, _BUNDLE_ROLE, index)
        top.setFirstColumnSpanned(True)
        labels = {"new": self.tr("New"), "updated": self.tr("Updated"),
                  "conflicting": self.tr("Conflicting (same revision, other content)"),
                  "withdrawn": self.tr("Withdrawn by the sender"),
                  "older": self.tr("Older than ours (kept out)"),
                  "unchanged": self.tr("Unchanged"),
                  "refused": self.tr("Refused: not the sender's to change")}
        kinds = {"city": self.tr("profile"), "practice": self.tr("practice"),
                 "stakeholder": self.tr("stakeholder"), "group": self.tr("working group"),
                 "meeting": self.tr("meeting"), "action": self.tr("action"),
                 "group_note": self.tr("member's note")}
        for status in STATUS_ORDER:
            found = [r for r in preview.records if r.status.value == status]
            if not found:
                continue
            group = QTreeWidgetItem(top, [f"{labels[status]} ({QLocale().toString(len(found))})",
                                          "", ""])
            group.setFirstColumnSpanned(True)
            for record in found:
                item = QTreeWidgetItem(group, [show_controls(record.title), kinds[record.entity],
                                               self.standing.their_change(record, short=True)])
                item.setToolTip(0, show_controls(record.title))
                item.setToolTip(2, self.standing.revisions(record))
                if record.reason:
                    item.setToolTip(3, record.reason)
                    item.setText(3, record.reason)
                self.records.append((index, record))
                self.record_items.append(item)
                item.setData(0, _RECORD_ROLE, len(self.records) - 1)
                if status in CHOOSABLE:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked if status in CHECKED_BY_DEFAULT
                                       else Qt.CheckState.Unchecked)
                if status == "conflicting":
                    item.setText(3, self._choice_text(theirs=False))
