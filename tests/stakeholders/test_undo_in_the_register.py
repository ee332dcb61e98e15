"""Undo on the Stakeholders page as the officer reaches it: restoring from the archive
through the list's context menu, a follow-up marked done with the details' button, and a
bulk edit through Ctrl+B and its dialog, each taken back with Ctrl+Z. Ctrl+S in the bulk
edit and merge dialogs does what their own button does: the change is made and is one
undo step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    interaction_log,
)
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog
from rrr_desktop.views.stakeholders.merge_dialog import MergeDialog
from rrr_desktop.views.stakeholders.page import StakeholdersPage


@pytest.fixture
def page(qtbot: QtBot) -> StakeholdersPage:
    shown = StakeholdersPage()
    qtbot.addWidget(shown)
    shown.addActions([shown.stakeholder_actions.undo, shown.stakeholder_actions.redo])
    shown.resize(1100, 700)
    shown.show()
    return shown


def refreshed(page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    page.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def click_row(page: StakeholdersPage, qtbot: QtBot, name: str,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).name == name)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     rect.center())


def archived(home: Home) -> dict[str, int]:
    with home.db.reading() as connection:
        return dict(connection.execute("SELECT name, archived FROM stakeholder"))


def undo_with_ctrl_z(page: StakeholdersPage, qtbot: QtBot) -> None:
    page.activateWindow()  # back from a dialog: the keys act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def pick_in_context_menu(page: StakeholdersPage, qtbot: QtBot, mnemonic: Qt.Key) -> None:
    """Open the list's context menu on the selected row and choose an entry by its
    underlined letter."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        menu.triggered.connect(lambda action: chosen.append(action.text()))
        qtbot.keyClick(menu, mnemonic)

    QTimer.singleShot(100, choose)
    index = page.table.selectionModel().selectedRows()[0]
    where = page.table.visualRect(index).center()
    viewport = page.table.viewport()
    # What a right-click (or the Menu key) delivers; the menu runs until a choice is made.
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where)))
    qtbot.waitUntil(lambda: bool(chosen))


def test_restoring_from_the_archive_is_undone(page: StakeholdersPage, home: Home,
                                              qtbot: QtBot) -> None:
    kept = create_stakeholder(home.db, StakeholderForm("Old Bakery"))
    create_stakeholder(home.db, StakeholderForm("Active Co-op"))
    set_archived(home.db, [kept], True)
    refreshed(page, home, qtbot)
    qtbot.mouseClick(page.archived, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    click_row(page, qtbot, "Old Bakery")
    qtbot.waitUntil(page.stakeholder_actions.restore.isEnabled)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        pick_in_context_menu(page, qtbot, Qt.Key.Key_R)  # "&Restore from Archive"
    assert archived(home) == {"Old Bakery": 0, "Active Co-op": 0}
    assert page.stakeholder_actions.undo.text() == (
        "&Undo Restore 1 stakeholder from the archive")
    undo_with_ctrl_z(page, qtbot)
    assert archived(home) == {"Old Bakery": 1, "Active Co-op": 0}


def test_a_follow_up_marked_done_with_its_button_is_undone(page: StakeholdersPage,
                                                           home: Home, qtbot: QtBot) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    add_interaction(home.db, green, InteractionForm(
        date(2024, 2, 1), notes="call back", follow_up_on=date(2024, 3, 1)))
    refreshed(page, home, qtbot)
    click_row(page, qtbot, "Green Coop")
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.interactions is not None)
    log = page.detail.interactions
    assert log is not None
    qtbot.mouseClick(log.viewport(), Qt.MouseButton.LeftButton,
                     pos=log.visualItemRect(log.item(0)).center())
    qtbot.waitUntil(page.detail.follow_up_button.isEnabled)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.mouseClick(page.detail.follow_up_button, Qt.MouseButton.LeftButton)
    assert interaction_log(home.db, green)[0].follow_up_done
    assert page.stakeholder_actions.undo.text() == "&Undo Mark Follow-up Done"
    undo_with_ctrl_z(page, qtbot)
    assert not interaction_log(home.db, green)[0].follow_up_done


def opened_bulk_edit(page: StakeholdersPage, qtbot: QtBot, names: list[str]) -> BulkEditDialog:
    """Select ``names`` (a range) with clicks and open Change Stakeholders with Ctrl+B."""
    click_row(page, qtbot, names[0])
    click_row(page, qtbot, names[-1], Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(page.selected_ids()) == len(names))
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(BulkEditDialog)
    assert isinstance(dialog, BulkEditDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_bulk_edit_made_in_its_dialog_is_undone(page: StakeholdersPage, home: Home,
                                                  qtbot: QtBot) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(name, tags=("old",)))
           for name in ("Alpha Co-op", "Beta Co-op")]
    refreshed(page, home, qtbot)
    dialog = opened_bulk_edit(page, qtbot, ["Alpha Co-op", "Beta Co-op"])
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Add tags:"
    qtbot.waitUntil(dialog.add_tags.isEnabled)
    qtbot.keyClicks(dialog.add_tags, "new")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert [load_form(home.db, i).tags for i in ids] == [("old", "new"), ("old", "new")]
    undo_with_ctrl_z(page, qtbot)
    assert [load_form(home.db, i).tags for i in ids] == [("old",), ("old",)]


def test_ctrl_s_in_the_bulk_edit_dialog_makes_the_change(page: StakeholdersPage, home: Home,
                                                         qtbot: QtBot) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(name, tags=("old",)))
           for name in ("Alpha Co-op", "Beta Co-op")]
    refreshed(page, home, qtbot)
    dialog = opened_bulk_edit(page, qtbot, ["Alpha Co-op", "Beta Co-op"])
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Remove tags:"
    qtbot.waitUntil(dialog.remove_tags.hasFocus)
    qtbot.keyClicks(dialog.remove_tags, "old")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.keyClick(dialog.remove_tags, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [load_form(home.db, i).tags for i in ids] == [(), ()]
    assert page.stakeholder_actions.undo.text() == "&Undo Bulk Edit 2 stakeholders"


def test_ctrl_s_in_the_merge_dialog_merges(page: StakeholdersPage, home: Home,
                                           qtbot: QtBot) -> None:
    for name in ("Green Coop", "Green Co-operative"):
        create_stakeholder(home.db, StakeholderForm(name))
    refreshed(page, home, qtbot)
    click_row(page, qtbot, "Green Co-operative")
    click_row(page, qtbot, "Green Coop", Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(page.stakeholder_actions.merge.isEnabled)
    pick_in_context_menu(page, qtbot, Qt.Key.Key_M)  # "&Merge Duplicates…"
    dialog = page.stakeholder_actions.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    dialog.master.setFocus()
    first_offered = dialog.master.currentText()
    qtbot.keyClick(dialog.master, Qt.Key.Key_Down)  # keep the other record
    kept = dialog.master.currentText()
    assert kept != first_offered
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.keyClick(dialog.master, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert list(archived(home)) == [kept]
    assert page.stakeholder_actions.undo.text() == "&Undo Merge 2 stakeholders"
