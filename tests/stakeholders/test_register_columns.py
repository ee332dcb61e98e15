"""The register's columns share the list's width: in a 1280-pixel window, in Portuguese
(whose kinds run long: "Associação / organização sem fins lucrativos") as in English,
every column is in view without scrolling sideways; a kind too long for its column ends
in "…" and reads whole in its tool tip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.listing import STAKEHOLDER_KINDS
from rrr_desktop.views.common.labels import stakeholder_kind_label
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.stakeholders.table_model import StakeholderTableModel
from tests.factories import bilbao_window, drag_column_edge


def one_of_each_kind(home: Home) -> None:
    for number, kind in enumerate(STAKEHOLDER_KINDS):
        create_stakeholder(home.db, StakeholderForm(
            f"Manchester Worker Co-operative No. {number}", kind=kind,
            stage="co_implementing", district="Ancoats and Beswick", owner="Ana Ruiz",
            tags=("housing", "food")))


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths, one_of_each_kind)


def register_at_1280(window: MainWindow, qtbot: QtBot) -> StakeholdersPage:
    window.resize(1280, 800)
    window.show_page("stakeholders")
    page = window.page("stakeholders")
    assert isinstance(page, StakeholdersPage)
    qtbot.waitUntil(lambda: window.width() == 1280 and page.model.rowCount() > 0)
    QApplication.processEvents()  # the list laid out at its width
    return page


def every_column_in_view(page: StakeholdersPage) -> None:
    table = page.table
    header = table.horizontalHeader()
    shown = [c for c in range(page.model.columnCount()) if not header.isSectionHidden(c)]
    assert len(shown) == 8  # the columns a register starts with
    assert header.length() <= table.viewport().width(), [
        (page.model.headerData(c, Qt.Orientation.Horizontal), header.sectionSize(c))
        for c in shown]
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to


def test_in_portuguese_every_column_is_in_view_and_a_long_kind_is_cut_with_a_tip(
        portuguese: None, window: MainWindow, qtbot: QtBot) -> None:
    page = register_at_1280(window, qtbot)
    every_column_in_view(page)
    model, table = page.model, page.table
    longest = max((stakeholder_kind_label(kind) for kind in STAKEHOLDER_KINDS), key=len)
    assert longest == "Associação / organização sem fins lucrativos"
    row = next(r for r in range(model.rowCount())
               if model.index(r, model.KIND).data() == longest)
    cell = model.index(row, StakeholderTableModel.KIND)
    assert table.fontMetrics().horizontalAdvance(longest) > table.columnWidth(model.KIND)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == longest  # read whole when hovered
    assert table.columnWidth(model.NAME) >= table.columnWidth(model.KIND)


def test_in_english_every_column_is_in_view(window: MainWindow, qtbot: QtBot) -> None:
    every_column_in_view(register_at_1280(window, qtbot))


def test_a_column_the_officer_sized_stays_as_sized(qtbot: QtBot, home: Home,
                                                   tmp_path: Path) -> None:
    page = StakeholdersPage(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    drag_column_edge(qtbot, page, StakeholderTableModel.KIND, 300)
    assert not page.columns.fitting
    page.resize(900, 700)  # a narrower window: the officer's width stays
    qtbot.waitUntil(lambda: page.table.viewport().width() < 600)
    assert page.table.columnWidth(StakeholderTableModel.KIND) == 300


def test_a_kind_column_remembered_too_wide_is_brought_to_the_cap(
        portuguese: None, qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    before = StakeholdersPage(settings)
    qtbot.addWidget(before)
    header = before.table.horizontalHeader()
    header.resizeSection(StakeholderTableModel.KIND, 400)  # as remembered before the cap
    settings.stakeholder_columns = header.saveState()
    again = StakeholdersPage(settings)
    qtbot.addWidget(again)
    width = again.table.columnWidth(StakeholderTableModel.KIND)
    assert width < 400
    assert width >= again.table.fontMetrics().horizontalAdvance("Cooperativa") + 8
