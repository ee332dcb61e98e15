"""The import dialog shows changes in words, and a sender's own bundle without importing it."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.views.exchange.import_dialog import BundleImportDialog
from tests.factories import (
    SEED_UUIDS,
    Sender,
    city_card,
    content_bundle,
    peer_stakeholder,
)


def open_dialog(qtbot: QtBot, home: Home, bundle: Path) -> BundleImportDialog:
    dialog = BundleImportDialog(home, [bundle])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=10_000)
    return dialog


def test_an_updated_record_shows_its_changes_in_words(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    first = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1, topics=["trust-building"], is_person=False)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    second = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(
            1, revision=2, topics=["social-impact-bonds"], description="Long words " * 20)]})
    dialog = open_dialog(qtbot, rotterdam, second)
    [item] = [item for item, (_, record) in zip(dialog._items, dialog._records, strict=True)
              if record.title == "Peer co-op 1"]
    dialog.tree.setCurrentItem(item)
    text = dialog.diff.toPlainText()
    assert "Topics:\n  + Social impact bonds and social finance\n  - Trust building" in text
    assert "Description: (empty) → Long words Long words" in text
    assert "…" in text
    assert "[" not in text and "trust-building" not in text
    dialog.grab().save(str(tmp_path / "diff.png"))


def test_our_own_city_s_bundle_shows_what_it_holds_and_cannot_be_imported(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    ours = Sender(uuid.UUID(SEED_UUIDS["Rotterdam"]), "Rotterdam", "NL")
    bundle = content_bundle(tmp_path / "own.rrrbundle", {
        "profile.yaml": city_card(ours),
        "stakeholders.json": [peer_stakeholder(1, email="a@b.example"), peer_stakeholder(2)]},
        sender=ours)
    dialog = open_dialog(qtbot, rotterdam, bundle)
    assert dialog.status.text() == ("This is your own city's bundle: it cannot be imported "
                                    "here; send it to your peers.")
    sender = dialog.sender_label.text()
    assert "made by Rotterdam (NL), your own city" in sender
    assert "2 stakeholders" in sender
    assert "Personal data (contact person, email or phone) included for 1 of them." in sender
    assert not dialog.apply_button.isEnabled()
    assert "refused" not in dialog.status.text()
