"""Ctrl+Z undoes every change to stakeholders, Ctrl+Shift+Z redoes it; Redo is never stale."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    interaction_log,
)
from rrr_desktop.views.stakeholders.actions import StakeholderActions
from rrr_desktop.views.stakeholders.editor import StakeholderEditor
from rrr_desktop.views.stakeholders.interaction_dialog import InteractionDialog
from rrr_desktop.views.stakeholders.merge_dialog import MergeDialog
from tests.factories import database_connection


class Desk:
    """The actions in a window whose Edit keys work, as in the main window."""

    def __init__(self, qtbot: QtBot, home: Home, selected: list[int]) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.selected = selected
        self.actions = StakeholderActions(lambda: home, lambda: list(self.selected),
                                          self.window)
        self.actions.selection_changed(selected, [False] * len(selected))
        self.window.addActions([self.actions.undo, self.actions.redo])
        self.window.show()

    def key(self, sequence: QKeySequence.StandardKey) -> None:
        combination = QKeySequence(sequence)[0]
        self.window.activateWindow()  # the keys act in the active window only
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        with self.qtbot.waitSignal(self.actions.changed, timeout=10_000):
            self.qtbot.keyClick(self.window, combination.key(), combination.keyboardModifiers())

    def undo(self) -> None:
        self.key(QKeySequence.StandardKey.Undo)

    def redo(self) -> None:
        self.key(QKeySequence.StandardKey.Redo)


def save_button(dialog: StakeholderEditor | InteractionDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def archived(home: Home) -> list[int]:
    with home.db.reading() as connection:  # a reader: never waits for a writer
        return [a for (a,) in connection.execute("SELECT archived FROM stakeholder ORDER BY id")]


def uuids(home: Home) -> dict[int, str]:
    with database_connection(home) as connection:
        return dict(connection.execute("SELECT id, uuid FROM stakeholder").fetchall())


def test_an_edit_typed_in_the_form_is_undone_and_redone(qtbot: QtBot, home: Home) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop", district="Centre"))
    desk = Desk(qtbot, home, [green])
    desk.actions.edit_stakeholder(green)
    editor = desk.actions.dialog
    assert isinstance(editor, StakeholderEditor)
    qtbot.waitUntil(lambda: editor.form().name == "Green Coop")
    editor.tabs.name.selectAll()
    qtbot.keyClicks(editor.tabs.name, "Green Co-operative")
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert load_form(home.db, green).name == "Green Co-operative"
    assert desk.actions.undo.text() == "&Undo Edit Green Co-operative"

    desk.undo()
    assert load_form(home.db, green).name == "Green Coop"
    desk.redo()
    assert load_form(home.db, green).name == "Green Co-operative"


def test_archiving_is_undone(qtbot: QtBot, home: Home) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(n)) for n in ("A", "B")]
    desk = Desk(qtbot, home, ids)
    with qtbot.waitSignal(desk.actions.changed):
        desk.actions.archive.trigger()
    assert archived(home) == [1, 1]
    desk.undo()
    assert archived(home) == [0, 0]


def test_a_merge_is_undone_with_uuids_and_interactions(qtbot: QtBot, home: Home) -> None:
    first = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    second = create_stakeholder(home.db, StakeholderForm("Green Co-operative"))
    add_interaction(home.db, second, InteractionForm(date(2024, 2, 1), notes="two"))
    before = uuids(home)
    desk = Desk(qtbot, home, [first, second])
    desk.actions.merge.trigger()
    dialog = desk.actions.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert second not in uuids(home)

    desk.undo()

    assert uuids(home) == before
    assert [i.notes for i in interaction_log(home.db, second)] == ["two"]
    assert interaction_log(home.db, first) == ()


def test_redo_is_not_offered_after_an_unrelated_change(qtbot: QtBot, home: Home) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm("A"))]
    desk = Desk(qtbot, home, ids)
    with qtbot.waitSignal(desk.actions.changed):
        desk.actions.archive.trigger()
    desk.undo()
    assert desk.actions.redo.isEnabled()
    desk.actions.log_interaction(ids[0])
    dialog = desk.actions.dialog
    assert dialog is not None
    assert isinstance(dialog, InteractionDialog)
    qtbot.keyClicks(dialog.notes, "Met them")
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not desk.actions.redo.isEnabled()


def test_an_interaction_logged_is_undone_and_redone(qtbot: QtBot, home: Home) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    desk = Desk(qtbot, home, [green])
    desk.actions.log_interaction(green)
    dialog = desk.actions.dialog
    assert isinstance(dialog, InteractionDialog)
    qtbot.keyClicks(dialog.notes, "Met them")
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert [i.notes for i in interaction_log(home.db, green)] == ["Met them"]
    assert desk.actions.undo.text() == "&Undo Add Interaction"

    desk.undo()
    assert interaction_log(home.db, green) == ()
    desk.redo()
    assert [i.notes for i in interaction_log(home.db, green)] == ["Met them"]


def test_an_interaction_edited_or_deleted_is_undone(qtbot: QtBot, home: Home) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    call = add_interaction(home.db, green, InteractionForm(date(2024, 2, 1), notes="call"))
    desk = Desk(qtbot, home, [green])
    desk.actions.edit_interaction(green, call)
    dialog = desk.actions.dialog
    assert isinstance(dialog, InteractionDialog)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.notes, " back")
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert [i.notes for i in interaction_log(home.db, green)] == ["call back"]
    desk.undo()
    assert [i.notes for i in interaction_log(home.db, green)] == ["call"]

    desk.actions.edit_interaction(green, call)
    dialog = desk.actions.dialog
    assert isinstance(dialog, InteractionDialog)
    with qtbot.waitSignal(desk.actions.changed):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert interaction_log(home.db, green) == ()
    assert desk.actions.undo.text() == "&Undo Delete Interaction"
    desk.undo()
    assert [(i.id, i.notes) for i in interaction_log(home.db, green)] == [(call, "call")]


@pytest.fixture(autouse=True)
def _english_keys() -> None:
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() == "Ctrl+Z"


def test_undo_waits_for_another_writer_without_freezing_the_window(
        qtbot: QtBot, home: Home) -> None:
    """Another program holds the write lock: Undo returns at once, the window keeps
    answering and says it waits, and the change is written once the lock is free."""
    from rrr_desktop.views.common.writes import write_waits

    ids = [create_stakeholder(home.db, StakeholderForm("A"))]
    desk = Desk(qtbot, home, ids)
    with qtbot.waitSignal(desk.actions.changed):
        desk.actions.archive.trigger()
    other = sqlite3.connect(home.db.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(write_waits().waiting, timeout=8_000):
            desk.actions.undo.trigger()  # returns: the write waits on the writers' thread
        assert archived(home) == [1]
        with qtbot.waitSignal(desk.actions.changed, timeout=20_000):
            other.execute("COMMIT")
    finally:
        other.close()
    assert archived(home) == [0]
