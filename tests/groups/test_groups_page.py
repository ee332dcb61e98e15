"""The Working groups page: the list (model and proxy, without a window), a group's
view with members and timeline, editing through dialogs, and Ctrl+Z."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import ChangedElsewhere
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import GroupStage, working_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.views.common.undo import undo_actions
from rrr_desktop.views.groups.action_dialog import ActionDialog
from rrr_desktop.views.groups.group_dialog import GroupDialog
from rrr_desktop.views.groups.groups_model import GroupTableModel, group_proxy
from rrr_desktop.views.groups.meeting_dialog import MeetingDialog
from rrr_desktop.views.groups.page import WorkingGroupsPage
from tests.factories import SEED_UUIDS


@pytest.fixture
def bilbao_groups(home: Home) -> Home:
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    first = editing.create_group(home.db, "Impact finance", ["social-impact-bonds"],
                                 ["Rotterdam", "Torino"])
    editing.edit_group(home.db, first, stage=GroupStage.CO_IMPLEMENTATION)
    meetings.plan_meeting(home.db, first, datetime(2030, 5, 6, 9, 0), "America/Los_Angeles")
    actions.add_action(home.db, first, "Draft the outline", "Bilbao", due_on=date(2020, 1, 1))
    editing.create_group(home.db, "Annual awards", [], ["Montréal"])
    return home


def test_the_list_sorts_by_next_meeting_and_filters_on_any_text(
        bilbao_groups: Home, qapp: QApplication) -> None:
    model = GroupTableModel()
    proxy = group_proxy(model)
    model.set_groups(working_groups(bilbao_groups.db), now=datetime(2026, 12, 7, tzinfo=UTC))
    proxy.sort(GroupTableModel.NEXT, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, GroupTableModel.NAME).data()
    assert first == "Impact finance"  # the one with a meeting; the other has none
    assert proxy.index(0, GroupTableModel.STAGE).data() == "Co-implementation"
    assert "1 of ours overdue" in proxy.index(0, GroupTableModel.ACTIONS).data()
    assert proxy.index(1, GroupTableModel.NEXT).data() == ""
    proxy.setFilterFixedString("montr")
    assert proxy.rowCount() == 0  # members are in the tooltip, not the row's text
    proxy.setFilterFixedString("awards")
    assert proxy.rowCount() == 1


@pytest.fixture
def page(bilbao_groups: Home, qtbot: QtBot) -> Iterator[WorkingGroupsPage]:
    stack = QUndoStack()
    shown = WorkingGroupsPage(undo_stack=stack)
    shown.addActions(list(undo_actions(stack, shown)))
    qtbot.addWidget(shown)
    shown.resize(1300, 760)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(bilbao_groups)
    yield shown


def _choose(page: WorkingGroupsPage, qtbot: QtBot, name: str) -> None:
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == name)
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.group is not None and page.detail.group.name == name)


def _ok(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_a_group_shows_members_timeline_and_our_overdue_action(
        page: WorkingGroupsPage, qtbot: QtBot) -> None:
    _choose(page, qtbot, "Impact finance")
    detail = page.detail
    qtbot.waitUntil(lambda: detail.members.topLevelItemCount() == 3)
    assert detail.members.topLevelItem(0).text(0) == "Bilbao (lead)"
    assert "Draft the outline" in detail.overdue.text()
    texts = [detail.timeline.topLevelItem(i).text(1)
             for i in range(detail.timeline.topLevelItemCount())]
    assert texts[0] == "Action: Draft the outline"  # due in 2020, before the 2030 meeting
    assert texts[1].startswith("Meeting (09:00 in America/Los_Angeles)")
    assert detail.changes.topLevelItemCount() >= 1  # never looked at before: all is new


def test_an_action_added_in_its_dialog_is_undone_with_ctrl_z(
        page: WorkingGroupsPage, qtbot: QtBot, bilbao_groups: Home) -> None:
    _choose(page, qtbot, "Impact finance")
    qtbot.mouseClick(page.detail.buttons["action"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.title, "Map the cooperatives")
    dialog.owner.setCurrentIndex(dialog.owner.findText("Rotterdam"))
    _ok(qtbot, dialog)

    def titles() -> list[str]:
        (group,) = [g for g in working_groups(bilbao_groups.db) if g.name == "Impact finance"]
        return sorted(a.title for a in group.actions)

    qtbot.waitUntil(lambda: titles() == ["Draft the outline", "Map the cooperatives"])
    stack = page.undo_stack
    assert stack is not None
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert stack.undoText() == "Add Action"
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    combination = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    qtbot.keyClick(page.table, combination.key(), combination.keyboardModifiers())
    qtbot.waitUntil(lambda: titles() == ["Draft the outline"])


def test_a_meeting_planned_in_its_zone_and_an_action_marked_done(
        page: WorkingGroupsPage, qtbot: QtBot, bilbao_groups: Home) -> None:
    _choose(page, qtbot, "Annual awards")
    qtbot.mouseClick(page.detail.buttons["meeting"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    dialog.when.setDateTime(dialog.when.dateTime().fromString("2031-02-03 18:00",
                                                              "yyyy-MM-dd HH:mm"))
    dialog.zone.setCurrentText("America/Toronto")
    qtbot.keyClicks(dialog.agenda, "Jury")
    _ok(qtbot, dialog)

    def awards() -> object:
        return next(g for g in working_groups(bilbao_groups.db) if g.name == "Annual awards")

    qtbot.waitUntil(lambda: len(awards().meetings) == 1)  # type: ignore[attr-defined]
    (meeting,) = awards().meetings  # type: ignore[attr-defined]
    assert meeting.starts_at == datetime(2031, 2, 3, 23, 0, tzinfo=UTC)
    assert meeting.agenda == ("Jury",)


def test_the_group_dialog_makes_a_new_group(page: WorkingGroupsPage, qtbot: QtBot,
                                            bilbao_groups: Home) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    qtbot.keyClicks(dialog.name, "Digital platforms")
    for row in range(dialog.members.count()):
        if dialog.members.item(row).text() in ("Torino", "Rotterdam"):
            dialog.members.item(row).setCheckState(Qt.CheckState.Checked)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: any(g.name == "Digital platforms"
                                for g in working_groups(bilbao_groups.db)))
    made = next(g for g in working_groups(bilbao_groups.db) if g.name == "Digital platforms")
    assert [m.city for m in made.members] == ["Bilbao", "Rotterdam", "Torino"]
    assert made.lead_city == "Bilbao" and made.stage is GroupStage.FORMING


def test_without_groups_the_page_says_how_to_have_one(home: Home, qtbot: QtBot) -> None:
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    empty = WorkingGroupsPage(undo_stack=QUndoStack())
    qtbot.addWidget(empty)
    empty.show()
    with qtbot.waitSignal(empty.filled, timeout=10_000):
        empty.refresh(home)
    detail = empty.detail
    assert detail.title.text() == "No working groups yet"
    said = detail.facts.text()
    assert "New group…" in said and "Peer cities › Proposed groups" in said
    assert "Import Bundle" in said
    assert not detail.button_area.isVisible() and not detail.tabs.isVisible()
    qtbot.mouseClick(empty.new_button, Qt.MouseButton.LeftButton)
    assert isinstance(empty.dialog, GroupDialog)


def _moment(moment: datetime, language: str) -> str:
    local = moment.astimezone()
    months = {"en": "May", "es": "de mayo de", "pl": "maja"}
    time = f"{local:%H:%M}"
    if language == "es":
        return f"{local.day} de mayo de {local.year}, {time}"
    return f"{local.day} {months[language]} {local.year}, " + (
        f"godz. {time}" if language == "pl" else time)


@pytest.mark.parametrize(("language", "stage"), [("en", "Co-implementation"),
                                                  ("es", "Coimplementación"),
                                                  ("pl", "Wspólne wdrażanie")])
def test_dates_stages_and_columns_read_whole_in_the_app_language(
        bilbao_groups: Home, qtbot: QtBot, language: str, stage: str) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from rrr_desktop.views.common.translations import install_translations

    app = QApplication.instance()
    assert app is not None
    QLocale.setDefault(QLocale.c())  # the lead's virtual screen: C locale
    install_translations(app, QLocale(language))
    try:
        shown = WorkingGroupsPage(undo_stack=QUndoStack())
        qtbot.addWidget(shown)
        shown.resize(900, 690)  # the page in a window of the default 1100x720
        shown.show()
        with qtbot.waitSignal(shown.filled, timeout=10_000):
            shown.refresh(bilbao_groups)
        _choose(shown, qtbot, "Impact finance")
        row = shown.table.currentIndex().row()
        assert shown.proxy.index(row, GroupTableModel.STAGE).data() == stage
        assert shown.proxy.index(row, GroupTableModel.NEXT).data() == _moment(
            datetime(2030, 5, 6, 16, 0, tzinfo=UTC), language)
        header = shown.table.horizontalHeader()
        for column in range(1, GroupTableModel.COLUMN_COUNT):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        assert header.length() <= shown.table.viewport().width()  # no column off screen
        detail = shown.detail
        qtbot.waitUntil(lambda: detail.members.topLevelItemCount() == 3)
        changes = [detail.changes.topLevelItem(r).text(c)
                   for r in range(detail.changes.topLevelItemCount())
                   for c in range(detail.changes.columnCount())]
        assert not [text for text in changes if re.search(r"\d{4}-\d\d-\d\d", text)]
        meeting = {"en": "6 May 2030, 09:00", "es": "6 de mayo de 2030, 09:00",
                   "pl": "6 maja 2030, godz. 09:00"}[language]  # in its own zone
        assert any(text.endswith(f": {meeting}") for text in changes), changes
        for tree in (detail.members, detail.timeline, detail.changes):
            detail.tabs.setCurrentWidget(tree)
            tree_header = tree.header()
            for column in range(tree.columnCount()):
                assert tree_header.sectionSize(column) >= tree_header.sectionSizeHint(column)
            assert tree_header.length() <= tree.viewport().width()
        assert stage in detail.facts.text()
        qtbot.mouseClick(detail.buttons["edit"], Qt.MouseButton.LeftButton)
        dialog = shown.dialog
        assert isinstance(dialog, GroupDialog)
        assert dialog.stage.currentText() == stage
        widest = max(dialog.topics.fontMetrics().horizontalAdvance(dialog.topics.item(r).text())
                     for r in range(dialog.topics.count()))
        assert dialog.topics.viewport().width() > widest + 24  # the check box and a margin
        dialog.reject()
    finally:
        QLocale.setDefault(QLocale.system())
        for translator in app.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def test_the_meetings_are_saved_as_a_calendar_file(page: WorkingGroupsPage, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    _choose(page, qtbot, "Impact finance")
    qtbot.mouseClick(page.detail.buttons["ics"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "impact.ics"
    dialog.selectFile(str(target))
    dialog.accept()  # Save
    qtbot.waitUntil(target.exists)
    assert "BEGIN:VCALENDAR" in target.read_text(encoding="utf-8")


def _purpose(home: Home) -> str:
    (group,) = [g for g in working_groups(home.db) if g.name == "Impact finance"]
    return group.purpose


def _conflict_after_colleague_edit(page: WorkingGroupsPage, qtbot: QtBot,
                                   colleague: Home) -> QMessageBox:
    """The officer edits the group's purpose while a colleague saves another one."""
    _choose(page, qtbot, "Impact finance")
    qtbot.mouseClick(page.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    qtbot.keyClicks(dialog.purpose, "Ours")
    (group,) = [g for g in working_groups(colleague.db) if g.name == "Impact finance"]
    editing.edit_group(colleague.db, group.uuid, purpose="Theirs", based_on=group.revision)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(page.dialog, QMessageBox), timeout=10_000)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    assert re.fullmatch(r"Changed by Bea Colleague at \d\d:\d\d, after it was opened here\. "
                        r"Nothing was saved, so their change is not lost\. Reload to see "
                        r"their version, or Keep Mine to save yours over it\.", box.text())
    assert _purpose(colleague) == "Theirs"
    return box


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(button for button in box.buttons() if button.text() == text)


