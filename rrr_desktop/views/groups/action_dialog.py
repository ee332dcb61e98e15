"""The dialog of a working group's action, and the member cities it may be given to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from rrr_desktop.services.dto import Choice
from rrr_desktop.services.groups.actions import checked_title
from rrr_desktop.services.groups.editing import checked_purpose
from rrr_desktop.services.groups.shared import Action, ActionStatus, Group
from rrr_desktop.views.common.form_fields import OptionalDateEdit
from rrr_desktop.views.groups.form_dialog import FormDialog
from rrr_desktop.views.groups.groups_model import status_label


@dataclass(frozen=True)
class ActionValues:
    title: str
    owner: str  # city UUID as text
    due_on: date | None
    status: ActionStatus
    notes: str


class ActionDialog(FormDialog):
    """An action: what, by which member city, by when, how far it got."""

    def __init__(self, members: list[Choice], action: Action | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Action") if action else self.tr("New Action"), parent)
        self.title = QLineEdit(action.title if action else "")
        self.title.setMaxLength(300)
        self.owner = QComboBox()
        for member in members:
            self.owner.addItem(member.name, member.code)
        if action is not None:
            self.owner.setCurrentIndex(max(self.owner.findData(str(action.owner_uuid)), 0))
            self.owner.setEnabled(False)  # an action stays with its owner
        self.due = OptionalDateEdit(self.tr("Due date"))
        self.due.set_day(action.due_on if action else None)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData((action.status if action
                                                          else ActionStatus.OPEN).value))
        self.notes = QPlainTextEdit(action.notes if action else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.form.addRow(self.tr("&What:"), self.title)
        self.form.addRow(self.tr("&Owner city:"), self.owner)
        self.form.addRow(self.tr("D&ue:"), self.due)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.fields = {"title": self.title, "owner": self.owner, "due": self.due,
                       "status": self.status, "purpose": self.notes}

    def check(self) -> None:
        checked_title(self.title.text())
        checked_purpose(self.notes.toPlainText())

    def values(self) -> ActionValues:
        return ActionValues(self.title.text(), str(self.owner.currentData() or ""),
                            self.due.day(), ActionStatus(self.status.currentData()),
                            self.notes.toPlainText())


def member_choices(group: Group) -> list[Choice]:
    """The member cities, ours first: a new action is ours unless the officer picks
    another (only the lead may give actions to other cities)."""
    members = sorted(group.members, key=lambda member: not member.is_ours)
    return [Choice(str(m.uuid), m.city) for m in members]
