"""Reads for the briefs: key stakeholders, overdue follow-ups, what a peer shares with
our register, and the list of briefs made."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_day,
    read_flag,
    read_json,
    read_time,
    read_uuid,
    stored_day,
    stored_json,
    stored_time,
    stored_uuid,
)

_LAST_CONTACT = "(SELECT max(i.occurred_on) FROM interaction i WHERE i.stakeholder_id = s.id)"
# The key table: partners the city implements or manages with, then the others it works
# with, then those not engaged; within each, influence x interest, then the latest
# contact (never contacted last), then the name. An imported register of thousands not
# engaged must not push the few the officer works with out of the table.
_KEY_ORDER = ("CASE WHEN s.stage IN ('co_managing', 'co_implementing') THEN 0 "
              "WHEN s.stage IS NULL OR s.stage = 'not_engaged' THEN 2 ELSE 1 END, "
              "coalesce(s.influence, 0) * coalesce(s.interest, 0) DESC, "
              f"{_LAST_CONTACT} IS NULL, {_LAST_CONTACT} DESC, s.sort_name, s.id")
# Persons print only with personal data allowed (the parameter) and consent recorded.
_PRINTABLE = "(s.is_person = FALSE OR (? AND s.consent_given = TRUE))"


def anyone_stands_out(connection: Connection) -> bool:
    """Whether any active stakeholder is rated (influence, interest or trust), engaged
    (a stage past not engaged) or contacted: else the key order is only the alphabet."""
    row = connection.execute(
        "SELECT EXISTS (SELECT 1 FROM stakeholder s WHERE s.archived = FALSE AND ("
        "s.influence IS NOT NULL OR s.interest IS NOT NULL OR s.trust IS NOT NULL "
        "OR (s.stage IS NOT NULL AND s.stage <> 'not_engaged') "
        "OR EXISTS (SELECT 1 FROM interaction i WHERE i.stakeholder_id = s.id)))").fetchone()
    return bool(row[0])


def key_stakeholder_consents(connection: Connection, limit: int) -> list[bool]:
    """Whether each key stakeholder (personal data allowed) has consent recorded."""
    return [bool(row[0]) for row in connection.execute(
        f"SELECT s.consent_given FROM stakeholder s WHERE s.archived = FALSE AND {_PRINTABLE} "
        f"ORDER BY {_KEY_ORDER} LIMIT ?", (True, limit))]


def key_stakeholders(connection: Connection, *, personal: bool,
                     limit: int) -> list[tuple[Any, ...]]:
    """(name, kind, stage, district, owner, consent given, contact person, email, phone,
    last contact day) of the key stakeholders, most important first."""
    return decoded(connection.execute(
        "SELECT s.name, s.kind, s.stage, s.district, s.owner, s.consent_given, "
        f"s.contact_person, s.email, s.phone, {_LAST_CONTACT} FROM stakeholder s "
        f"WHERE s.archived = FALSE AND {_PRINTABLE} ORDER BY {_KEY_ORDER} LIMIT ?",
        (personal, limit)), None, None, None, None, None, read_flag, None, None, None, read_day)


_OVERDUE = ("FROM interaction i JOIN stakeholder s ON s.id = i.stakeholder_id "
            "LEFT JOIN stakeholder o ON o.id = s.organisation_id "
            "WHERE i.follow_up_done = FALSE AND i.follow_up_on < ? AND s.archived = FALSE")


def overdue_follow_ups(connection: Connection, before: date,
                       limit: int) -> tuple[list[tuple[Any, ...]], int]:
    """The oldest open follow-ups due before ``before`` — (stakeholder name, is_person,
    consent given, organisation name or None, notes, due day, owner) — and how many
    there are in all."""
    total = int(connection.execute(f"SELECT count(*) {_OVERDUE}",
                                   (stored_day(before),)).fetchone()[0])
    rows = decoded(connection.execute(
        f"SELECT s.name, s.is_person, s.consent_given, o.name, i.notes, i.follow_up_on, "
        f"s.owner {_OVERDUE} ORDER BY i.follow_up_on, s.sort_name, i.id LIMIT ?",
        (stored_day(before), limit)), None, read_flag, read_flag, None, None, read_day)
    return rows, total


def register_organisations(connection: Connection) -> list[tuple[UUID, str, str, str]]:
    """(uuid, name, website, locality) of every stakeholder not archived."""
    return decoded(connection.execute(
        "SELECT uuid, name, website, locality FROM stakeholder WHERE archived = FALSE"), read_uuid)


def peer_stakeholders(connection: Connection, peer: UUID) -> list[tuple[Any, ...]]:
    """(uuid, name, kind, website, locality, description, topic ids) of what the peer
    shares now."""
    return decoded(connection.execute(
        "SELECT ps.uuid, ps.name, ps.kind, ps.website, ps.locality, ps.description, "
        "ps.topic_ids FROM peer_stakeholder ps JOIN city c ON c.id = ps.city_id "
        "WHERE c.uuid = ? AND ps.withdrawn_at IS NULL", (stored_uuid(peer),)),
        read_uuid, None, None, None, None, None, read_json)


def recent_briefs(connection: Connection, limit: int) -> list[tuple[Any, ...]]:
    """(id, kind, title, peer city name or "", path, created at, options), newest first."""
    return decoded(connection.execute(
        "SELECT b.id, b.kind, b.title, coalesce(c.name, ''), b.path, b.created_at, "
        "b.options FROM brief_record b LEFT JOIN city c ON c.id = b.peer_city_id "
        "ORDER BY b.created_at DESC, b.id DESC LIMIT ?", (limit,)),
        None, None, None, None, None, read_time, read_json)


def record_brief(connection: Connection, *, kind: str, title: str, peer: UUID | None,
                 path: str, options: dict[str, object], created_at: datetime) -> int:
    """Add a brief to the list (its peer city by UUID, when still known); its id."""
    peer_id = None
    if peer is not None:
        found = connection.execute("SELECT id FROM city WHERE uuid = ?",
                                   (stored_uuid(peer),)).fetchone()
        peer_id = found[0] if found else None
    return int(connection.execute(
        "INSERT INTO brief_record (kind, title, peer_city_id, path, created_at, options) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (kind, title, peer_id, path, stored_time(created_at), stored_json(options)),
    ).fetchone()[0])