def test_keep_mine_saves_the_group_over_a_colleague_s_change_and_undo_brings_theirs_back(
        page: WorkingGroupsPage, qtbot: QtBot, bilbao_groups: Home, colleague: Home) -> None:
    box = _conflict_after_colleague_edit(page, qtbot, colleague)
    qtbot.mouseClick(_button(box, "&Keep Mine"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _purpose(colleague) == "Ours", timeout=10_000)
    stack = page.undo_stack
    assert stack is not None
    qtbot.waitUntil(lambda: stack.count() == 1)
    stack.undo()
    qtbot.waitUntil(lambda: _purpose(bilbao_groups) == "Theirs", timeout=10_000)


def test_reload_shows_the_colleague_s_group_and_saves_nothing(
        page: WorkingGroupsPage, qtbot: QtBot, bilbao_groups: Home, colleague: Home) -> None:
    box = _conflict_after_colleague_edit(page, qtbot, colleague)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.mouseClick(_button(box, "Re&load"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.group is not None
                    and page.detail.group.purpose == "Theirs", timeout=10_000)
    assert _purpose(bilbao_groups) == "Theirs"
    assert page.undo_stack is not None and page.undo_stack.count() == 0


def test_a_meeting_or_action_saved_over_a_colleague_s_change_is_refused(
        bilbao_groups: Home, colleague: Home) -> None:
    (group,) = [g for g in working_groups(bilbao_groups.db) if g.name == "Impact finance"]
    (meeting,), (action,) = group.meetings, group.actions
    meetings.change_meeting(colleague.db, meeting.uuid, place="Their room",
                            based_on=meeting.revision)
    actions.change_action(colleague.db, action.uuid, title="Their title",
                          based_on=action.revision)
    with pytest.raises(ChangedElsewhere, match=r"^Changed by Bea Colleague at "):
        meetings.change_meeting(bilbao_groups.db, meeting.uuid, place="Our room",
                                based_on=meeting.revision)
    with pytest.raises(ChangedElsewhere, match=r"^Changed by Bea Colleague at "):
        actions.change_action(bilbao_groups.db, action.uuid, title="Our title",
                              based_on=action.revision)
    (group,) = [g for g in working_groups(bilbao_groups.db) if g.name == "Impact finance"]
    assert (group.meetings[0].place, group.actions[0].title) == ("Their room", "Their title")
