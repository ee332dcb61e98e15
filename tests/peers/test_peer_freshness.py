"""A peer's data is as fresh as the newest signed bundle that confirmed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rrr_desktop.services.exchange.history import bundle_history, undo_bundle_import
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.exchange.preview import RecordStatus
from rrr_desktop.services.peers.workspace import peer_data_dates, peer_detail
from tests.factories import (
    SENDER,
    city_card,
    content_bundle,
    open_city_home,
    peer_stakeholder,
    run_cli,
)


def test_a_newer_bundle_with_the_same_profile_confirms_it(tmp_path: Path) -> None:
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    try:
        apply_bundle(home.db, inspect_bundle(home.db, content_bundle(
            tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})))
        newer = inspect_bundle(home.db, content_bundle(tmp_path / "b.rrrbundle", {
            "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]}))
        assert newer.records[0].status is RecordStatus.UNCHANGED  # the profile as it was
        applied = apply_bundle(home.db, newer)

        provenance = peer_detail(home.db, SENDER.city_uuid).provenance
        assert provenance.bundle_file == "b.rrrbundle"
        assert provenance.dated == newer.created_at

        assert applied.import_id is not None
        undo_bundle_import(home.db, applied.import_id)
        assert peer_detail(home.db, SENDER.city_uuid).provenance.bundle_file == "a.rrrbundle"
    finally:
        home.close()


def test_a_bundle_that_changes_nothing_still_confirms_the_data(tmp_path: Path) -> None:
    """Checked and signed, a bundle holding what we already have proves the data current
    as of its date: the detail and the list's stale flags move, and nothing else does."""
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    try:
        first = apply_bundle(home.db, inspect_bundle(home.db, content_bundle(
            tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})))
        again = inspect_bundle(home.db, content_bundle(  # another file, the same data
            tmp_path / "b.rrrbundle", {"profile.yaml": city_card(), "stakeholders.json": []}))
        assert not again.changes_anything
        confirmed = apply_bundle(home.db, again)

        assert confirmed.import_id is not None and not confirmed.changed
        provenance = peer_detail(home.db, SENDER.city_uuid).provenance
        assert (provenance.bundle_file, provenance.dated) == ("b.rrrbundle", again.created_at)
        assert peer_data_dates(home.db)[SENDER.city_uuid] == again.created_at
        assert apply_bundle(home.db, again).import_id is None  # the same file: once

        history = bundle_history(home.db)
        assert history.received[0].confirmation
        assert history.undoable is not None and history.undoable.id == first.import_id
        undo_bundle_import(home.db)  # the import that wrote the data, and what confirmed it
        assert all(got.undone_at is not None for got in bundle_history(home.db).received)
        assert peer_detail(home.db, SENDER.city_uuid).provenance.bundle_file == ""
    finally:
        home.close()


def test_the_command_line_records_and_lists_a_confirmation(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    apply_bundle(home.db, inspect_bundle(home.db, content_bundle(
        tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})))
    home.close()
    again = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card(),
                                                      "stakeholders.json": []})
    folder = str(tmp_path / "rotterdam")
    code, out, _ = run_cli(capsys, "--home", folder, "bundle", "import", str(again), "--yes")
    assert code == 0 and "Nothing to import from b.rrrbundle" in out
    assert "Bilbao's data is now known to be current as of " in out
    code, out, _ = run_cli(capsys, "--home", folder, "bundle", "history")
    assert "b.rrrbundle from Bilbao: changed nothing, confirmed the data as current" in out
