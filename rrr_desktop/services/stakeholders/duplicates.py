"""Stakeholders that may be the one being typed: same email, website or name.

Called on every pause in typing, so each check is an indexed lookup (a few
milliseconds on 100,000 records): the email by equality, the website by the ranges
of addresses that start with its host and path, the name by equality or prefix of the folded
name (``sort_name``, accent- and case-insensitive). Websites and names are compared
the way the importer matches rows (:mod:`stakeholder_matching`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import stakeholders as queries
from rrr_desktop.models.queries.stakeholders import Similar
from rrr_desktop.services.stakeholders.importing.matching import match_keys
from rrr_desktop.services.stakeholders.importing.websites import is_shared_host, website_key
from rrr_desktop.text import normalise

MIN_PREFIX = 4  # a shorter name start matches too much to be a warning
# A website that more records give is a shared host (an agency, a platform): it says nothing.
SHARED_WEBSITE = 3
# Reasons, strongest first; the views translate them.
SAME_EMAIL, SAME_WEBSITE, SAME_NAME, SIMILAR_NAME = ("email", "website", "name",
                                                     "name_start")


@dataclass(frozen=True)
class SimilarStakeholder:
    id: int
    name: str
    is_person: bool
    archived: bool
    reasons: tuple[str, ...]  # SAME_EMAIL, SAME_WEBSITE, SAME_NAME or SIMILAR_NAME


def _by_email(connection: Connection, email: str, limit: int) -> list[Similar]:
    return queries.with_email(connection, email, limit)


def _by_website(connection: Connection, key: str, limit: int) -> list[Similar]:
    """Addresses starting with the host (and the path, but on shared hosts, where its case
    does not count), in any of the usual forms, then compared by key; none if more than
    :data:`SHARED_WEBSITE` records give it."""
    host = key.split("/", 1)[0]
    prefix = host if is_shared_host(host) else key
    found: list[Similar] = []
    for scheme in ("https://", "http://", "https://www.", "http://www."):
        found += queries.with_website_starting(connection, scheme + prefix,
                                               limit + SHARED_WEBSITE)
    same = [row for row in found if website_key(row[4]) == key]
    return same[:limit] if len(same) <= SHARED_WEBSITE else []


def _by_name(connection: Connection, folded: str, limit: int) -> list[Similar]:
    """Same folded name first, then names that start with it (if long enough)."""
    return queries.with_sort_name(connection, folded, limit, prefix=len(folded) >= MIN_PREFIX)


def similar_stakeholders(db: Database, name: str, website: str = "", email: str = "",
                         *, exclude_id: int | None = None,
                         limit: int = 5) -> list[SimilarStakeholder]:
    """Up to ``limit`` stakeholders that may be the same, strongest reasons first."""
    keys = match_keys("", "", website, email, name)
    folded = normalise(name)
    found: dict[int, tuple[Similar, list[str]]] = {}
    with db.reading() as connection:
        lookups = [(SAME_EMAIL, _by_email, keys["email"]),
                   (SAME_WEBSITE, _by_website, keys["website"]),
                   (SAME_NAME, _by_name, folded)]
        for reason, lookup, key in lookups:
            if not key:
                continue
            for row in lookup(connection, key, limit + 1):
                if row[0] == exclude_id:
                    continue
                why = reason if reason != SAME_NAME or row[5] == folded else SIMILAR_NAME
                found.setdefault(row[0], (row, []))[1].append(why)
    ranked = sorted(found.values(), key=lambda item: -len(item[1]))
    return [SimilarStakeholder(row[0], row[1], bool(row[2]), bool(row[3]), tuple(reasons))
            for row, reasons in ranked[:limit]]
