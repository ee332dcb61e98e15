"""Property: export from one home, import into another, and the receiver holds exactly
what was shared: over random profiles and random stakeholders.

Two pristine homes are made once per module (the sender's own city is a new one, so
the receiver holds nothing of it before); each example works on fresh copies of them.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.profile.draft import (
    PRACTICE_KINDS,
    PRACTICE_STAGES,
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    TopicEntry,
)
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from rrr_desktop.text import is_web_address, normalise
from tests.factories import open_test_home

HOSTILE = ("<b>&amp;</b>", "Coöpérative Ñandú", "'; DROP TABLE city; --", "名前 協同組合",
           "{{ x }} %s \\N", "🌱 Jardín", "O'Brien & Søn")
LANGUAGES = ("es", "en", "fr", "pt", "nl", "it", "pl", "de")
ROLE_IN_DB = {"offers": "offers", "wants_to_learn": "wants_to_learn",
              "shared_challenges": "shared_challenge"}
PERSONAL = ("contact_person", "email", "phone")
FIELDS = ("name", "kind", "is_person", "sectors", "district", "locality", "country_code",
          "website", "description", "topics", "tags", "stage")


@dataclass(frozen=True)
class Pristine:
    sender: Path
    receiver: Path
    vocabulary: tuple[str, ...]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    folder = tmp_path_factory.mktemp("pristine")
    sender = open_test_home(folder / "sender")
    init_our_city(sender.db, "Villa Solidária", "PT", "pt")
    receiver = open_test_home(folder / "receiver")
    init_our_city(receiver.db, "Rotterdam", None, None)
    with receiver.db.reading() as connection:
        vocabulary = tuple(sorted(row[0] for row in connection.execute("SELECT id FROM topic")))
    sender.close()
    receiver.close()
    return Pristine(folder / "sender", folder / "receiver", vocabulary)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("examples")


# --- strategies ---------------------------------------------------------------------------

_letters = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"])
_typed = st.text(_letters, max_size=30).map(str.strip)
texts = st.one_of(st.just(""), _typed, st.sampled_from(HOSTILE))
names = st.one_of(_typed, st.sampled_from(HOSTILE)).filter(bool)
short_lists = st.lists(names, max_size=3)
# Stored websites as any version may have saved them: those no reader can parse travel as "".
websites = st.one_of(texts, st.sampled_from(("https://coop.example/a", "http://[",
                                             "www.example.org", "https://[::1]/")))


def topic_lists(vocabulary: tuple[str, ...], max_size: int = 4) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(vocabulary), max_size=max_size, unique=True)


@st.composite
def profiles(draw: st.DrawFn, city_uuid: UUID, vocabulary: tuple[str, ...]) -> ProfileDraft:
    def entries() -> tuple[TopicEntry, ...]:
        return tuple(TopicEntry(t, draw(texts)) for t in draw(topic_lists(vocabulary)))

    def own_words() -> tuple[FreeTopicEntry, ...]:
        words = draw(st.lists(names, max_size=3, unique_by=normalise))
        return tuple(FreeTopicEntry(w, draw(texts)) for w in words)

    practices = tuple(
        PracticeDraft(uuid, draw(names), draw(st.sampled_from(PRACTICE_KINDS)),
                      draw(st.sampled_from(PRACTICE_STAGES)), draw(texts),
                      draw(st.none() | st.integers(1800, 2100)),
                      tuple(draw(topic_lists(vocabulary))), draw(texts))
        for uuid in draw(st.lists(st.uuids(), max_size=4, unique=True)))
    assessments = tuple(
        AssessmentDraft(topic, score, None if score is None else draw(st.dates(
            date(2000, 1, 1), date(2030, 12, 31))))
        for topic in draw(topic_lists(vocabulary, 5))
        for score in [draw(st.none() | st.integers(0, 10))])
    return ProfileDraft(
        city_uuid, "Villa Solidária", summary=draw(texts),
        languages=tuple(draw(st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True))),
        contact_office=draw(texts), offers=entries(), wants_to_learn=entries(),
        shared_challenges=entries(), free_offers=own_words(), free_wants_to_learn=own_words(),
        free_shared_challenges=own_words(), practices=practices, assessments=assessments)


@st.composite
def stakeholders(draw: st.DrawFn, vocabulary: tuple[str, ...]) -> dict[str, Any]:
    """One register record: shareable or not, archived or not, with or without consent."""
    return {
        "name": draw(names), "kind": draw(st.sampled_from(StakeholderKind)).value,
        "is_person": draw(st.booleans()), "sectors": draw(short_lists),
        "district": draw(texts), "locality": draw(texts),
        "country_code": draw(st.sampled_from(("", "PT", "ES", "NL"))),
        "website": draw(websites), "description": draw(texts),
        "topics": sorted(draw(topic_lists(vocabulary))), "tags": draw(short_lists),
        "stage": draw(st.sampled_from(CollaborationStage)).value,
        "contact_person": draw(texts), "email": draw(texts), "phone": draw(texts),
        "consent_given": draw(st.booleans()), "shareable": draw(st.booleans()),
        "archived": draw(st.booleans()),
    }


# --- the homes ------------------------------------------------------------------------------


def fresh_copies(pristine: Pristine, examples: Path) -> tuple[Home, Home]:
    folder = Path(examples) / f"example-{len(list(examples.iterdir()))}"
    shutil.copytree(pristine.sender, folder / "sender")
    shutil.copytree(pristine.receiver, folder / "receiver")
    return (open_home(resolve_paths(folder / "sender")),
            open_home(resolve_paths(folder / "receiver")))


def add_to_register(home: Home, records: list[dict[str, Any]]) -> list[int]:
    from rrr_desktop.models.stakeholder import Stakeholder
    from rrr_desktop.models.topic import Topic

    with home.db.session() as session:
        added = []
        for record in records:
            values = {k: v for k, v in record.items() if k != "topics"}
            added.append(Stakeholder(**values, topics=[session.get(Topic, t)
                                                       for t in record["topics"]]))
        session.add_all(added)
        session.flush()
        return [stakeholder.id for stakeholder in added]


def query(home: Home, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(home.paths.database)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def register_versions(home: Home, ids: list[int]) -> list[tuple[str, int]]:
    return [query(home, "SELECT uuid, revision FROM stakeholder WHERE id = ?", i)[0]
            for i in ids]


def held_peers(home: Home, city_uuid: UUID) -> dict[str, dict[str, Any]]:
    """The receiver's copies of one city's stakeholders, by UUID."""
    held = {}
    for row in query(home, "SELECT s.uuid, s.revision, s.withdrawn_at IS NOT NULL, s.name, "
                           "s.kind, s.is_person, s.sectors, s.district, s.locality, "
                           "s.country_code, s.website, s.description, s.topic_ids, s.tags, "
                           "s.stage, s.contact_person, s.email, s.phone FROM peer_stakeholder s "
                           "JOIN city c ON c.id = s.city_id WHERE c.uuid = ?", city_uuid.hex):
        uuid, revision, withdrawn, *values = row
        fields = dict(zip((*FIELDS, *PERSONAL), values, strict=True))
        for name in ("sectors", "topics", "tags"):
            fields[name] = json.loads(fields[name])
        fields["is_person"] = bool(fields["is_person"])
        held[uuid] = {"revision": revision, "withdrawn": withdrawn, **fields}
    return held


def expected_peers(records: list[dict[str, Any]], versions: list[tuple[str, int]],
                   with_contacts: bool) -> dict[str, dict[str, Any]]:
    expected = {}
    for record, (uuid, revision) in zip(records, versions, strict=True):
        if not record["shareable"] or record["archived"]:
            continue
        personal = with_contacts and record["consent_given"]
        expected[uuid] = {"revision": revision, "withdrawn": False,
                          **{name: record[name] for name in FIELDS},
                          "website": record["website"] if is_web_address(record["website"])
                          else "",
                          **{name: record[name] if personal else "" for name in PERSONAL}}
    return expected


def held_profile(home: Home, city_uuid: UUID) -> dict[str, Any]:
    """What the receiver holds of a peer's profile, in the shape of a ProfileDraft."""
    [(city_id, summary, languages, office, revision)] = query(
        home, "SELECT id, summary, languages, contact_office, revision FROM city WHERE uuid = ?",
        city_uuid.hex)
    topics = query(home, "SELECT role, topic_id, note FROM city_topic WHERE city_id = ? "
                         "ORDER BY id", city_id)
    free = query(home, "SELECT role, text, note FROM city_free_topic WHERE city_id = ? "
                       "ORDER BY id", city_id)
    practices = {
        uuid: (title, kind, stage, description, year, link, tuple(
            t for (t,) in query(home, "SELECT topic_id FROM practice_topic WHERE practice_id = ?"
                                      " ORDER BY topic_id", practice_id)), practice_revision)
        for practice_id, uuid, title, kind, stage, description, year, link, practice_revision
        in query(home, "SELECT id, uuid, title, kind, stage, description, year_started, link, "
                       "revision FROM practice WHERE city_id = ?", city_id)}
    return {"summary": summary, "languages": json.loads(languages), "contact_office": office,
            "topics": topics, "free": free, "practices": practices, "revision": revision,
            "assessments": query(home, "SELECT topic_id, score, assessed_on FROM "
                                       "topic_assessment WHERE city_id = ? ORDER BY id", city_id)}


