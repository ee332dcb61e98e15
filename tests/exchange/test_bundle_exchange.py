"""Export from one home, import into another: what the receiving officer ends up holding."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.progress import Cancelled
from rrr_desktop.services.exchange.container import BundleRejected, KeyTrust
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle, plan_export
from rrr_desktop.services.exchange.history import (
    bundle_history,
    erase_bundle,
    erase_peer_data,
    peer_holdings,
    undo_bundle_import,
)
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle, inspect_bundles
from rrr_desktop.services.exchange.preview import RecordStatus
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from tests.factories import (
    KEY,
    OTHER_KEY,
    SENDER,
    Sender,
    add_stakeholders,
    city_card,
    content_bundle,
    peer_stakeholder,
)


def rows(home: Home, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with home.db.reading() as connection:
        return connection.execute(sql, params).fetchall()


def peer_rows(home: Home) -> list[tuple[Any, ...]]:
    return rows(home, "SELECT name, email, phone, contact_person, withdrawn_at IS NOT NULL "
                      "FROM peer_stakeholder ORDER BY name")


def dump(home: Home, *skipped: str) -> list[str]:
    """The database's content as SQL text, without the tables named."""
    connection = sqlite3.connect(home.paths.database)
    try:
        return [line for line in connection.iterdump()
                if not any(f'"{table}"' in line for table in skipped)]
    finally:
        connection.close()


def export(home: Home, path: Path, **options: bool) -> Path:
    export_bundle(home.db, home.paths, path, ExportOptions(**options))
    return path


def test_round_trip_holds_the_shared_data_and_no_personal_data_by_default(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    add_stakeholders(bilbao.db, 3, email="info@coop.example", consent_given=True)
    add_stakeholders(bilbao.db, 1, name="Private club", shareable=False)
    add_stakeholders(bilbao.db, 1, name="Old one", archived=True)
    bundle = export(bilbao, tmp_path / "Bilbao.rrrbundle")

    preview = inspect_bundle(rotterdam.db, bundle)
    assert preview.trust.trust is KeyTrust.FIRST_USE
    assert preview.counts()["new"] == 3
    result = apply_bundle(rotterdam.db, preview)

    assert result.changed
    assert peer_rows(rotterdam) == [(f"Co-op {n}", "", "", "", 0) for n in range(3)]
    assert rows(rotterdam, "SELECT count(*) FROM stakeholder") == [(0,)]  # not our register


def test_personal_data_travels_only_with_the_flag_and_recorded_consent(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    add_stakeholders(bilbao.db, 1, name="Agreed", email="a@x.example", consent_given=True)
    add_stakeholders(bilbao.db, 1, name="Not asked", email="b@x.example")
    summary = plan_export(bilbao.db, ExportOptions(include_contacts=True))
    assert (summary.with_personal_data, summary.consented) == (2, 1)

    apply_bundle(rotterdam.db, inspect_bundle(
        rotterdam.db, export(bilbao, tmp_path / "b.rrrbundle", include_contacts=True)))

    assert peer_rows(rotterdam) == [("Agreed", "a@x.example", "", "", 0),
                                    ("Not asked", "", "", "", 0)]


def test_left_out_parts_are_not_in_the_bundle(bilbao: Home, tmp_path: Path) -> None:
    add_stakeholders(bilbao.db, 2)
    summary = export_bundle(bilbao.db, bilbao.paths, tmp_path / "b.rrrbundle",
                            ExportOptions(stakeholders=False, practices=False))
    assert (summary.stakeholders, summary.practices) == (0, 0)
    from rrr_desktop.services.exchange.container import open_bundle

    assert set(open_bundle(tmp_path / "b.rrrbundle").documents) == {"profile.yaml",
                                                                    "assessments.json"}


def test_same_bundle_twice_changes_nothing_and_says_so(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    add_stakeholders(bilbao.db, 2)
    bundle = export(bilbao, tmp_path / "b.rrrbundle")
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    before = dump(rotterdam)

    again = inspect_bundle(rotterdam.db, bundle)

    assert again.already_imported_at is not None
    assert not again.changes_anything
    assert not apply_bundle(rotterdam.db, again).changed
    assert dump(rotterdam) == before


def test_newer_revision_wins_and_older_never_overwrites(rotterdam: Home, tmp_path: Path) -> None:
    first = content_bundle(tmp_path / "v2.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1, revision=2)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    older = content_bundle(tmp_path / "v1.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [
            peer_stakeholder(1, revision=1, name="Old name")]})
    newer = content_bundle(tmp_path / "v3.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [
            peer_stakeholder(1, revision=3, name="New name")]})

    old_preview = inspect_bundle(rotterdam.db, older)
    assert old_preview.records[1].status is RecordStatus.OLDER
    assert not apply_bundle(rotterdam.db, old_preview).changed
    new_preview = inspect_bundle(rotterdam.db, newer)
    record = new_preview.records[1]
    assert record.status is RecordStatus.UPDATED
    assert [(c.field, c.ours, c.theirs) for c in record.changes] == [
        ("name", "Peer co-op 1", "New name")]
    apply_bundle(rotterdam.db, new_preview)
    assert peer_rows(rotterdam)[0][0] == "New name"


