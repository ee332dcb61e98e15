"""People in the register: marked as persons, listed under their organisation, filtered;
the filters for what needs attention; blank dates after the others."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from rrr_desktop.models.entities import Interaction, InteractionKind, Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.views.stakeholders.page import StakeholdersPage
from rrr_desktop.views.stakeholders.table_model import StakeholderTableModel


@pytest.fixture
def page(qtbot: QtBot, home: Home) -> StakeholdersPage:
    today = date.today()  # when the test runs, not when it was collected
    with home.db.session() as session:
        bakery = Stakeholder(name="Bakery Co-op", kind=StakeholderKind.COOPERATIVE)
        bakery.interactions = [Interaction(occurred_on=today - timedelta(days=9),
                                           kind=InteractionKind.CALL,
                                           follow_up_on=today - timedelta(days=2))]
        session.add_all([bakery, Stakeholder(name="Dairy Trust", kind=StakeholderKind.FOUNDATION,
                                             review_due_on=today)])
        session.flush()
        session.add(Stakeholder(name="Ana Ruiz", kind=StakeholderKind.COOPERATIVE,
                                is_person=True, organisation_id=bakery.id))
    widget = StakeholdersPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.filled, timeout=10_000):
        widget.refresh(home)
    return widget


def listed(page: StakeholdersPage) -> list[tuple[str, str]]:
    model = page.model
    return [(model.index(row, model.NAME).data(), model.index(row, model.KIND).data())
            for row in range(model.rowCount())]


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` with the keyboard, as an officer would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def names_become(qtbot: QtBot, page: StakeholdersPage, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: [name for name, _ in listed(page)] == expected)


def test_a_person_is_marked_as_one_not_given_a_kind(page: StakeholdersPage) -> None:
    assert ("Ana Ruiz", "Person") in listed(page)


def test_an_organisation_lists_its_people_and_opens_them(page: StakeholdersPage,
                                                         qtbot: QtBot) -> None:
    row = [name for name, _kind in listed(page)].index("Bakery Co-op")
    rect = page.table.visualRect(page.model.index(row, StakeholderTableModel.NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.name == "Bakery Co-op")
    people = page.detail.people
    assert [people.item(i).text() for i in range(people.count())] == ["Ana Ruiz"]
    page.detail.ensureWidgetVisible(people)
    item_rect = people.visualItemRect(people.item(0))
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    qtbot.mouseDClick(people.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.name == "Ana Ruiz")


def test_filter_people_or_organisations(page: StakeholdersPage, qtbot: QtBot) -> None:
    choose(qtbot, page.filter_bar.record_filter, "People")
    names_become(qtbot, page, ["Ana Ruiz"])
    choose(qtbot, page.filter_bar.record_filter, "Organisations")
    names_become(qtbot, page, ["Bakery Co-op", "Dairy Trust"])


def test_overdue_follow_ups_and_reviews_due(page: StakeholdersPage, qtbot: QtBot) -> None:
    choose(qtbot, page.filter_bar.due_filter, "Overdue follow-ups")
    names_become(qtbot, page, ["Bakery Co-op"])
    choose(qtbot, page.filter_bar.due_filter, "Review due")
    names_become(qtbot, page, ["Dairy Trust"])


def test_with_room_kinds_stages_and_dates_are_not_cut(page: StakeholdersPage,
                                                      qtbot: QtBot) -> None:
    page.resize(1900, 700)  # the columns share the list's width: a wide one
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1400)
    metrics = page.table.fontMetrics()
    model = page.model
    for column in (model.KIND, model.STAGE, model.LAST_CONTACT, model.FOLLOW_UP):
        width = page.table.columnWidth(column)
        for text in model.typical_texts(column):
            assert metrics.horizontalAdvance(text) + 8 <= width, (text, width)
