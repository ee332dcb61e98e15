"""Checks of who sent a bundle and whose records it carries, before any preview.

A bundle signed as our own city is no error to inspect (a sender checks what it
sends), but it never imports: :class:`OwnCityBundle`. A bundle signed as a city of
our directory under another id, or carrying records of another city, is refused.
"""

from __future__ import annotations

from rrr_desktop.messages import message
from rrr_desktop.models.queries import Connection, peer_records
from rrr_desktop.models.queries import bundle_import as queries
from rrr_desktop.services.exchange.container import BundleRejected, Sender
from rrr_desktop.services.exchange.content import BundleContent
from rrr_desktop.text import normalise


class OwnCityBundle(BundleRejected):
    def __init__(self, city: str) -> None:
        super().__init__("bundle.own_city", ask_again=False, city=city)


def is_our_city(connection: Connection, sender: Sender) -> bool:
    return queries.our_city_uuid(connection) == sender.city_uuid


def check_sender(connection: Connection, sender: Sender) -> list[str]:
    """Warnings about a peer sender; BundleRejected when it impersonates a known city."""
    warnings = []
    for name, country in queries.other_cities(connection, sender.city_uuid):
        if normalise(name) != normalise(sender.name):
            continue
        if country == sender.country_code:
            raise BundleRejected("bundle.impersonates", ask_again=False, sender=sender.name,
                                 country=sender.country_code, name=name)
        warnings.append(message("bundle.sender_namesake", sender=sender.name,
                                country=sender.country_code, name=name, known=country).text())
    return warnings


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
