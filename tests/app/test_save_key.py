"""Ctrl+S saves what the officer is editing, even with the cursor in a text field: on the
Profile page it stores the pending change at once and the status bar says so; in a
brief's rewritten texts it keeps them in the home at once; when the disk refuses, it
says so, and closing asks before losing them; it never opens Export Bundle, which has
its own key (Ctrl+Shift+E)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.briefs.rewritten_texts import read_rewritten_texts
from rrr_desktop.services.profile.store import load_profile
from rrr_desktop.views.briefs.page import BriefsPage
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.profile.page import ProfilePage
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from tests.factories import bilbao_window


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


def press_save(qtbot: QtBot, widget: QWidget) -> None:
    combination = QKeySequence(QKeySequence.StandardKey.Save)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def wizards() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, BundleExportWizard) and w.isVisible()]


def test_ctrl_s_while_typing_in_the_profile_stores_it_at_once(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("profile")
    page = window.profile
    assert isinstance(page, ProfilePage)
    qtbot.waitUntil(page.isEnabled, timeout=10_000)
    page.editor.summary.setFocus()
    qtbot.keyClicks(page.editor.summary, "Co-operatives on every street")
    press_save(qtbot, page.editor.summary)
    assert wizards() == []
    assert window.home is not None
    home = window.home
    qtbot.waitUntil(lambda: window.messages.current() == "Profile saved.",
                    timeout=10_000)
    assert load_profile(home.db).summary.startswith("Co-operatives on every street")
    assert not page.autosave.unsaved


def test_ctrl_s_with_nothing_pending_says_everything_is_saved(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("stakeholders")
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    page.focus_search()
    qtbot.keyClicks(page.search, "coop")  # typing in the search box
    press_save(qtbot, page.search)
    assert wizards() == []
    assert window.messages.current().startswith("Everything is saved")


def brief_texts(window: MainWindow, qtbot: QtBot) -> tuple[BriefsPage, QPlainTextEdit]:
    """The Briefs page on its Texts tab, and its purpose text once suggested."""
    window.show_page("briefs")
    page = window.page("briefs")
    assert isinstance(page, BriefsPage)
    page.tabs.setCurrentWidget(page.texts_area)
    purpose = page.texts.texts["purpose"]
    qtbot.waitUntil(lambda: purpose.toPlainText() != "", timeout=10_000)  # the suggestion
    return page, purpose


def rewrite(qtbot: QtBot, text: QPlainTextEdit) -> None:
    text.setFocus()
    qtbot.keyClicks(text, "Housing co-ops first. ")


def test_ctrl_s_while_rewriting_a_brief_text_keeps_it_at_once(
        window: MainWindow, qtbot: QtBot, paths: AppPaths) -> None:
    _page, purpose = brief_texts(window, qtbot)
    rewrite(qtbot, purpose)
    press_save(qtbot, purpose)  # before the pause after typing would keep it
    assert wizards() == []
    assert window.messages.current().startswith("Everything is saved")
    kept = read_rewritten_texts(paths.brief_texts)
    assert kept.narrative["purpose"] == purpose.toPlainText()
    assert purpose.toPlainText().startswith("Housing co-ops first. ")


def refuse_the_texts_file(paths: AppPaths) -> None:
    """A disk that refuses the file (even to root): a folder stands in its place."""
    paths.brief_texts.mkdir()


def test_ctrl_s_says_when_the_texts_could_not_be_kept(
        window: MainWindow, qtbot: QtBot, paths: AppPaths) -> None:
    page, purpose = brief_texts(window, qtbot)
    refuse_the_texts_file(paths)
    rewrite(qtbot, purpose)
    press_save(qtbot, purpose)
    said = window.messages.current()
    assert said.startswith("Your texts for the brief could not be kept in")
    assert "free some disk space, then press Ctrl+S" in said
    assert page.status.text() == said  # also under the buttons, where the texts are


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_closing_when_the_texts_cannot_be_kept_asks_before_losing_them(
        window: MainWindow, qtbot: QtBot, paths: AppPaths) -> None:
    page, purpose = brief_texts(window, qtbot)
    refuse_the_texts_file(paths)
    rewrite(qtbot, purpose)
    window.show_page("stakeholders")

    window.close()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1)
    [box] = message_boxes()
    assert box.text().startswith("Your texts for the brief could not be kept in")
    assert box.text().endswith("Keep RRR Desktop open, or close and lose what is not kept.")
    keep = next(b for b in box.buttons() if b.text() == "&Keep Open")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.current_page() is page  # shown, where they are
    assert purpose.toPlainText().startswith("Housing co-ops first. ")

    window.close()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1)
    [box] = message_boxes()
    close = next(b for b in box.buttons() if b.text() == "&Close Anyway")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_closing_keeps_rewritten_brief_texts_without_asking(
        window: MainWindow, qtbot: QtBot, paths: AppPaths) -> None:
    """They used to live only in the page, and closing lost them."""
    _page, purpose = brief_texts(window, qtbot)
    rewrite(qtbot, purpose)
    window.close()  # at once: before the pause after typing would keep them
    assert not window.isVisible() and message_boxes() == []
    kept = read_rewritten_texts(paths.brief_texts)
    assert kept.narrative["purpose"].startswith("Housing co-ops first. ")
    assert set(kept.narrative) == {"purpose"}  # only what the officer rewrote


def test_closing_with_untouched_brief_texts_asks_nothing_and_keeps_no_file(
        window: MainWindow, qtbot: QtBot, paths: AppPaths) -> None:
    brief_texts(window, qtbot)
    window.close()
    assert not window.isVisible() and message_boxes() == []
    assert not paths.brief_texts.exists()


def test_export_bundle_has_its_own_key(window: MainWindow, qtbot: QtBot) -> None:
    assert window.bundles.export_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    qtbot.keyClick(window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(wizards()) == 1)
    for wizard in wizards():
        wizard.close()
