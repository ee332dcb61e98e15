"""Reads both briefs share: a city in short, the bundles behind peer data, the
history of bundles received and sent.

Plain SQL through ``Database.reading()``; the tables are those of migration 0004.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from uuid import UUID

from rrr_desktop.services import reference
from rrr_desktop.services.briefs.inputs import CitySummary, Exchange
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.dto import CityProfile

RECENT_EXCHANGES = 12


def city_summary(profile: CityProfile) -> CitySummary:
    return CitySummary(
        name=profile.name, country=profile.country_name, region=profile.region,
        population=profile.population,
        languages=tuple(reference.language_name(code) for code in profile.languages),
        website=profile.website, summary=profile.summary)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def bundles_used(connection: sqlite3.Connection, senders: Iterable[UUID]) -> tuple[str, ...]:
    """"City — file — date" of the latest bundle still in force from each sender, by city.

    A peer's data in the database is what its latest import left there, so that is
    the bundle a printed brief can be traced back to.
    """
    wanted = {sender.hex for sender in senders}
    if not wanted:
        return ()
    latest: dict[str, tuple[str, str, str]] = {}
    for sender, name, file_name, created in connection.execute(
            "SELECT sender_uuid, sender_name, file_name, bundle_created_at FROM bundle_import "
            "WHERE undone_at IS NULL ORDER BY bundle_created_at, id"):
        if sender in wanted:
            latest[sender] = (name, file_name, created)
    found = sorted(latest.values(), key=lambda item: (item[0].casefold(), item[2]))
    return tuple(f"{name} — {file_name} — {_moment(created).date().isoformat()}"
                 for name, file_name, created in found)


def exchanges(connection: sqlite3.Connection, labels: Labels, *, sender: UUID | None = None,
              include_sent: bool = True, limit: int = RECENT_EXCHANGES) -> tuple[Exchange, ...]:
    """Bundles received (from ``sender`` only, when given) and sent, newest first."""
    found: list[tuple[datetime, Exchange]] = []
    query = "SELECT imported_at, sender_name, file_name FROM bundle_import WHERE undone_at IS NULL"
    params: list[object] = []
    if sender is not None:
        query += " AND sender_uuid = ?"
        params.append(sender.hex)
    for imported_at, name, file_name in connection.execute(query, params):
        moment = _moment(imported_at)
        found.append((moment, Exchange(moment.date(), name, labels(
            "received_bundle", city=name, file=file_name))))
    if include_sent:
        for created_at, file_name in connection.execute(
                "SELECT created_at, file_name FROM bundle_export"):
            moment = _moment(created_at)
            found.append((moment, Exchange(moment.date(), "", labels("sent_bundle",
                                                                     file=file_name))))
    found.sort(key=lambda item: item[0], reverse=True)
    return tuple(exchange for _, exchange in found[:limit])


def first_line(text: str, length: int) -> str:
    """The first line of a free text, shortened with "…" to ``length`` characters."""
    line = next(iter(text.strip().splitlines()), "")
    return line if len(line) <= length else line[:length - 1] + "…"


def today_of(now: datetime) -> date:
    """The day follow-ups are overdue against: ``now`` in local time."""
    return now.astimezone().date() if now.tzinfo else now.date()
