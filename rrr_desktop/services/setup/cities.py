"""Choose our city: a shipped peer city, or a new one. (Reading is in ``directory``.)"""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import City
from rrr_desktop.services import reference
from rrr_desktop.services.dto import CityProfile, NewCity
from rrr_desktop.services.profile.translations import guessed_text_language
from rrr_desktop.services.setup import directory
from rrr_desktop.text import normalise

ENTERED_BY_THE_CITY = "Entered by the city"  # the source of a profile our city wrote itself


class OurCityAlreadyChosen(RejectedInput):
    def __init__(self, current: str) -> None:
        self.current = current
        super().__init__("city.already_chosen", current=current)


def choose_seeded_city(db: Database, city_uuid: UUID) -> CityProfile:
    """Make the shipped record of a peer city ours (same UUID in every installation)."""
    with db.session() as session:
        _refuse_if_chosen(session, city_uuid)
        city = session.scalar(select(City).where(City.uuid == city_uuid))
        if city is None:
            raise RejectedInput("city.unknown_id", uuid=city_uuid)
        city.is_ours = True
    return _require_our_city(db)


def create_our_city(db: Database, new_city: NewCity) -> CityProfile:
    """Add a city that does not ship with the app and make it ours."""
    name = " ".join(new_city.name.split())
    if not name:
        raise RejectedInput("city.name_empty", field="name")
    if len(name) > 200:
        raise RejectedInput("city.name_too_long", field="name", limit=200)
    country = reference.check_country(new_city.country_code)
    language = reference.check_language(new_city.language)
    with db.session() as session:
        _refuse_if_chosen(session, None)
        session.add(City(name=name, country_code=country, languages=[language], is_ours=True,
                         profile_source=ENTERED_BY_THE_CITY,
                         text_language=guessed_text_language([language])))
    return _require_our_city(db)


def init_our_city(db: Database, name: str, country: str | None,
                  language: str | None) -> tuple[CityProfile, bool]:
    """The command line's ``init``: pick the shipped city by name, or create a new one.

    Returns the city and whether it was already ours. A name matches a shipped
    city regardless of case and accents (``montreal`` is Montréal); the country,
    when given, must match too, since two cities can share a name (Guadalajara
    is in Mexico and in Spain).
    """
    country_code = reference.check_country(country) if country else None
    with db.session() as session:
        matches = [c for c in session.scalars(select(City))
                   if normalise(c.name) == normalise(name)
                   and country_code in (None, c.country_code)]
        current = session.scalar(select(City).where(City.is_ours))
    if current is not None and current.uuid in {c.uuid for c in matches}:
        return _require_our_city(db), True
    if len(matches) > 1:
        options = ", ".join(sorted(c.country_code for c in matches))
        raise RejectedInput("city.ambiguous", field="country", name=name, options=options)
    if matches:
        return choose_seeded_city(db, matches[0].uuid), False
    if country_code is None:
        raise RejectedInput("city.not_shipped", field="country", name=name)
    return create_our_city(db, NewCity(name, country_code, language or "en")), False


def _refuse_if_chosen(session: Session, city_uuid: UUID | None) -> None:
    current = session.scalar(select(City).where(City.is_ours))
    if current is not None and current.uuid != city_uuid:
        raise OurCityAlreadyChosen(current.name)


def _require_our_city(db: Database) -> CityProfile:
    city = directory.our_city(db)
    assert city is not None, "our city was just chosen"
    return city
