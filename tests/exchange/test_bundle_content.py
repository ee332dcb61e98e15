"""Content-level attacks: each refused with a message naming the problem, nothing changed."""

from __future__ import annotations

import gc
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.services.exchange.container import BundleRejected
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.exchange.sender_checks import OwnCityBundle
from rrr_desktop.services.home import Home
from tests.factories import (
    OTHER_KEY,
    SEED_UUIDS,
    SENDER,
    Sender,
    add_stakeholders,
    city_card,
    content_bundle,
    open_city_home,
    peer_stakeholder,
)

ROTTERDAM = Sender(uuid.UUID(SEED_UUIDS["Rotterdam"]), "Rotterdam", "NL")
PRACTICE = {"uuid": "6b1f7c0e-1d9e-4b8e-9a51-3f5f0c2d8e11", "revision": 1,
            "updated_at": "2026-11-01T10:00:00Z", "title": "Social clauses", "kind": "hub",
            "stage": "running"}


@pytest.fixture
def montreal(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "montreal", "Montréal")
    yield opened
    opened.close()


def database_bytes(home: Home) -> bytes:
    connection = sqlite3.connect(home.paths.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return home.paths.database.read_bytes()


ATTACKS: list[tuple[str, dict[str, Any], str]] = [
    ("wrong type", {"profile.yaml": city_card(),
                    "stakeholders.json": [peer_stakeholder(1, name=42)]},
     r"stakeholders\[0\]\.name"),
    ("bad choice", {"profile.yaml": city_card(),
                    "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2, kind="cult")]},
     r"stakeholders\[1\]\.kind"),
    ("unknown field", {"profile.yaml": city_card(),
                       "stakeholders.json": [peer_stakeholder(1, influence=9)]},
     r"stakeholders\[0\]\.influence"),
    ("huge string", {"profile.yaml": city_card(),
                     "stakeholders.json": [peer_stakeholder(1, description="x" * 20_000)]},
     r"stakeholders\[0\]\.description"),
    ("no revision", {"profile.yaml": city_card(revision=0)}, r"profile\.city\.revision"),
    ("naive time", {"profile.yaml": city_card(updated_at="2026-11-01T10:00:00")},
     r"profile\.city\.updated_at"),
    ("missing profile", {"stakeholders.json": [peer_stakeholder(1)]}, "has no profile.yaml"),
    ("not a list", {"profile.yaml": city_card(), "stakeholders.json": {"a": 1}},
     "stakeholders"),
    ("duplicate uuid", {"profile.yaml": city_card(),
                        "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(1)]},
     r"stakeholders\[1\]\.uuid: \S+ is already listed at \[0\]"),
    ("unknown topic", {"profile.yaml": city_card(),
                       "practices.json": [{**PRACTICE, "topics": ["alchemy"]}]},
     r"practices\[0\]\.topics: alchemy is not a topic"),
    ("profile of another city", {"profile.yaml": {
        "city": city_card()["city"],
        "profile": {"format": "rrr-desktop/profile", "version": 1,
                    "city": {"uuid": str(uuid.uuid4())}}}}, "not the uuid of the bundle's city"),
    ("card of another city", {"profile.yaml": city_card(ROTTERDAM)}, "another city"),
    ("practices in the profile", {"profile.yaml": {
        "city": city_card()["city"],
        "profile": {"format": "rrr-desktop/profile", "version": 1,
                    "city": {"uuid": str(SENDER.city_uuid)}, "practices": [
                        {k: v for k, v in PRACTICE.items()
                         if k not in ("revision", "updated_at")}]}}},
     "travel in practices.json"),
    ("bad tombstone", {"profile.yaml": city_card(), "tombstones.json": [
        {"entity": "city", "uuid": str(uuid.uuid4()), "revision": 1,
         "withdrawn_at": "2026-11-01T10:00:00Z"}]}, r"tombstones\[0\]\.entity"),
    ("score out of range", {"profile.yaml": city_card(), "assessments.json": [
        {"topic": "trust-building", "score": 11, "assessed_on": "2026-01-01"}]},
     r"assessments\[0\]\.score"),
]


@pytest.mark.parametrize(("content", "problem"), [(c, p) for _, c, p in ATTACKS],
                         ids=[name for name, _, _ in ATTACKS])
def test_content_attacks_are_refused_naming_the_problem(
        montreal: Home, tmp_path: Path, content: dict[str, Any], problem: str) -> None:
    bundle = content_bundle(tmp_path / "bad.rrrbundle", content)
    before = database_bytes(montreal)
    with pytest.raises(BundleRejected, match=problem):
        inspect_bundle(montreal.db, bundle)
    assert database_bytes(montreal) == before


def test_records_claiming_another_citys_uuids_are_refused(montreal: Home,
                                                          tmp_path: Path) -> None:
    apply_bundle(montreal.db, inspect_bundle(montreal.db, content_bundle(
        tmp_path / "rotterdam.rrrbundle",
        {"profile.yaml": city_card(ROTTERDAM), "practices.json": [PRACTICE],
         "stakeholders.json": [peer_stakeholder(1)]}, sender=ROTTERDAM)))
    before = database_bytes(montreal)
    for member, records, where in (("practices.json", [PRACTICE], r"practices\[0\]\.uuid"),
                                   ("stakeholders.json", [peer_stakeholder(2),
                                                          peer_stakeholder(1)],
                                    r"stakeholders\[1\]\.uuid")):
        bundle = content_bundle(tmp_path / "thief.rrrbundle",
                                {"profile.yaml": city_card(), member: records}, key=OTHER_KEY)
        with pytest.raises(BundleRejected, match=f"{where} is the id of a record of Rotterdam"):
            inspect_bundle(montreal.db, bundle)
    assert database_bytes(montreal) == before


def test_records_claiming_our_own_register_are_refused(montreal: Home, tmp_path: Path) -> None:
    [our_id] = add_stakeholders(montreal.db, 1)
    with montreal.db.reading() as connection:
        [our_uuid] = connection.execute("SELECT uuid FROM stakeholder WHERE id = ?",
                                        (our_id,)).fetchone()
    bundle = content_bundle(tmp_path / "thief.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [{**peer_stakeholder(1), "uuid": str(uuid.UUID(hex=our_uuid))}]})
    with pytest.raises(BundleRejected, match="our own register"):
        inspect_bundle(montreal.db, bundle)


def test_a_bundle_from_our_own_city_shows_what_it_holds_but_never_imports(
        montreal: Home, tmp_path: Path) -> None:
    ours = Sender(uuid.UUID(SEED_UUIDS["Montréal"]), "Montréal", "CA")
    bundle = content_bundle(tmp_path / "self.rrrbundle", {
        "profile.yaml": city_card(ours),
        "stakeholders.json": [peer_stakeholder(1), {**peer_stakeholder(2), "email": "a@b.org"}]},
        sender=ours)
    before = database_bytes(montreal)
    preview = inspect_bundle(montreal.db, bundle)
    assert preview.own_city and preview.records == ()
    assert (preview.summary.stakeholders, preview.summary.with_personal_data) == (2, 1)
    with pytest.raises(OwnCityBundle, match="cannot be imported into its own data folder"):
        apply_bundle(montreal.db, preview)
    assert database_bytes(montreal) == before


def test_a_seeded_citys_name_with_another_uuid_is_refused(montreal: Home,
                                                          tmp_path: Path) -> None:
    fake = Sender(uuid.uuid4(), "Bilbao", "ES")
    bundle = content_bundle(tmp_path / "fake.rrrbundle", {"profile.yaml": city_card(fake)},
                            sender=fake)
    before = database_bytes(montreal)
    with pytest.raises(BundleRejected, match="already has a city of that name, Bilbao"):
        inspect_bundle(montreal.db, bundle)
    assert database_bytes(montreal) == before


def test_a_known_name_in_another_country_is_a_different_city_with_a_warning(
        montreal: Home, tmp_path: Path) -> None:
    other = Sender(uuid.uuid4(), "Bilbao", "CL")
    preview = inspect_bundle(montreal.db, content_bundle(
        tmp_path / "b.rrrbundle", {"profile.yaml": city_card(other)}, sender=other))
    assert preview.records[0].status.value == "new"
    assert any("not the Bilbao (ES)" in warning for warning in preview.warnings)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 2**40) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["uuid", "name", "kind", "revision", "updated_at",
                                       "city", "profile", "topics", "x"]), children,
                      max_size=5), max_leaves=20)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(profile=json_values, stakeholders=json_values)
