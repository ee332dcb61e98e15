"""The group, meeting and action dialogs keep what the officer typed: typing goes into
the first field at once, a problem is said inside the dialog (which stays open, the
field at fault focused), and a write refused afterwards opens the dialog again with the
entries and the reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.services.groups import editing
from rrr_desktop.services.groups.shared import working_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.views.groups.action_dialog import ActionDialog, member_choices
from rrr_desktop.views.groups.form_dialog import FormDialog
from rrr_desktop.views.groups.group_dialog import GroupDialog
from rrr_desktop.views.groups.meeting_dialog import MeetingDialog
from rrr_desktop.views.groups.page import WorkingGroupsPage
from tests.factories import SEED_UUIDS


@pytest.fixture
def page(home: Home, qtbot: QtBot) -> Iterator[WorkingGroupsPage]:
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    editing.create_group(home.db, "Impact finance", ["social-impact-bonds"],
                         ["Rotterdam", "Torino"])
    shown = WorkingGroupsPage(undo_stack=QUndoStack())
    qtbot.addWidget(shown)
    shown.resize(900, 690)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    qtbot.waitUntil(lambda: shown.detail.group is not None)
    yield shown


def _opened(qtbot: QtBot, page: WorkingGroupsPage, button: QWidget) -> FormDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, FormDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _type(qtbot: QtBot, text: str) -> None:
    """Type where the keyboard focus is, as the officer does."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _ok(qtbot: QtBot, dialog: FormDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _tick(dialog: GroupDialog, *cities: str) -> None:
    for row in range(dialog.members.count()):
        if dialog.members.item(row).text() in cities:
            dialog.members.item(row).setCheckState(Qt.CheckState.Checked)


def test_typing_goes_into_the_name_and_an_empty_name_keeps_the_dialog_open(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    dialog = _opened(qtbot, page, page.new_button)
    assert isinstance(dialog, GroupDialog)
    _type(qtbot, "Digital platforms")
    assert dialog.name.text() == "Digital platforms"
    dialog.name.clear()
    _tick(dialog, "Rotterdam", "Torino")
    qtbot.keyClicks(dialog.purpose, "Share the platforms we built")
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # nothing lost: the members and purpose are still there
    assert "needs a name" in dialog.problem.text()
    assert QApplication.focusWidget() is dialog.name
    assert dialog.values().members and dialog.values().purpose == "Share the platforms we built"
    _type(qtbot, "Digital platforms")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: any(g.name == "Digital platforms"
                                for g in working_groups(home.db)))
    assert not dialog.isVisible()


def test_a_group_refused_after_the_dialog_closed_opens_again_with_the_entries(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    dialog = _opened(qtbot, page, page.new_button)
    assert isinstance(dialog, GroupDialog)
    _type(qtbot, "Digital platforms")
    _tick(dialog, "Rotterdam")
    qtbot.keyClicks(dialog.purpose, "Share what we built")
    editing.create_group(home.db, "Digital platforms", [], ["Torino"])  # meanwhile, elsewhere
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and "exists already" in dialog.problem.text())
    assert (dialog.name.text(), dialog.purpose.toPlainText()) == (
        "Digital platforms", "Share what we built")
    assert QApplication.focusWidget() is dialog.name


def test_a_meeting_with_a_bad_link_stays_open_and_a_refused_one_comes_back(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    dialog = _opened(qtbot, page, page.detail.buttons["meeting"])
    assert isinstance(dialog, MeetingDialog)
    assert QApplication.focusWidget() is dialog.when
    qtbot.keyClicks(dialog.agenda, "Jury")
    qtbot.keyClicks(dialog.link, "meet dot example")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "not a web address" in dialog.problem.text()
    assert QApplication.focusWidget() is dialog.link
    dialog.link.clear()
    _type(qtbot, "https://meet.example.org/impact")
    group = page.detail.group
    assert group is not None
    editing.delete_group(home.db, group.uuid)  # deleted meanwhile by a colleague
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and "no longer exists" in dialog.problem.text())
    assert dialog.agenda.toPlainText() == "Jury"
    assert dialog.link.text() == "https://meet.example.org/impact"


