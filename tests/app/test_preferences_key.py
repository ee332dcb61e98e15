"""Ctrl+, opens Preferences wherever the focus is, the register's list included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.window.preferences import PreferencesDialog
from tests.factories import bilbao_window


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths, lambda home: load_sample_data(
        home.db, count=5, into_real_city=True))


def press_preferences_key(qtbot: QtBot, window: MainWindow, focus: QWidget) -> None:
    window.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)
    [key] = window.menus.preferences_action.shortcut()
    assert window.menus.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    qtbot.keyClick(focus, key.key(), key.keyboardModifiers())


@pytest.mark.parametrize("where", ["list", "map"])
def test_ctrl_comma_in_the_register_opens_preferences(window: MainWindow, qtbot: QtBot,
                                                      where: str) -> None:
    window.show_page("stakeholders")
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    page.table.selectRow(1)
    if where == "map":
        qtbot.keyClick(page.table, Qt.Key.Key_M,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    focus = page.table if where == "list" else page.map_tab.map_view
    press_preferences_key(qtbot, window, focus)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreferencesDialog)))