def expected_profile(home: Home, draft: ProfileDraft) -> dict[str, Any]:
    """What the sender holds (its draft as saved) in the shape of :func:`held_profile`."""
    revisions = dict(query(home, "SELECT uuid, revision FROM practice"))
    [(revision,)] = query(home, "SELECT revision FROM city WHERE is_ours = 1")
    return {
        "summary": draft.summary, "languages": list(draft.languages),
        "contact_office": draft.contact_office,
        "topics": [(ROLE_IN_DB[role], e.topic_id, e.note) for role in ROLE_IN_DB
                   for e in draft.topics(role)],  # type: ignore[arg-type]
        "free": [(ROLE_IN_DB[role], e.text, e.note) for role in ROLE_IN_DB
                 for e in draft.free_topics(role)],  # type: ignore[arg-type]
        "practices": {p.uuid.hex: (p.title, p.kind, p.stage, p.description, p.year_started,
                                   p.link, tuple(sorted(p.topic_ids)), revisions[p.uuid.hex])
                      for p in draft.practices},
        "revision": revision,
        "assessments": [(a.topic_id, a.score, a.assessed_on.isoformat() if a.assessed_on
                         else None) for a in draft.assessments]}


def export_and_import(sender: Home, receiver: Home, path: Path, options: ExportOptions
                      ) -> None:
    export_bundle(sender.db, sender.paths, path, options)
    apply_bundle(receiver.db, inspect_bundle(receiver.db, path))


