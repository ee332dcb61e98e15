"""The Profile page edits our city's profile and saves it automatically: nothing typed is
ever lost, whether a save is refused, the disk fails, or the app crashes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile import document as profile_document
from rrr_desktop.services.profile import store as profile
from rrr_desktop.services.profile.document import read_draft_file, write_draft_file
from rrr_desktop.services.profile.draft import FreeTopicEntry, TopicEntry
from rrr_desktop.services.profile.store import load_profile
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.profile.autosave import SaveState
from rrr_desktop.views.profile.page import ProfilePage

DISK_FULL = ("The profile could not be saved: the database could not be written (disk I/O "
             "error). Nothing was changed. Free some disk space or check that the data folder "
             "is writable, then save again.")


@pytest.fixture
def our_home(home: Home) -> Home:
    cities.init_our_city(home.db, "Getafe", "ES", "es")  # a new city: an empty profile
    return home


def open_page(qtbot: QtBot, home: Home) -> ProfilePage:
    page = ProfilePage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    page.resize(1000, 700)
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, our_home: Home) -> Iterator[ProfilePage]:
    opened = open_page(qtbot, our_home)
    yield opened
    opened.autosave.flush()
    wait_for_background_work()


def wait_saved(qtbot: QtBot, page: ProfilePage) -> None:
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED
                    and not page.autosave.unsaved, timeout=10_000)


def test_a_typed_summary_is_kept_at_once_then_saved_when_the_typing_pauses(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    assert page.status.text() == "All changes saved"
    qtbot.keyClicks(page.editor.summary, "Co-operatives <b>everywhere</b>")
    assert page.status.text() == "Saving…"
    draft_file = our_home.paths.profile_draft
    qtbot.waitUntil(draft_file.exists, timeout=2_000)
    assert load_profile(our_home.db).summary == ""  # not yet: the officer may still type
    kept = read_draft_file(draft_file)
    assert kept is not None and kept.summary == "Co-operatives <b>everywhere</b>"
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).summary == "Co-operatives <b>everywhere</b>"
    assert page.status.text() == "All changes saved"
    assert not draft_file.exists()


def test_topics_from_the_vocabulary_and_in_our_own_words_are_kept_apart(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    learn = page.editor.topic_lists["wants_to_learn"]
    qtbot.keyClicks(learn.topic_choice, "prizes")  # a synonym of the awards topic
    qtbot.keyClick(learn.topic_choice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: learn.topics.rowCount() == 1, timeout=5_000)
    assert learn.topics.item(0, 0).text() == "Social enterprise awards and recognition"
    learn.topics.item(0, 1).setText("How to <i>judge</i> fairly")
    learn.add_free_topic()
    learn.free.item(0, 0).setText("Repair cafés")
    learn.free.item(0, 1).setText("Weekly, in libraries")
    wait_saved(qtbot, page)
    saved = load_profile(our_home.db)
    assert saved.wants_to_learn == (
        TopicEntry("social-enterprise-awards", "How to <i>judge</i> fairly"),)
    assert saved.free_wants_to_learn == (FreeTopicEntry("Repair cafés", "Weekly, in libraries"),)
    assert saved.offers == saved.free_offers == ()
    score, _assessed_on = page.editor.assessment.row("social-enterprise-awards")
    assert score.currentText() == "Not assessed"  # a listed topic can be assessed


@pytest.mark.parametrize("typed", ["cooperat", "Cooperativismo", "SPOLDZIELNIE"])
def test_part_of_a_synonym_in_any_language_offers_its_topic_while_typing(
        qtbot: QtBot, page: ProfilePage, typed: str) -> None:
    offers = page.editor.topic_lists["offers"]
    offers.topic_choice.lineEdit().setFocus()
    qtbot.keyClicks(offers.topic_choice.lineEdit(), typed)
    popup = offers.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["Start-up and growth support for social enterprises"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: offers.topics.rowCount() == 1)
    assert offers.topics.item(0, 0).text() == shown[0]


def test_a_topic_that_is_not_in_the_vocabulary_is_explained(
        qtbot: QtBot, page: ProfilePage) -> None:
    offers = page.editor.topic_lists["offers"]
    qtbot.keyClicks(offers.topic_choice, "astrology")
    qtbot.keyClick(offers.topic_choice, Qt.Key.Key_Return)
    qtbot.waitUntil(offers.lookup_problem.isVisible, timeout=5_000)
    assert "is not a topic of the vocabulary" in offers.lookup_problem.text()
    assert offers.topics.rowCount() == 0
    assert not page.autosave.unsaved


def test_a_practice_without_a_title_waits_for_one_and_keeps_everything(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    practices = page.editor.practices
    practices.add_practice()
    practices.stage.setCurrentIndex(practices.stage.findData("pilot"))
    qtbot.keyClicks(practices.description, "Grants for repair shops")
    page.autosave.save_soon()
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.INVALID, timeout=5_000)
    assert page.status.text().startswith("Not saved yet")
    assert practices.problems.isVisible()
    assert "Practice 1 (untitled), title: is empty: give the practice a title" in \
        practices.problems.text()
    assert not page.editor.about_problems.isVisible()
    kept = read_draft_file(our_home.paths.profile_draft)
    assert kept is not None and kept.practices[0].description == "Grants for repair shops"
    assert load_profile(our_home.db).practices == ()

    qtbot.keyClicks(practices.title, "Repair fund")
    wait_saved(qtbot, page)
    assert not practices.problems.isVisible()
    saved = load_profile(our_home.db).practices
    assert [(p.title, p.stage, p.description) for p in saved] == [
        ("Repair fund", "pilot", "Grants for repair shops")]
    practices.stage.setCurrentIndex(practices.stage.findData("running"))
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).practices[0].stage == "running"
    assert practices.list.item(0).text() == "Repair fund"


def test_score_zero_and_not_assessed_survive_a_reload_apart(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    assessment = page.editor.assessment
    offers = page.editor.topic_lists["offers"]
    offers.add_topic("trust-building")
    score, assessed_on = assessment.row("trust-building")
    assert score.currentText() == "Not assessed" and not assessed_on.isEnabled()
    score.set_score(0)
    assert assessed_on.day() == date.today()  # a score is dated today unless told otherwise
    assessment.other_topic.setCurrentIndex(assessment.other_topic.findData("co-design-hubs"))
    assessment._add_other()
    assert page.flush()
    assert [(a.topic_id, a.score) for a in load_profile(our_home.db).assessments] == [
        ("trust-building", 0), ("co-design-hubs", None)]

    reopened = open_page(qtbot, our_home)
    zero, day = reopened.editor.assessment.row("trust-building")
    unassessed, no_day = reopened.editor.assessment.row("co-design-hubs")
    assert (zero.score(), zero.currentText(), day.day()) == (0, "0", date.today())
    assert (unassessed.score(), unassessed.currentText(), no_day.day()) == (
        None, "Not assessed", None)


def test_a_refused_write_keeps_the_text_says_so_and_a_retry_saves(
        qtbot: QtBot, our_home: Home, page: ProfilePage, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise RejectedInput(DISK_FULL)

    monkeypatch.setattr(profile, "save_profile", disk_full)
    qtbot.keyClicks(page.editor.contact_office, "Economic Office, room 3")
    page.autosave.save_soon()
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.FAILED, timeout=5_000)
    assert page.status.text() == (f"Not saved: {DISK_FULL} Your text is kept; RRR Desktop "
                                  "will try again.")
    assert page.retry.isVisible()
    assert page.editor.contact_office.text() == "Economic Office, room 3"
    kept = read_draft_file(our_home.paths.profile_draft)
    assert kept is not None and kept.contact_office == "Economic Office, room 3"
    assert page.flush()  # closing now: kept in the draft file for the next start

    monkeypatch.undo()
    qtbot.mouseClick(page.retry, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).contact_office == "Economic Office, room 3"
    assert not page.retry.isVisible()
    assert not our_home.paths.profile_draft.exists()


def test_when_the_disk_refuses_everything_the_text_stays_and_close_is_told(
        qtbot: QtBot, our_home: Home, page: ProfilePage, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise RejectedInput(DISK_FULL)

    monkeypatch.setattr(profile, "save_profile", refused)
    monkeypatch.setattr(profile_document, "write_draft_file", refused)
    qtbot.keyClicks(page.editor.summary, "Every word counts")
    assert not page.flush()
    assert page.save_problem() == DISK_FULL
    assert page.status.text().startswith("Not saved: The profile could not be saved")
    assert page.editor.summary.toPlainText() == "Every word counts"
    assert not our_home.paths.profile_draft.exists()
    monkeypatch.undo()
    assert page.flush()
    assert load_profile(our_home.db).summary == "Every word counts"


def test_edits_left_by_a_crash_are_restored_then_saved(qtbot: QtBot, our_home: Home) -> None:
    unsaved = replace(load_profile(our_home.db), summary="Typed just before the crash",
                      languages=("eu", "es"))
    write_draft_file(our_home.paths.profile_draft, unsaved)
    page = open_page(qtbot, our_home)
    assert page.editor.summary.toPlainText() == "Typed just before the crash"
    assert page.editor.languages.languages() == ("eu", "es")
    assert page.notice.isVisible()
    assert page.notice.text() == ("Restored changes that were not saved when RRR Desktop last "
                                  "closed.")
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).summary == "Typed just before the crash"
    assert not our_home.paths.profile_draft.exists()


def test_an_unreadable_draft_file_is_set_aside_and_said(qtbot: QtBot, our_home: Home) -> None:
    our_home.paths.profile_draft.write_text("summary: [unclosed", encoding="utf-8")
    page = open_page(qtbot, our_home)
    assert "could not be read" in page.notice.text()
    assert not our_home.paths.profile_draft.exists()
    assert list(our_home.paths.home.glob("profile-draft-unreadable-*.yaml"))


def test_flush_on_close_saves_what_was_just_typed(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    qtbot.keyClicks(page.editor.contact_office, "Desk 4")
    languages = page.editor.languages.list
    # Every language joins the list a moment after the profile shows (pycountry is read
    # after the page has filled).
    qtbot.waitUntil(lambda: languages.count() > 100)
    basque = next(languages.item(row) for row in range(languages.count())
                  if languages.item(row).data(Qt.ItemDataRole.UserRole) == "eu")
    assert basque.text() == "euskara — Basque"
    basque.setCheckState(Qt.CheckState.Checked)
    assert page.flush()
    saved = load_profile(our_home.db)
    assert saved.contact_office == "Desk 4"
    assert saved.languages == ("es", "eu")  # the main language stays first
    assert not our_home.paths.profile_draft.exists()
    assert page.status.text() == "All changes saved"


def test_a_refresh_keeps_unsaved_edits(qtbot: QtBot, our_home: Home,
                                       page: ProfilePage) -> None:
    qtbot.keyClicks(page.editor.summary, "Still typing")
    with qtbot.waitSignal(page.filled, timeout=5_000):
        page.refresh(our_home)
    assert page.editor.summary.toPlainText() == "Still typing"
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).summary == "Still typing"


def test_a_note_still_being_typed_in_a_table_is_saved_on_close(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    offers = page.editor.topic_lists["offers"]
    offers.add_topic("co-creation")
    offers.topics.editItem(offers.topics.item(0, 1))
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, QLineEdit)
    qtbot.keyClicks(cell_editor, "Half typed")
    assert page.flush()
    assert load_profile(our_home.db).offers == (TopicEntry("co-creation", "Half typed"),)


def test_a_new_own_words_row_waits_for_its_words_and_problems_name_fields_in_words(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    """Add in our own words showed "not yet saved: … text: is empty" before anything was
    typed, naming the field by its internal name."""
    offers = page.editor.topic_lists["offers"]
    button = next(b for b in offers.findChildren(QPushButton)
                  if b.text() == "Add in our own words")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(1_500)  # longer than the autosave's pause
    assert not offers.problems.isVisible()
    typing = QApplication.focusWidget()
    assert isinstance(typing, QLineEdit)  # the new row's words are being typed
    qtbot.keyClicks(typing, "Moeda social")
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    wait_saved(qtbot, page)
    assert load_profile(our_home.db).free_offers == (FreeTopicEntry("Moeda social", ""),)
    offers.free.item(0, 0).setText("")
    offers.free.item(0, 1).setText("Used in three districts")
    qtbot.waitUntil(offers.problems.isVisible, timeout=5_000)
    assert "Own-words topic 1, topic:" in offers.problems.text()
    assert "text" not in offers.problems.text()
