"""The stakeholder register in the window: lazy model, filters, details."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.models.entities import (
    CollaborationStage,
    Interaction,
    InteractionKind,
    Stakeholder,
    StakeholderKind,
    Topic,
)
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders import listing as stakeholder_list
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.stakeholders.table_model import PAGE_SIZE, StakeholderTableModel
from tests.factories import drag_column_edge


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


def shown(page: StakeholdersPage) -> str | None:
    """The name in the details pane."""
    return page.detail.detail.name if page.detail.detail is not None else None


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
    qtbot.waitUntil(lambda: page.model.total == 1 and shown(page) == "<b>Coop & Sons</b>")
    texts = [label.text() for label in page.detail.findChildren(type(page.count))]
    assert "<b>Coop & Sons</b>" in texts  # shown literally, never as markup
    assert any("No consent recorded" in text for text in texts)
    assert page.detail.interactions is not None
    assert "Asked about premises" in page.detail.interactions.item(0).text()
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("informed"))
    qtbot.waitUntil(lambda: page.model.total == 15)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("mutual"))
    qtbot.waitUntil(lambda: page.count.text() != "15 stakeholders")
    assert all(page.model.row(r).kind == "mutual" and page.model.row(r).stage == "informed"
               for r in range(page.model.rowCount()))
    page.search.setText("nothing like this")
    qtbot.waitUntil(lambda: page.count.text() == "No stakeholder matches these filters.")


def people(home: Home) -> dict[str, int]:
    """A small register with topics, districts and owners; name -> id."""
    with home.db.session() as session:
        topic = session.query(Topic).order_by(Topic.id).first()
        assert topic is not None
        records = [
            Stakeholder(name="Bread Co-op", kind=StakeholderKind.COOPERATIVE, district="Centre",
                        owner="Ana", topics=[topic], influence=5, interest=5),
            Stakeholder(name="Milk Co-op", kind=StakeholderKind.COOPERATIVE, district="Harbour",
                        owner="Ben", influence=1, interest=1),
            Stakeholder(name="Green Fund", kind=StakeholderKind.FINANCIER, district="Centre",
                        owner="Ben", influence=5, interest=1),
            Stakeholder(name="Repair Café", kind=StakeholderKind.ASSOCIATION, district="Harbour"),
        ]
        session.add_all(records)
        session.flush()
        return {record.name: record.id for record in records}


def listed(page: StakeholdersPage) -> list[str]:
    return [page.model.row(r).name for r in range(page.model.rowCount())]


def test_topic_district_and_owner_filters_list_the_values_in_use(
        page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    people(home)
    refresh(page, home, qtbot)
    qtbot.waitUntil(lambda: page.district_filter.count() == 3)
    assert [page.district_filter.itemText(i) for i in range(3)] == [
        "All districts", "Centre", "Harbour"]
    assert [page.owner_filter.itemText(i) for i in range(3)] == ["All owners", "Ana", "Ben"]
    assert not page.filter_bar.clear_button.isEnabled()
    search_width = page.search.width()
    page.district_filter.setCurrentIndex(page.district_filter.findText("Centre"))
    qtbot.waitUntil(lambda: listed(page) == ["Bread Co-op", "Green Fund"])
    assert page.filter_bar.clear_button.isEnabled()
    assert page.search.width() == search_width  # nothing moves under the pointer
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Ben"))
    qtbot.waitUntil(lambda: listed(page) == ["Green Fund"])
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total == 4)
    assert (page.district_filter.currentIndex(), page.owner_filter.currentIndex()) == (0, 0)
    assert not page.filter_bar.clear_button.isEnabled()
    assert page.topic_filter.count() == 2
    page.topic_filter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: listed(page) == ["Bread Co-op"])


def test_the_sector_filter_lists_the_sectors_in_use_by_name(
        page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    with home.db.session() as session:
        session.add_all([
            Stakeholder(name="Bread Co-op", kind=StakeholderKind.COOPERATIVE,
                        sectors=["ICA10", "Bakeries"]),
            Stakeholder(name="Housing Co-op", kind=StakeholderKind.COOPERATIVE,
                        sectors=["ICA210"]),
            Stakeholder(name="Repair Café", kind=StakeholderKind.ASSOCIATION)])
    refresh(page, home, qtbot)
    sectors = page.filter_bar.sector_filter
    qtbot.waitUntil(lambda: sectors.count() == 4)
    assert [sectors.itemText(i) for i in range(4)] == [
        "All sectors", "Agriculture", "Bakeries", "Housing"]
    sectors.setCurrentIndex(sectors.findText("Agriculture"))
    qtbot.waitUntil(lambda: listed(page) == ["Bread Co-op"])
    sectors.setCurrentIndex(sectors.findText("Housing"))
    qtbot.waitUntil(lambda: listed(page) == ["Housing Co-op"])
    assert page.model.total == 1
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total == 3)


def test_enter_in_search_moves_to_the_list(page: StakeholdersPage, home: Home,
                                          qtbot: QtBot) -> None:
    people(home)
    refresh(page, home, qtbot)
    page.activateWindow()
    page.focus_search()
    qtbot.keyClicks(page.search, "co-op")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.waitUntil(lambda: listed(page) == ["Bread Co-op", "Milk Co-op"])


def test_a_hidden_column_stays_hidden_in_a_new_page(qtbot: QtBot, home: Home,
                                                    tmp_path: Path) -> None:
    first = StakeholdersPage(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    assert header.isSectionHidden(StakeholderTableModel.INFLUENCE)  # optional: off at first
    tags = next(a for a in first.column_actions if a.text() == "Tags")
    influence = next(a for a in first.column_actions if a.text() == "Influence")
    tags.trigger()
    influence.trigger()
    drag_column_edge(qtbot, first, StakeholderTableModel.DISTRICT, 222)
    assert header.isSectionHidden(StakeholderTableModel.TAGS)
    first.settings.sync()  # type: ignore[union-attr]
    again = StakeholdersPage(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(StakeholderTableModel.TAGS)
    assert not header.isSectionHidden(StakeholderTableModel.INFLUENCE)
    assert header.sectionSize(StakeholderTableModel.DISTRICT) == 222
    assert not next(a for a in again.column_actions if a.text() == "Tags").isChecked()


def test_bulk_edit_changes_the_stage_of_the_selected(page: StakeholdersPage, home: Home,
                                                     qtbot: QtBot) -> None:
    fill(home, 6)
    refresh(page, home, qtbot)
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = page.selected_ids()
    assert len(chosen) == 3
    assert page.bulk_edit_action.isEnabled()
    dialog = page.open_bulk_edit()
    assert dialog is not None
    assert dialog.ok.text() == "Change 3 stakeholders"
    assert not dialog.ok.isEnabled()  # nothing ticked yet
    dialog.choices["stage"].setChecked(True)
    dialog.stage.setCurrentIndex(dialog.stage.findData("co_managing"))
    with qtbot.waitSignal(page.message, timeout=10_000) as news:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert news.args == ["3 stakeholders changed. 0 were already as asked."]
    qtbot.waitUntil(lambda: all(page.model.row(r).stage == "co_managing" for r in (1, 2, 3)))
    assert [page.model.row(r).stage for r in (0, 4, 5)] == [
        "not_engaged", "not_engaged", "informed"]  # not selected: unchanged
    assert page.selected_ids() == chosen  # the selection survives the reload


def test_bulk_edit_says_what_is_wrong_and_stays_open(page: StakeholdersPage, home: Home,
                                                     qtbot: QtBot) -> None:
    fill(home, 2)
    refresh(page, home, qtbot)
    dialog = page.open_bulk_edit()
    assert dialog is not None
    dialog.choices["add_tags"].setChecked(True)
    dialog.choices["remove_tags"].setChecked(True)
    dialog.add_tags.setText("food, youth")
    dialog.remove_tags.setText("Youth")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "both added and removed" in dialog.problem.text()
    assert dialog.add_tags.text() == "food, youth"  # nothing typed is lost


def test_clicking_a_map_dot_selects_the_stakeholder(page: StakeholdersPage, home: Home,
                                                    qtbot: QtBot) -> None:
    fill(home, PAGE_SIZE + 20)  # the clicked one is beyond the first page
    with home.db.session() as session:
        session.add(Stakeholder(name="Zebra Crossing Trust", kind=StakeholderKind.FOUNDATION,
                                influence=4, interest=2))
    refresh(page, home, qtbot)
    page.resize(1200, 700)
    page.toggle_view_action.trigger()
    assert page.views.currentWidget() is page.map_tab
    assert page.map_tab.map_view.isVisible()
    canvas = page.map_tab.map_view.canvas
    qtbot.waitUntil(lambda: canvas.picture.data is not None)
    assert canvas.picture.data is not None
    zebra = canvas.picture.data.points[0]
    position = canvas.dot_position(zebra.id)
    assert position is not None
    assert canvas.tooltip_at(position) == (
        "Zebra Crossing Trust\nNot engaged · Foundation\nInfluence 4, interest 2")
    assert canvas.tooltip_at(QPointF(1, 1)) == ""
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())
    qtbot.waitUntil(lambda: page.selected_ids() == [zebra.id])
    qtbot.waitUntil(lambda: shown(page) == "Zebra Crossing Trust")
    page.search.setText("org 000")
    qtbot.waitUntil(lambda: canvas.picture.data is not None
                    and canvas.picture.data.unplaced == 10)  # the map follows the filter


def test_after_archive_and_undo_the_next_action_falls_on_the_restored_one(
        page: StakeholdersPage, home: Home, qtbot: QtBot) -> None:
    """Archiving selects no neighbour in its place; Undo selects the record it brought
    back, so a second Archive cannot hit another stakeholder."""
    with home.db.session() as session:
        session.add_all(Stakeholder(name=name, kind=StakeholderKind.COOPERATIVE)
                        for name in ("Abbey Road Housing", "Abbey Road Kids Club", "Bakery"))
    page.addActions([page.stakeholder_actions.undo])
    refresh(page, home, qtbot)
    row = next(r for r in range(page.model.rowCount())
               if page.model.row(r).name == "Abbey Road Housing")
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: shown(page) == "Abbey Road Housing")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.stakeholder_actions.archive.trigger()
    assert page.count.text() == "2 stakeholders"
    assert page.selected_ids() == [] and page.detail.detail is None
    assert not page.stakeholder_actions.archive.isEnabled()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.count.text() == "3 stakeholders"
    assert [page.model.row(page.model.row_of(i) or 0).name for i in page.selected_ids()] == [
        "Abbey Road Housing"]
    qtbot.waitUntil(lambda: shown(page) == "Abbey Road Housing")


def test_archived_records_stand_apart_when_shown(qtbot: QtBot, home: Home) -> None:
    with home.db.session() as session:
        session.add_all([Stakeholder(name="Active Co-op", kind=StakeholderKind.COOPERATIVE),
                         Stakeholder(name="Old Co-op", kind=StakeholderKind.COOPERATIVE,
                                     archived=True)])
    model = model_for(home)
    model.set_query(StakeholderFilter(include_archived=True))
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    active, old = (model.index(rows[name], 0) for name in ("Active Co-op", "Old Co-op"))
    assert old.data(Qt.ItemDataRole.FontRole).italic()
    assert active.data(Qt.ItemDataRole.FontRole) is None
    assert old.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert active.data(Qt.ItemDataRole.ForegroundRole) is None
    assert old.data(Qt.ItemDataRole.ToolTipRole) == "Old Co-op (archived)"
    assert old.data() == "Old Co-op"


def test_tab_leaves_the_register_for_the_next_control(page: StakeholdersPage, home: Home,
                                                      qtbot: QtBot) -> None:
    people(home)
    refresh(page, home, qtbot)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()  # not the next cell of the same row
