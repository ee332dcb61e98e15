"""Importing a stakeholder list from the window: mapping, preview, import, undo; export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import cities
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.importing.import_dialog import StakeholderImport
from rrr_desktop.views.stakeholders.importing.preview_dialog import ImportPreviewDialog

CSV = (
    "Nombre;Tipo;Correo electrónico;Barrio\n"
    "Koop Bizkaia;Cooperativa;info@koop.example;Abando\n"
    "Fundación Gizakia;Fundación;;Deusto\n"
    ";Asociación;nobody@example.org;Deusto\n"
)


def open_window(qtbot: QtBot, home: Home) -> MainWindow:
    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pagesFilled, timeout=10_000):
        window.open_home(home, ours)
    return window


def previewed(qtbot: QtBot, window: MainWindow, source: Path
              ) -> tuple[StakeholderImport, ImportPreviewDialog]:
    flow = window.register.import_stakeholders()
    assert flow is not None
    flow.plan(source)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible()
                    and flow.dialog.import_button.isEnabled(), timeout=10_000)
    assert flow.dialog is not None
    return flow, flow.dialog


def names(home: Home) -> list[str]:
    with home.db.reading() as connection:
        return [n for (n,) in connection.execute("SELECT name FROM stakeholder ORDER BY name")]


def lista(tmp_path: Path) -> Path:
    source = tmp_path / "lista.csv"
    source.write_text(CSV, encoding="cp1252")
    return source


def test_the_officer_previews_then_imports(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = lista(tmp_path)
    window = open_window(qtbot, home)
    _flow, dialog = previewed(qtbot, window, source)
    assert [c.currentData() for c in dialog.mapping.combos] == ["name", "kind", "email",
                                                                 "district"]
    assert "2 to add" in dialog.counts.text()
    assert "1 with problems" in dialog.counts.text()
    assert "Row 4" in dialog.problems.toPlainText()

    dialog.mode.setCurrentIndex(dialog.mode.findData("update"))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    stakeholders = window.page("stakeholders")
    with qtbot.waitSignal(stakeholders.filled, timeout=10_000):
        dialog.import_button.click()
    assert stakeholders.model.total == 2  # type: ignore[attr-defined]
    message = window.messages.current()
    assert "2 added" in message
    failed_rows = tmp_path / "lista-failed-rows.csv"
    assert f"Rows to fix: {failed_rows}" in message
    assert "nobody@example.org" in failed_rows.read_text(encoding="utf-8-sig")
    assert window.current_page() is stakeholders
    assert "2 added" in dialog.counts.text()
    assert dialog.undo_button.isVisible() and dialog.save_button.isVisible()

    elsewhere = tmp_path / "to-fix.csv"
    dialog.saveFailedRowsRequested.emit(elsewhere)
    qtbot.waitUntil(elsewhere.exists, timeout=10_000)
    assert "nobody@example.org" in elsewhere.read_text(encoding="utf-8-sig")

    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    question = window.findChildren(QMessageBox)[-1]
    assert "lista.csv" in question.text() and "The 2 stakeholders" in question.text()
    with qtbot.waitSignal(stakeholders.filled, timeout=10_000):
        next(button for button in question.buttons()
             if question.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole).click()
    assert names(home) == []
    assert "was undone" in dialog.counts.text()
    assert not dialog.undo_button.isEnabled()


def test_the_preview_marks_a_bad_row_with_its_reason(qtbot: QtBot, home: Home,
                                                    tmp_path: Path) -> None:
    window = open_window(qtbot, home)
    _flow, dialog = previewed(qtbot, window, lista(tmp_path))
    model = dialog.preview_model
    bad = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "4")
    assert model.index(bad, 1).data() == "Problem"
    assert "the name is empty" in model.index(bad, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(bad, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, 1).data() == "Add"


def test_editing_the_mapping_plans_again(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    window = open_window(qtbot, home)
    flow, dialog = previewed(qtbot, window, lista(tmp_path))
    email = dialog.mapping.combos[2]
    email.setCurrentIndex(email.findData("district"))  # twice: refused before planning
    assert "several columns" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()
    email.setCurrentIndex(email.findData(""))  # ignored: row 4 loses its only problem
    qtbot.waitUntil(lambda: flow.planned is not None and 2 not in flow.planned.plan.mapping,
                    timeout=10_000)
    assert dialog.import_button.isEnabled()
    assert dialog.preview_model.columnCount() == 2 + 3  # row, import, three columns left
    name = dialog.mapping.combos[0]
    name.setCurrentIndex(name.findData(""))  # no names: explained, nothing to import
    qtbot.waitUntil(lambda: "No column is chosen for the names" in dialog.counts.text(),
                    timeout=10_000)
    assert dialog.isVisible() and not dialog.import_button.isEnabled()


def test_cancelling_an_import_changes_nothing(qtbot: QtBot, home: Home, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from rrr_desktop.services.stakeholders.importing import applying
    from rrr_desktop.services.stakeholders.importing import write as stakeholder_import_write

    window = open_window(qtbot, home)
    flow, dialog = previewed(qtbot, window, lista(tmp_path))
    insert = stakeholder_import_write.insert_new_stakeholders

    def cancelled_while_writing(*args: Any, **kwargs: Any) -> None:
        flow._cancel.set()  # what Cancel does, from the GUI thread, while SQLite writes
        insert(*args, **kwargs)

    monkeypatch.setattr(applying, "insert_new_stakeholders", cancelled_while_writing)
    dialog.import_button.click()
    assert dialog.progress.isVisible() and not dialog.mode.isEnabled()
    qtbot.waitUntil(lambda: "cancelled" in dialog.counts.text(), timeout=10_000)
    assert names(home) == []
    assert dialog.import_button.isEnabled() and dialog.mode.isEnabled()
    assert not dialog.progress.isVisible()


def test_undo_last_import_says_what_it_undoes(qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from rrr_desktop.services.stakeholders.importing.applying import apply_import
    from rrr_desktop.services.stakeholders.importing.importer import plan_import
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    window = open_window(qtbot, home)
    undo = window.register.undo_last_import()
    assert undo is not None
    qtbot.waitUntil(lambda: undo.box is not None, timeout=10_000)
    assert undo.box is not None and "no import to undo" in undo.box.text()
    source = lista(tmp_path)
    apply_import(home.db, plan_import(home.db, read_table(source), source.name))
    latest = window.register.undo_last_import()
    assert latest is not None
    qtbot.waitUntil(lambda: latest.box is not None, timeout=10_000)
    assert latest.box is not None
    assert "lista.csv" in latest.box.text() and "The 2 stakeholders" in latest.box.text()
    assert "it updated" not in latest.box.text()  # none: not said as "the 0 stakeholders"
    assert "made on " + str(date.today().year) not in latest.box.text()  # a date in words
    keep = latest.box.button(QMessageBox.StandardButton.Cancel)
    assert keep is not None and keep.text() == "&Keep the Import"
    assert names(home) != []
    with qtbot.waitSignal(window.page("stakeholders").filled, timeout=10_000):
        latest.confirm()
    assert names(home) == []
    assert "was undone" in window.messages.current()


def refused_file(qtbot: QtBot, home: Home, source: Path) -> tuple[StakeholderImport, str]:
    """Plan importing an unreadable ``source``: the flow, and the warning it showed."""
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    ours = cities.init_our_city(home.db, "Bilbao", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    window.open_home(home, ours)
    flow = window.register.import_stakeholders()
    assert flow is not None
    flow.plan(source)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    return flow, window.findChildren(QMessageBox)[-1].text()


def test_an_unreadable_file_is_explained_and_changes_nothing(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    flow, message = refused_file(qtbot, home, tmp_path / "photo.csv")
    assert "photo.csv" in message
    assert flow.dialog is not None and not flow.dialog.isVisible()


def test_an_unreadable_file_is_explained_in_spanish(
        qtbot: QtBot, home: Home, tmp_path: Path, spanish: None) -> None:
    _, message = refused_file(qtbot, home, tmp_path / "foto.csv")
    assert message == ("El archivo foto.csv parece un archivo binario, no un CSV ni un Excel: "
                       "elija el archivo CSV o .xlsx que contiene su lista.")


def test_export_writes_what_the_page_shows_without_personal_data(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from rrr_desktop.services.setup.sample_data import load_sample_data
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    window = open_window(qtbot, home)
    load_sample_data(home.db, count=60, into_real_city=True)
    page = window.page("stakeholders")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    page.search.setText("bread")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.query.search == "bread")  # type: ignore[attr-defined]
    flow = window.register.export_stakeholders()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.options is not None and flow.options.isVisible(),
                    timeout=10_000)
    assert flow.options is not None
    assert not flow.options.personal.isChecked()
    assert "1 stakeholder in the current view" in flow.options.summary.text()  # one form
    target = tmp_path / "bread.xlsx"
    flow.export_to(target)
    qtbot.waitUntil(lambda: "exported to" in window.messages.current(), timeout=10_000)
    table = read_table(target)
    assert table.rows and all("bread" in row[0].lower() for row in table.rows)
    assert len(table.rows) == page.model.total  # type: ignore[attr-defined]
    assert "Email" not in table.headers


def test_export_includes_personal_data_only_when_ticked_and_consented(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from datetime import date

    from rrr_desktop.models.entities import Stakeholder, StakeholderKind
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    with home.db.session() as session:
        session.add_all([
            Stakeholder(name="Agreed", kind=StakeholderKind.COOPERATIVE, email="a@x.org",
                        consent_given=True, consent_on=date(2026, 1, 2)),
            Stakeholder(name="Not asked", kind=StakeholderKind.COOPERATIVE, email="n@x.org")])
    window = open_window(qtbot, home)
    flow = window.register.export_stakeholders()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.options is not None and flow.options.isVisible(),
                    timeout=10_000)
    assert flow.options is not None
    assert "Of them, 2 have a contact person, email or phone. Of those, 1 has recorded consent" \
        in flow.options.summary.text()
    flow.options.personal.setChecked(True)
    target = tmp_path / "people.csv"
    flow.export_to(target)
    qtbot.waitUntil(lambda: "exported to" in window.messages.current(), timeout=10_000)
    assert "Personal data included for 1" in window.messages.current()
    table = read_table(target)
    emails = {row[0]: row[table.headers.index("Email")] for row in table.rows}
    assert emails == {"Agreed": "a@x.org", "Not asked": ""}


def test_an_export_that_cannot_be_written_is_explained(qtbot: QtBot, home: Home,
                                                       tmp_path: Path) -> None:
    window = open_window(qtbot, home)
    flow = window.register.export_stakeholders()
    assert flow is not None
    flow.export_to(tmp_path / "missing-folder" / "out.csv")
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    assert "could not be written" in window.findChildren(QMessageBox)[-1].text()


def test_every_import_field_has_a_name_an_officer_reads() -> None:
    from rrr_desktop.services.stakeholders.importing.column_mapping import FIELDS
    from rrr_desktop.views.stakeholders.importing.mapping_view import field_label

    assert [field for field in FIELDS if field_label(field) == field] == []


def test_counts_are_written_as_the_language_writes_numbers(qtbot: QtBot, home: Home,
                                                           tmp_path: Path) -> None:
    """A Portuguese officer read "7.272 linhas" beside "7272 a adicionar"."""
    from PySide6.QtCore import QLocale

    source = tmp_path / "big.csv"
    source.write_text("Name\n" + "".join(f"Coop {n}\n" for n in range(1234)), encoding="utf-8")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    try:
        window = open_window(qtbot, home)
        _flow, dialog = previewed(qtbot, window, source)
        assert "1.234 to add" in dialog.counts.text()
    finally:
        QLocale.setDefault(before)


def test_the_summary_accounts_for_every_row_of_the_file(qtbot: QtBot, home: Home,
                                                        tmp_path: Path) -> None:
    source = tmp_path / "sections.csv"
    source.write_text("Name;Email\nKoop Bizkaia;info@koop.example\n;\nBILBAO;\n"
                      "Zubia;z@zubia.example\nGizakia;\nDEUSTO;\nElkar;e@elkar.example\n"
                      ";nobody@x.org\n", encoding="utf-8")
    window = open_window(qtbot, home)
    _flow, dialog = previewed(qtbot, window, source)
    stakeholders = window.page("stakeholders")
    with qtbot.waitSignal(stakeholders.filled, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = dialog.counts.text()
    assert "4 added, 0 updated, 0 skipped, 1 not imported" in summary
    assert "2 set aside as section headings." in summary
    assert "1 holds no stakeholder (a blank row, a title, a repeated header)." in summary


@pytest.mark.parametrize(("downs", "delimiter"), [(1, ","), (2, ";")])
def test_the_export_writes_the_delimiter_the_officer_picks(
        qtbot: QtBot, home: Home, tmp_path: Path, downs: int, delimiter: str) -> None:
    from PySide6.QtWidgets import QFileDialog

    from rrr_desktop.models.entities import Stakeholder, StakeholderKind

    with home.db.session() as session:
        session.add(Stakeholder(name="Koop, Bizkaia", kind=StakeholderKind.COOPERATIVE))
    window = open_window(qtbot, home)
    flow = window.register.export_stakeholders()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.options is not None and flow.options.isVisible(),
                    timeout=10_000)
    assert flow.options is not None
    combo = flow.options.format
    combo.setFocus()
    for _ in range(downs):  # Excel workbook, then comma, then semicolon (English order)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(flow.options.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog)),
                    timeout=10_000)
    chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    target = tmp_path / "partners.csv"
    chooser.selectFile(str(target))  # the system's file dialog: not ours to click through
    chooser.accept()
    qtbot.waitUntil(lambda: "exported to" in window.messages.current(), timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith(f"Name{delimiter}Record{delimiter}")
    other = "," if delimiter == ";" else ";"
    assert lines[1].startswith(f'"Koop, Bizkaia"{delimiter}' if delimiter == ","
                               else f"Koop, Bizkaia{delimiter}Organisation{delimiter}")
    assert other not in lines[0]
