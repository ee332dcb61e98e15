"""A profile changed elsewhere (a colleague, the command line) while the window edits it
is never overwritten silently: the save is refused, naming who changed it and when, and
the officer chooses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import EXIT_REJECTED, ChangedElsewhere
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile import topics
from rrr_desktop.services.profile.document import read_draft_file
from rrr_desktop.services.profile.draft import TopicEntry
from rrr_desktop.services.profile.store import load_profile, save_profile
from rrr_desktop.services.profile.topics import add_topic
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.profile.autosave import SaveState
from rrr_desktop.views.profile.page import ProfilePage
from tests.factories import run_cli

CONFLICT_TEXT = ("Changed by {who} at {when}, after it was opened here. Nothing was saved, so "
                 "their change is not lost. Your text is kept: Reload to see their change and "
                 "lose yours here, or Keep Mine to save your version over it.")
TRUST = TopicEntry("trust-building", "From the command line")


@pytest.fixture
def our_home(home: Home) -> Home:
    cities.init_our_city(home.db, "Getafe", "ES", "es")
    return home


def test_a_save_based_on_a_stale_profile_is_refused_naming_the_colleague_and_writes_nothing(
        our_home: Home, colleague: Home) -> None:
    base = load_profile(our_home.db)
    add_topic(colleague.db, "offers", "trust building", "From the command line")
    changed = load_profile(our_home.db)
    named = r"^Changed by Bea Colleague at \d\d:\d\d, "
    with pytest.raises(ChangedElsewhere, match=named) as refused:
        save_profile(our_home.db, replace(base, summary="Typed in the window"), based_on=base)
    assert refused.value.changed_by == "Bea Colleague"
    assert load_profile(our_home.db) == changed
    assert changed.offers == (TRUST,)


def test_a_save_based_on_the_stored_profile_or_on_nothing_is_written(our_home: Home) -> None:
    base = load_profile(our_home.db)
    first = save_profile(our_home.db, replace(base, summary="One"), based_on=base)
    assert first.changed and first.draft.summary == "One"
    add_topic(our_home.db, "offers", "trust building", "From the command line")
    over = save_profile(our_home.db, replace(first.draft, summary="Two"), based_on=None)
    assert over.changed
    assert load_profile(our_home.db).summary == "Two"
    assert load_profile(our_home.db).offers == ()  # saved over, as asked


@pytest.fixture
def page(qtbot: QtBot, our_home: Home) -> Iterator[ProfilePage]:
    opened = ProfilePage()
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.filled, timeout=10_000):
        opened.refresh(our_home)
    opened.resize(1000, 700)
    opened.show()
    yield opened
    wait_for_background_work()


def conflict_after_command_line_change(qtbot: QtBot, home: Home, page: ProfilePage) -> None:
    """``home`` (a colleague's, or the same as the page's) changes the profile while the
    page holds unsaved text."""
    qtbot.keyClicks(page.editor.summary, "Typed in the window")
    add_topic(home.db, "offers", "trust building", "From the command line")
    page.autosave.save_soon()
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.CONFLICT, timeout=10_000)


def test_a_colleague_s_change_is_not_lost_and_the_officer_is_asked(
        qtbot: QtBot, our_home: Home, colleague: Home, page: ProfilePage) -> None:
    conflict_after_command_line_change(qtbot, colleague, page)
    assert re.fullmatch(re.escape(CONFLICT_TEXT).replace(r"\{who\}", "Bea Colleague")
                        .replace(r"\{when\}", r"\d\d:\d\d"), page.status.text())
    assert page.reload.isVisible() and page.keep_mine.isVisible()
    assert not page.retry.isVisible()
    stored = load_profile(our_home.db)
    assert stored.offers == (TRUST,) and stored.summary == ""
    assert page.editor.summary.toPlainText() == "Typed in the window"
    kept = read_draft_file(our_home.paths.profile_draft)
    assert kept is not None and kept.summary == "Typed in the window"
    qtbot.keyClicks(page.editor.summary, " and more")  # typing on never saves over it
    page.autosave.save_soon()
    assert page.autosave.state is SaveState.CONFLICT
    assert page.flush()  # closing now: kept in the draft file, the stored one intact
    assert page.autosave.state is SaveState.CONFLICT
    assert load_profile(our_home.db).offers == (TRUST,)
    kept = read_draft_file(our_home.paths.profile_draft)
    assert kept is not None and kept.summary == "Typed in the window and more"


def test_keep_mine_saves_the_window_s_version_over_the_other_change(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    conflict_after_command_line_change(qtbot, our_home, page)
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED, timeout=10_000)
    stored = load_profile(our_home.db)
    assert stored.summary == "Typed in the window" and stored.offers == ()
    assert page.status.text() == "All changes saved"
    assert not page.keep_mine.isVisible() and not page.reload.isVisible()
    assert not our_home.paths.profile_draft.exists()
    qtbot.keyClicks(page.editor.contact_office, "Desk 4")  # later saves work as before
    assert page.flush()
    assert load_profile(our_home.db).contact_office == "Desk 4"


def test_after_keep_mine_undo_puts_the_colleague_s_version_back(
        qtbot: QtBot, our_home: Home, colleague: Home) -> None:
    stack = QUndoStack()
    page = ProfilePage(undo_stack=stack)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(our_home)
    page.show()
    conflict_after_command_line_change(qtbot, colleague, page)
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED, timeout=10_000)
    assert load_profile(colleague.db).summary == "Typed in the window"
    assert stack.count() == 1
    stack.undo()
    assert page.flush()
    stored = load_profile(our_home.db)
    assert (stored.summary, stored.offers) == ("", (TRUST,))  # theirs, as it was
    wait_for_background_work()


def test_reload_shows_the_other_change_and_drops_the_window_s_text(
        qtbot: QtBot, our_home: Home, page: ProfilePage) -> None:
    conflict_after_command_line_change(qtbot, our_home, page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.mouseClick(page.reload, Qt.MouseButton.LeftButton)
    assert page.editor.summary.toPlainText() == ""
    assert page.editor.draft().offers == (TRUST,)
    assert page.status.text() == "All changes saved"
    assert not page.reload.isVisible()
    assert not our_home.paths.profile_draft.exists()
    qtbot.keyClicks(page.editor.summary, "Now on top of it")
    assert page.flush()
    stored = load_profile(our_home.db)
    assert stored.summary == "Now on top of it" and stored.offers == (TRUST,)


def test_the_command_line_refuses_to_save_over_a_colleague_s_change(
        our_home: Home, colleague: Home, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    stale = load_profile(our_home.db)  # read just before the colleague saved
    add_topic(colleague.db, "offers", "trust building", "From the command line")
    monkeypatch.setattr(topics, "load_profile", lambda _db: stale)
    team = our_home.paths.team_database
    where = ["--home", str(our_home.paths.home), *(["--db", team] if team else [])]
    code, _out, err = run_cli(capsys, *where, "profile", "add-topic", "learn", "Trust")
    assert code == EXIT_REJECTED
    assert re.fullmatch(r"rrr-desktop: Changed by Bea Colleague at \d\d:\d\d, after it was "
                        r"opened here\. Nothing was saved, so their change is not lost\.\n",
                        err)
    stored = load_profile(our_home.db)
    assert (stored.offers, stored.wants_to_learn) == ((TRUST,), ())
