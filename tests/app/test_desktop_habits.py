"""Desktop habits: standard shortcuts without clashes, the Edit menu, Preferences,
copying rows for a spreadsheet, stale peer data flagged, crash reports with versions."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.peers.matching import Suggestion
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.listing import stakeholder_detail
from rrr_desktop.views.briefs.options_panel import BriefOptionsPanel
from rrr_desktop.views.common import shared_settings
from rrr_desktop.views.common.crash import ErrorReporter
from rrr_desktop.views.common.display import display_problem
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.peers.suggestions_model import SuggestionTableModel
from rrr_desktop.views.settings import Settings, locale_paper
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.window.preferences import PreferencesDialog
from tests.factories import bilbao_window


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths, lambda home: load_sample_data(
        home.db, count=5, into_real_city=True))


def window_shortcuts(window: MainWindow) -> list[str]:
    """Every key of an action that works anywhere in the window (not only in one list)."""
    keys = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
            keys += [key.toString() for key in action.shortcuts() if not key.isEmpty()]
    return keys


def test_no_two_window_actions_share_a_key_and_none_takes_minimise(window: MainWindow) -> None:
    keys = window_shortcuts(window)
    assert [key for key, count in Counter(keys).items() if count > 1] == []
    assert QKeySequence("Ctrl+M").toString() not in keys  # Cmd+M minimises on macOS
    for standard in (QKeySequence.StandardKey.Open, QKeySequence.StandardKey.Save,
                     QKeySequence.StandardKey.Print, QKeySequence.StandardKey.HelpContents,
                     QKeySequence.StandardKey.Copy):
        assert QKeySequence(standard).toString() in keys


def menu_texts(window: MainWindow, title: str) -> list[str]:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == title]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_edit_menu_acts_on_the_focused_text_field(window: MainWindow, qtbot: QtBot) -> None:
    assert {"Cu&t", "&Copy", "&Paste", "Select &All", "Pre&ferences…"} <= set(
        menu_texts(window, "&Edit"))
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    window.show_page("stakeholders")
    search = page.findChild(QLineEdit)
    assert search is not None
    search.setFocus()
    qtbot.keyClicks(search, "co-op")
    window.menus.edit.select_all.trigger()
    window.menus.edit.copy.trigger()
    assert QGuiApplication.clipboard().text() == "co-op"
    search.clear()
    window.menus.edit.paste.trigger()
    assert search.text() == "co-op"


def test_copying_selected_stakeholder_rows_gives_tab_separated_text(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show_page("stakeholders")
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3  # the header and two rows
    header = lines[0].split("\t")
    assert header[0] == table.model().headerData(0, Qt.Orientation.Horizontal)
    first = lines[1].split("\t")
    assert len(first) == len(header)
    assert first[0] == table.model().index(0, 0).data()


def test_preferences_are_stored_on_ok_and_used_by_briefs(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.menus.preferences_action.trigger()
    [dialog] = window.findChildren(PreferencesDialog)
    qtbot.waitExposed(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.language_note.isVisible()
    dialog.export_folder.clear()
    qtbot.keyClicks(dialog.export_folder, str(tmp_path))
    dialog.stale_months.setValue(6)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    stored = Settings(window.paths.settings_file)
    assert (stored.paper, stored.language, stored.export_folder) == ("letter", "pl",
                                                                     str(tmp_path))
    assert 180 <= stored.stale_after_days <= 185
    assert BriefOptionsPanel().paper.currentText() == "Letter"
    assert shared_settings.export_folder() == tmp_path


def test_your_name_in_preferences_is_recorded_with_every_change(
        window: MainWindow, qtbot: QtBot) -> None:
    assert window.home is not None and window.home.officer  # a default name until given
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.officer_name, "  Ana  Officer ")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert Settings(window.paths.settings_file).officer_name == "Ana Officer"
    added = create_stakeholder(window.home.db, StakeholderForm("Named Co-op"))
    detail = stakeholder_detail(window.home.db, added)
    assert detail is not None and detail.changed_by == "Ana Officer"


def test_a_missing_export_folder_is_named_and_nothing_is_saved(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.export_folder.setText(str(tmp_path / "nowhere"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "nowhere" in dialog.folder_problem.text()
    assert Settings(window.paths.settings_file).paper == locale_paper(QLocale())


def test_paper_defaults_from_the_country() -> None:
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        "letter")
    assert locale_paper(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) == "letter"
    assert locale_paper(QLocale(QLocale.Language.French, QLocale.Country.France)) == "a4"
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "a4"


def test_stale_peers_are_flagged_in_the_list(qtbot: QtBot) -> None:
    old, fresh = uuid4(), uuid4()
    model = SuggestionTableModel()
    model.set_suggestions([Suggestion(old, "Porto", 3.0, ()), Suggestion(fresh, "Gent", 2.0, ())],
                          frozenset(), stale={old: timedelta(days=400)})
    city = SuggestionTableModel.CITY
    assert model.index(0, city).data() == "Porto"
    assert model.index(0, city).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "13 months old" in model.index(0, city).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, city).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, city).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_crash_report_names_the_versions(qtbot: QtBot, paths: AppPaths) -> None:
    import platform

    from PySide6.QtCore import qVersion

    reporter = ErrorReporter(paths.log_file)
    with qtbot.waitSignal(reporter.reported) as report:
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError as error:
            reporter.handle(type(error), error, error.__traceback__)
    details = report.args[1]
    assert f"Python {platform.python_version()}" in details
    assert f"Qt {qVersion()}" in details
    assert platform.system() in details
    if reporter.dialog is not None:
        reporter.dialog.close()


def test_the_frozen_linux_build_uses_its_own_xcb_cursor(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import ctypes.util

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda _name: None)
    assert "libxcb-cursor" in (display_problem() or "")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert "libxcb-cursor" in (display_problem() or "")
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert display_problem() is None



def test_a_cut_cell_shows_its_whole_text_on_hover(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QToolTip

    from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells

    whole = "Cooperativa de Consumo Responsable del Casco Viejo de Bilbao"
    model = QStandardItemModel()
    model.appendRow([QStandardItem(whole), QStandardItem("ok")])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    show_full_text_of_cut_cells(table)
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 200)
    table.show()
    qtbot.waitExposed(table)

    def hover(column: int) -> str:
        centre = table.visualRect(model.index(0, column)).center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(1) == ""  # fits: no tip
    assert hover(0) == whole


def test_every_button_on_the_pages_explains_itself(window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton, QToolButton

    silent = []
    for page in window.pages:
        built = window.page(page.key)
        buttons = [*built.findChildren(QPushButton), *[
            b for b in built.findChildren(QToolButton)  # not a text field's own clear button
            if b.defaultAction() is not None and not isinstance(b.parent(), QLineEdit)]]
        silent += [f"{page.key}: {b.text()}" for b in buttons if not b.toolTip().strip()]
    assert silent == [], silent


NATIVE_CRASH = """
import ctypes, sys
from pathlib import Path
from rrr_desktop.logs import log_native_crashes
log_native_crashes(Path(sys.argv[1]))
ctypes.string_at(0)  # a crash inside C code, as in a Qt library
"""


def test_a_native_crash_leaves_its_stack_in_the_log_folder(tmp_path: Path) -> None:
    import subprocess

    result = subprocess.run([sys.executable, "-c", NATIVE_CRASH, str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    written = (tmp_path / "native-crashes.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in written
    assert "string_at" in written


def test_a_data_folder_that_cannot_be_used_is_also_said_in_a_dialog(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rrr_desktop.errors import EXIT_REJECTED
    from rrr_desktop.views import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(
        text))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert app._start(str(not_a_folder), None, False, []) == EXIT_REJECTED
    [message] = shown
    assert str(not_a_folder) in message
    assert "--home" in message
