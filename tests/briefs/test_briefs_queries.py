"""The briefs' named queries (models/queries/briefs.py) read what the ORM wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from rrr_desktop.models.entities import City, Stakeholder
from rrr_desktop.models.exchange import PeerStakeholder
from rrr_desktop.models.queries import briefs
from rrr_desktop.models.workspace import BriefRecord
from rrr_desktop.services.home import Home

PRINCIPAL = ("co_managing", "co_implementing")
LIMIT = 10_000  # every row: the sample register has 300


def key_order(s: Stakeholder) -> tuple[object, ...]:
    """Partners, then the others we work with, then the not engaged; then influence x
    interest, the latest contact (never contacted last), the name."""
    tier = 0 if s.stage.value in PRINCIPAL else 2 if s.stage.value == "not_engaged" else 1
    last = max((i.occurred_on for i in s.interactions), default=None)
    return (tier, -((s.influence or 0) * (s.interest or 0)), last is None,
            -last.toordinal() if last else 0, s.sort_name, s.id)


def test_key_stakeholders_are_the_orms_in_the_briefs_order(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        people = sorted(session.scalars(select(Stakeholder).options(
            selectinload(Stakeholder.interactions)).where(Stakeholder.archived.is_(False))),
            key=key_order)

        def rows(personal: bool) -> list[tuple[object, ...]]:
            return [(s.name, s.kind.value, s.stage.value, s.district, s.owner, s.consent_given,
                     s.contact_person, s.email, s.phone,
                     max((i.occurred_on for i in s.interactions), default=None))
                    for s in people if not s.is_person or (personal and s.consent_given)][:LIMIT]

        without, with_personal = rows(False), rows(True)
    with sample_home.db.reading() as connection:
        assert briefs.key_stakeholders(connection, personal=False, limit=LIMIT) == without
        assert briefs.key_stakeholders(connection, personal=True, limit=LIMIT) == with_personal
        assert briefs.key_stakeholder_consents(connection, LIMIT) == [
            row[5] for row in with_personal]
    assert without != with_personal


def test_overdue_follow_ups_are_the_orms(sample_home: Home) -> None:
    today = date.today() + timedelta(days=30)
    with sample_home.db.session() as session:
        people = {s.id: s for s in session.scalars(select(Stakeholder).options(
            selectinload(Stakeholder.interactions)))}
        due = sorted(((i.follow_up_on, s.sort_name, i.id), (
            s.name, s.is_person, s.consent_given,
            people[s.organisation_id].name if s.organisation_id else None, i.notes,
            i.follow_up_on, s.owner))
            for s in people.values() if not s.archived for i in s.interactions
            if i.follow_up_on and not i.follow_up_done and i.follow_up_on < today)
    with sample_home.db.reading() as connection:
        rows, total = briefs.overdue_follow_ups(connection, today, 10)
    assert total == len(due) > 10
    assert rows == [row for _key, row in due[:10]]


def test_register_names_and_recent_briefs_are_the_orms(home: Home) -> None:
    moment = datetime(2026, 11, 4, 12, 0, tzinfo=UTC)
    with home.db.session() as session:
        cafe = Stakeholder(name="Café Común", kind="cooperative", locality="Bilbao",
                           website="https://comun.example")
        session.add(cafe)
        session.add(Stakeholder(name="Gone", kind="cooperative", archived=True))
        peer = session.scalars(select(City)).first()
        assert peer is not None
        session.add(PeerStakeholder(city_id=peer.id, uuid=peer.uuid, revision=1,
                                    modified_at=moment, name="Shared", kind="cooperative",
                                    locality="Lyon", topic_ids=["food"]))
        session.add_all([
            BriefRecord(kind="city", title="Ours", path=str(Path("a.pdf")), created_at=moment,
                        options={"key_stakeholders": 5}),
            BriefRecord(kind="peer", title="Theirs", path="b.pdf", peer_city_id=peer.id,
                        created_at=moment + timedelta(hours=1))])
        session.flush()
        peer_uuid, peer_name, cafe_uuid = peer.uuid, peer.name, cafe.uuid
        ids = [b.id for b in session.scalars(select(BriefRecord).order_by(BriefRecord.id))]
    with home.db.reading() as connection:
        assert briefs.register_organisations(connection) == [
            (cafe_uuid, "Café Común", "https://comun.example", "Bilbao")]
        assert briefs.peer_stakeholders(connection, peer_uuid) == [
            (peer_uuid, "Shared", "cooperative", "", "Lyon", "", ["food"])]
        assert briefs.recent_briefs(connection, 5) == [
            (ids[1], "peer", "Theirs", peer_name, "b.pdf", moment + timedelta(hours=1), {}),
            (ids[0], "city", "Ours", "", "a.pdf", moment, {"key_stakeholders": 5})]
        assert len(briefs.recent_briefs(connection, 1)) == 1
