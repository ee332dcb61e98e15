"""Working groups: the engine's proposals (save one), and the groups we saved (rename
inline, add or remove members, choose the lead, delete).

The view only shows and asks; the page does the writing in the background and hands
the fresh lists back with :meth:`WorkingGroupsView.show_groups`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.peers.reasons import member_sentence as member_text
from rrr_desktop.text import show_controls

if TYPE_CHECKING:
    from rrr_desktop.services.groups.proposals import GroupProposal
    from rrr_desktop.services.groups.saved import SavedGroup

_Role = Qt.ItemDataRole.UserRole


class WorkingGroupsView(QSplitter):
    saveRequested = Signal(object, str)  # GroupProposal, name
    renameRequested = Signal(object, str)  # group UUID, name
    addMemberRequested = Signal(object, object)  # group UUID, city UUID
    removeMemberRequested = Signal(object, object)
    leadRequested = Signal(object, object)
    deleteRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.proposals: list[GroupProposal] = []
        self.saved: list[SavedGroup] = []
        self.dialog: QInputDialog | QMessageBox | None = None
        self.addWidget(self._proposed_box())
        self.addWidget(self._saved_box())
        self.setChildrenCollapsible(False)

    def _proposed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Proposed groups"))
        self.proposed_tree = _tree(self.tr("Proposed working groups"))
        self.save_button = QPushButton(self.tr("&Save group…"))
        self.save_button.setToolTip(self.tr("Keep the selected proposed group under a name"))
        self.save_button.clicked.connect(self.ask_save_name)
        layout = QVBoxLayout(box)
        layout.addWidget(self.proposed_tree)
        layout.addWidget(self.save_button)
        return box

    def _saved_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Our saved groups"))
        self.saved_tree = _tree(self.tr("Saved working groups (F2 renames a group)"))
        self.saved_tree.itemChanged.connect(self._renamed)
        self.city_picker = QComboBox()
        self.city_picker.setAccessibleName(self.tr("City to add to the group"))
        picker_label = QLabel(self.tr("&City:"))
        picker_label.setBuddy(self.city_picker)
        self.add_button = QPushButton(self.tr("&Add to group"))
        self.add_button.setToolTip(self.tr("Add the chosen city to the selected saved group"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Re&move member"))
        self.remove_button.setToolTip(self.tr("Take the selected member out of its group"))
        self.remove_button.clicked.connect(lambda: self._member_action(
            self.removeMemberRequested))
        self.lead_button = QPushButton(self.tr("Make &lead"))
        self.lead_button.setToolTip(self.tr("Make the selected member the lead of its group"))
        self.lead_button.clicked.connect(lambda: self._member_action(self.leadRequested))
        self.delete_button = QPushButton(self.tr("&Delete group…"))
        self.delete_button.setToolTip(self.tr("Delete the selected saved group"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        controls = QGridLayout()
        controls.addWidget(picker_label, 0, 0)
        controls.addWidget(self.city_picker, 0, 1)
        controls.addWidget(self.add_button, 0, 2)
        controls.addWidget(self.remove_button, 1, 0, 1, 2)
        controls.addWidget(self.lead_button, 1, 2)
        controls.addWidget(self.delete_button, 2, 2)
        controls.setColumnStretch(1, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.saved_tree)
        layout.addWidget(self.warning)
        layout.addLayout(controls)
        self.saved_tree.currentItemChanged.connect(lambda *_: self._update_warning())
        return box

    def show_groups(self, proposals: list[GroupProposal], saved: list[SavedGroup],
                    cities: list[tuple[UUID, str]]) -> None:
        self.proposals, self.saved = proposals, saved
        self._fill_proposals()
        self._fill_saved()
        self.city_picker.clear()
        for city_uuid, name in cities:
            self.city_picker.addItem(show_controls(name), city_uuid)
        self._update_warning()

    def _fill_proposals(self) -> None:
        self.proposed_tree.clear()
        for number, group in enumerate(self.proposals):
            item = QTreeWidgetItem([self.tr("{topics} (lead: {lead})").format(
                topics=" + ".join(group.topics), lead=group.lead_city)])
            item.setData(0, _Role, number)
            item.setFont(0, _bold())
            for member in group.members:
                child = QTreeWidgetItem(item, [member.city])
                for reason in member.reasons:
                    QTreeWidgetItem(child, [member_text(reason)])
            self.proposed_tree.addTopLevelItem(item)
            if number == 0:
                item.setExpanded(True)
                for index in range(item.childCount()):
                    if expandable := item.child(index):
                        expandable.setExpanded(True)
        if first := self.proposed_tree.topLevelItem(0):
            self.proposed_tree.setCurrentItem(first)
        self.save_button.setEnabled(bool(self.proposals))

    def _fill_saved(self) -> None:
        current = self.current_group()
        self.saved_tree.blockSignals(True)
        self.saved_tree.clear()
        for group in self.saved:
            item = QTreeWidgetItem([group.name])
            item.setData(0, _Role, group.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setFont(0, _bold())
            for member in group.members:
                lead = self.tr(" (lead)") if member.uuid == group.lead else ""
                child = QTreeWidgetItem(item, [member.city + lead])
                child.setData(0, _Role, member.uuid)
                if member.reason:
                    child.setToolTip(0, member.reason)
            self.saved_tree.addTopLevelItem(item)
            item.setExpanded(True)
            if current is not None and group.uuid == current.uuid:
                self.saved_tree.setCurrentItem(item)
        self.saved_tree.blockSignals(False)
        if self.saved_tree.currentItem() is None and (first := self.saved_tree.topLevelItem(0)):
            self.saved_tree.setCurrentItem(first)
        for button in (self.add_button, self.remove_button, self.lead_button,
                       self.delete_button):
            button.setEnabled(bool(self.saved))

    def current_proposal(self) -> GroupProposal | None:
        item = self.proposed_tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else self.proposals[int(item.data(0, _Role))]

    def current_group(self) -> SavedGroup | None:
        item = self.saved_tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        return next((g for g in self.saved if g.uuid == item.data(0, _Role)), None)

    def current_member(self) -> UUID | None:
        item = self.saved_tree.currentItem()
        if item is None or item.parent() is None:
            return None
        value = item.data(0, _Role)
        return value if isinstance(value, UUID) else None

    def ask_save_name(self) -> None:
        proposal = self.current_proposal()
        if proposal is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save working group"))
        dialog.setLabelText(self.tr("&Name of the group:"))
        dialog.setTextValue(" + ".join(proposal.topics))
        dialog.textValueSelected.connect(lambda name: self.saveRequested.emit(proposal, name))
        self.dialog = dialog
        dialog.open()

    def ask_delete(self) -> None:
        group = self.current_group()
        if group is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete working group"),
                          self.tr("Delete the group “{name}”? The cities stay; only the "
                                  "group is removed.").format(name=group.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.deleteRequested.emit(group.uuid))
        self.dialog = box
        box.open()

    def _renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.parent() is None:
            self.renameRequested.emit(item.data(0, _Role), item.text(0))

    def _add(self) -> None:
        group, city = self.current_group(), self.city_picker.currentData()
        if group is not None and isinstance(city, UUID):
            self.addMemberRequested.emit(group.uuid, city)

    def _member_action(self, signal: SignalInstance) -> None:
        group, member = self.current_group(), self.current_member()
        if group is None or member is None:
            self.warning.setText(self.tr("Select a member of a saved group first."))
            return
        signal.emit(group.uuid, member)

    def _update_warning(self) -> None:
        group = self.current_group()
        text = ""
        if group is not None and group.too_small:
            text = self.tr("“{name}” has fewer than three members: add a city so the group "
                           "is worth meeting.").format(name=group.name)
        elif group is not None and group.lead is None:
            text = self.tr("“{name}” has no lead: select a member and choose Make lead."
                           ).format(name=group.name)
        self.warning.setText(text)


def _tree(name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.setAccessibleName(name)
    tree.setWordWrap(True)
    return tree


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
