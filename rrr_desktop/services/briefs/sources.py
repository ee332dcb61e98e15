"""Reads both briefs share: a city in short, the bundles behind peer data, the
history of bundles received and sent.

Plain SQL through ``Database.reading()``; the tables are those of migration 0004.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from uuid import UUID

from rrr_desktop.models.queries import Connection, bundle_log
from rrr_desktop.services.briefs.data_labels import DataLabels
from rrr_desktop.services.briefs.inputs import CitySummary, Exchange
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.dto import CityProfile

RECENT_EXCHANGES = 12


def city_summary(profile: CityProfile, names: DataLabels) -> CitySummary:
    return CitySummary(
        name=profile.name, country=names.country(profile.country_code),
        region=names.region(profile.region),
        population=profile.population,
        languages=tuple(map(names.language_name, profile.languages)),
        website=profile.website, summary=profile.summary)


def bundles_used(connection: Connection, senders: Iterable[UUID]) -> tuple[str, ...]:
    """"City — file — date" of the latest bundle still in force from each sender, by city.

    A peer's data in the database is what its latest import left there, so that is
    the bundle a printed brief can be traced back to.
    """
    wanted = set(senders)
    if not wanted:
        return ()
    latest: dict[UUID, tuple[str, str, datetime]] = {}
    for sender, name, file_name, created in bundle_log.imports_in_force(connection):
        if sender in wanted:
            latest[sender] = (name, file_name, created)
    found = sorted(latest.values(), key=lambda item: (item[0].casefold(), item[2]))
    return tuple(f"{name} — {file_name} — {created.date().isoformat()}"
                 for name, file_name, created in found)


def exchanges(connection: Connection, labels: Labels, *, sender: UUID | None = None,
              include_sent: bool = True, limit: int = RECENT_EXCHANGES) -> tuple[Exchange, ...]:
    """Bundles received (from ``sender`` only, when given) and sent, newest first."""
    found: list[tuple[datetime, Exchange]] = []
    for moment, name, file_name in bundle_log.received(connection, sender):
        found.append((moment, Exchange(moment.date(), name, labels(
            "received_bundle", city=name, file=file_name))))
    if include_sent:
        for moment, file_name in bundle_log.sent(connection):
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
