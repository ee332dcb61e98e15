"""The stakeholder register, read page by page with filters and sorting."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.models.entities import (
    CollaborationStage,
    Interaction,
    InteractionKind,
    Stakeholder,
    StakeholderKind,
    Topic,
)
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.listing import (
    SORTABLE,
    StakeholderFilter,
    count_stakeholders,
    filter_choices,
    list_stakeholders,
    row_position,
)
from tests.factories import open_test_home

TODAY = date.today()


def add(home: Home, name: str, **fields: object) -> None:
    with home.db.session() as session:
        session.add(Stakeholder(name=name, kind=fields.pop("kind", StakeholderKind.COOPERATIVE),
                                **fields))


@pytest.fixture
def register(home: Home) -> Home:
    add(home, "Coopérative Montréal", district="Centre", tags=["housing", "youth"],
        stage=CollaborationStage.CO_CREATING, owner="Ana")
    add(home, "Zorg & Welzijn", kind=StakeholderKind.ASSOCIATION, district="Noord",
        description="Care for elderly neighbours", owner="Ben")
    add(home, "Old Mill Trust", kind=StakeholderKind.FOUNDATION, archived=True)
    add(home, "Bank of Good", kind=StakeholderKind.FINANCIER, district="Centre")
    with home.db.session() as session:
        mill = session.query(Stakeholder).filter_by(name="Bank of Good").one()
        mill.interactions = [
            Interaction(occurred_on=TODAY - timedelta(days=40), kind=InteractionKind.MEETING),
            Interaction(occurred_on=TODAY - timedelta(days=10), kind=InteractionKind.CALL,
                        follow_up_on=TODAY - timedelta(days=3)),
        ]
    return home


def names(home: Home, **query: object) -> list[str]:
    return [row.name for row in list_stakeholders(home.db, StakeholderFilter(**query))]  # type: ignore[arg-type]


def test_archived_stakeholders_are_hidden_unless_asked(register: Home) -> None:
    assert names(register) == ["Bank of Good", "Coopérative Montréal", "Zorg & Welzijn"]
    assert "Old Mill Trust" in names(register, include_archived=True)
    assert count_stakeholders(register.db, StakeholderFilter()) == 3


@pytest.mark.parametrize(("search", "expected"), [
    ("montreal", ["Coopérative Montréal"]),
    ("COOP youth", ["Coopérative Montréal"]),
    ("elderly", ["Zorg & Welzijn"]),
    ("100%", []),
    ("_", []),
])
def test_search_ignores_case_and_accents_and_matches_every_word(
        register: Home, search: str, expected: list[str]) -> None:
    assert names(register, search=search) == expected


def test_filters_combine(register: Home) -> None:
    assert names(register, district="Centre") == ["Bank of Good", "Coopérative Montréal"]
    assert names(register, district="Centre", kinds=frozenset({"financier"})) == ["Bank of Good"]
    assert names(register, stages=frozenset({"co_creating"})) == ["Coopérative Montréal"]
    assert names(register, owner="Ben") == ["Zorg & Welzijn"]


def test_sorting_and_paging(register: Home) -> None:
    assert names(register, sort="name", descending=True)[0] == "Zorg & Welzijn"
    page = list_stakeholders(register.db, StakeholderFilter(), offset=1, limit=1)
    assert [row.name for row in page] == ["Coopérative Montréal"]


def test_rows_show_last_contact_and_overdue_follow_ups(register: Home) -> None:
    bank = list_stakeholders(register.db, StakeholderFilter(search="bank"))[0]
    assert bank.last_contact == TODAY - timedelta(days=10)
    assert bank.next_follow_up == TODAY - timedelta(days=3)
    assert bank.overdue
    coop = list_stakeholders(register.db, StakeholderFilter(search="coop"))[0]
    assert (coop.last_contact, coop.overdue) == (None, False)


def test_cli_lists_stakeholders_as_json(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    home = open_test_home(tmp_path)
    add(home, "Łódź Social Co-op", district="Bałuty")
    home.close()
    assert main(["--home", str(tmp_path), "stakeholders", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": listed[0]["id"], "name": "Łódź Social Co-op", "person": False,
                       "organisation": None, "kind": "cooperative", "stage": "not_engaged",
                       "district": "Bałuty",
                       "owner": "", "tags": [], "shareable": False, "archived": False}]


def test_names_sort_by_their_letters_not_their_accents(home: Home) -> None:
    for name in ("Zaragoza Lab", "Łódź Co-op", "ámbar Network", "Lisboa Hub"):
        add(home, name)
    assert names(home) == ["ámbar Network", "Lisboa Hub", "Łódź Co-op", "Zaragoza Lab"]


def test_filter_choices_list_the_values_in_use(register: Home) -> None:
    with register.db.session() as session:
        topic = session.query(Topic).order_by(Topic.id).first()  # a seeded topic
        assert topic is not None
        zorg = session.query(Stakeholder).filter_by(name="Zorg & Welzijn").one()
        zorg.topics = [topic]
        topic_id, topic_label = topic.id, topic.label
    choices = filter_choices(register.db)
    assert choices.districts == ("Centre", "Noord")
    assert choices.owners == ("Ana", "Ben")
    assert [(t.id, t.label) for t in choices.topics] == [(topic_id, topic_label)]
    assert names(register, topic_id=topic_id) == ["Zorg & Welzijn"]


def test_row_position_follows_filter_and_sort(register: Home) -> None:
    ids = {row.name: row.id for row in list_stakeholders(
        register.db, StakeholderFilter(include_archived=True))}
    assert row_position(register.db, StakeholderFilter(), ids["Zorg & Welzijn"]) == 2
    assert row_position(register.db, StakeholderFilter(descending=True),
                        ids["Zorg & Welzijn"]) == 0
    assert row_position(register.db, StakeholderFilter(), ids["Old Mill Trust"]) is None
    by_contact = StakeholderFilter(sort="last_contact", descending=True)
    assert row_position(register.db, by_contact, ids["Bank of Good"]) == 0
    for sort in SORTABLE:
        query = StakeholderFilter(sort=sort, include_archived=True)
        listed = [row.id for row in list_stakeholders(register.db, query)]
        assert [row_position(register.db, query, i) for i in listed] == list(range(4)), sort
