"""Ctrl+S in the dialogs where the officer types or chooses what OK keeps does what their
OK does, checks and all: Preferences, the first-run choice of our city, the export
options and the import preview (its column mapping)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.dto import NewCity
from rrr_desktop.services.home import Home, first_run_choices
from rrr_desktop.views.first_run import FirstRunDialog
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.window.preferences import PreferencesDialog
from tests.factories import bilbao_window


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


def press_save(qtbot: QtBot, dialog: QWidget, widget: QWidget) -> None:
    """Ctrl+S (Cmd+S on macOS) typed in ``widget`` of ``dialog``, the active window."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    widget.setFocus()
    combination = QKeySequence(QKeySequence.StandardKey.Save)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def preferences(window: MainWindow, qtbot: QtBot) -> PreferencesDialog:
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_s_in_preferences_stores_them_and_closes(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preferences(window, qtbot)
    dialog.export_folder.clear()
    qtbot.keyClicks(dialog.export_folder, str(tmp_path))
    qtbot.keyClicks(dialog.officer_name, "Ana Officer")
    with qtbot.waitSignal(dialog.saved):
        press_save(qtbot, dialog, dialog.officer_name)
    assert not dialog.isVisible()
    stored = Settings(window.paths.settings_file)
    assert (stored.officer_name, stored.export_folder) == ("Ana Officer", str(tmp_path))


def test_ctrl_s_in_preferences_with_a_missing_folder_says_so_and_keeps_nothing(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = preferences(window, qtbot)
    dialog.export_folder.setText(str(tmp_path / "nowhere"))
    qtbot.keyClicks(dialog.officer_name, "Ana Officer")
    press_save(qtbot, dialog, dialog.export_folder)
    assert dialog.isVisible()
    assert "nowhere" in dialog.folder_problem.text()
    assert Settings(window.paths.settings_file).officer_name == ""


def test_ctrl_s_in_the_first_run_starts_once_the_choice_is_complete(
        qtbot: QtBot, home: Home) -> None:
    dialog = FirstRunDialog(first_run_choices(home))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.new_option.setChecked(True)
    press_save(qtbot, dialog, dialog.name_edit)  # no name typed: Start is not pressed
    assert dialog.isVisible() and dialog.problem.text() == "Type the name of your city."

    qtbot.keyClicks(dialog.name_edit, "Braga")
    press_save(qtbot, dialog, dialog.name_edit)  # no country yet: not started
    assert dialog.isVisible() and "country" in dialog.problem.text()
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("PT"))
    with qtbot.waitSignal(dialog.newCityChosen) as chosen:
        press_save(qtbot, dialog, dialog.name_edit)
    assert chosen.args == [NewCity("Braga", "PT", "pt")]
    assert not dialog.isVisible()


def test_ctrl_s_in_the_export_options_asks_where_to_save(
        window: MainWindow, qtbot: QtBot) -> None:
    flow = window.register.export_stakeholders()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.options is not None and flow.options.isVisible(),
                    timeout=10_000)
    assert flow.options is not None
    options = flow.options
    press_save(qtbot, options, options.format)
    qtbot.waitUntil(lambda: not options.isVisible())
    [chooser] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    chooser.reject()


def test_ctrl_s_in_the_import_preview_imports_the_mapping_once(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_text("Nombre;Tipo;Columna 3\nKoop Bizkaia;Cooperativa;Abando\n",
                      encoding="utf-8")
    flow = window.register.import_stakeholders(source)
    assert flow is not None
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible()
                    and flow.dialog.import_button.isEnabled(), timeout=10_000)
    dialog = flow.dialog
    assert dialog is not None
    third = dialog.mapping.combos[2]
    assert third.currentData() != "district"
    third.setCurrentIndex(third.findData("district"))  # the officer maps the third column
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.page("stakeholders").filled, timeout=10_000):
        press_save(qtbot, dialog, third)
    assert "1 added" in window.messages.current()
    assert window.home is not None
    with window.home.db.reading() as connection:
        assert list(connection.execute("SELECT name, district FROM stakeholder")) == [
            ("Koop Bizkaia", "Abando")]

    press_save(qtbot, dialog, dialog.cancel_button)  # done: nothing more to import
    assert dialog.isVisible() and dialog.undo_button.isVisible()
    assert "1 added" in dialog.counts.text()
