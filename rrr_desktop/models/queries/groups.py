"""Working groups shared between cities: the groups, their members, meetings, actions
and members' notes, read for the group page, the briefs and bundles, and written by
bundle imports (and their undo).

Writers take the state a bundle carries (revision, time and source as stored) and
insert or update by UUID (``INSERT ... ON CONFLICT``, which PostgreSQL has too).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_day,
    read_json,
    read_time,
    read_uuid,
    stored_json,
    stored_json_list,
    stored_time,
    stored_uuid,
)

GROUP_COLUMNS = ("g.id", "g.uuid", "g.revision", "g.created_at", "g.updated_at", "g.name",
                 "g.topic_ids", "g.purpose", "g.stage", "g.notes", "c.uuid", "c.name",
                 "g.source_bundle_id", "g.withdrawn_at", "k.looked_at")


def groups(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, uuid, revision, created at, updated at, name, topic ids, purpose, stage, our
    notes, lead city UUID or None, lead city name or None, source bundle id, withdrawn at,
    when we last looked) of every group."""
    return decoded(connection.execute(
        f"SELECT {', '.join(GROUP_COLUMNS)} FROM working_group g "
        "LEFT JOIN city c ON c.id = g.lead_city_id "
        "LEFT JOIN working_group_look k ON k.group_id = g.id ORDER BY g.name, g.id"),
        None, read_uuid, None, read_time, read_time, None, read_json, None, None, None,
        read_uuid, None, None, read_time, read_time)


def members(connection: Connection) -> list[tuple[Any, ...]]:
    """(group id, city UUID, city name, country code, contact office, is ours, reason) in
    each group's order."""
    return decoded(connection.execute(
        "SELECT m.group_id, c.uuid, c.name, c.country_code, c.contact_office, c.is_ours, "
        "m.reason FROM working_group_member m JOIN city c ON c.id = m.city_id "
        "ORDER BY m.group_id, m.position, c.name"), None, read_uuid, None, None, None,
        bool)


def meetings(connection: Connection) -> list[tuple[Any, ...]]:
    """(group id, uuid, revision, updated at, starts at, time zone, minutes long, place,
    link, agenda, minutes, decisions, sequence, source bundle id), earliest first."""
    return decoded(connection.execute(
        "SELECT group_id, uuid, revision, updated_at, starts_at, time_zone, "
        "duration_minutes, place, link, agenda, minutes, decisions, sequence, "
        "source_bundle_id FROM working_group_meeting ORDER BY starts_at, id"),
        None, read_uuid, None, read_time, read_time, None, None, None, None, read_json, None,
        read_json)


def actions(connection: Connection) -> list[tuple[Any, ...]]:
    """(group id, uuid, revision, updated at, owner UUID, owner name, title, due on,
    status, notes, source bundle id), by due date (none last), then title."""
    return decoded(connection.execute(
        "SELECT a.group_id, a.uuid, a.revision, a.updated_at, c.uuid, c.name, a.title, "
        "a.due_on, a.status, a.notes, a.source_bundle_id FROM working_group_action a "
        "JOIN city c ON c.id = a.owner_city_id "
        "ORDER BY a.due_on IS NULL, a.due_on, a.title, a.id"),
        None, read_uuid, None, read_time, read_uuid, None, None, read_day)


def notes(connection: Connection) -> list[tuple[Any, ...]]:
    """(group id, uuid, revision, updated at, city UUID, city name, text, source bundle
    id) of the members' notes."""
    return decoded(connection.execute(
        "SELECT n.group_id, n.uuid, n.revision, n.updated_at, c.uuid, c.name, n.text, "
        "n.source_bundle_id FROM working_group_note n JOIN city c ON c.id = n.city_id "
        "ORDER BY n.group_id, c.name"), None, read_uuid, None, read_time, read_uuid)


def bundle_senders(connection: Connection) -> dict[int, tuple[Any, ...]]:
    """Bundle import id -> (file name, sender UUID, sender name, created at, imported at)."""
    return {row[0]: row[1:] for row in decoded(connection.execute(
        "SELECT id, file_name, sender_uuid, sender_name, bundle_created_at, imported_at "
        "FROM bundle_import"), None, None, read_uuid, None, read_time, read_time)}


def city_ids(connection: Connection) -> dict[UUID, int]:
    """City UUID -> id, for every city in the directory."""
    return {uuid: city_id for city_id, uuid in decoded(
        connection.execute("SELECT id, uuid FROM city"), None, read_uuid)}


# --- writes of a bundle import (and of its undo) ----------------------------------------


def write_group(connection: Connection, group_uuid: UUID, state: Mapping[str, Any], *,
                lead_city_id: int | None, member_ids: Sequence[int], now: datetime) -> int:
    """Insert or update the group ``group_uuid`` with a bundle's ``state`` and replace its
    members (in order); our own notes and reasons for members kept are kept."""
    fields = state["fields"]
    values = (fields["name"], stored_json_list(fields["topics"]), fields["purpose"],
              fields["stage"], lead_city_id, state["revision"], state["updated_at"],
              state["source_bundle_id"], state.get("withdrawn_at"))
    connection.execute(
        "INSERT INTO working_group (uuid, name, topic_ids, purpose, stage, lead_city_id, "
        "revision, updated_at, source_bundle_id, withdrawn_at, notes, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?) ON CONFLICT (uuid) DO UPDATE SET "
        "name = excluded.name, topic_ids = excluded.topic_ids, purpose = excluded.purpose, "
        "stage = excluded.stage, lead_city_id = excluded.lead_city_id, "
        "revision = excluded.revision, updated_at = excluded.updated_at, "
        "source_bundle_id = excluded.source_bundle_id, withdrawn_at = excluded.withdrawn_at",
        (stored_uuid(group_uuid), *values, stored_time(now)))
    group_id = group_id_of(connection, group_uuid)
    assert group_id is not None
    reasons = dict(connection.execute(
        "SELECT city_id, reason FROM working_group_member WHERE group_id = ?", (group_id,)))
    connection.execute("DELETE FROM working_group_member WHERE group_id = ?", (group_id,))
    connection.executemany(
        "INSERT INTO working_group_member (group_id, city_id, position, reason) "
        "VALUES (?, ?, ?, ?)",
        [(group_id, city_id, position, reasons.get(city_id, ""))
         for position, city_id in enumerate(member_ids)])
    return group_id


