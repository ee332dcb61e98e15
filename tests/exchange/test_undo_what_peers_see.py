"""Undoing an import says what peer cities will see of it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.bulk import BulkChange, bulk_edit
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.importer import plan_import
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.stakeholders.importing.undo_import import ImportUndo
from tests.factories import open_city_home


@pytest.fixture
def bilbao(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "bilbao", "Bilbao")
    yield opened
    wait_for_background_work()
    opened.close()


def imported(home: Home, names: list[str]) -> list[int]:
    text = io.StringIO()
    csv.writer(text).writerows([["Name"], *([name] for name in names)])
    plan = plan_import(home.db, read_csv_bytes(text.getvalue().encode(), "x.csv"), "x.csv")
    apply_import(home.db, plan)
    with home.db.reading() as connection:
        return [row[0] for row in connection.execute("SELECT id FROM stakeholder")]


def question(qtbot: QtBot, home: Home) -> str:
    window = QWidget()
    qtbot.addWidget(window)
    undo = ImportUndo(home, window)
    undo.start()
    qtbot.waitUntil(lambda: undo.box is not None)
    assert undo.box is not None
    return undo.box.text()


def test_records_peers_received_are_said_to_be_withdrawn(
        qtbot: QtBot, bilbao: Home, tmp_path: Path) -> None:
    ids = imported(bilbao, ["Bakery", "Dairy"])
    bulk_edit(bilbao.db, ids, BulkChange(shareable=True))
    export_bundle(bilbao.db, bilbao.paths, tmp_path / "out.rrrbundle", ExportOptions())
    text = question(qtbot, bilbao)
    assert "Peer cities already received 2 of the stakeholders it added" in text
    assert "your next bundle withdraws them" in text


def test_nothing_is_said_of_peers_when_nothing_was_sent(qtbot: QtBot, bilbao: Home) -> None:
    imported(bilbao, ["Bakery"])
    assert "Peer cities" not in question(qtbot, bilbao)


def test_bundle_history_says_what_a_sent_bundle_held_in_words(
        qtbot: QtBot, bilbao: Home, tmp_path: Path) -> None:
    from rrr_desktop.views.exchange.history_dialog import BundleHistoryDialog

    export_bundle(bilbao.db, bilbao.paths, tmp_path / "out.rrrbundle", ExportOptions())
    dialog = BundleHistoryDialog(bilbao)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.sent.topLevelItemCount() == 1)
    item = dialog.sent.topLevelItem(0)
    assert item is not None
    held = item.text(2)
    assert held.startswith("Profile, practices: ") and "withdrawals: 0" in held  # not "1 practices"
    assert "tombstones" not in held and "personal_data_included" not in held
