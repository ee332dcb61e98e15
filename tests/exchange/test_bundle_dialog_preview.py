"""The import dialog shows changes in words, and a sender's own bundle without importing it."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidgetItem
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
    records = zip(dialog.tree.record_items, dialog.tree.records, strict=True)
    [item] = [item for item, (_, record) in records if record.title == "Peer co-op 1"]
    click_record(qtbot, dialog, item)
    rows = {field: (ours, theirs) for field, ours, theirs in dialog.diff.rows()}
    assert rows["Topics"] == ("− Trust building", "+ Social impact bonds and social finance")
    ours, theirs = rows["Description"]
    assert ours == "(empty)" and theirs.startswith("Long words Long words")
    assert theirs.endswith("…")
    assert dialog.diff.revisions.text().startswith(
        "Changed since we last received it (their change of 1 November 2026).")
    assert dialog.diff.revisions.toolTip() == "Our revision: 1; theirs: 2"
    dialog.grab().save(str(tmp_path / "diff.png"))


def click_record(qtbot: QtBot, dialog: BundleImportDialog, item: QTreeWidgetItem) -> None:
    dialog.tree.scrollToItem(item)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.tree.visualItemRect(item).center())


def tick(qtbot: QtBot, dialog: BundleImportDialog, item: QTreeWidgetItem) -> None:
    """Click the item's check box, as an officer does."""
    dialog.tree.scrollToItem(item)
    rect = dialog.tree.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = dialog.tree.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, dialog.tree)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_a_conflict_is_resolved_per_record_keep_ours_or_take_theirs(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    first = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    clash = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1, name="Their co-op 1"),
                              peer_stakeholder(2, name="Their co-op 2")]})
    dialog = open_dialog(qtbot, rotterdam, clash)
    dialog.resize(1000, 640)
    assert "differ from ours at the same revision: 2. We keep ours" in dialog.status.text()
    assert "already here" not in dialog.status.text()
    assert not dialog.apply_button.isEnabled()  # nothing chosen yet: ours are kept
    items = {record.title: item for item, (_, record)
             in zip(dialog.tree.record_items, dialog.tree.records, strict=True)}
    theirs = items["Their co-op 1"]
    assert theirs.text(3) == "Keep ours"
    click_record(qtbot, dialog, theirs)
    assert ("Name", "Peer co-op 1", "Their co-op 1") in dialog.diff.rows()

    tick(qtbot, dialog, theirs)

    assert theirs.text(3) == "Take theirs"
    assert items["Their co-op 2"].text(3) == "Keep ours"
    assert dialog.apply_button.isEnabled()
    dialog.grab().save(str(tmp_path / "conflict.png"))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    with rotterdam.db.reading() as connection:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM peer_stakeholder ORDER BY name")]
    assert names == ["Peer co-op 2", "Their co-op 1"]


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


def test_every_record_s_kind_shows_whole(qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    """The Kind column was as wide as its header: a Polish officer read "inter…",
    "grup…", "spot…" for the records of a bundle."""
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.tree.fontMetrics()
    kinds = {item.text(1) for item in dialog.tree.record_items}
    assert kinds
    assert all(metrics.horizontalAdvance(kind) <= dialog.tree.columnWidth(1) for kind in kinds)
