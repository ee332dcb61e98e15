"""Bundles carry a profile in every language it is written in (bundle format version 2):
the receiving officer reads the peer's texts in their own language where the peer wrote
them, else in the peer's, named; and a bundle of format version 1 still imports."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop import messages
from rrr_desktop.services.briefs.gather_peer import peer_brief_data
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.render import render_peer_brief
from rrr_desktop.services.exchange.container import BundleRejected, open_bundle
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.workspace import peer_detail
from rrr_desktop.services.profile.draft import TopicEntry
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.services.setup import directory
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.views.peers.detail_view import PeerDetailView
from tests.factories import SENDER, city_card, forged_bundle, open_city_home, open_test_home

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
FORMAT_1_BUNDLE = Path(__file__).parent / "fixtures" / "bilbao-format-1.rrrbundle"
SPANISH = "Cooperativas en cada barrio del sur de Madrid."
ENGLISH = "Co-operatives in every neighbourhood of southern Madrid."


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    yield
    messages.set_language("en")


@pytest.fixture
def sent(tmp_path: Path) -> Path:
    """A bundle from Getafe, its profile written in Spanish and partly in English."""
    sender = open_test_home(tmp_path / "getafe")
    init_our_city(sender.db, "Getafe", "ES", "es")
    draft = load_profile(sender.db)
    save_profile(sender.db, replace(
        draft, summary=SPANISH, summary_in=(("en", ENGLISH),),
        offers=(TopicEntry("co-design-hubs", "Tres centros abiertos.",
                           (("en", "Three open hubs."),)),)))
    path = tmp_path / "Getafe.rrrbundle"
    export_bundle(sender.db, sender.paths, path, ExportOptions(stakeholders=False))
    sender.close()
    return path


@pytest.fixture
def dublin(tmp_path: Path, sent: Path) -> Iterator[Home]:
    """Dublin, having imported Getafe's bundle."""
    home = open_city_home(tmp_path / "dublin", "Dublin")
    apply_bundle(home.db, inspect_bundle(home.db, sent))
    yield home
    home.close()


def getafe(home: Home, language: str) -> str:
    found = next(p for p in directory.peer_cities(home.db, language) if p.name == "Getafe")
    return found.summary


def test_a_bundle_of_the_current_format_says_so(sent: Path) -> None:
    assert open_bundle(sent).format_version == 2


def test_the_importing_officer_reads_the_peer_in_their_language_or_named_in_the_peers(
        dublin: Home) -> None:
    assert getafe(dublin, "en") == ENGLISH
    assert getafe(dublin, "es") == SPANISH
    assert getafe(dublin, "it") == f"{SPANISH} (in spagnolo)"
    assert getafe(dublin, "pl") == f"{SPANISH} (po hiszpańsku)"
    peer = next(p for p in directory.peer_cities(dublin.db, "fr") if p.name == "Getafe")
    assert peer.offers[0].note == "Tres centros abiertos. (en espagnol)"
    assert peer.shown_in_other_languages == ("es",)


def test_importing_the_same_bundle_again_changes_nothing(dublin: Home, sent: Path) -> None:
    preview = inspect_bundle(dublin.db, sent)
    assert {record.status for record in preview.records} == {"unchanged"}


def shown_labels(qtbot: QtBot, home: Home) -> list[str]:
    city = next(p for p in directory.peer_cities(home.db) if p.name == "Getafe")
    view = PeerDetailView()
    qtbot.addWidget(view)
    view.show_detail(peer_detail(home.db, city.uuid))
    return [label.text() for label in view.findChildren(QLabel)]


def test_the_peer_view_shows_the_officers_language(qtbot: QtBot, dublin: Home) -> None:
    assert ENGLISH in shown_labels(qtbot, dublin)


def test_the_peer_view_in_spanish_shows_the_peers_spanish(qtbot: QtBot, dublin: Home,
                                                          spanish: None) -> None:
    assert SPANISH in shown_labels(qtbot, dublin)


def test_the_peer_view_names_the_language_of_an_untranslated_text(qtbot: QtBot,
                                                                  dublin: Home) -> None:
    messages.set_language("nl")
    labels = shown_labels(qtbot, dublin)
    assert f"{SPANISH} (in het Spaans)" in labels
    assert any(text.startswith("Getafe has not written some of its texts in your language")
               for text in labels)


def brief_text(home: Home, language: str) -> str:
    options = BriefOptions(kind=BriefKind.PEER, language=language)
    buffer = io.BytesIO()
    render_peer_brief(peer_brief_data(home.db, "Getafe", options, NOW), options, buffer)
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(buffer.getvalue())).pages).split())


def test_the_peer_brief_prints_the_texts_in_its_language(dublin: Home) -> None:
    english, spanish = brief_text(dublin, "en"), brief_text(dublin, "es")
    assert ENGLISH in english and SPANISH not in english
    assert SPANISH in spanish and ENGLISH not in spanish
    assert "has not written some of its texts" not in english


def test_the_peer_brief_says_which_texts_are_in_the_peers_language(dublin: Home) -> None:
    italian = brief_text(dublin, "it")
    assert f"{SPANISH} (in spagnolo)" in italian
    assert ("Getafe non ha scritto alcuni dei suoi testi in italiano: sono riportati come "
            "Getafe li ha scritti, seguiti dalla loro lingua, per esempio (in spagnolo)."
            ) in italian


# --- the previous format ---------------------------------------------------------------------


def test_a_bundle_of_format_version_1_still_imports(tmp_path: Path) -> None:
    """The fixture was written by RRR Desktop before format version 2 (Bilbao, its texts
    typed in Spanish, some notes left in English)."""
    assert open_bundle(FORMAT_1_BUNDLE).format_version == 1
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    preview = inspect_bundle(home.db, FORMAT_1_BUNDLE)
    result = apply_bundle(home.db, preview)
    assert result.applied == {"updated": 2}
    summary = "Bilbao apoya a la economía social con mecanismos financieros propios."
    bilbao = next(p for p in directory.peer_cities(home.db, "es") if p.name == "Bilbao")
    assert bilbao.text_language == "es"  # its first language: the texts were typed in it
    assert bilbao.summary == summary
    assert bilbao.practices[0].title == "Mecanismos financieros para contratos públicos"
    # The shipped translations described the old profile: they went with it.
    english = next(p for p in directory.peer_cities(home.db, "en") if p.name == "Bilbao")
    assert english.summary == f"{summary} (in Spanish)"
    home.close()


def test_a_version_1_bundle_holding_translations_is_refused(tmp_path: Path) -> None:
    profile = {**city_card(), "profile": {
        "format": "rrr-desktop/profile", "version": 1,
        "city": {"uuid": str(SENDER.city_uuid), "name": "Bilbao"}, "summary": "Hola"}}
    practices = [{"uuid": str(uuid.uuid4()), "revision": 1, "updated_at": "2026-11-01T10:00:00Z",
                  "title": "Avales", "kind": "award", "stage": "running",
                  "translations": {"en": {"title": "Guarantees"}}}]
    path = tmp_path / "forged.rrrbundle"
    path.write_bytes(forged_bundle({"profile.yaml": dump_yaml(profile),
                                    "practices.json": dump_json(practices)}))
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    with pytest.raises(BundleRejected, match="texts in several languages, which only bundle "
                                             "format 2 carries"):
        inspect_bundle(home.db, path)
    home.close()
