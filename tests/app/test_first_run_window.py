"""The first-run dialog over the window: Escape asks before quitting; the menus wait."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.first_run import FirstRunDialog
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.startup import Startup


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", calls.append)
    return calls


@pytest.fixture
def first_run(qtbot: QtBot, paths: AppPaths) -> Iterator[tuple[MainWindow, FirstRunDialog]]:
    window = MainWindow(paths, Settings(paths.settings_file))
    qtbot.addWidget(window)
    startup = Startup(paths, window)
    window.firstShown.connect(startup.begin)
    with qtbot.waitSignal(startup.firstRunShown, timeout=10_000) as shown:
        window.show()
    yield window, shown.args[0]
    window.close()
    wait_for_background_work()
    if startup.home is not None:
        startup.home.close()


def quit_question(qtbot: QtBot, dialog: FirstRunDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "quit_question") is not None)
    box = dialog.findChild(QMessageBox, "quit_question")
    assert isinstance(box, QMessageBox)
    return box


def button(box: QMessageBox, text: str) -> QPushButton:
    found = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(found, QPushButton)
    return found


def test_escape_asks_and_keep_choosing_keeps_the_dialog(
        qtbot: QtBot, first_run: tuple[MainWindow, FirstRunDialog], exits: list[int]) -> None:
    _window, dialog = first_run
    qtbot.keyClick(dialog.seeded_list, Qt.Key.Key_Escape)
    box = quit_question(qtbot, dialog)
    assert "Quit RRR Desktop?" in box.text()
    assert box.defaultButton() is button(box, "&Keep Choosing")

    qtbot.mouseClick(button(box, "&Keep Choosing"), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert exits == []


def test_escape_then_quit_quits(qtbot: QtBot, first_run: tuple[MainWindow, FirstRunDialog],
                                exits: list[int]) -> None:
    _window, dialog = first_run
    qtbot.keyClick(dialog.seeded_list, Qt.Key.Key_Escape)
    qtbot.mouseClick(button(quit_question(qtbot, dialog), "&Quit"), Qt.MouseButton.LeftButton)
    assert exits == [0]
    assert not dialog.isVisible()


def test_the_menus_are_disabled_until_a_city_is_chosen(
        qtbot: QtBot, first_run: tuple[MainWindow, FirstRunDialog]) -> None:
    window, dialog = first_run
    assert not window.menuBar().isEnabled()
    with qtbot.waitSignal(window.pagesFilled, timeout=10_000):
        dialog.seeded_list.setCurrentRow(0)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert window.menuBar().isEnabled()


def test_the_first_start_offers_the_apps_language_and_starts_again_in_it(
        qtbot: QtBot, first_run: tuple[MainWindow, FirstRunDialog], exits: list[int]) -> None:
    """A Warsaw officer on an English system found no way to choose Polish before the
    welcome: the language comes first, and picking one starts the program again in it."""
    window, dialog = first_run
    combo = dialog.app_language
    assert combo.currentText() == "English"
    assert [combo.itemText(i) for i in range(combo.count())][-1] == "Polski"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert window.settings.language == "pl"
    assert window.restart_requested and exits == [0]
