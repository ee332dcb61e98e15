"""Reads of the stakeholder register as the list page filters and sorts it: pages,
counts, a row's position, the filters' choices, the influence map and the export.

Every read selects its rows with :func:`_where` from a :class:`StakeholderFilter`,
so the list, the map and the export always agree on what a filter matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_day,
    read_flag,
    read_json,
    read_time,
    read_uuid,
    uuid_text,
)
from rrr_desktop.text import normalise


@dataclass(frozen=True)
class StakeholderFilter:
    """What the officer typed and picked; empty means no restriction."""

    search: str = ""  # every word must appear in search_text (codecs.SEARCHED_COLUMNS)
    kinds: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    district: str = ""
    owner: str = ""
    topic_id: str = ""
    sector: str = ""  # an ESSGlobal activity code, or a sector in words as imported
    persons: bool | None = None  # True: only people; False: only organisations
    due: str = ""  # one of DUE_FILTERS: what needs the officer's attention today
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


# Each sort ends with the columns of ix_stakeholder_register after name, then the id,
# so that sorting by name reads the index in order (no sort of every matching row).
# The folded name sorts byte by byte on both engines (its column's collation is "C" on
# PostgreSQL); {district} and {owner} are those columns ignoring case (Connection.nocase).
# The dates are the page's computed columns: SQLite sorts by their names, PostgreSQL
# only by a bare name, so there they are spelled out (_sorted_by).
# Blank values (no date, no score, no district) come last whichever way the column sorts.
SORTABLE = {
    "name": "s.sort_name {dir}, s.search_text {dir}",
    "kind": "s.kind {dir}",
    "stage": "s.stage {dir}",
    "district": "s.district = '', {district} {dir}",
    "owner": "s.owner = '', {owner} {dir}",
    "influence": "s.influence IS NULL, s.influence {dir}",
    "interest": "s.interest IS NULL, s.interest {dir}",
    "last_contact": "{last_contact} IS NULL, {last_contact} {dir}",
    "next_follow_up": "{next_follow_up} IS NULL, {next_follow_up} {dir}",
}
DUE_FILTERS = ("overdue", "review")  # open follow-ups past their date; reviews due by today
_PLAIN_SORTS = {"name", "kind", "stage", "district", "owner"}
_LAST_CONTACT = "(SELECT max(i.occurred_on) FROM interaction i WHERE i.stakeholder_id = s.id)"
_NEXT_FOLLOW_UP = ("(SELECT min(i.follow_up_on) FROM interaction i WHERE i.stakeholder_id = s.id "
                   "AND i.follow_up_done = FALSE)")
_PLACED = "s.influence IS NOT NULL AND s.interest IS NOT NULL"
# Knuth's multiplicative hash: an even, repeatable spread of ids.
_SAMPLE_ORDER = "(s.id * 2654435761) % 4294967296, s.id"
_PERSONAL = "(s.contact_person || s.email || s.phone) != ''"
_PERSONAL_COUNT = f"CASE WHEN {_PERSONAL} THEN 1 ELSE 0 END"


def _sectors_of_s(connection: Connection) -> str:
    """A table of the sectors of row ``s``, one ``value`` each (its JSON list unpacked)."""
    if connection.postgres:
        return "json_array_elements_text(s.sectors) AS value"
    return "json_each(s.sectors)"  # SQLite: json_each


def _where(connection: Connection, query: StakeholderFilter,
           condition: str = "") -> tuple[str, list[object]]:
    """The ``WHERE`` clause (on table alias ``s``) and its parameters for ``query``."""
    clauses: list[str] = []
    params: list[object] = []
    if not query.include_archived:
        clauses.append("s.archived = FALSE")
    for word in normalise(query.search).split():  # search_text is folded: no ILIKE needed
        clauses.append("s.search_text LIKE ? ESCAPE '\\'")
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    for column, values in (("s.kind", query.kinds), ("s.stage", query.stages)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(sorted(values))
    for column, value in (("s.district", query.district), ("s.owner", query.owner)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.topic_id:
        clauses.append("EXISTS (SELECT 1 FROM stakeholder_topic st "
                       "WHERE st.stakeholder_id = s.id AND st.topic_id = ?)")
        params.append(query.topic_id)
    if query.sector:
        clauses.append(f"EXISTS (SELECT 1 FROM {_sectors_of_s(connection)} WHERE value = ?)")
        params.append(query.sector)
    if query.persons is not None:
        clauses.append("s.is_person = ?")
        params.append(int(query.persons))
    if query.due == "overdue":
        clauses.append("EXISTS (SELECT 1 FROM interaction i WHERE i.stakeholder_id = s.id "
                       "AND i.follow_up_done = FALSE AND i.follow_up_on < ?)")
        params.append(date.today().isoformat())
    elif query.due == "review":
        clauses.append("s.review_due_on <= ?")
        params.append(date.today().isoformat())
    if condition:
        clauses.append(condition)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _sorted_by(connection: Connection, sort: str, direction: str) -> str:
    dated = ({"last_contact": _LAST_CONTACT, "next_follow_up": _NEXT_FOLLOW_UP}
             if connection.postgres else {"last_contact": "last_contact",
                                          "next_follow_up": "next_follow_up"})
    return SORTABLE[sort].format(dir=direction, district=connection.nocase("s.district"),
                                 owner=connection.nocase("s.owner"), **dated)


def _order(connection: Connection, query: StakeholderFilter) -> str:
    direction = "DESC" if query.descending else "ASC"
    order = _sorted_by(connection, query.sort if query.sort in SORTABLE else "name", direction)
    return f"{order}, s.id {direction}"


def stakeholder_count(connection: Connection, query: StakeholderFilter) -> int:
    where, params = _where(connection, query)
    return int(connection.execute(f"SELECT count(*) FROM stakeholder s{where}",
                                  params).fetchone()[0])


def stakeholder_page(connection: Connection, query: StakeholderFilter, offset: int,
                     limit: int) -> list[tuple[Any, ...]]:
    """Rows ``offset`` to ``offset + limit`` of the filtered, sorted register: (id, uuid,
    name, kind, stage, district, owner, tags, shareable, archived, is_person, influence,
    interest, last contact day, next open follow-up day, the name of a person's
    organisation or '')."""
    where, params = _where(connection, query)
    return decoded(connection.execute(
        "SELECT s.id, s.uuid, s.name, s.kind, s.stage, s.district, s.owner, s.tags, "
        "s.shareable, s.archived, s.is_person, s.influence, s.interest, "
        f"{_LAST_CONTACT} AS last_contact, {_NEXT_FOLLOW_UP} AS next_follow_up, "
        "coalesce((SELECT o.name FROM stakeholder o WHERE o.id = s.organisation_id), '') "
        f"FROM stakeholder s{where} ORDER BY {_order(connection, query)} LIMIT ? OFFSET ?",
        [*params, limit, offset]),
        None, read_uuid, None, None, None, None, None, read_json, read_flag, read_flag,
        read_flag, None, None, read_day, read_day, None)


def stakeholder_position(connection: Connection, query: StakeholderFilter,
                         stakeholder_id: int) -> int | None:
    """Where the stakeholder stands in the filtered, sorted register (0 = first), or
    ``None`` when the filter leaves it out, without reading every row before it."""
    where, params = _where(connection, query)
    dated = {"last_contact": _LAST_CONTACT, "next_follow_up": _NEXT_FOLLOW_UP}
    extra = ", ".join(f"{dated[query.sort] if query.sort == name else 'NULL'} AS {name}"
                      for name in dated)
    found = connection.execute(
        "SELECT position FROM (SELECT s.id, "
        f"row_number() OVER (ORDER BY {_order(connection, query)}) - 1 AS position "
        "FROM (SELECT s.id, s.sort_name, s.search_text, s.kind, s.stage, s.district, "
        f"s.owner, s.influence, s.interest, {extra} FROM stakeholder s{where}) AS s) "
        "AS ranked WHERE id = ?", [*params, stakeholder_id]).fetchone()
    return None if found is None else int(found[0])


def topics_in_use(connection: Connection) -> list[tuple[str, str]]:
    """(topic id, label) of the topics some stakeholder has, by label ignoring case."""
    return connection.execute(
        "SELECT t.id, t.label FROM topic t WHERE EXISTS (SELECT 1 FROM stakeholder_topic "
        f"st WHERE st.topic_id = t.id) ORDER BY {connection.nocase('t.label')}").fetchall()


def sectors_in_use(connection: Connection) -> list[str]:
    """The distinct sectors some stakeholder has (codes, or words as imported)."""
    return [value for (value,) in connection.execute(
        f"SELECT DISTINCT value FROM stakeholder s, {_sectors_of_s(connection)}")]


def districts_and_owners_in_use(connection: Connection) -> tuple[list[str], list[str]]:
    """The distinct non-empty districts and owners, each by text ignoring case."""
    districts, owners = ([value for (value,) in connection.execute(
        f"SELECT {column} FROM stakeholder WHERE {column} != '' GROUP BY {column} "
        f"ORDER BY {connection.nocase(column)}")] for column in ("district", "owner"))
    return districts, owners


def detail_row(connection: Connection, stakeholder_id: int) -> tuple[Any, ...] | None:
    """(id, name, kind, stage, is_person, organisation name, sectors, district, address,
    locality, postcode, country code, website, description, tags, owner, influence,
    interest, trust, next contact on, review due on, archived, shareable, contact person,
    email, phone, consent given, consent on, consent source, changed by, updated at) of one
    stakeholder."""
    found = decoded(connection.execute(
        "SELECT s.id, s.name, s.kind, s.stage, s.is_person, coalesce(o.name, ''), s.sectors, "
        "s.district, s.address, s.locality, s.postcode, s.country_code, s.website, "
        "s.description, s.tags, s.owner, s.influence, s.interest, s.trust, s.next_contact_on, "
        "s.review_due_on, s.archived, s.shareable, s.contact_person, s.email, s.phone, "
        "s.consent_given, s.consent_on, s.consent_source, s.changed_by, s.updated_at "
        "FROM stakeholder s "
        "LEFT JOIN stakeholder o ON o.id = s.organisation_id WHERE s.id = ?",
        (stakeholder_id,)),
        None, None, None, None, read_flag, None, read_json, None, None, None, None, None, None,
        None, read_json, None, None, None, None, read_day, read_day, read_flag, read_flag,
        None, None, None, read_flag, read_day, None, None, read_time)
    return found[0] if found else None


def topics_of(connection: Connection, stakeholder_id: int) -> list[tuple[str, str]]:
    """(topic id, label) of one stakeholder's topics, by label."""
    return [(topic_id, label) for topic_id, label in connection.execute(
        "SELECT t.id, t.label FROM stakeholder_topic st JOIN topic t ON t.id = st.topic_id "
        "WHERE st.stakeholder_id = ? ORDER BY t.label", (stakeholder_id,))]


