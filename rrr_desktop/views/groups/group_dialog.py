"""The dialog of a working group: its name, purpose, stage, themes, members and lead."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.groups.editing import checked_member_count, checked_name, checked_purpose
from rrr_desktop.services.groups.shared import Group, GroupStage
from rrr_desktop.text import normalise, show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.groups.form_dialog import FormDialog
from rrr_desktop.views.groups.groups_model import stage_label

_Role = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GroupValues:
    name: str
    purpose: str
    stage: GroupStage
    topic_ids: tuple[str, ...]
    members: tuple[str, ...]  # city UUIDs as text, for a new group
    lead: str


def group_values(group: Group) -> GroupValues:
    """What the group dialog starts from for an existing group."""
    return GroupValues(group.name, group.purpose, group.stage, group.topic_ids,
                       tuple(str(m.uuid) for m in group.members if not m.is_ours),
                       "" if group.we_lead or group.lead_uuid is None else str(group.lead_uuid))


class GroupDialog(FormDialog):
    """A group: a new one (``start``: the entries it starts from, as from a proposal) or
    an existing one (``editing``: its record, members and lead). ``taken``: the names
    of the other groups; ``ours``: our city's name."""

    def __init__(self, topics: list[Choice], cities: list[Choice],
                 start: GroupValues | None = None, parent: QWidget | None = None, *,
                 editing: bool = False, taken: Collection[str] = (), ours: str = "") -> None:
        super().__init__(self.tr("Edit Working Group") if editing
                         else self.tr("New Working Group") if start is None or not start.name
                         else self.tr("Start a Working Group"), parent)
        self.setMinimumWidth(640)
        self.taken = {normalise(name) for name in taken}
        self.ours = (self.tr("{city} (our city)").format(city=show_controls(ours)) if ours
                     else self.tr("Our city"))
        self.name = QLineEdit(start.name if start else "")
        self.name.setMaxLength(200)
        self.purpose = QPlainTextEdit(start.purpose if start else "")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(80)
        self.stage = QComboBox()
        for stage in GroupStage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.stage.setCurrentIndex(self.stage.findData((start.stage if start
                                                        else GroupStage.FORMING).value))
        self.topics = self._checklist(topics, set(start.topic_ids) if start else set(),
                                      self.tr("Themes"))
        self.members = self._checklist(cities, set(start.members) if start else set(),
                                       self.tr("Member cities"))
        self.members.itemChanged.connect(lambda _item: self._fill_lead())
        self.lead = QComboBox()
        self.lead.setAccessibleName(self.tr("Lead city"))
        self._fill_lead(start.lead if start else "")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.form.addRow(self.tr("&Stage:"), self.stage)
        self.form.addRow(self.tr("&Themes:"), self.topics)
        self.form.addRow(self.tr("&Members (besides us):"), self.members)
        self.form.addRow(self.tr("&Lead:"), self.lead)
        self.form.addRow(plain_label(self.tr(
            "The lead city's bundles carry the group, its meetings and its decisions to the "
            "members; each member sends its own actions and note."), role="hint"))
        self.fields = {"name": self.name, "purpose": self.purpose, "members": self.members,
                       "lead": self.lead, "topics": self.topics}

    def _fill_lead(self, chosen: str | None = None) -> None:
        """The lead is our city or one of the ticked members."""
        keep = str(self.lead.currentData() or "") if chosen is None else chosen
        self.lead.clear()
        self.lead.addItem(self.ours, "")
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.lead.addItem(item.text(), item.data(_Role))
        self.lead.setCurrentIndex(max(self.lead.findData(keep), 0))

    def check(self) -> None:
        name = checked_name(self.name.text())
        if normalise(name) in self.taken:
            raise RejectedInput("workgroup.name_taken", field="name", name=name)
        checked_purpose(self.purpose.toPlainText())
        checked_member_count(1 + len(self._ticked(self.members)))

    def _checklist(self, choices: list[Choice], ticked: set[str], name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        listing.setMinimumHeight(110)
        for choice in choices:
            item = QListWidgetItem(show_controls(choice.name))
            item.setData(_Role, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.code in ticked
                               else Qt.CheckState.Unchecked)
            listing.addItem(item)
            if choice.code in ticked and listing.currentItem() is None:
                listing.setCurrentItem(item)  # shown first: the choice is in view
        return listing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for listing in (self.topics, self.members):
            if (current := listing.currentItem()) is not None:
                listing.scrollToItem(current, QListWidget.ScrollHint.PositionAtTop)

    @staticmethod
    def _ticked(listing: QListWidget) -> tuple[str, ...]:
        return tuple(str(listing.item(row).data(_Role)) for row in range(listing.count())
                     if listing.item(row).checkState() == Qt.CheckState.Checked)

    def values(self) -> GroupValues:
        return GroupValues(self.name.text(), self.purpose.toPlainText(),
                           GroupStage(self.stage.currentData()), self._ticked(self.topics),
                           self._ticked(self.members), str(self.lead.currentData() or ""))
