"""The import window with lists as officers have them: no known name header, section
headings, another encoding, a bad website."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.views.stakeholders.importing.import_dialog import StakeholderImport
from rrr_desktop.views.stakeholders.importing.preview_dialog import ImportPreviewDialog
from tests.stakeholders.test_import_dialog import names, open_window


def opened(qtbot: QtBot, home: Home, source: Path
           ) -> tuple[StakeholderImport, ImportPreviewDialog]:
    window = open_window(qtbot, home)
    flow = window.register.import_stakeholders()
    assert flow is not None
    flow.plan(source)
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=10_000)
    assert flow.dialog is not None
    return flow, flow.dialog


def test_a_list_without_a_known_name_header_reaches_the_mapping_step(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "l.csv"
    source.write_text("Trading as,Town\nMill Bakery,Leeds\nBarn Co-op,York\n", encoding="utf-8")
    flow, dialog = opened(qtbot, home, source)
    assert "No column is chosen for the names" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()
    assert [c.currentData() for c in dialog.mapping.combos] == ["", "locality"]
    first = dialog.mapping.combos[0]
    first.setFocus()
    qtbot.keyClicks(first, "Name")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "2 to add" in dialog.counts.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.outcome is not None, timeout=10_000)
    assert names(home) == ["Barn Co-op", "Mill Bakery"]


def test_headings_are_listed_and_one_click_brings_them_in(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "clubs.csv"
    source.write_text("Name,Address\nBARNSLEY,\nRugby Club,1 Park Road\n,\nHolgate School,\n"
                      "PENISTONE,\nGrammar School,Huddersfield Road\n", encoding="utf-8")
    _flow, dialog = opened(qtbot, home, source)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    headings = dialog.source_options.headings.text()
    assert "'BARNSLEY' (row 2), 'PENISTONE' (row 6)" in headings
    assert "3 to add" in dialog.counts.text() and "2 set aside" in dialog.counts.text()
    assert "1 holds no stakeholder" in dialog.counts.text()  # the blank row 4
    box = dialog.source_options.keep_headings
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=box.rect().topLeft() + box.rect().center() / 4)
    qtbot.waitUntil(lambda: "5 to add" in dialog.counts.text(), timeout=10_000)
    assert "set aside" not in dialog.counts.text()


def test_the_encoding_is_named_in_plain_words_and_can_be_changed(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_bytes("Nazwa;Miasto;Strona\nSpółdzielnia Łąka;Łódź;Facebook\n"
                       .encode("cp1250"))
    _flow, dialog = opened(qtbot, home, source)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "Central European (Windows)" in dialog.source.text()
    assert dialog.preview_model.index(0, 2).data() == "Spółdzielnia Łąka"
    assert "'Facebook' in column 'Strona' is not a web address" in dialog.problems.toPlainText()
    combo = dialog.source_options.encoding
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # the one above: Western European (Windows)
    qtbot.waitUntil(lambda: dialog.preview_model.index(0, 2).data() == "Spó³dzielnia £¹ka",
                    timeout=10_000)
    assert "Western European (Windows)" in dialog.source.text()


def test_the_export_dialog_offers_essglobal_open_data(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    from rrr_desktop.models.entities import Stakeholder, StakeholderKind
    from rrr_desktop.services.stakeholders.essglobal_export import HEADER
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    with home.db.session() as session:
        session.add(Stakeholder(name="Mill Co-op", kind=StakeholderKind.COOPERATIVE))
    window = open_window(qtbot, home)
    flow = window.register.export_stakeholders()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.options is not None and flow.options.isVisible(),
                    timeout=10_000)
    assert flow.options is not None
    combo = flow.options.format
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: ESSGlobal
    assert "ESSGlobal" in combo.currentText()
    flow.export_to(tmp_path / "open-data")
    qtbot.waitUntil(lambda: "exported to" in window.messages.current(), timeout=10_000)
    table = read_table(tmp_path / "open-data.csv")
    assert table.headers == HEADER and table.rows[0][1] == "Mill Co-op"


def test_the_preview_says_what_it_guessed_from_the_values(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "l.csv"
    source.write_text("Name,Column 2,Column 3\nMill,info@mill.example,S6 2FL\n"
                      "Barn,barn@barn.example,S1 2BX\n", encoding="utf-8")
    _flow, dialog = opened(qtbot, home, source)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.guesses.isVisible()
    assert "Column 2: 2 of 2 values are email addresses" in dialog.guesses.toPlainText()
    assert "postcodes (UK)" in dialog.guesses.toPlainText()
    assert [c.currentData() for c in dialog.mapping.combos] == ["name", "email", "postcode"]


def test_the_summary_after_importing_still_accounts_for_headings_and_warnings(
        qtbot: QtBot, home: Home, tmp_path: Path) -> None:
    source = tmp_path / "clubs.csv"
    source.write_text("Name,Website\nNORTH,\nRugby Club,Facebook\nSOUTH,\nChess Club,c.org\n",
                      encoding="utf-8")
    flow, dialog = opened(qtbot, home, source)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.outcome is not None, timeout=10_000)
    assert "2 added" in dialog.counts.text()
    assert "2 set aside as section headings" in dialog.counts.text()
    assert "'Facebook' in column 'Website'" in dialog.problems.toPlainText()