def test_same_revision_with_other_content_is_a_conflict_kept_out_unless_included(
        rotterdam: Home, tmp_path: Path) -> None:
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, content_bundle(
        tmp_path / "a.rrrbundle", {"profile.yaml": city_card(),
                                   "stakeholders.json": [peer_stakeholder(1)]})))
    clash = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1, name="Other")]})
    preview = inspect_bundle(rotterdam.db, clash)
    assert preview.records[1].status is RecordStatus.CONFLICTING

    assert not apply_bundle(rotterdam.db, preview).changed
    apply_bundle(rotterdam.db, preview, included_conflicts={preview.records[1].uuid})
    assert peer_rows(rotterdam)[0][0] == "Other"


def test_excluded_records_are_left_out(rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2)]})
    preview = inspect_bundle(rotterdam.db, bundle)
    apply_bundle(rotterdam.db, preview, excluded={preview.records[1].uuid})
    assert [row[0] for row in peer_rows(rotterdam)] == ["Peer co-op 2"]


def test_a_withdrawn_record_is_withdrawn_by_the_next_bundle(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    ids = add_stakeholders(bilbao.db, 2)
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, export(bilbao, tmp_path / "1.b")))
    set_archived(bilbao.db, ids[:1], True)

    preview = inspect_bundle(rotterdam.db, export(bilbao, tmp_path / "2.b"))

    assert preview.counts()["withdrawn"] == 1
    apply_bundle(rotterdam.db, preview)
    assert [row[4] for row in peer_rows(rotterdam)] == [1, 0]
    assert [s[0] for s in peer_holdings(rotterdam.db, "Bilbao").stakeholders] == ["Co-op 1"]


def test_trust_first_use_pins_same_key_passes_changed_key_is_refused_unless_accepted(
        rotterdam: Home, tmp_path: Path) -> None:
    content = {"profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]}
    apply_bundle(rotterdam.db, inspect_bundle(
        rotterdam.db, content_bundle(tmp_path / "a.rrrbundle", content)))
    same = inspect_bundle(rotterdam.db, content_bundle(tmp_path / "b.rrrbundle", content))
    assert same.trust.trust is KeyTrust.SAME_KEY

    content["stakeholders.json"] = [peer_stakeholder(1, revision=2, name="Hijacked")]
    impostor = content_bundle(tmp_path / "c.rrrbundle", content, key=OTHER_KEY)
    refused = inspect_bundle(rotterdam.db, impostor)
    assert refused.trust.trust is KeyTrust.CHANGED_REFUSED
    assert same.fingerprint in refused.warnings[0]
    assert refused.fingerprint in refused.warnings[0]
    with pytest.raises(BundleRejected, match="different key"):
        apply_bundle(rotterdam.db, refused)
    assert peer_rows(rotterdam)[0][0] == "Peer co-op 1"

    accepted = inspect_bundle(rotterdam.db, impostor, accept_new_key=True)
    apply_bundle(rotterdam.db, accepted)
    assert rows(rotterdam, "SELECT fingerprint, previous_fingerprint FROM trusted_sender") == [
        (accepted.fingerprint, same.fingerprint)]
    assert KEY != OTHER_KEY


def test_undo_restores_the_database_exactly(rotterdam: Home, tmp_path: Path) -> None:
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, content_bundle(
        tmp_path / "a.rrrbundle", {"profile.yaml": city_card(revision=2),
                                   "stakeholders.json": [peer_stakeholder(1)]})))
    before = dump(rotterdam, "bundle_import", "bundle_change")
    second = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(revision=3, region="Basque Country", website="https://b.eus"),
        "practices.json": [{"uuid": "6b1f7c0e-1d9e-4b8e-9a51-3f5f0c2d8e11", "revision": 1,
                            "updated_at": "2026-11-01T10:00:00Z", "title": "Social clauses",
                            "kind": "hub", "stage": "running"}],
        "stakeholders.json": [peer_stakeholder(1, revision=2, name="Renamed"),
                              peer_stakeholder(2)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, second))
    assert dump(rotterdam, "bundle_import", "bundle_change") != before

    undone = undo_bundle_import(rotterdam.db)

    assert undone.file_name == "b.rrrbundle"
    assert dump(rotterdam, "bundle_import", "bundle_change") == before
    assert bundle_history(rotterdam.db).undoable is None
    with pytest.raises(RejectedInput, match="no bundle import to undo"):
        undo_bundle_import(rotterdam.db)


