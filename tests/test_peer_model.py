"""The peer table model and its search proxy, without any window."""

from __future__ import annotations

from dataclasses import replace
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.services.dto import CityProfile, TopicNote
from rrr_desktop.views.peer_model import PeerFilterProxy, PeerTableModel


def city(name: str, country: str, offers: tuple[str, ...] = (),
         wants: tuple[str, ...] = ()) -> CityProfile:
    return CityProfile(
        uuid=uuid4(), name=name, country_code=country[:2].upper(), country_name=country,
        region="", languages=("en",), population=None, website="",
        summary="", profile_source="", profile_updated_at=None, is_ours=False,
        offers=tuple(TopicNote(o.lower(), o, "") for o in offers),
        wants_to_learn=tuple(TopicNote(w.lower(), w, "") for w in wants),
    )


PEERS = [
    city("Zürich", "Switzerland", offers=("Hubs",)),
    city("Montréal", "Canada", offers=("Long-term partnerships",), wants=("Trust building",)),
    city("Amsterdam", "Netherlands", offers=("Social impact bonds", "Co-creation")),
]


@pytest.fixture
def model(qtbot: QtBot) -> PeerTableModel:
    peers = PeerTableModel()
    peers.set_peers(PEERS)
    return peers


def test_columns_and_cells(model: PeerTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["City", "Country", "Offers", "Wants to learn"]
    assert model.index(2, PeerTableModel.OFFERS).data() == "Social impact bonds, Co-creation"
    assert model.index(1, 0).data(PeerTableModel.IdRole) == str(
        PEERS[1].uuid)


def test_sorting_ignores_accents(model: PeerTableModel) -> None:
    proxy = PeerFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeerTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert names == ["Amsterdam", "Montréal", "Zürich"]


@pytest.mark.parametrize(("search", "expected"), [
    ("", {"Zürich", "Montréal", "Amsterdam"}),
    ("montreal", {"Montréal"}),
    ("ZURICH", {"Zürich"}),
    ("bonds", {"Amsterdam"}),
    ("trust canada", {"Montréal"}),
    ("trust netherlands", set()),
])
def test_search_matches_every_word_in_names_countries_and_topics(
        model: PeerTableModel, search: str, expected: set[str]) -> None:
    proxy = PeerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search(search)
    assert {proxy.index(row, 0).data() for row in range(proxy.rowCount())} == expected


def test_replacing_the_peers_resets_the_model(model: PeerTableModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_peers([replace(PEERS[0], name="Gdańsk")])
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Gdańsk"
    assert model.row_of(PEERS[0].uuid) == 0
    assert model.row_of(uuid4()) is None
