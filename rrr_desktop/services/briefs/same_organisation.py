"""Whether a stakeholder a peer city sent is an organisation of our own register.

Only what identifies an organisation counts: the same record (its UUID, when it came
from one of our bundles or went to them in one), the same website where a host and
path name one organisation (a page on a shared platform such as facebook.com/x, never
the bare platform), or the same name in the same locality. Two organisations that
merely both have a Facebook page are not the same one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from uuid import UUID

from rrr_desktop.services.stakeholders.importing.websites import website_key
from rrr_desktop.text import normalise


class SameBy(Enum):
    RECORD = "record"
    WEBSITE = "website"
    NAME_AND_LOCALITY = "name_locality"


@dataclass(frozen=True)
class Organisation:
    uuid: UUID
    name: str
    website: str = ""
    locality: str = ""


@dataclass(frozen=True)
class SameOrganisation:
    """``ours`` is our record the peer's one matched, ``by`` the evidence; ``detail``
    is the website key or the locality that matched ("" for the same record)."""

    ours: Organisation
    by: SameBy
    detail: str = ""


class OurRegister:
    """Our organisations, looked up by each identifying key."""

    def __init__(self, organisations: Iterable[Organisation]) -> None:
        self._by_uuid: dict[UUID, Organisation] = {}
        self._by_website: dict[str, Organisation] = {}
        self._by_name: dict[tuple[str, str], Organisation] = {}
        for organisation in organisations:
            self._by_uuid[organisation.uuid] = organisation
            if key := website_key(organisation.website):
                self._by_website.setdefault(key, organisation)
            if name_key := _name_and_locality(organisation):
                self._by_name.setdefault(name_key, organisation)

    def find(self, theirs: Organisation) -> SameOrganisation | None:
        """Our organisation that ``theirs`` is, on the strongest evidence, or None."""
        if ours := self._by_uuid.get(theirs.uuid):
            return SameOrganisation(ours, SameBy.RECORD)
        key = website_key(theirs.website)
        if key and (ours := self._by_website.get(key)):
            return SameOrganisation(ours, SameBy.WEBSITE, key)
        name_key = _name_and_locality(theirs)
        if name_key and (ours := self._by_name.get(name_key)):
            return SameOrganisation(ours, SameBy.NAME_AND_LOCALITY, theirs.locality.strip())
        return None


def _name_and_locality(organisation: Organisation) -> tuple[str, str] | None:
    """Name and locality, normalised; None when either is missing (a name alone is
    shared by too many: "Repair Café" exists in hundreds of towns)."""
    name, locality = normalise(organisation.name), normalise(organisation.locality)
    return (name, locality) if name and locality else None
