"""The first-run dialog: pick a shipped city or enter a new one."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.services.dto import NewCity
from rrr_desktop.services.home import Home, first_run_choices
from rrr_desktop.views.first_run import FirstRunDialog
from tests.factories import SEED_UUIDS


@pytest.fixture
def dialog(qtbot: QtBot, home: Home) -> FirstRunDialog:
    widget = FirstRunDialog(first_run_choices(home))
    qtbot.addWidget(widget)
    widget.open()
    return widget


def test_start_waits_for_a_choice(dialog: FirstRunDialog) -> None:
    assert dialog.seeded_option.isChecked()
    assert not dialog.start_button.isEnabled()
    assert "Pick your city" in dialog.problem.text()
    assert dialog.seeded_list.count() == 9


def test_picking_a_shipped_city_emits_its_uuid(dialog: FirstRunDialog, qtbot: QtBot) -> None:
    bilbao = dialog.seeded_list.findItems("Bilbao", Qt.MatchFlag.MatchExactly)[0]
    dialog.seeded_list.setCurrentItem(bilbao)
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.seededCityChosen) as chosen:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [UUID(SEED_UUIDS["Bilbao"])]
    assert not dialog.isVisible()


def test_a_new_city_needs_name_country_and_language(
        dialog: FirstRunDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.name_edit, "L")  # typing a name switches to "Another city"
    assert dialog.new_option.isChecked()
    dialog.name_edit.setText("Łódź")  # QTest types ASCII only
    assert "country" in dialog.problem.text()
    assert not dialog.start_button.isEnabled()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("PL"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pl"))
    assert dialog.problem.text() == ""
    with qtbot.waitSignal(dialog.newCityChosen) as chosen:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [NewCity("Łódź", "PL", "pl")]


def test_typing_a_country_that_is_not_in_the_list_is_not_accepted(
        dialog: FirstRunDialog, qtbot: QtBot) -> None:
    dialog.new_option.setChecked(True)
    qtbot.keyClicks(dialog.name_edit, "Atlantis")
    dialog.country_combo.setEditText("Atlantis")
    assert "country" in dialog.problem.text()
    with qtbot.assertNotEmitted(dialog.newCityChosen):
        dialog.accept()
    assert dialog.isVisible()


def test_whitespace_is_not_a_name(dialog: FirstRunDialog, qtbot: QtBot) -> None:
    dialog.new_option.setChecked(True)
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert dialog.problem.text() == "Type the name of your city."


def test_the_main_language_follows_the_country_until_one_is_picked(
        dialog: FirstRunDialog, qtbot: QtBot) -> None:
    dialog.new_option.setChecked(True)
    dialog.country_combo.setEditText("Poland (PL)")  # typed in full
    assert dialog.language_combo.currentData() == "pl"
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("BR"))
    assert dialog.language_combo.currentData() == "pt"
    italian = dialog.language_combo.findData("it")
    dialog.language_combo.setCurrentIndex(italian)
    dialog.language_combo.activated.emit(italian)  # what picking it with the mouse sends
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("NL"))
    assert dialog.language_combo.currentData() == "it"
