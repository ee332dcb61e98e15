"""Checks of who sent a bundle and whose records it carries, before any preview.

A bundle signed as our own city is no error to inspect (a sender checks what it
sends), but it never imports: :class:`OwnCityBundle`. A bundle signed as a city of
our directory under another id (its name compared as :func:`name_key` does, so a
look-alike is the same name), signed by a key pinned for another city, or carrying
records of another city, is refused; a known city that changes its name or country
is a :class:`Rename` the officer must accept.
"""

from __future__ import annotations

from dataclasses import dataclass

from rrr_desktop.messages import message_text
from rrr_desktop.models.queries import Connection, peer_records
from rrr_desktop.models.queries import bundle_import as queries
from rrr_desktop.models.queries.identity import cities_pinned_to, known_cities
from rrr_desktop.services.exchange.container import BundleRejected, Sender
from rrr_desktop.services.exchange.container.keys import fingerprint
from rrr_desktop.services.exchange.content import BundleContent
from rrr_desktop.services.exchange.records import HeldCity
from rrr_desktop.services.peers.identity import name_key


class OwnCityBundle(BundleRejected):
    def __init__(self, city: str) -> None:
        super().__init__("bundle.own_city", ask_again=False, city=city)


def is_our_city(connection: Connection, sender: Sender) -> bool:
    return queries.our_city_uuid(connection) == sender.city_uuid


@dataclass(frozen=True)
class Rename:
    """A known city whose bundle gives it another name or country: the officer decides."""

    old_name: str
    old_country: str
    new_name: str
    new_country: str


def check_identity(connection: Connection, sender: Sender, public_key: bytes,
                   held: HeldCity | None) -> tuple[list[str], Rename | None]:
    """Warnings about a peer sender, and its rename if it changed name or country.

    BundleRejected when its key is pinned for another city, or when its name (compared
    by :func:`name_key`, so look-alikes collide) and country are those of another city
    of the directory or of ours: both fingerprints are named.
    """
    others = cities_pinned_to(connection, public_key, sender.city_uuid)
    if others:
        raise BundleRejected("bundle.key_of_other_city", ask_again=False, name=sender.name,
                             fingerprint=fingerprint(public_key), other=", ".join(others))
    key, shown = name_key(sender.name), fingerprint(public_key)
    warnings = []
    for city in known_cities(connection):
        if city.uuid == sender.city_uuid or name_key(city.name) != key:
            continue
        if city.is_ours:
            raise BundleRejected("bundle.name_of_our_city", ask_again=False, name=sender.name,
                                 ours=city.name,
                                 fingerprint=shown)
        if city.country_code == sender.country_code:
            raise BundleRejected("bundle.name_collision", ask_again=False, name=sender.name,
                                 country=sender.country_code, known=city.name,
                                 fingerprint=shown,
                                 known_fingerprint=city.fingerprint or "-")
        warnings.append(message_text("bundle.same_name_other_country", {
            "name": sender.name, "country": sender.country_code, "known": city.name,
            "known_country": city.country_code}))
    rename = None
    if held is not None:
        old_name, old_country = held.record.title, held.record.fields.get("country_code", "")
        if name_key(old_name) != key or old_country != sender.country_code:
            rename = Rename(old_name, old_country, sender.name, sender.country_code)
    return warnings, rename


def refuse_foreign_records(connection: Connection, content: BundleContent, city_id: int | None
                           ) -> None:
    for entity, member, found in (("practice", "practices", content.practices),
                                  ("stakeholder", "stakeholders", content.stakeholders)):
        if not found:
            continue
        owner = peer_records.foreign_owner(connection, entity, (r.uuid for r in found), city_id)
        if owner is not None:
            index = next(i for i, r in enumerate(found) if r.uuid == owner[0])
            raise BundleRejected("bundle.foreign_record", member=member, index=index,
                                 owner=owner[1])