def people_of(connection: Connection, organisation_id: int) -> list[tuple[int, str]]:
    """(id, name) of the organisation's people still in the register, by name."""
    return [(int(person), str(name)) for person, name in connection.execute(
        "SELECT id, name FROM stakeholder WHERE organisation_id = ? AND archived = FALSE "
        "ORDER BY sort_name, id", (organisation_id,))]


def interactions_of(connection: Connection, stakeholder_id: int) -> list[tuple[Any, ...]]:
    """(occurred on, kind, notes, follow-up on, follow-up done), latest first."""
    return decoded(connection.execute(
        "SELECT occurred_on, kind, notes, follow_up_on, follow_up_done FROM interaction "
        "WHERE stakeholder_id = ? ORDER BY occurred_on DESC, id DESC", (stakeholder_id,)),
        read_day, None, None, read_day, read_flag)


@dataclass(frozen=True)
class MapCounts:
    """The influence map's aggregates and dots over the rows a filter matches."""

    by_kind: dict[str, int]
    by_stage: dict[str, int]
    cells: list[tuple[int, int, int]]  # (influence, interest, count), non-empty cells
    points: list[tuple[Any, ...]]  # (id, name, influence, interest, stage, kind)


def map_counts(connection: Connection, query: StakeholderFilter, point_limit: int) -> MapCounts:
    """Counts over every matching row; dots for up to ``point_limit`` placed ones, an
    even, repeatable sample (by a hash of the id) when there are more."""
    where, params = _where(connection, query)
    placed_where, placed_params = _where(connection, query, _PLACED)
    return MapCounts(
        by_kind=dict(connection.execute(
            f"SELECT s.kind, count(*) FROM stakeholder s{where} GROUP BY s.kind", params)),
        by_stage=dict(connection.execute(
            f"SELECT s.stage, count(*) FROM stakeholder s{where} GROUP BY s.stage", params)),
        cells=connection.execute(
            f"SELECT s.influence, s.interest, count(*) FROM stakeholder s{placed_where} "
            "GROUP BY s.influence, s.interest ORDER BY s.influence, s.interest",
            placed_params).fetchall(),
        points=connection.execute(
            f"SELECT s.id, s.name, s.influence, s.interest, s.stage, s.kind "
            f"FROM stakeholder s{placed_where} ORDER BY {_SAMPLE_ORDER} LIMIT ?",
            [*placed_params, point_limit]).fetchall())