def test_the_content_reader_refuses_junk_cleanly(montreal: Home, tmp_path: Path,
                                                 profile: Any, stakeholders: Any) -> None:
    bundle = content_bundle(tmp_path / "fuzz.rrrbundle",
                            {"profile.yaml": profile, "stakeholders.json": stakeholders})
    with pytest.raises(BundleRejected):
        inspect_bundle(montreal.db, bundle)


@pytest.mark.usefixtures("automatic_collection")
def test_the_cycle_collector_rests_while_a_bundle_is_applied(montreal: Home,
                                                             tmp_path: Path) -> None:
    """An import holds every parsed record until it commits: the collector would walk
    them all again and again (benchmarks/BUNDLES.md). It is back on afterwards."""
    preview = inspect_bundle(montreal.db, content_bundle(
        tmp_path / "rotterdam.rrrbundle",
        {"profile.yaml": city_card(ROTTERDAM),
         "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2)]}, sender=ROTTERDAM))
    collecting: list[bool] = []
    apply_bundle(montreal.db, preview, progress=lambda _: collecting.append(gc.isenabled()))
    assert collecting and not any(collecting)
    assert gc.isenabled()


def test_records_claiming_our_register_are_refused_on_either_engine(
        bilbao: Home, tmp_path: Path) -> None:
    """The same check on a team database: the bundle's UUIDs joined to our register."""
    [our_id] = add_stakeholders(bilbao.db, 1)
    with bilbao.db.reading() as connection:
        [our_uuid] = connection.execute("SELECT uuid FROM stakeholder WHERE id = ?",
                                        (our_id,)).fetchone()
    bundle = content_bundle(tmp_path / "thief.rrrbundle", {
        "profile.yaml": city_card(ROTTERDAM),
        "stakeholders.json": [peer_stakeholder(1),
                              {**peer_stakeholder(2), "uuid": str(uuid.UUID(hex=our_uuid))}]},
        sender=ROTTERDAM)
    with pytest.raises(BundleRejected, match=r"stakeholders\[1\].*our own register"):
        inspect_bundle(bilbao.db, bundle)


def test_times_with_an_offset_are_stored_in_utc_and_shared_times_once_each(
        montreal: Home, tmp_path: Path) -> None:
    """A stranger may write +02:00; what is stored is the UTC time, as the ORM stores it,
    whether a time is shared by several records or not."""
    people = [peer_stakeholder(1, updated_at="2026-11-01T12:00:00+02:00"),
              peer_stakeholder(2, updated_at="2026-11-01T10:00:00Z"),
              peer_stakeholder(3, updated_at="2026-11-01T10:00:00.250000Z"),
              peer_stakeholder(4, updated_at="2026-11-01T10:00:00Z")]
    bundle = content_bundle(tmp_path / "rotterdam.rrrbundle",
                            {"profile.yaml": city_card(ROTTERDAM), "stakeholders.json": people},
                            sender=ROTTERDAM)
    apply_bundle(montreal.db, inspect_bundle(montreal.db, bundle))
    with montreal.db.reading() as connection:
        stored = [row[0] for row in connection.execute(
            "SELECT modified_at FROM peer_stakeholder ORDER BY name")]
    assert stored == ["2026-11-01 10:00:00.000000", "2026-11-01 10:00:00.000000",
                      "2026-11-01 10:00:00.250000", "2026-11-01 10:00:00.000000"]
