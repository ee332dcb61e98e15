"""Existing working groups are changed on the Working groups page only: members and lead
in the group dialog, deletion after a question; Ctrl+Z takes each back (a deleted group
comes back whole). Pinning and hiding a peer are undone on the Peer cities page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import Group, working_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.views.common.undo import undo_actions
from rrr_desktop.views.groups.group_dialog import GroupDialog
from rrr_desktop.views.groups.page import WorkingGroupsPage
from rrr_desktop.views.peers.page import PeersPage
from tests.factories import SEED_UUIDS


@pytest.fixture
def page(home: Home, qtbot: QtBot) -> Iterator[WorkingGroupsPage]:
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    group = editing.create_group(home.db, "Impact finance", ["social-impact-bonds"],
                                 ["Rotterdam", "Torino", "Dublin"])
    meetings.plan_meeting(home.db, group, datetime(2030, 5, 6, 9, 0), "Europe/Madrid")
    actions.add_action(home.db, group, "Map the cooperatives", "Rotterdam")
    stack = QUndoStack()
    shown = WorkingGroupsPage(undo_stack=stack)
    shown.addActions(list(undo_actions(stack, shown)))
    qtbot.addWidget(shown)
    shown.resize(900, 690)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    qtbot.waitUntil(lambda: shown.detail.group is not None)
    yield shown


def only(home: Home) -> list[Group]:
    return working_groups(home.db)


def press(qtbot: QtBot, page: WorkingGroupsPage, key: QKeySequence.StandardKey) -> None:
    combination = QKeySequence(key)[0]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.table, combination.key(), combination.keyboardModifiers())


def test_a_deleted_group_is_asked_about_then_undone_and_redone(
        page: WorkingGroupsPage, home: Home, qtbot: QtBot) -> None:
    (before,) = only(home)
    changed: list[bool] = []
    page.groupsChanged.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.detail.buttons["delete"], Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, QMessageBox) and "Impact finance" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(only(home)) == 1
    qtbot.mouseClick(page.detail.buttons["delete"], Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert only(home) == [] and changed
    assert page.detail.title.text() == "No working groups yet"

    press(qtbot, page, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    (back,) = only(home)
    assert (back.uuid, back.name, [m.city for m in back.members], len(back.meetings),
            [a.title for a in back.actions]) == (
        before.uuid, before.name, [m.city for m in before.members], 1,
        ["Map the cooperatives"])
    press(qtbot, page, QKeySequence.StandardKey.Redo)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert only(home) == []


def test_members_and_lead_are_changed_in_the_group_dialog_and_undone(
        page: WorkingGroupsPage, home: Home, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    for row in range(dialog.members.count()):
        item = dialog.members.item(row)
        if item.text() in ("Dublin", "Montréal"):
            rect = dialog.members.visualItemRect(item)
            qtbot.mouseClick(dialog.members.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())  # chooses the row; Space ticks or unticks
            qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    assert dialog.lead.findText("Montréal") >= 0 and dialog.lead.findText("Dublin") < 0
    dialog.lead.setCurrentIndex(dialog.lead.findText("Torino"))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: only(home)[0].lead_city == "Torino", timeout=10_000)
    (group,) = only(home)
    assert [m.city for m in group.members] == ["Bilbao", "Rotterdam", "Torino", "Montréal"]
    qtbot.waitUntil(lambda: page.detail.group is not None
                    and page.detail.group.lead_city == "Torino")

    press(qtbot, page, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: only(home)[0].lead_city == "Bilbao", timeout=10_000)
    assert [m.city for m in only(home)[0].members] == ["Bilbao", "Rotterdam", "Torino",
                                                       "Dublin"]


def test_a_member_that_owns_actions_stays_and_the_dialog_says_why(
        page: WorkingGroupsPage, home: Home, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    row = next(r for r in range(dialog.members.count())
               if dialog.members.item(r).text() == "Rotterdam")
    dialog.members.setCurrentRow(row)
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    assert dialog.members.item(row).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.isVisible() and "owns actions" in dialog.problem.text())
    assert "Rotterdam" in [m.city for m in only(home)[0].members]


def test_pinning_and_hiding_a_peer_are_undone(home: Home, qtbot: QtBot) -> None:
    from rrr_desktop.services.peers import workspace as peer_workspace
    from rrr_desktop.services.setup.sample_data import load_sample_data

    load_sample_data(home.db, count=3)
    page = PeersPage(undo_stack=QUndoStack())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    page.table.selectRow(0)
    city = page.selected_uuid()
    assert city is not None and page.undo_stack is not None
    stack = page.undo_stack
    page.pin_action.trigger()
    qtbot.waitUntil(lambda: stack.undoText() == "Pin Peer City")
    page.hide_action.trigger()
    qtbot.waitUntil(lambda: stack.undoText() == "Hide Peer City")
    assert peer_workspace.peer_preferences(home.db).hidden == {city}
    stack.undo()
    qtbot.waitUntil(lambda: not peer_workspace.peer_preferences(home.db).hidden)
    stack.undo()
    qtbot.waitUntil(lambda: not peer_workspace.peer_preferences(home.db).pinned)
    stack.redo()
    qtbot.waitUntil(lambda: peer_workspace.peer_preferences(home.db).pinned == {city})
    page.detail.note.timer.stop()
