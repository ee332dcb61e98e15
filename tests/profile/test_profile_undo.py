"""Ctrl+Z takes back a saved change of the profile; Ctrl+Shift+Z makes it again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.store import load_profile
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.undo import undo_actions
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.profile.autosave import SaveState
from rrr_desktop.views.profile.page import ProfilePage


@pytest.fixture
def page(qtbot: QtBot, home: Home) -> Iterator[ProfilePage]:
    cities.init_our_city(home.db, "Getafe", "ES", "es")
    stack = QUndoStack()
    opened = ProfilePage(undo_stack=stack)
    opened.addActions(list(undo_actions(stack, opened)))
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.filled, timeout=10_000):
        opened.refresh(home)
    opened.resize(1000, 700)
    opened.show()
    yield opened
    opened.autosave.flush()
    wait_for_background_work()


def wait_saved(qtbot: QtBot, page: ProfilePage) -> None:
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED
                    and not page.autosave.unsaved, timeout=10_000)


def press(qtbot: QtBot, page: ProfilePage, key: QKeySequence.StandardKey) -> None:
    combination = QKeySequence(key)[0]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(page.editor.viewport(), combination.key(), combination.keyboardModifiers())


def test_a_saved_summary_is_undone_and_redone(qtbot: QtBot, page: ProfilePage,
                                              home: Home) -> None:
    qtbot.keyClicks(page.editor.summary, "Co-operatives everywhere")
    wait_saved(qtbot, page)
    page.editor.viewport().setFocus()  # Ctrl+Z in the text box would undo the typing there
    press(qtbot, page, QKeySequence.StandardKey.Undo)
    assert page.editor.summary.toPlainText() == ""
    wait_saved(qtbot, page)
    assert load_profile(home.db).summary == ""

    press(qtbot, page, QKeySequence.StandardKey.Redo)
    wait_saved(qtbot, page)
    assert load_profile(home.db).summary == "Co-operatives everywhere"
    assert page.editor.summary.toPlainText() == "Co-operatives everywhere"
