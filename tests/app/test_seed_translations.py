"""The nine shipped peer cities speak every language of the app from the first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from rrr_desktop.messages import LANGUAGES
from rrr_desktop.models.entities import AppMeta, City, SeededRecord
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.workspace import peer_detail
from rrr_desktop.services.profile.draft import ROLES
from rrr_desktop.services.setup import directory
from rrr_desktop.services.setup.seed import apply_seed, load_seed
from rrr_desktop.services.setup.seed_files import SEED_DIGEST_KEY
from rrr_desktop.views.peers.detail_view import PeerDetailView


def test_every_text_of_every_shipped_city_is_in_every_language() -> None:
    seed = load_seed()
    assert sorted(file.language for file in seed.translations) == sorted(set(LANGUAGES) - {"en"})
    for file in seed.translations:
        assert {c.uuid for c in seed.cities.cities} == set(file.cities), file.language
        for city in seed.cities.cities:
            texts = file.cities[city.uuid]
            for role in ROLES:
                assert set(getattr(texts, role)) == {t.topic for t in getattr(city, role)}, (
                    file.language, city.name, role)
            assert set(texts.practices) == {p.uuid for p in city.practices}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_installation_reads_the_peers_in_the_officers_language(
        home: Home, language: str) -> None:
    peers = directory.peer_cities(home.db, language)
    assert len(peers) == 9
    for peer in peers:
        assert peer.shown_in_other_languages == (), (language, peer.name)
    texts = {peer.name: peer.summary for peer in peers}
    if language == "es":
        assert texts["Bilbao"].startswith("Bilbao ha creado varios mecanismos financieros")
        assert texts["Rotterdam"].startswith("Róterdam tiene experiencia en hacer negociables")
    if language == "en":
        assert texts["Rotterdam"].startswith("Rotterdam has experience in making social impact")


def test_a_spanish_officer_sees_rotterdam_in_spanish(qtbot: QtBot, home: Home,
                                                     spanish: None) -> None:
    rotterdam = next(p for p in directory.peer_cities(home.db) if p.name == "Rotterdam")
    view = PeerDetailView()
    qtbot.addWidget(view)
    view.show_detail(peer_detail(home.db, rotterdam.uuid))
    labels = [label.text() for label in view.findChildren(QLabel)]
    assert any(text.startswith("Róterdam tiene experiencia") for text in labels)
    assert any(text == "Bonos de impacto social negociables" for text in labels)


def test_an_older_installation_gets_the_translations_of_profiles_still_as_shipped(
        home: Home, tmp_path: Path) -> None:
    with home.db.session() as session:  # as seeded before translations shipped
        session.execute(delete(SeededRecord).where(SeededRecord.kind == "city_translation"))
        session.execute(delete(AppMeta).where(AppMeta.key == SEED_DIGEST_KEY))
        for city in session.scalars(select(City)):
            city.translations = {}
            for practice in city.practices:
                practice.translations = {}
        dublin = session.scalars(select(City).where(City.name == "Dublin")).one()
        dublin.summary, dublin.profile_source = "Our own words.", "Entered by the city"
        revisions = {c.name: c.revision for c in session.scalars(select(City))}
    with home.db.session() as session:
        apply_seed(session)
    with home.db.session() as session:
        held = {c.name: c for c in session.scalars(select(City))}
        assert sorted(held["Bilbao"].translations) == ["es", "fr", "it", "nl", "pl", "pt"]
        assert held["Dublin"].translations == {}  # changed since it shipped: left alone
        assert {name: c.revision for name, c in held.items()} == revisions
