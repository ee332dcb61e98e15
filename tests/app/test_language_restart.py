"""A new language chosen in Preferences: "Restart now?", and the restart in place after
the open dialogs (asked about first) and the window have closed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.window.preferences import PreferencesDialog
from rrr_desktop.views.window.restart import _Texts, restart_command
from tests.factories import bilbao_window


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


def choose_language(window: MainWindow, qtbot: QtBot, language: str) -> QMessageBox:
    """Preferences › Language, OK: the question that follows."""
    window.menus.preferences_action.trigger()
    [dialog] = window.findChildren(PreferencesDialog)
    qtbot.waitExposed(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    assert dialog.language_note.isVisible()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def answer(box: QMessageBox, qtbot: QtBot, index: int) -> None:
    """0: Restart Now, 1: Later (in the order the buttons were added)."""
    qtbot.mouseClick(box.buttons()[index], Qt.MouseButton.LeftButton)


def test_a_new_language_asks_to_restart_in_both_languages(
        window: MainWindow, qtbot: QtBot) -> None:
    box = choose_language(window, qtbot, "es")
    assert box.windowTitle() == "¿Reiniciar ahora?"
    assert "a partir del próximo inicio" in box.text()
    assert "from its next start" in box.informativeText()  # the window's language
    assert [b.text() for b in box.buttons()] == ["&Reiniciar ahora / Restart Now",
                                                 "&Más tarde / Later"]
    answer(box, qtbot, 1)
    assert window.isVisible() and not window.restart_requested
    assert Settings(window.paths.settings_file).language == "es"


def test_the_same_language_asks_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.show_preferences()
    [dialog] = window.findChildren(PreferencesDialog)
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_restart_now_closes_the_window_on_its_page_for_a_new_start(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("groups")
    box = choose_language(window, qtbot, "pl")
    answer(box, qtbot, 0)
    assert not window.isVisible() and window.restart_requested
    assert Settings(window.paths.settings_file).last_page == "groups"  # opens there again


def test_an_open_editor_with_typed_text_is_asked_about_first(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    page.stakeholder_actions.new_stakeholder(is_person=False)
    editor = page.stakeholder_actions.dialog
    qtbot.waitUntil(editor.buttons.isEnabled)  # loaded
    qtbot.keyClicks(editor.tabs.name, "Cooperativa a medio escribir")
    window.ask_restart("it")
    [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    answer(box, qtbot, 0)
    question = editor.discard_question
    assert question.isVisible() and editor.isVisible() and window.isVisible()
    question.button(QMessageBox.StandardButton.Cancel).click()  # keep editing: no restart
    assert editor.tabs.name.text() == "Cooperativa a medio escribir" and window.isVisible()
    assert not window.restart_requested
    editor.reject()  # done with it after all: discarded, then the promised restart
    editor.discard_question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restart_requested


def test_the_restart_command_opens_the_same_home(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    program, arguments = restart_command(tmp_path)
    assert (program, arguments) == (sys.executable,
                                    ["-m", "rrr_desktop", "--home", str(tmp_path)])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(tmp_path, "postgresql://ana@server/rrr") == (
        sys.executable, ["--home", str(tmp_path), "--db", "postgresql://ana@server/rrr"])


def test_the_system_language_reads_as_a_whole_sentence_in_every_language() -> None:
    """Back to "the system's language": no "sarà in la lingua", "fica em o idioma"."""
    for language, words in [("en", "speaks the system's language from its next start"),
                            ("es", "estará en el idioma del sistema"),
                            ("it", "sarà nella lingua del sistema"),
                            ("pt", "fica no idioma do sistema"),
                            ("fr", "sera dans la langue du système"),
                            ("nl", "is vanaf de volgende start in de taal van het systeem"),
                            ("pl", "będzie w języku systemu")]:
        assert words in _Texts(language).question(""), language
