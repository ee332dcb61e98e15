"""Importing a stakeholder list from the window: preview, options, import, refresh."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services import cities
from rrr_desktop.services.home import Home
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings

CSV = (
    "Nombre;Tipo;Correo electrónico;Barrio\n"
    "Koop Bizkaia;Cooperativa;info@koop.example;Abando\n"
    "Fundación Gizakia;Fundación;;Deusto\n"
    ";Asociación;nobody@example.org;Deusto\n"
)


def test_the_officer_previews_then_imports(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_text(CSV, encoding="cp1252")
    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    with qtbot.waitSignals([page.filled for page in window.pages], timeout=10_000):
        window.open_home(home, ours)

    flow = window.import_stakeholders()
    assert flow is not None
    flow.plan(source)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10_000)
    dialog = flow.dialog
    assert dialog is not None
    assert "Nombre → name" in dialog.mapping.toPlainText()
    assert "2 to add" in dialog.counts.text()
    assert "1 with problems" in dialog.counts.text()
    assert "Row 4" in dialog.problems.toPlainText()
    assert dialog.import_button.isEnabled()

    dialog.mode.setCurrentIndex(dialog.mode.findData("update"))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    stakeholders = window.page("stakeholders")
    with qtbot.waitSignal(stakeholders.filled, timeout=10_000):
        dialog.import_button.click()
    assert stakeholders.model.total == 2  # type: ignore[attr-defined]
    message = window.statusBar().currentMessage()
    assert "2 added" in message
    failed_rows = tmp_path / "lista-failed-rows.csv"
    assert f"Rows to fix: {failed_rows}" in message
    assert "nobody@example.org" in failed_rows.read_text(encoding="utf-8-sig")
    assert window.current_page() is stakeholders


def test_an_unreadable_file_is_explained_and_changes_nothing(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    window.open_home(home, ours)
    flow = window.import_stakeholders()
    assert flow is not None
    flow.plan(source)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    message = window.findChildren(QMessageBox)[-1].text()
    assert "photo.csv" in message
    assert flow.dialog is not None and not flow.dialog.isVisible()


def test_export_writes_what_the_page_shows(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from rrr_desktop.services.sample_data import load_sample_data
    from rrr_desktop.services.tabular import read_table

    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    load_sample_data(home.db)
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    with qtbot.waitSignals([page.filled for page in window.pages], timeout=10_000):
        window.open_home(home, ours)
    page = window.page("stakeholders")
    page.search.setText("bread")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.query.search == "bread")  # type: ignore[attr-defined]
    chooser = window.export_stakeholders()
    assert chooser is not None
    chooser.close()
    target = tmp_path / "bread.xlsx"
    window.export_to(target)
    qtbot.waitUntil(lambda: "exported to" in window.statusBar().currentMessage(), timeout=10_000)
    rows = read_table(target).rows
    assert rows and all("bread" in row[0].lower() for row in rows)
    assert len(rows) == page.model.total  # type: ignore[attr-defined]


def test_an_export_that_cannot_be_written_is_explained(qtbot: QtBot, home: Home,
                                                       tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    window.open_home(home, ours)
    window.export_to(tmp_path / "missing-folder" / "out.csv")
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    assert "could not be written" in window.findChildren(QMessageBox)[-1].text()
