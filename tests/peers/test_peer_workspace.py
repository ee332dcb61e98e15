"""Notes, hidden and pinned peers, saved weights, and a peer's details with provenance."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from uuid import UUID, uuid4

import pytest

from rrr_desktop.cli.peers.commands import (
    groups_suggest_command,
    peers_show_command,
    peers_suggest_command,
)
from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers import workspace as peer_workspace
from rrr_desktop.services.peers.matching import DEFAULT_WEIGHTS, Weights
from tests.factories import SEED_UUIDS, heavy_modules_loaded_by, parse_peers_command

ROTTERDAM = UUID(SEED_UUIDS["Rotterdam"])
MONTREAL = UUID(SEED_UUIDS["Montréal"])


def suggested(home: Home, *argv: str) -> list[dict[str, object]]:
    out = io.StringIO()
    peers_suggest_command(parse_peers_command("peers", "suggest", "--json", *argv), home, out)
    return list(json.loads(out.getvalue()))


def test_a_note_is_kept_replaced_and_removed_when_emptied(bilbao: Home) -> None:
    assert peer_workspace.note(bilbao.db, ROTTERDAM) == ""
    peer_workspace.set_note(bilbao.db, ROTTERDAM, "Call Anke about SIBs")
    peer_workspace.set_note(bilbao.db, ROTTERDAM, "Call Anke about SIBs\nbefore June")
    assert peer_workspace.note(bilbao.db, ROTTERDAM) == "Call Anke about SIBs\nbefore June"
    assert peer_workspace.peer_detail(bilbao.db, ROTTERDAM).note_updated_at is not None
    peer_workspace.set_note(bilbao.db, ROTTERDAM, "  ")
    assert peer_workspace.note(bilbao.db, ROTTERDAM) == ""


def test_notes_are_refused_for_unknown_cities_and_when_too_long(bilbao: Home) -> None:
    with pytest.raises(RejectedInput, match="no longer in the database"):
        peer_workspace.set_note(bilbao.db, uuid4(), "x")
    with pytest.raises(RejectedInput, match="notes can hold up to"):
        peer_workspace.set_note(bilbao.db, ROTTERDAM, "x" * 20_001)
    with pytest.raises(RejectedInput, match="no longer in the database"):
        peer_workspace.set_note(bilbao.db, UUID(SEED_UUIDS["Bilbao"]), "our own city")


def test_hidden_and_pinned_peers_change_what_the_cli_suggests(bilbao: Home) -> None:
    assert suggested(bilbao)[0]["city"] == "Rotterdam"
    peer_workspace.set_hidden(bilbao.db, ROTTERDAM, True)
    peer_workspace.set_pinned(bilbao.db, MONTREAL, True)
    assert peer_workspace.peer_preferences(bilbao.db) == peer_workspace.PeerPreferences(
        hidden=frozenset({ROTTERDAM}), pinned=frozenset({MONTREAL}))
    shown = suggested(bilbao)
    assert shown[0]["city"] == "Montréal" and shown[0]["pinned"] is True
    assert "Rotterdam" not in {s["city"] for s in shown}
    assert suggested(bilbao, "--default-weights")[0]["city"] == "Rotterdam"
    peer_workspace.set_pinned(bilbao.db, ROTTERDAM, True)  # pinning shows it again
    assert peer_workspace.peer_preferences(bilbao.db).hidden == frozenset()
    peer_workspace.set_hidden(bilbao.db, MONTREAL, True)  # hiding unpins
    assert peer_workspace.peer_preferences(bilbao.db).pinned == frozenset({ROTTERDAM})


def test_saved_weights_are_used_by_the_cli_and_can_be_reset(bilbao: Home) -> None:
    assert peer_workspace.load_weights(bilbao.db) == DEFAULT_WEIGHTS
    learn_only = Weights(learn=1, teach=0, reciprocity=0, maturity_gap=0, related=0,
                         shared_challenge=0, free_text=0)
    peer_workspace.save_weights(bilbao.db, learn_only)
    assert peer_workspace.load_weights(bilbao.db) == learn_only
    assert suggested(bilbao)[0]["score"] == 1
    assert suggested(bilbao, "--default-weights")[0]["score"] == 9.25
    out = io.StringIO()
    peers_show_command(parse_peers_command("peers", "show", "Rotterdam"), bilbao, out)
    assert "Match with Bilbao: score 1\n" in out.getvalue()
    assert peer_workspace.reset_weights(bilbao.db) == DEFAULT_WEIGHTS
    assert suggested(bilbao)[0]["score"] == 9.25


def test_weights_saved_badly_by_hand_fall_back_to_the_defaults(bilbao: Home) -> None:
    with closing(sqlite3.connect(bilbao.paths.database)) as connection:
        connection.execute("INSERT INTO preference (key, value) VALUES (?, ?)",
                           (peer_workspace.WEIGHTS_KEY, json.dumps({"learn": -5})))
        connection.commit()
    assert peer_workspace.load_weights(bilbao.db) == DEFAULT_WEIGHTS


def test_hidden_cities_are_left_out_of_proposed_groups(home: Home) -> None:
    def members(*argv: str) -> set[str]:
        out = io.StringIO()
        groups_suggest_command(parse_peers_command("groups", "suggest", "--json", *argv), home, out)
        return {m for g in json.loads(out.getvalue()) for m in g["members"]}

    assert "Montréal" in members()
    peer_workspace.set_hidden(home.db, MONTREAL, True)
    assert "Montréal" not in members()
    assert "Montréal" in members("--default-weights")


def test_peer_detail_names_the_source_and_date_of_seeded_data(bilbao: Home) -> None:
    detail = peer_workspace.peer_detail(bilbao.db, ROTTERDAM)
    assert detail.profile.name == "Rotterdam"
    assert detail.provenance.source.startswith("RRR peer-city meeting, 15 July 2021")
    assert detail.provenance.dated == datetime(2021, 7, 15, tzinfo=UTC)
    assert not detail.provenance.from_bundle
    assert all(p.provenance == detail.provenance for p in detail.practices)
    assert detail.stakeholders == ()
    with pytest.raises(RejectedInput):
        peer_workspace.peer_detail(bilbao.db, uuid4())


def test_peer_detail_names_the_bundle_of_shared_stakeholders(bilbao: Home) -> None:
    """Bundle rows are written here with SQL, as the bundle import would write them."""
    with closing(sqlite3.connect(bilbao.paths.database)) as connection:
        city_id = connection.execute("SELECT id FROM city WHERE uuid = ?",
                                     (ROTTERDAM.hex,)).fetchone()[0]
        connection.execute(
            "INSERT INTO bundle_import (id, file_name, file_sha256, sender_uuid, sender_name, "
            "fingerprint, bundle_created_at, imported_at, summary) VALUES (7, "
            "'rotterdam-2024.rrrbundle', 'x', ?, 'Rotterdam', 'f', '2024-03-01 09:00:00.000000', "
            "'2024-03-02 10:00:00.000000', '{}')", (ROTTERDAM.hex,))
        for name, withdrawn in (("Buurtcoop", None), ("Gone BV", "2024-03-02 10:00:00")):
            connection.execute(
                "INSERT INTO peer_stakeholder (city_id, uuid, revision, modified_at, name, kind, "
                "is_person, sectors, district, locality, country_code, website, description, "
                "topic_ids, tags, stage, contact_person, email, phone, source_bundle_id, "
                "withdrawn_at) VALUES (?, ?, 1, '2024-02-20 00:00:00', ?, 'cooperative', 0, "
                "'[]', '', 'Rotterdam', 'NL', '', '', '[\"social-impact-bonds\"]', '[]', '', '', "
                "'', '', 7, ?)", (city_id, uuid4().hex, name, withdrawn))
        connection.commit()
    shared = peer_workspace.peer_detail(bilbao.db, ROTTERDAM).stakeholders
    assert [s.name for s in shared] == ["Buurtcoop"]
    assert shared[0].provenance.bundle_file == "rotterdam-2024.rrrbundle"
    assert shared[0].provenance.sender == "Rotterdam"
    assert shared[0].provenance.dated == datetime(2024, 3, 1, 9, tzinfo=UTC)
    assert shared[0].provenance.imported_at == datetime(2024, 3, 2, 10, tzinfo=UTC)
    assert shared[0].topic_ids == ("social-impact-bonds",)


@pytest.mark.slow
def test_reading_preferences_does_not_need_sqlalchemy() -> None:

    assert "sqlalchemy" not in heavy_modules_loaded_by(
        "import rrr_desktop.services.peers.workspace, rrr_desktop.services.groups.shared")