def everything(home: Home) -> list[str]:
    connection = sqlite3.connect(home.paths.database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


# --- the property ---------------------------------------------------------------------------


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_the_receiver_holds_exactly_what_was_shared(
        pristine: Pristine, examples: Path, data: st.DataObject) -> None:
    sender, receiver = fresh_copies(pristine, examples)
    try:
        city_uuid = load_profile(sender.db).city_uuid
        draft = data.draw(profiles(city_uuid, pristine.vocabulary), label="profile")
        records = data.draw(st.lists(stakeholders(pristine.vocabulary), max_size=8),
                            label="stakeholders")
        with_contacts = data.draw(st.booleans(), label="include_contacts")
        save_profile(sender.db, draft)
        ids = add_to_register(sender, records)
        options = ExportOptions(include_contacts=True) if with_contacts else ExportOptions()
        first = examples / f"{city_uuid}-1.rrrbundle"
        export_and_import(sender, receiver, first, options)

        assert held_profile(receiver, city_uuid) == expected_profile(
            sender, load_profile(sender.db))
        assert held_peers(receiver, city_uuid) == expected_peers(
            records, register_versions(sender, ids), with_contacts)
        assert query(receiver, "SELECT count(*) FROM stakeholder") == [(0,)]

        before = everything(receiver)
        again = inspect_bundle(receiver.db, first)
        assert not again.changes_anything
        assert not apply_bundle(receiver.db, again).changed
        assert everything(receiver) == before

        shown = [i for i, r in zip(ids, records, strict=True)
                 if r["shareable"] and not r["archived"]]
        edited, archived = shown[::2], shown[1::2][:1]
        _edit(sender, edited, archived)
        save_profile(sender.db, replace(load_profile(sender.db), summary="Revised summary"))
        export_and_import(sender, receiver, examples / f"{city_uuid}-2.rrrbundle", options)

        assert held_profile(receiver, city_uuid) == expected_profile(
            sender, load_profile(sender.db))
        held = held_peers(receiver, city_uuid)
        for uuid, revision in register_versions(sender, edited):
            assert (held[uuid]["revision"], held[uuid]["description"]) == (revision, "Revised")
            assert revision == 2
        for uuid, _revision in register_versions(sender, archived):
            assert held[uuid]["withdrawn"]
    finally:
        sender.close()
        receiver.close()


def _edit(home: Home, edited: list[int], archived: list[int]) -> None:
    from rrr_desktop.models.stakeholder import Stakeholder

    with home.db.session() as session:
        for stakeholder_id in edited:
            stakeholder = session.get(Stakeholder, stakeholder_id)
            assert stakeholder is not None
            stakeholder.description = "Revised"
    set_archived(home.db, archived, True)