def group_id_of(connection: Connection, group_uuid: UUID) -> int | None:
    row = connection.execute("SELECT id FROM working_group WHERE uuid = ?",
                             (stored_uuid(group_uuid),)).fetchone()
    return None if row is None else int(row[0])


def write_meeting(connection: Connection, meeting_uuid: UUID, *, group_id: int,
                  state: Mapping[str, Any], now: datetime) -> None:
    fields = state["fields"]
    connection.execute(
        "INSERT INTO working_group_meeting (uuid, group_id, starts_at, time_zone, "
        "duration_minutes, place, link, agenda, minutes, decisions, sequence, revision, "
        "updated_at, source_bundle_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE "
        "SET group_id = excluded.group_id, starts_at = excluded.starts_at, "
        "time_zone = excluded.time_zone, duration_minutes = excluded.duration_minutes, "
        "place = excluded.place, link = excluded.link, agenda = excluded.agenda, "
        "minutes = excluded.minutes, decisions = excluded.decisions, "
        "sequence = excluded.sequence, revision = excluded.revision, "
        "updated_at = excluded.updated_at, source_bundle_id = excluded.source_bundle_id",
        (stored_uuid(meeting_uuid), group_id,
         stored_time(datetime.fromisoformat(fields["starts_at"])), fields["time_zone"],
         fields["duration_minutes"], fields["place"], fields["link"],
         stored_json(fields["agenda"]), fields["minutes"], stored_json(fields["decisions"]),
         fields["sequence"], state["revision"], state["updated_at"], state["source_bundle_id"],
         stored_time(now)))


def write_action(connection: Connection, action_uuid: UUID, *, group_id: int,
                 owner_city_id: int, state: Mapping[str, Any], now: datetime) -> None:
    fields = state["fields"]
    connection.execute(
        "INSERT INTO working_group_action (uuid, group_id, owner_city_id, title, due_on, "
        "status, notes, revision, updated_at, source_bundle_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
        "group_id = excluded.group_id, owner_city_id = excluded.owner_city_id, "
        "title = excluded.title, due_on = excluded.due_on, status = excluded.status, "
        "notes = excluded.notes, revision = excluded.revision, "
        "updated_at = excluded.updated_at, source_bundle_id = excluded.source_bundle_id",
        (stored_uuid(action_uuid), group_id, owner_city_id, fields["title"], fields["due_on"],
         fields["status"], fields["notes"], state["revision"], state["updated_at"],
         state["source_bundle_id"], stored_time(now)))


def write_note(connection: Connection, note_uuid: UUID, *, group_id: int, city_id: int,
               state: Mapping[str, Any], now: datetime) -> None:
    connection.execute(
        "INSERT INTO working_group_note (uuid, group_id, city_id, text, revision, "
        "updated_at, source_bundle_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET text = excluded.text, "
        "revision = excluded.revision, updated_at = excluded.updated_at, "
        "source_bundle_id = excluded.source_bundle_id",
        (stored_uuid(note_uuid), group_id, city_id, state["fields"]["text"],
         state["revision"], state["updated_at"], state["source_bundle_id"], stored_time(now)))


RECORD_TABLES = {"group": "working_group", "meeting": "working_group_meeting",
                 "action": "working_group_action", "group_note": "working_group_note"}


def delete_record(connection: Connection, entity: str, record_uuid: UUID) -> None:
    """Delete one group, meeting, action or note by UUID (a group takes its own along)."""
    connection.execute(f"DELETE FROM {RECORD_TABLES[entity]} WHERE uuid = ?",
                       (stored_uuid(record_uuid),))


def delete_from_bundles(connection: Connection, import_ids: Sequence[int]) -> None:
    """Delete the meetings, actions and notes that came from these bundles, and mark the
    groups that came from them withdrawn (our actions and notes in them stay)."""
    marks = ", ".join("?" * len(import_ids))
    for table in ("working_group_meeting", "working_group_action", "working_group_note"):
        connection.execute(f"DELETE FROM {table} WHERE source_bundle_id IN ({marks})",
                           tuple(import_ids))
    connection.execute(
        "UPDATE working_group SET withdrawn_at = coalesce(withdrawn_at, updated_at) "
        f"WHERE source_bundle_id IN ({marks})", tuple(import_ids))


def mark_looked(connection: Connection, group_id: int, when: datetime) -> None:
    connection.execute(
        "INSERT INTO working_group_look (group_id, looked_at) VALUES (?, ?) "
        "ON CONFLICT (group_id) DO UPDATE SET looked_at = excluded.looked_at",
        (group_id, stored_time(when)))
