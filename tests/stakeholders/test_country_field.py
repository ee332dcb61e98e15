"""The editor's Country field speaks the officer's language: it shows the stored code as
the country's name, offers names as they are typed, and stores the code; a code typed
still works, and what is neither is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.views.stakeholders.editor import StakeholderEditor


@pytest.fixture
def opened(qtbot: QtBot, home: Home, spanish: None) -> tuple[StakeholderEditor, int]:
    stakeholder = create_stakeholder(home.db, StakeholderForm("Cooperativa Sur",
                                                              country_code="DE"))
    editor = StakeholderEditor(home, stakeholder)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitUntil(editor.buttons.isEnabled)
    return editor, stakeholder


def save(editor: StakeholderEditor, qtbot: QtBot) -> None:
    button = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(editor: StakeholderEditor, qtbot: QtBot, text: str) -> None:
    field = editor.tabs.country
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_the_stored_code_shows_as_the_name_and_is_kept(
        opened: tuple[StakeholderEditor, int], home: Home, qtbot: QtBot) -> None:
    editor, stakeholder = opened
    assert editor.tabs.country.text() == "Alemania"
    assert not editor.has_changes()
    save(editor, qtbot)
    assert load_form(home.db, stakeholder).country_code == "DE"


def test_a_name_picked_from_the_offers_is_stored_as_its_code(
        opened: tuple[StakeholderEditor, int], home: Home, qtbot: QtBot) -> None:
    editor, stakeholder = opened
    retype(editor, qtbot, "bajos")
    popup = editor.tabs.country.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tabs.country.text() == "Países Bajos"
    save(editor, qtbot)
    assert load_form(home.db, stakeholder).country_code == "NL"


def test_a_code_typed_still_works(
        opened: tuple[StakeholderEditor, int], home: Home, qtbot: QtBot) -> None:
    editor, stakeholder = opened
    retype(editor, qtbot, "ug")
    editor.tabs.country.completer().popup().hide()
    save(editor, qtbot)
    assert load_form(home.db, stakeholder).country_code == "UG"


def test_a_country_that_is_not_one_is_refused(
        opened: tuple[StakeholderEditor, int], home: Home, qtbot: QtBot) -> None:
    editor, stakeholder = opened
    retype(editor, qtbot, "Narnia")
    editor.save()
    qtbot.waitUntil(editor.error.isVisible)
    assert "Narnia" in editor.error.text()
    assert editor.tabs.country.hasFocus() or editor.focusWidget() is editor.tabs.country
    assert load_form(home.db, stakeholder).country_code == "DE"
