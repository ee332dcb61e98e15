"""Ctrl+Z takes back changes to saved working groups: a deleted group comes back whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.groups import saved as saved_groups
from rrr_desktop.services.groups.proposals import suggest_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.world import load_world
from rrr_desktop.views.common.undo import undo_actions
from rrr_desktop.views.peers.page import PeersPage


@pytest.fixture
def page(home: Home, qtbot: QtBot) -> Iterator[PeersPage]:
    saved_groups.save_proposal(home.db, suggest_groups(load_world(home.db).world)[0],
                               name="Partnerships circle")
    stack = QUndoStack()
    shown = PeersPage(undo_stack=stack)
    shown.addActions(list(undo_actions(stack, shown)))
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    shown.tabs.setCurrentWidget(shown.groups)
    qtbot.waitUntil(lambda: len(shown.groups.saved) == 1)
    yield shown
    shown.detail.note.timer.stop()


def press(qtbot: QtBot, page: PeersPage, key: QKeySequence.StandardKey) -> None:
    combination = QKeySequence(key)[0]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.groups.saved_tree, combination.key(), combination.keyboardModifiers())


def test_a_deleted_group_is_undone_and_redone(page: PeersPage, home: Home,
                                              qtbot: QtBot) -> None:
    (before,) = saved_groups.saved_groups(home.db)
    groups = page.groups
    item = groups.saved_tree.topLevelItem(0)
    assert item is not None
    groups.saved_tree.setCurrentItem(item)
    qtbot.mouseClick(groups.delete_button, Qt.MouseButton.LeftButton)
    box = groups.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not groups.saved)

    press(qtbot, page, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: len(groups.saved) == 1)
    (back,) = saved_groups.saved_groups(home.db)
    assert (back.uuid, back.name, back.lead, back.members) == (
        before.uuid, before.name, before.lead, before.members)

    press(qtbot, page, QKeySequence.StandardKey.Redo)
    qtbot.waitUntil(lambda: not groups.saved)
    assert saved_groups.saved_groups(home.db) == []


def test_a_rename_is_undone(page: PeersPage, home: Home, qtbot: QtBot) -> None:
    item = page.groups.saved_tree.topLevelItem(0)
    assert item is not None
    item.setText(0, "Torino circle")
    qtbot.waitUntil(lambda: page.groups.saved[0].name == "Torino circle")
    qtbot.waitUntil(lambda: page.undo_stack is not None and page.undo_stack.canUndo())
    press(qtbot, page, QKeySequence.StandardKey.Undo)
    qtbot.waitUntil(lambda: page.groups.saved[0].name == "Partnerships circle")


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