def personal_data_counts(connection: Connection,
                         query: StakeholderFilter) -> tuple[int, int, int]:
    """(matching rows, of those with personal data, of those with consent recorded)."""
    where, params = _where(connection, query)
    rows, with_personal, consented = connection.execute(
        f"SELECT count(*), coalesce(sum({_PERSONAL_COUNT}), 0), "
        f"coalesce(sum(CASE WHEN {_PERSONAL} AND s.consent_given THEN 1 ELSE 0 END), 0) "
        f"FROM stakeholder s{where}",
        params).fetchone()
    return int(rows), int(with_personal), int(consented)


# Export columns computed from others; every other column is read as it is stored.
_COMPUTED = {
    "organisation": "CASE WHEN s.is_person THEN coalesce((SELECT o.name FROM stakeholder o "
                    "WHERE o.id = s.organisation_id), '') ELSE '' END",
    # SQLite: json_group_array over an ordered sub-select; _POSTGRES_LISTS for the team's.
    "topic_ids": "(SELECT json_group_array(topic_id) FROM (SELECT st.topic_id FROM "
                 "stakeholder_topic st WHERE st.stakeholder_id = s.id ORDER BY st.topic_id))",
}
_POSTGRES_LISTS = {
    "topic_ids": "(SELECT coalesce(json_agg(st.topic_id ORDER BY st.topic_id), '[]') FROM "
                 "stakeholder_topic st WHERE st.stakeholder_id = s.id)",
}
EXPORT_LISTS = frozenset({"tags", "sectors", "topic_ids"})


def export_rows(connection: Connection, query: StakeholderFilter,
                columns: Sequence[str]) -> list[tuple[Any, ...]]:
    """The values of ``columns`` (stakeholder columns, "organisation" for a person's
    organisation name, "topic_ids" for its topics) of every matching row, then its
    consent flag and whether it holds personal data. Sorted as the page sorts, but by
    name for the page's sorts by interaction dates. Lists come decoded and UUIDs as text."""
    where, params = _where(connection, query)
    direction = "DESC" if query.descending else "ASC"
    order = _sorted_by(connection, query.sort if query.sort in _PLAIN_SORTS else "name",
                       direction)
    computed = {**_COMPUTED, **_POSTGRES_LISTS} if connection.postgres else _COMPUTED
    names = ", ".join(computed.get(column, f"s.{column}") for column in columns)
    decoders = [read_json if column in EXPORT_LISTS else uuid_text if column == "uuid"
                else None for column in columns]
    return decoded(connection.execute(
        f"SELECT {names}, s.consent_given, {_PERSONAL} FROM stakeholder s{where} "
        f"ORDER BY {order}, s.id", params),
        *decoders, read_flag, read_flag)
