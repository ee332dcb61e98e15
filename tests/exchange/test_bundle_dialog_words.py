"""The import dialog as a newcomer reads it: whole names, what a new record holds,
where each record stands in words and dates, and what to do with a sender's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.views.common.labels import date_label
from tests.exchange.test_bundle_dialog_preview import click_record, open_dialog
from tests.factories import SENDER, city_card, content_bundle, peer_stakeholder

LONG_NAME = "Abur Lango Farmers' Cooperative Society Ltd"


def test_record_names_show_whole_at_the_dialog_s_size(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    """ "Abur Lango Fa…": the name column took what the others left."""
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [
            peer_stakeholder(1, name=LONG_NAME), peer_stakeholder(2)]})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    tree.expandAll()
    [item] = [item for item in tree.record_items if item.text(0) == LONG_NAME]
    shown = tree.visualItemRect(item)
    assert tree.fontMetrics().horizontalAdvance(LONG_NAME) < tree.columnWidth(0) - shown.left()
    assert sum(tree.columnWidth(column) for column in range(4)) <= tree.viewport().width()
    assert item.toolTip(0) == LONG_NAME


def test_a_new_record_shows_what_it_holds_in_words(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(
            1, locality="Lira", topics=["trust-building"], sectors=["agriculture"])]})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    [item] = [item for item in dialog.tree.record_items if item.text(0) == "Peer co-op 1"]
    assert item.text(2) == date_label(date(2026, 11, 1))  # the day they last changed it
    click_record(qtbot, dialog, item)
    rows = dict(dialog.diff.rows())
    assert rows["Name"] == "Peer co-op 1"
    assert rows["Topics"] == "Trust building"
    assert rows["Locality"] == "Lira"
    assert "Website" not in rows  # empty fields left out
    assert dialog.diff.fields.headerItem().text(1) == "Their value"
    standing = dialog.diff.revisions.text()
    assert standing.startswith("New to us (their change of 1 November 2026).")
    assert "revision" not in standing.lower()
    assert dialog.diff.revisions.toolTip() == "Their revision: 1; we have no revision of it"


def test_a_new_record_is_shown_in_the_officer_s_language(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, portuguese: None) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1, is_person=False)]})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    [item] = [item for item in dialog.tree.record_items if item.text(0) == "Peer co-op 1"]
    click_record(qtbot, dialog, item)
    assert dialog.diff.revisions.text().startswith("Novo para nós")
    rows = dict(dialog.diff.rows())
    assert rows["Nome"] == "Peer co-op 1"
    assert rows["Tipo"] == "Cooperativa"


def test_a_profile_the_same_as_ours_at_a_later_revision_says_so(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    """Torino's profile showed "Unchanged" beside "our revision 1; theirs 2": its sender
    saved it again without changing it. Unchanged is right (importing would write
    nothing); the detail now says so instead of two numbers that suggest a change."""
    first = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card(revision=7)})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    again = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card(revision=8)})
    dialog = open_dialog(qtbot, rotterdam, again)
    [(item, (_, profile))] = [(item, found) for item, found in zip(
        dialog.tree.record_items, dialog.tree.records, strict=True) if found[1].entity == "city"]
    assert profile.status.value == "unchanged" and not profile.changes
    assert item.parent().text(0).startswith("Unchanged")
    click_record(qtbot, dialog, item)
    assert dialog.diff.revisions.text().startswith("The same as ours")
    assert "Importing changes nothing" in dialog.diff.revisions.text()
    assert dict(dialog.diff.rows())["Name"] == SENDER.name
    assert dialog.diff.revisions.toolTip() == "Our revision: 7; theirs: 8"


def test_a_first_bundle_says_how_to_check_the_sender_s_key(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    sender = dialog.sender_label.text()
    assert "first bundle from this city" in sender
    assert "open Help › Your Signing Key in their window" in sender
    assert "If they differ, do not import it." in sender
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    later = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card(revision=9)})
    dialog = open_dialog(qtbot, rotterdam, later)
    assert "Your Signing Key" not in dialog.sender_label.text()  # a key we trust already


def test_the_key_advice_names_the_menus_in_the_officer_s_language(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, portuguese: None) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    assert "Ajuda › Sua chave de assinatura" in dialog.sender_label.text()


def test_the_day_of_their_change_is_never_cut(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, portuguese: None) -> None:
    """A name too long for any window is cut (whole in its tool tip), not the days."""
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(
            1, name="Central Nacional das Cooperativas de Transporte de Cargas e Passageiros "
                    "- Rede Transporte do Brasil e do Mercosul")]})
    dialog = open_dialog(qtbot, rotterdam, bundle)
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    [item] = tree.record_items[-1:]
    assert tree.fontMetrics().horizontalAdvance(item.text(2)) < tree.columnWidth(2)
    assert tree.columnWidth(0) >= 200
    assert item.toolTip(0) == item.text(0)
