"""After the editor saves, the record saved is the register's current row, in sight, with
its details beside it, wherever the sort puts it; when the filters leave it out, the
status bar says so and the details still show it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rrr_desktop.models.entities import Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.views.stakeholders.editor import StakeholderEditor
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.stakeholders.table_model import PAGE_SIZE

COUNT = PAGE_SIZE + 20  # the end of the list is not fetched at first


@pytest.fixture
def page(qtbot: QtBot, home: Home) -> StakeholdersPage:
    with home.db.session() as session:
        session.add_all(Stakeholder(name=f"Org {n:04d}", kind=StakeholderKind.COOPERATIVE)
                        for n in range(COUNT))
    widget = StakeholdersPage()
    qtbot.addWidget(widget)
    widget.addActions([widget.stakeholder_actions.new_organisation])
    widget.resize(1000, 600)
    widget.show()
    with qtbot.waitSignal(widget.filled, timeout=10_000):
        widget.refresh(home)
    return widget


def shown(page: StakeholdersPage) -> str | None:
    return page.detail.detail.name if page.detail.detail is not None else None


def current_name(page: StakeholdersPage) -> str | None:
    index = page.table.currentIndex()
    return page.model.row(index.row()).name if index.isValid() else None


def in_sight(page: StakeholdersPage) -> bool:
    rect = page.table.visualRect(page.table.currentIndex())
    return page.table.viewport().rect().contains(rect)


def editor(page: StakeholdersPage, qtbot: QtBot) -> StakeholderEditor:
    dialog = page.stakeholder_actions.dialog
    assert isinstance(dialog, StakeholderEditor)
    qtbot.waitUntil(dialog.buttons.isEnabled)
    return dialog


def save(page: StakeholdersPage, dialog: StakeholderEditor, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(page: StakeholdersPage, qtbot: QtBot, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: shown(page) == page.model.row(row).name)


def test_a_new_record_becomes_the_current_row_and_f2_edits_it(
        page: StakeholdersPage, qtbot: QtBot) -> None:
    click_row(page, qtbot, 1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = editor(page, qtbot)
    qtbot.keyClicks(dialog.tabs.name, "Zebra Crossing Co-op")  # sorts last, not fetched
    save(page, dialog, qtbot)
    qtbot.waitUntil(lambda: current_name(page) == "Zebra Crossing Co-op")
    assert [page.model.row(r.row()).name
            for r in page.table.selectionModel().selectedRows()] == ["Zebra Crossing Co-op"]
    assert in_sight(page)
    qtbot.waitUntil(lambda: shown(page) == "Zebra Crossing Co-op")
    page.activateWindow()  # the offscreen platform gives the focus back to no one
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert editor(page, qtbot).tabs.name.text() == "Zebra Crossing Co-op"


def test_an_edited_record_stays_current_when_the_sort_moves_it(
        page: StakeholdersPage, qtbot: QtBot) -> None:
    click_row(page, qtbot, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = editor(page, qtbot)
    dialog.tabs.name.selectAll()
    qtbot.keyClicks(dialog.tabs.name, "Zz Renamed Org")
    save(page, dialog, qtbot)
    qtbot.waitUntil(lambda: current_name(page) == "Zz Renamed Org")
    assert page.table.currentIndex().row() == COUNT - 1
    assert len(page.selected_ids()) == 1 and in_sight(page)
    qtbot.waitUntil(lambda: shown(page) == "Zz Renamed Org")


def test_a_new_record_the_filters_hide_is_shown_and_the_status_bar_says_why(
        page: StakeholdersPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "Org 0010")
    qtbot.waitUntil(lambda: page.model.total == 1)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.stakeholder_actions.new_organisation.trigger()
    dialog = editor(page, qtbot)
    qtbot.keyClicks(dialog.tabs.name, "Bakery by the Bridge")
    save(page, dialog, qtbot)
    qtbot.waitUntil(lambda: shown(page) == "Bakery by the Bridge")
    qtbot.waitUntil(lambda: any("filters hide it" in text for text in messages))
    assert page.selected_ids() == []  # no other record stands in for it
    assert page.model.total == 1
