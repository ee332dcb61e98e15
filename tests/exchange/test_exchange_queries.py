"""The exchange's named queries (models/queries/peer_records, bundle_*, bundle_log,
workspace) read what the ORM holds after a real exchange, and their writes are what
the ORM then reads.

Rotterdam exports twice (the second time with a stakeholder withdrawn); Bilbao
imports the first bundle; each query is compared with the ORM on the same rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from sqlalchemy import select

from rrr_desktop.models.entities import (
    BundleChange,
    BundleExport,
    BundleImport,
    City,
    Practice,
    SharedRecord,
    Stakeholder,
    Topic,
    TrustedSender,
)
from rrr_desktop.models.exchange import PeerStakeholder
from rrr_desktop.models.queries import (
    bundle_export,
    bundle_history,
    bundle_import,
    bundle_log,
    driver_connection,
    identity,
    peer_records,
    workspace,
)
from rrr_desktop.models.queries.codecs import stored_json, stored_time, stored_uuid
from rrr_desktop.models.workspace import (
    PeerNote,
    Preference,
)
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.workspace import set_note, set_pinned
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from tests.factories import add_stakeholders, open_city_home


@dataclass
class Exchanged:
    rotterdam: Home
    bilbao: Home
    sender: UUID  # Rotterdam
    bundle: Path


@pytest.fixture(scope="module")
def exchanged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchanged]:
    folder = tmp_path_factory.mktemp("exchange")
    rotterdam = open_city_home(folder / "rotterdam", "Rotterdam")
    bilbao = open_city_home(folder / "bilbao", "Bilbao")
    ids = add_stakeholders(rotterdam.db, 4, sectors=["food"], tags=["market", "coop"],
                           email="info@example.org")
    with rotterdam.db.session() as session:  # newer than Bilbao's copy: the import logs it
        ours = session.scalars(select(City).where(City.is_ours)).one()
        ours.revision += 1
        ours.summary = "A port city"
    first = folder / "first.rrrbundle"
    export_bundle(rotterdam.db, rotterdam.paths, first, ExportOptions(include_contacts=True))
    set_archived(rotterdam.db, ids[:1], True)
    export_bundle(rotterdam.db, rotterdam.paths, folder / "second.rrrbundle", ExportOptions())
    preview = inspect_bundle(bilbao.db, first, accept_new_key=True)
    apply_bundle(bilbao.db, preview)
    set_note(bilbao.db, preview.sender.city_uuid, "Met in Lyon")
    set_pinned(bilbao.db, preview.sender.city_uuid, True)
    yield Exchanged(rotterdam, bilbao, preview.sender.city_uuid, first)
    rotterdam.close()
    bilbao.close()


def test_a_peer_citys_records_read_as_the_orm_holds_them(exchanged: Exchanged) -> None:
    with exchanged.bilbao.db.session() as session:
        city = session.scalars(select(City).where(City.uuid == exchanged.sender)).one()
        row = (city.id, False, city.revision, city.updated_at, city.source_bundle_id,
               *(getattr(city, c) for c in peer_records.CITY_COLUMNS))
        topics = [(t.role.value, t.topic_id, t.note) for t in city.topics]
        free = [(t.role.value, t.text, t.note) for t in city.free_topics]
        practices = sorted((p.id, p.uuid, p.revision, p.updated_at, p.source_bundle_id,
                            *(getattr(p, c).value if c in ("kind", "stage") else getattr(p, c)
                              for c in peer_records.PRACTICE_COLUMNS)) for p in city.practices)
        practice_topics = sorted((p.id, t.id) for p in city.practices for t in p.topics)
        assessed = [(a.topic_id, a.score, a.assessed_on.isoformat() if a.assessed_on else None)
                    for a in city.assessments]
        shared = sorted((s.id, s.uuid, s.revision, s.modified_at, s.source_bundle_id, None,
                         *(getattr(s, c) for c in peer_records.STAKEHOLDER_COLUMNS))
                        for s in session.scalars(select(PeerStakeholder)
                                                 .where(PeerStakeholder.city_id == city.id)))
        city_id = city.id
    with exchanged.bilbao.db.reading() as connection:
        assert peer_records.city_row(connection, exchanged.sender) == row
        assert peer_records.city_row(connection, uuid4()) is None
        assert peer_records.city_topics(connection, city_id) == topics
        assert peer_records.city_free_topics(connection, city_id) == free
        assert peer_records.city_assessments(connection, city_id) == assessed
        assert sorted(peer_records.practices(connection, city_id)) == practices
        assert peer_records.practice_topics(connection, city_id) == sorted(
            practice_topics, key=lambda pair: pair[1])
        assert sorted(peer_records.stakeholders(connection, city_id)) == shared
        assert len(peer_records.classified_rows(connection, exchanged.sender)) == 7
        assert peer_records.classified_rows(connection, uuid4()) == []
    assert topics and practices and len(shared) == 4


def test_foreign_owners_are_found_by_uuid(exchanged: Exchanged) -> None:
    with exchanged.bilbao.db.session() as session:
        practice = session.scalars(select(Practice).join(City).where(
            City.uuid == exchanged.sender)).first()
        assert practice is not None
        practice_uuid, city_id = practice.uuid, practice.city_id
        peer = session.scalars(select(PeerStakeholder)).first()
        assert peer is not None
        peer_uuid = peer.uuid
        ours = session.scalars(select(Stakeholder)).first()
    with exchanged.bilbao.db.reading() as connection:
        assert peer_records.foreign_owner(connection, "practice", [uuid4(), practice_uuid],
                                          None) == (practice_uuid, "Rotterdam")
        assert peer_records.foreign_owner(connection, "practice", [practice_uuid],
                                          city_id) is None
        assert peer_records.foreign_owner(connection, "stakeholder", [peer_uuid],
                                          None) == (peer_uuid, "Rotterdam")
    with exchanged.rotterdam.db.session() as session:
        ours = session.scalars(select(Stakeholder)).first()
        assert ours is not None
        our_uuid = ours.uuid
    with exchanged.rotterdam.db.reading() as connection:
        assert peer_records.foreign_owner(connection, "stakeholder", [our_uuid],
                                          None) == (our_uuid, "our own register")


def test_peer_record_writes_are_what_the_orm_reads(home: Home) -> None:
    city_uuid, practice_uuid, peer_uuid = uuid4(), uuid4(), uuid4()
    moment = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
    with home.db.session() as session:
        topic = session.scalars(select(Topic.id)).first()
        connection = driver_connection(session)
        city_id = peer_records.insert_city(
            connection, city_uuid, revision=3, now=moment, updated_at=moment,
            card={"name": "Lyon", "country_code": "FR", "region": "Rhône", "website": ""})
        state = {"revision": 4, "updated_at": stored_time(moment), "source_bundle_id": None,
                 "profile_source": "A bundle", "profile_updated_at": stored_time(moment)}
        peer_records.update_city(connection, city_id, {"summary": "Silk", "languages": ["fr"]},
                                 state)
        peer_records.replace_city_rows(connection, city_id, "city_free_topic",
                                       ("role", "text", "note"), [("offers", "Silk", "")])
        peer_records.write_practice(connection, city_id, practice_uuid, {
            **state, "fields": {"title": "Halles", "kind": "hub", "stage": "idea",
                                "description": "", "year_started": 2020, "link": "",
                                "topics": [topic]}}, now=moment)
        peer_records.upsert_stakeholders(connection, [(
            city_id, stored_uuid(peer_uuid), 2, stored_time(moment), None, None, "Canut",
            "cooperative", False, stored_json(["textile"]), "", "Lyon", "FR", "", "",
            stored_json([]), stored_json(["silk"]), "", "", "", "")])
    with home.db.session() as session:
        city = session.get(City, city_id)
        assert city is not None
        assert (city.uuid, city.name, city.summary, city.languages, city.revision,
                city.updated_at, city.profile_source) == (
            city_uuid, "Lyon", "Silk", ["fr"], 4, moment, "A bundle")
        assert [(t.role.value, t.text) for t in city.free_topics] == [("offers", "Silk")]
        (practice,) = city.practices
        assert (practice.uuid, practice.title, practice.year_started,
                [t.id for t in practice.topics]) == (practice_uuid, "Halles", 2020, [topic])
        peer = session.scalars(select(PeerStakeholder)).one()
        assert (peer.uuid, peer.name, peer.sectors, peer.tags, peer.modified_at) == (
            peer_uuid, "Canut", ["textile"], ["silk"], moment)
    with home.db.session() as session:
        peer_records.delete_practice(driver_connection(session), city_id, practice_uuid)
    with home.db.session() as session:
        assert session.scalars(select(Practice).where(Practice.uuid == practice_uuid)).first() \
            is None


def test_the_bundle_history_reads_as_the_orm_holds_it(exchanged: Exchanged) -> None:
    with exchanged.bilbao.db.session() as session:
        imports = session.scalars(select(BundleImport)).all()
        received = [(b.id, b.file_name, b.sender_uuid, b.sender_name, b.fingerprint,
                     b.bundle_created_at, b.imported_at, b.undone_at, b.summary)
                    for b in imports]
        import_id = imports[0].id
        changes = sorted(((c.entity, c.record_uuid, c.action, c.previous) for c in
                          session.scalars(select(BundleChange)
                                          .where(BundleChange.import_id == import_id))),
                         key=repr)
        city = session.scalars(select(City).where(City.uuid == exchanged.sender)).one()
        city_id, city_source = city.id, city.source_bundle_id
        titles = sorted((p.title, p.source_bundle_id) for p in city.practices)
        names = sorted((s.name, s.kind, s.source_bundle_id) for s in session.scalars(
            select(PeerStakeholder).where(PeerStakeholder.city_id == city_id)))
        lookup = sorted((c.id, c.uuid, c.name, c.country_code, c.profile_source,
                         c.profile_updated_at, c.source_bundle_id, c.is_ours)
                        for c in session.scalars(select(City)))
        practice_uuid = city.practices[0].uuid
    with exchanged.bilbao.db.reading() as connection:
        assert bundle_history.received_bundles(connection) == received
        assert sorted(bundle_history.changes_of(connection, import_id), key=repr) == changes
        assert bundle_history.city_change(connection, [import_id], first=True) == next(
            ((action, previous) for entity, _, action, previous in changes if entity == "city"),
            None)
        assert bundle_history.city_id(connection, exchanged.sender) == city_id
        assert bundle_history.city_by_uuid(connection, exchanged.sender) == (
            city_id, False, "Rotterdam")
        assert bundle_history.city_source_bundle(connection, city_id) == city_source
        assert bundle_history.imports_from(connection, exchanged.sender) == [import_id]
        assert bundle_history.latest_import_from(connection, exchanged.sender) == import_id
        assert bundle_history.practice_titles(connection, city_id) == titles
        assert bundle_history.shared_stakeholder_names(connection, city_id) == names
        assert sorted(bundle_history.cities_for_lookup(connection)) == lookup
        assert bundle_history.record_exists(connection, city_id, "practice", practice_uuid)
        assert not bundle_history.record_exists(connection, city_id, "stakeholder", uuid4())
        assert bundle_history.is_referenced(connection, city_id)  # the note and the pin
        assert [row[:2] for row in bundle_history.bundle_sources(connection)] == [
            (import_id, exchanged.bundle.name)]
    assert changes and titles and len(names) == 4


def test_what_an_export_reads_and_records_is_the_orms(exchanged: Exchanged) -> None:
    with exchanged.rotterdam.db.session() as session:
        city = session.scalars(select(City).where(City.is_ours)).one()
        card = (city.id, city.uuid, city.name, city.country_code, city.region, city.website,
                city.revision, city.updated_at)
        versions = {p.uuid: (p.revision, p.updated_at) for p in city.practices}
        people = session.scalars(select(Stakeholder).order_by(Stakeholder.sort_name,
                                                              Stakeholder.id)).all()
        shareable = [(s.id, str(s.uuid), s.revision,
                      s.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ"), s.name, s.kind.value,
                      s.is_person, s.sectors, s.district, s.locality, s.country_code,
                      s.website, s.description, s.tags, s.stage.value, s.contact_person,
                      s.email, s.phone, s.consent_given)
                     for s in people if s.shareable and not s.archived]
        shared = sorted((r.entity, r.record_uuid, r.revision, r.withdrawn_at,
                         next((s.revision for s in people if s.uuid == r.record_uuid), None))
                        for r in session.scalars(select(SharedRecord)
                                                 .where(SharedRecord.entity == "stakeholder")))
        exports = [(e.id, e.file_name, e.created_at, e.summary) for e in session.scalars(
            select(BundleExport).order_by(BundleExport.id.desc()))]
    with exchanged.rotterdam.db.reading() as connection:
        assert bundle_export.our_card(connection) == card
        assert bundle_export.practice_versions(connection, card[0]) == versions
        assert bundle_export.shareable_stakeholders(connection) == shareable
        assert bundle_export.stakeholder_topics(connection) == {}
        assert sorted(bundle_export.shared_before(connection, ["stakeholder"])) == shared
        assert bundle_history.sent_bundles(connection) == exports
        assert sorted(bundle_log.sent(connection)) == sorted(e[2:0:-1] for e in exports)
    assert len(exports) == 2
    assert len(shareable) == 3 and sum(1 for row in shared if row[3] is not None) == 1


def test_recording_an_export_is_what_the_orm_reads(home: Home) -> None:
    moment = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    shared, withdrawn = uuid4(), uuid4()
    with home.db.session() as session:
        connection = driver_connection(session)
        bundle_export.record_export(connection, "a.rrrbundle", moment, summary={"practices": 1},
                                    shared=[("stakeholder", str(withdrawn), 1)], withdrawn=[])
        export_id = bundle_export.record_export(
            connection, "b.rrrbundle", moment, summary={"practices": 2},
            shared=[("practice", str(shared), 7)], withdrawn=[("stakeholder", withdrawn)])
    with home.db.session() as session:
        export = session.get(BundleExport, export_id)
        assert export is not None
        assert (export.file_name, export.created_at, export.summary) == (
            "b.rrrbundle", moment, {"practices": 2})
        records = {(r.entity, r.record_uuid): (r.revision, r.last_export_id, r.withdrawn_at)
                   for r in session.scalars(select(SharedRecord))}
    assert records == {("practice", shared): (7, export_id, None),
                       ("stakeholder", withdrawn): (1, export_id - 1, moment)}


def test_sender_checks_and_the_import_log_are_the_orms(exchanged: Exchanged) -> None:
    with exchanged.bilbao.db.session() as session:
        ours = session.scalars(select(City).where(City.is_ours)).one().uuid
        pinned = session.get(TrustedSender, exchanged.sender)
        assert pinned is not None
        fingerprints = {t.city_uuid: t.fingerprint for t in session.scalars(select(TrustedSender))}
        known = [identity.KnownCity(c.uuid, c.name, c.country_code, c.is_ours,
                                    fingerprints.get(c.uuid))
                 for c in session.scalars(select(City).order_by(City.id))]
        imported = session.scalars(select(BundleImport)).one()
        key, digest, when = pinned.public_key, imported.file_sha256, imported.imported_at
        sender = session.scalars(select(City).where(City.uuid == exchanged.sender)).one()
        pinned_name = sender.name
        in_force = [(imported.sender_uuid, imported.sender_name, imported.file_name,
                     imported.bundle_created_at)]
    with exchanged.bilbao.db.reading() as connection:
        assert bundle_import.our_city_uuid(connection) == ours
        assert identity.known_cities(connection) == known
        assert identity.cities_pinned_to(connection, key, exchanged.sender) == []
        assert identity.cities_pinned_to(connection, key, uuid4()) == [pinned_name]
        assert bundle_import.pinned_key(connection, exchanged.sender) == key
        assert bundle_import.pinned_key(connection, uuid4()) is None
        assert bundle_import.last_import_of_file(connection, digest) == when
        assert bundle_import.last_import_of_file(connection, "0" * 64) is None
        assert bundle_log.imports_in_force(connection) == in_force
        assert bundle_log.received(connection, exchanged.sender) == [
            (when, in_force[0][1], in_force[0][2])]
        assert bundle_log.received(connection, uuid4()) == []


def test_pinning_a_key_and_logging_changes_are_what_the_orm_reads(home: Home) -> None:
    city, moment = uuid4(), datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
    with home.db.session() as session:
        connection = driver_connection(session)
        bundle_import.pin_key(connection, city, public_key=b"k" * 32, fingerprint="AB",
                              now=moment, previous_fingerprint="")
        bundle_import.pin_key(connection, city, public_key=b"n" * 32, fingerprint="CD",
                              now=moment, previous_fingerprint="AB")
        session.add(BundleImport(file_name="x", file_sha256="0", sender_uuid=city,
                                 sender_name="Lyon", fingerprint="CD",
                                 bundle_created_at=moment))
        session.flush()
        import_id = session.scalars(select(BundleImport.id)).one()
        bundle_import.record_changes(connection, [
            (import_id, "city", stored_uuid(city), "updated", stored_json({"revision": 2}))])
    with home.db.session() as session:
        pinned = session.get(TrustedSender, city)
        assert pinned is not None
        assert (pinned.public_key, pinned.fingerprint, pinned.pinned_at,
                pinned.previous_fingerprint) == (b"n" * 32, "CD", moment, "AB")
        change = session.scalars(select(BundleChange)).one()
        assert (change.record_uuid, change.action, change.previous) == (
            city, "updated", {"revision": 2})


def test_the_peer_workspace_reads_as_the_orm_holds_it(exchanged: Exchanged) -> None:
    with exchanged.bilbao.db.session() as session:
        city = session.scalars(select(City).where(City.uuid == exchanged.sender)).one()
        note = session.get(PeerNote, city.id)
        assert note is not None
        sources = (city.id, city.profile_source, city.profile_updated_at, city.source_bundle_id)
        practice_sources = sorted((p.uuid, p.source_bundle_id) for p in city.practices)
        shared = [(s.uuid, s.name, s.kind, s.locality, s.website, s.description, s.topic_ids,
                   s.modified_at, s.source_bundle_id)
                  for s in session.scalars(select(PeerStakeholder).where(
                      PeerStakeholder.city_id == city.id).order_by(PeerStakeholder.name))]
        imports = [(b.id, b.file_name, b.sender_name, b.bundle_created_at, b.imported_at)
                   for b in session.scalars(select(BundleImport))]
        session.add(Preference(key="test", value={"weights": [1, 2]}))
        session.flush()
        note_row, city_id = (note.text, note.updated_at), city.id
    with exchanged.bilbao.db.reading() as connection:
        assert workspace.peer_preferences(connection) == [(exchanged.sender, False, True)]
        assert workspace.hidden_and_pinned(connection, city_id) == (False, True)
        assert workspace.peer_note(connection, exchanged.sender) == "Met in Lyon"
        assert workspace.note_with_time(connection, city_id) == note_row
        assert workspace.peer_sources(connection, exchanged.sender) == sources
        assert sorted(workspace.practice_sources(connection, city_id)) == practice_sources
        assert workspace.shared_stakeholders(connection, city_id) == shared
        assert workspace.bundle_imports(connection) == imports
        assert workspace.preference(connection, "test") == {"weights": [1, 2]}
        assert workspace.preference(connection, "no such key") is None
    assert note_row[0] == "Met in Lyon"


def test_undo_and_erase_writes_are_what_the_orm_reads(home: Home) -> None:
    moment = datetime(2026, 11, 5, 7, 0, tzinfo=UTC)
    with home.db.session() as session:
        city = session.scalars(select(City).where(City.name == "Rotterdam")).one()
        bundle = BundleImport(file_name="r.rrrbundle", file_sha256="0", sender_uuid=city.uuid,
                              sender_name="Rotterdam", fingerprint="AB",
                              bundle_created_at=moment, summary={"new": 2})
        session.add(bundle)
        session.flush()
        kept = Practice(city_id=city.id, title="Seeded", kind="hub", stage="idea")
        brought = Practice(city_id=city.id, title="Brought", kind="hub", stage="idea",
                           source_bundle_id=bundle.id)
        session.add_all([kept, brought, PeerStakeholder(
            city_id=city.id, uuid=uuid4(), revision=1, modified_at=moment, name="Shared",
            kind="cooperative", source_bundle_id=bundle.id)] + [PeerStakeholder(
                city_id=city.id, uuid=uuid4(), revision=1, modified_at=moment, name=name,
                kind="cooperative") for name in ("Kept", "Later")])
        session.flush()
        city_id, bundle_id, kept_id = city.id, bundle.id, kept.id
        expected_profile = (city.profile_source, stored_time(city.profile_updated_at)
                            if city.profile_updated_at else None)
    with home.db.reading() as connection:
        assert peer_records.profile_source(connection, city_id) == expected_profile
    with home.db.session() as session:
        connection = driver_connection(session)
        bundle_history.delete_from_bundle(connection, bundle_id)
        bundle_history.mark_done(connection, [bundle_id], "erased", moment)
    with home.db.session() as session:
        city = session.get(City, city_id)
        assert city is not None
        assert "Brought" not in {p.title for p in city.practices}
        assert "Seeded" in {p.title for p in city.practices}
        assert [s.name for s in session.scalars(select(PeerStakeholder))] == ["Kept", "Later"]
        bundle = session.get(BundleImport, bundle_id)
        assert bundle is not None
        assert (bundle.undone_at, bundle.summary) == (moment, {"new": 2, "erased": 1})
    with home.db.reading() as connection:
        assert bundle_history.received_bundles(connection)[0][7] == moment
        assert not bundle_history.is_referenced(connection, city_id)
    with home.db.session() as session:
        kept_peer = session.scalars(select(PeerStakeholder).where(
            PeerStakeholder.name == "Later")).one().uuid
        bundle_history.delete_peer_stakeholder(driver_connection(session), city_id, kept_peer)
    with home.db.session() as session:
        assert [s.name for s in session.scalars(select(PeerStakeholder))] == ["Kept"]
        bundle_history.delete_bundled_records(driver_connection(session), city_id, [bundle_id])
    with home.db.session() as session:
        assert session.scalars(select(PeerStakeholder)).all() == []
        assert session.get(Practice, kept_id) is not None  # neither from a bundle nor added
        bundle_history.delete_city_records(driver_connection(session), city_id)
    with home.db.session() as session:
        assert session.get(Practice, kept_id) is None
        assert session.get(City, city_id) is not None
    with home.db.session() as session:
        bundle_history.delete_city(driver_connection(session), city_id)
    with home.db.session() as session:
        assert session.get(City, city_id) is None