def test_erasing_a_bundle_or_a_peer_leaves_our_own_data(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    add_stakeholders(rotterdam.db, 2, name="Our co-op")
    ours = dump(rotterdam, "bundle_import", "bundle_change", "peer_stakeholder", "city",
                "city_topic", "city_free_topic", "topic_assessment", "practice",
                "practice_topic", "trusted_sender")
    add_stakeholders(bilbao.db, 2)
    seeded_bilbao = rows(rotterdam, "SELECT name, summary, revision FROM city WHERE name = ?",
                         "Bilbao")
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, export(bilbao, tmp_path / "1.b")))
    first = bundle_history(rotterdam.db).received[0].id

    erase_bundle(rotterdam.db, first)
    assert peer_rows(rotterdam) == []
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, export(bilbao, tmp_path / "2.b")))
    erase_peer_data(rotterdam.db, SENDER.city_uuid)

    assert peer_rows(rotterdam) == []
    assert rows(rotterdam, "SELECT name, summary, revision FROM city WHERE name = ?",
                "Bilbao") == seeded_bilbao
    assert dump(rotterdam, "bundle_import", "bundle_change", "peer_stakeholder", "city",
                "city_topic", "city_free_topic", "topic_assessment", "practice",
                "practice_topic", "trusted_sender") == ours
    assert rows(rotterdam, "SELECT count(*) FROM trusted_sender") == [(1,)]  # stays pinned


def test_a_city_first_met_in_a_bundle_is_removed_by_undo(rotterdam: Home,
                                                         tmp_path: Path) -> None:
    stranger = Sender(SENDER.city_uuid.__class__(int=77), "Lyon", "FR")
    before = dump(rotterdam, "bundle_import", "bundle_change")
    preview = inspect_bundle(rotterdam.db, content_bundle(
        tmp_path / "lyon.rrrbundle", {"profile.yaml": city_card(stranger)}, sender=stranger))
    assert preview.records[0].status is RecordStatus.NEW
    apply_bundle(rotterdam.db, preview)
    assert peer_holdings(rotterdam.db, "lyon").latest_bundle is not None

    undo_bundle_import(rotterdam.db)

    assert dump(rotterdam, "bundle_import", "bundle_change", "trusted_sender") == [
        line for line in before if '"trusted_sender"' not in line]


def test_cancelling_an_import_writes_nothing(rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(n) for n in range(2500)]})
    preview = inspect_bundle(rotterdam.db, bundle)
    before = dump(rotterdam)
    seen: list[float] = []

    with pytest.raises(Cancelled):
        apply_bundle(rotterdam.db, preview, cancelled=lambda: len(seen) > 1,
                     progress=seen.append)

    assert dump(rotterdam) == before


@pytest.mark.parametrize(("meanwhile", "kept"), [
    ({"revision": 3, "name": "Newer name"}, "Newer name"),  # ours became newer: older
    ({"revision": 2, "name": "Other name"}, "Other name"),  # same revision: a conflict
])
def test_a_change_between_preview_and_apply_is_classified_again(
        rotterdam: Home, tmp_path: Path, meanwhile: dict[str, Any], kept: str) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1, revision=2), peer_stakeholder(2)]})
    preview = inspect_bundle(rotterdam.db, bundle)
    assert [r.status for r in preview.records[1:]] == [RecordStatus.NEW] * 2
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, content_bundle(
        tmp_path / "b.rrrbundle", {"profile.yaml": city_card(),
                                   "stakeholders.json": [peer_stakeholder(1, **meanwhile)]})))

    result = apply_bundle(rotterdam.db, preview)

    assert result.applied == {"new": 1}
    assert [row[0] for row in peer_rows(rotterdam)] == [kept, "Peer co-op 2"]


def test_a_file_swapped_after_the_preview_is_refused(rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})
    preview = inspect_bundle(rotterdam.db, bundle)
    content_bundle(bundle, {"profile.yaml": city_card(revision=9)})
    with pytest.raises(BundleRejected, match="changed since it was previewed"):
        apply_bundle(rotterdam.db, preview)


def test_several_bundles_are_previewed_oldest_first(rotterdam: Home, tmp_path: Path) -> None:
    import time

    newer = content_bundle(tmp_path / "new.rrrbundle", {"profile.yaml": city_card(revision=6)})
    time.sleep(1.1)  # bundle times have whole seconds
    older = content_bundle(tmp_path / "old.rrrbundle", {"profile.yaml": city_card(revision=7)})
    previews = inspect_bundles(rotterdam.db, [older, newer])
    assert [p.path.name for p in previews] == ["new.rrrbundle", "old.rrrbundle"]


def test_peer_holdings_say_where_each_record_came_from(
        bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    add_stakeholders(bilbao.db, 1)
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, export(bilbao, tmp_path / "x.b")))
    holdings = peer_holdings(rotterdam.db, "bilbao")
    assert holdings.stakeholders[0][0] == "Co-op 0"
    source = holdings.stakeholders[0][2]
    assert source is not None and source.file_name == "x.b"
    assert holdings.latest_bundle == source
    with pytest.raises(RejectedInput, match="No peer city named Atlantis"):
        peer_holdings(rotterdam.db, "Atlantis")
