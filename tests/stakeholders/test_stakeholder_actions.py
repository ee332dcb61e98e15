"""Stakeholder actions over a tiny list harness: enablement, delete and undo, archive."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.interactions import InteractionForm, add_interaction
from rrr_desktop.views.stakeholders.actions import StakeholderActions
from tests.factories import database_connection


def names(home: Home) -> list[str]:
    with database_connection(home) as connection:
        return [n for (n,) in connection.execute("SELECT name FROM stakeholder ORDER BY id")]


def harness(qtbot: QtBot, home: Home, selected: list[int]) -> StakeholderActions:
    window = QWidget()
    qtbot.addWidget(window)
    actions = StakeholderActions(lambda: home, lambda: list(selected), window)
    actions.selection_changed(selected, [False] * len(selected))
    return actions


def test_actions_follow_the_selection(qtbot: QtBot, home: Home) -> None:
    actions = harness(qtbot, home, [])
    assert not any(a.isEnabled() for a in (actions.edit, actions.delete, actions.merge,
                                           actions.archive, actions.restore))
    assert actions.new_organisation.isEnabled()
    assert actions.new_organisation.shortcut().toString() == "Ctrl+N"
    actions.selection_changed([1], [False])
    assert actions.edit.isEnabled() and actions.archive.isEnabled()
    assert not actions.restore.isEnabled() and not actions.merge.isEnabled()
    actions.selection_changed([1, 2], [True, True])
    assert actions.merge.isEnabled() and actions.restore.isEnabled()
    assert not actions.archive.isEnabled() and not actions.edit.isEnabled()


def test_delete_then_undo_brings_it_back_and_redo_deletes_again(qtbot: QtBot,
                                                               home: Home) -> None:
    keep = create_stakeholder(home.db, StakeholderForm("Keep"))
    gone = create_stakeholder(home.db, StakeholderForm("Gone"))
    add_interaction(home.db, gone, InteractionForm(date(2024, 1, 1), notes="history"))
    actions = harness(qtbot, home, [gone])
    with qtbot.waitSignal(actions.changed) as changed:
        actions.delete.trigger()
    assert "1 stakeholder deleted" in changed.args[0]
    assert names(home) == ["Keep"]
    with qtbot.waitSignal(actions.changed):
        actions.undo.trigger()
    assert names(home) == ["Keep", "Gone"]
    with database_connection(home) as connection:
        assert connection.execute("SELECT notes FROM interaction WHERE stakeholder_id = ?",
                                  (gone,)).fetchall() == [("history",)]
    with qtbot.waitSignal(actions.changed):
        actions.redo.trigger()
    assert names(home) == ["Keep"]
    with qtbot.waitSignal(actions.changed):  # written in the background, as every undo
        actions.undo.trigger()
    assert names(home) == ["Keep", "Gone"] and keep


def test_archive_and_restore_the_selection(qtbot: QtBot, home: Home) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(n)) for n in ("A", "B")]
    actions = harness(qtbot, home, ids)
    with qtbot.waitSignal(actions.changed) as changed:
        actions.archive.trigger()
    assert changed.args[0].startswith("2 stakeholders archived")
    actions.selection_changed(ids, [True, True])
    with qtbot.waitSignal(actions.changed) as changed:
        actions.restore.trigger()
    assert changed.args[0].startswith("2 stakeholders restored")


def test_new_and_edit_open_the_editor(qtbot: QtBot, home: Home) -> None:
    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    actions = harness(qtbot, home, [stakeholder])
    actions.new_person.trigger()
    assert actions.dialog is not None and actions.dialog.windowTitle() == "New person"
    actions.dialog.close()
    actions.edit.trigger()
    assert actions.dialog.windowTitle() == "Edit stakeholder"
    qtbot.waitUntil(lambda: actions.dialog.tabs.name.text() == "Org")  # type: ignore[union-attr]


def test_the_detail_pane_asks_to_edit_and_close_follow_ups(qtbot: QtBot, home: Home) -> None:
    from rrr_desktop.services.stakeholders.interactions import interaction_log
    from rrr_desktop.services.stakeholders.listing import stakeholder_detail
    from rrr_desktop.views.stakeholders.detail_view import StakeholderView

    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    logged = add_interaction(home.db, stakeholder, InteractionForm(
        date(2024, 1, 1), follow_up_on=date(2024, 2, 1)))
    view = StakeholderView()
    qtbot.addWidget(view)
    view.show_stakeholder(stakeholder_detail(home.db, stakeholder),
                          interaction_log(home.db, stakeholder))
    with qtbot.waitSignal(view.editRequested) as edit:
        view.edit_button.click()
    assert edit.args == [stakeholder]
    assert view.interactions is not None
    assert "overdue" in view.interactions.item(0).text()
    view.interactions.setCurrentRow(0)
    with qtbot.waitSignal(view.followUpDoneRequested) as done:
        view.follow_up_button.click()
    assert done.args == [logged]
    with qtbot.waitSignal(view.interactionActivated) as activated:
        view.interactions.itemActivated.emit(view.interactions.item(0))
    assert activated.args == [stakeholder, logged]
