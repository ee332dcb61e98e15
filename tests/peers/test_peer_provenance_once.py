"""A peer's stakeholders from one bundle say where they came from once, above the list,
not under each of them (96 grey lines for Torino's 96 stakeholders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.workspace import peer_detail
from rrr_desktop.views.peers.detail_view import PeerDetailView
from tests.factories import SENDER, city_card, content_bundle, peer_stakeholder


def shown(qtbot: QtBot, home: Home) -> list[tuple[str, str]]:
    """The labels of the peer's page from top to bottom: (role, text)."""
    view = PeerDetailView()
    qtbot.addWidget(view)
    view.show_detail(peer_detail(home.db, SENDER.city_uuid))
    body = view.body_scroll.widget()
    layout = body.layout()
    items = (layout.itemAt(n) for n in range(layout.count()))
    return [(label.objectName(), label.text()) for item in items
            if isinstance(label := item.widget(), QLabel)]


def provenances(labels: list[tuple[str, str]]) -> list[str]:
    return [text for role, text in labels if role == "provenance"]


def test_stakeholders_of_one_bundle_say_where_they_came_from_once(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "torino.rrrbundle", {
        "profile.yaml": city_card(revision=9),
        "stakeholders.json": [peer_stakeholder(n) for n in range(1, 6)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    labels = shown(qtbot, rotterdam)
    [once] = [text for text in provenances(labels)
              if text.startswith("Data from the bundle torino.rrrbundle sent by")]
    texts = [text for _role, text in labels]
    heading = texts.index("Stakeholders they shared")
    assert texts.index(once, heading) < texts.index("Peer co-op 1")


def test_stakeholders_of_different_bundles_each_say_their_own(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    first = content_bundle(tmp_path / "first.rrrbundle", {
        "profile.yaml": city_card(revision=9),
        "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    second = content_bundle(tmp_path / "second.rrrbundle", {
        "profile.yaml": city_card(revision=9),
        "stakeholders.json": [peer_stakeholder(1),
                              peer_stakeholder(2, revision=2, locality="Lira")]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, second))
    lines = provenances(shown(qtbot, rotterdam))
    assert sum(line.startswith("Data from the bundle first.rrrbundle")
               for line in lines) == 1  # under Peer co-op 1
    assert sum(line.startswith("Data from the bundle second.rrrbundle")
               for line in lines) == 1  # under Peer co-op 2
