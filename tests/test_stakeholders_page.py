"""The stakeholder register in the window: lazy model, filters, details."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.models.entities import (
    CollaborationStage,
    Interaction,
    InteractionKind,
    Stakeholder,
    StakeholderKind,
)
from rrr_desktop.services import stakeholder_list
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholder_list import StakeholderFilter
from rrr_desktop.views.pages.stakeholders import StakeholdersPage
from rrr_desktop.views.stakeholder_model import PAGE_SIZE, StakeholderTableModel


def fill(home: Home, count: int) -> None:
    kinds = list(StakeholderKind)
    with home.db.session() as session:
        session.add_all(
            Stakeholder(name=f"Org {n:04d}", kind=kinds[n % len(kinds)],
                        stage=CollaborationStage.INFORMED if n % 2 else
                        CollaborationStage.NOT_ENGAGED, district=f"D{n % 3}")
            for n in range(count))


def model_for(home: Home) -> StakeholderTableModel:
    model = StakeholderTableModel(
        lambda q: stakeholder_list.count_stakeholders(home.db, q),
        lambda q, offset, limit: stakeholder_list.list_stakeholders(home.db, q, offset, limit))
    model.set_query(StakeholderFilter())
    return model


def test_rows_are_fetched_a_page_at_a_time(qtbot: QtBot, home: Home) -> None:
    fill(home, PAGE_SIZE * 2 + 5)
    model = model_for(home)
    assert (model.total, model.rowCount()) == (PAGE_SIZE * 2 + 5, PAGE_SIZE)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2 + 5
    assert not model.canFetchMore(QModelIndex())
    assert model.index(0, 0).data() == "Org 0000"


def test_sorting_is_done_by_the_database(qtbot: QtBot, home: Home) -> None:
    fill(home, PAGE_SIZE + 10)
    model = model_for(home)
    model.sort(StakeholderTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == f"Org {PAGE_SIZE + 9:04d}"  # not just the fetched page
    assert model.index(0, 0).data(StakeholderTableModel.IdRole) == PAGE_SIZE + 10
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Name", "Kind", "Stage"]
    assert model.index(0, StakeholderTableModel.KIND).data() in {
        "Social enterprise", "Co-operative", "Mutual", "Association / non-profit", "Foundation",
        "Network / federation", "Public body", "Financier", "Academia", "Community group",
        "Business", "Other"}


@pytest.fixture
def page(qtbot: QtBot, home: Home) -> StakeholdersPage:
    widget = StakeholdersPage()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def refresh(page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)


def test_an_empty_register_says_how_to_fill_it(page: StakeholdersPage, home: Home,
                                               qtbot: QtBot) -> None:
    refresh(page, home, qtbot)
    assert "No stakeholders yet" in page.count.text()
    assert page.detail.detail is None


def test_filters_and_details(page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    fill(home, 30)
    with home.db.session() as session:
        session.add(Stakeholder(
            name="<b>Coop & Sons</b>", kind=StakeholderKind.COOPERATIVE, email="ana@coop.example",
            contact_person="Ana", description="Bakery run by its workers",
            interactions=[Interaction(occurred_on=date(2026, 1, 5), kind=InteractionKind.CALL,
                                      notes="Asked about premises")]))
    refresh(page, home, qtbot)
    assert page.count.text() == "31 stakeholders"
    qtbot.keyClicks(page.search, "bakery")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.detail.detail is not None
    assert page.detail.detail.name == "<b>Coop & Sons</b>"
    texts = [label.text() for label in page.detail.findChildren(type(page.count))]
    assert "<b>Coop & Sons</b>" in texts  # shown literally, never as markup
    assert any("No consent recorded" in text for text in texts)
    assert any("Asked about premises" in text for text in texts)
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("informed"))
    qtbot.waitUntil(lambda: page.model.total == 15)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("mutual"))
    qtbot.waitUntil(lambda: page.count.text() != "15 stakeholders")
    assert all(page.model.row(r).kind == "mutual" and page.model.row(r).stage == "informed"
               for r in range(page.model.rowCount()))
    page.search.setText("nothing like this")
    qtbot.waitUntil(lambda: page.count.text() == "No stakeholder matches these filters.")