def test_an_action_without_a_title_stays_open_and_a_refused_one_comes_back(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    dialog = _opened(qtbot, page, page.detail.buttons["action"])
    assert isinstance(dialog, ActionDialog)
    assert QApplication.focusWidget() is dialog.title
    qtbot.keyClicks(dialog.notes, "Ask the cooperatives first")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "needs a title" in dialog.problem.text()
    assert QApplication.focusWidget() is dialog.title
    _type(qtbot, "Map the cooperatives")
    group = page.detail.group
    assert group is not None
    editing.delete_group(home.db, group.uuid)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and "no longer exists" in dialog.problem.text())
    assert (dialog.title.text(), dialog.notes.toPlainText()) == (
        "Map the cooperatives", "Ask the cooperatives first")


def test_a_refused_note_comes_back_with_its_text(page: WorkingGroupsPage, qtbot: QtBot,
                                                 home: Home) -> None:
    qtbot.mouseClick(page.detail.buttons["note"], Qt.MouseButton.LeftButton)
    note = page.dialog
    assert isinstance(note, QInputDialog)
    qtbot.waitExposed(note)
    editor = note.findChild(QPlainTextEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "We host the spring meeting")
    group = page.detail.group
    assert group is not None
    editing.delete_group(home.db, group.uuid)
    qtbot.mouseClick(note.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    # With a team database, reading the vanished group may say so first: wait for both.
    qtbot.waitUntil(lambda: note.isVisible() and isinstance(page.dialog, QMessageBox))
    assert "no longer exists" in page.dialog.text()  # type: ignore[union-attr]
    assert note.textValue() == "We host the spring meeting"


def test_ctrl_s_while_typing_our_note_saves_it_like_ok(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    qtbot.mouseClick(page.detail.buttons["note"], Qt.MouseButton.LeftButton)
    note = page.dialog
    assert isinstance(note, QInputDialog)
    qtbot.waitExposed(note)
    note.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is note)
    editor = note.findChild(QPlainTextEdit)
    assert editor is not None
    editor.setFocus()
    qtbot.keyClicks(editor, "We host the spring meeting")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def ours() -> str:
        group = working_groups(home.db)[0]
        return next((n.text for n in group.member_notes if n.city_uuid == group.our_uuid), "")

    stack = page.undo_stack
    assert stack is not None
    qtbot.waitUntil(lambda: stack.undoText() == "Edit Our Note")
    assert ours() == "We host the spring meeting"
    assert not note.isVisible()


def test_escape_asks_before_losing_what_was_typed_in_a_meeting(
        page: WorkingGroupsPage, qtbot: QtBot) -> None:
    untouched = _opened(qtbot, page, page.detail.buttons["meeting"])
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()  # nothing typed: closes at once
    dialog = _opened(qtbot, page, page.detail.buttons["meeting"])
    assert isinstance(dialog, MeetingDialog)
    qtbot.keyClicks(dialog.place, "Mole Antonelliana")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert dialog.isVisible()
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel),  # Keep editing
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.place.text() == "Mole Antonelliana"
    dialog.close()  # the window's close button
    question = dialog.discard_question
    qtbot.waitUntil(question.isVisible)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Discard),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_invitation_says_to_the_officer_whom_it_could_not_address(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from datetime import datetime

    from rrr_desktop.services.groups import meetings
    from rrr_desktop.views.groups.group_files import GroupFileDialog

    group = page.detail.group
    assert group is not None
    meetings.plan_meeting(home.db, group.uuid, datetime(2031, 5, 6, 9, 0), "Europe/Rome")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    qtbot.waitUntil(lambda: page.detail.group is not None and bool(page.detail.group.meetings))
    qtbot.mouseClick(page.detail.buttons["invite"], Qt.MouseButton.LeftButton)
    chooser = page.dialog
    assert isinstance(chooser, GroupFileDialog)
    chooser.selectFile(str(tmp_path / "invite.eml"))
    chooser.accept()
    qtbot.waitUntil(lambda: chooser.box is not None and chooser.box.isVisible())
    assert chooser.box is not None
    assert "No contact office address for Rotterdam, Torino" in chooser.box.text()
    assert "Rotterdam" not in (tmp_path / "invite.eml").read_text()  # nor in the mail


def test_ctrl_s_while_typing_saves_like_ok(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home) -> None:
    dialog = _opened(qtbot, page, page.new_button)
    assert isinstance(dialog, GroupDialog)
    _tick(dialog, "Rotterdam")
    dialog.name.setFocus()
    _type(qtbot, "Community energy")
    save = QKeySequence(QKeySequence.StandardKey.Save)[0]
    qtbot.keyClick(dialog.name, save.key(), save.keyboardModifiers())
    qtbot.waitUntil(lambda: any(g.name == "Community energy" for g in working_groups(home.db)))
    assert not dialog.isVisible()


def test_email_it_without_a_mail_program_shows_the_invitation_in_its_folder(
        page: WorkingGroupsPage, qtbot: QtBot, home: Home, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from rrr_desktop.services.groups import meetings
    from rrr_desktop.views.common import mail_program
    from rrr_desktop.views.groups.group_files import GroupFileDialog

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(mail_program, "has_mail_program", lambda: False)
    group = page.detail.group
    assert group is not None
    meetings.plan_meeting(home.db, group.uuid, datetime(2031, 5, 6, 9, 0), "Europe/Rome")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    qtbot.waitUntil(lambda: page.detail.group is not None and bool(page.detail.group.meetings))
    qtbot.mouseClick(page.detail.buttons["invite"], Qt.MouseButton.LeftButton)
    chooser = page.dialog
    assert isinstance(chooser, GroupFileDialog)
    chooser.selectFile(str(tmp_path / "invite.eml"))
    chooser.accept()
    qtbot.waitUntil(lambda: chooser.box is not None and chooser.box.isVisible())
    box = chooser.box
    assert box is not None
    [email] = [b for b in box.buttons() if b.text() == "&Email It"]
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [QUrl.fromLocalFile(str(tmp_path))])
    qtbot.waitUntil(lambda: chooser.box is not box and chooser.box is not None
                    and chooser.box.isVisible())
    assert "No mail program is set up" in chooser.box.text()
    assert "invite.eml" in chooser.box.text()


def test_a_new_action_is_ours_unless_another_city_is_chosen(page: WorkingGroupsPage,
                                                            qtbot: QtBot) -> None:
    """Warsaw's officer adding an action in a group Belo Horizonte leads (its members in
    the lead's order) found Belo Horizonte chosen as the owner, and the action refused."""
    group = page.detail.group
    assert group is not None
    ours = next(m for m in group.members if m.is_ours)
    leads_order = replace(group, members=(*(m for m in group.members if not m.is_ours), ours))
    choices = member_choices(leads_order)
    assert choices[0].name == "Bilbao"  # ours, the default of a new action
    assert sorted(c.name for c in choices) == ["Bilbao", "Rotterdam", "Torino"]
    dialog = ActionDialog(choices)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentText() == "Bilbao"


def test_the_zone_is_named_in_words_with_the_time_on_this_computer(
        page: WorkingGroupsPage, qtbot: QtBot) -> None:
    """A Belo Horizonte officer saw only ids like "America/Sao_Paulo" and no time of
    their own while planning a meeting."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    dialog = _opened(qtbot, page, page.detail.buttons["meeting"])
    assert isinstance(dialog, MeetingDialog)
    dialog.when.setDateTime(QDateTime(QDate(2027, 2, 22), QTime(11, 0)))
    dialog.zone.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone.lineEdit(), "America/Sao_Paulo")
    here = datetime(2027, 2, 22, 11, 0, tzinfo=ZoneInfo("America/Sao_Paulo")).astimezone()
    shown = QLocale().toString(QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat)
    assert dialog.zone_hint.text().endswith(f"on this computer: {shown}")
    assert "America/Sao_Paulo" not in dialog.zone_hint.text()  # named in words
    dialog.zone.lineEdit().selectAll()
    qtbot.keyClicks(dialog.zone.lineEdit(), "Mars/Olympus")
    assert dialog.zone_hint.text() == "Choose a time zone from the list."
    dialog.close()


def test_our_own_new_action_is_no_news_to_us(page: WorkingGroupsPage, qtbot: QtBot,
                                             home: Home) -> None:
    """A Torino officer's own action, added with the group shown, made it "New 1"."""
    dialog = _opened(qtbot, page, page.detail.buttons["action"])
    _type(qtbot, "Map the cooperatives")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.detail.group is not None and bool(page.detail.group.actions))
    [group] = page.model.groups()
    assert group.unseen_changes() == ()
    assert page.model.index(0, page.model.NEW).data() in ("", None)
