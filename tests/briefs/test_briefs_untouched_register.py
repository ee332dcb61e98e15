"""A brief of a register nobody has rated, engaged or contacted yet names no "key
stakeholders" (they would be the first names of the alphabet): it says so in one
sentence in the brief's language; the register is counted by kind (in the charts, or
there when the charts are left out)."""

from __future__ import annotations

import io
import uuid

import pytest

from rrr_desktop.messages import message_text
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.briefs.gather import city_brief_data
from rrr_desktop.services.briefs.options import LANGUAGES, BriefOptions, CitySection
from rrr_desktop.services.briefs.render import render_city_brief
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from tests.briefs.test_briefs_gather import NOW, text_of
from tests.factories import SEED_UUIDS


def untouched(home: Home) -> None:
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    with home.db.session() as session:
        session.add_all([Stakeholder(name=f"Aardvark Co-op {n}", kind=StakeholderKind.COOPERATIVE)
                         for n in range(3)]
                        + [Stakeholder(name="Abacus Association",
                                       kind=StakeholderKind.ASSOCIATION)])


def brief_text(home: Home, language: str, sections: frozenset[str] = frozenset()) -> str:
    options = BriefOptions(language=language, sections=sections)
    buffer = io.BytesIO()
    render_city_brief(city_brief_data(home.db, options, NOW), options, buffer)
    return " ".join(text_of(buffer.getvalue()).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_untouched_register_names_no_key_stakeholders(home: Home, language: str) -> None:
    untouched(home)
    text = brief_text(home, language)
    sentence = message_text("brief_text.nobody_stands_out", {}, language)
    assert " ".join(sentence.split()) in text
    assert "Aardvark" not in text and "Abacus" not in text


def test_without_the_charts_the_register_is_counted_by_kind_there(home: Home) -> None:
    untouched(home)
    charted = brief_text(home, "en")
    assert "Kind Number" not in charted  # the charts above count them
    text = brief_text(home, "en", frozenset({CitySection.KEY_STAKEHOLDERS}))
    assert "none can be singled out as key" in text
    assert "Kind Number Co-operative 3 Association / non-profit 1" in text


def test_once_one_is_rated_the_key_table_is_back(home: Home) -> None:
    untouched(home)
    with home.db.session() as session:
        session.add(Stakeholder(name="Zubia Housing", kind=StakeholderKind.COOPERATIVE,
                                influence=4, interest=5))
    text = brief_text(home, "en")
    assert "none can be singled out" not in text
    assert text.index("Zubia Housing") < text.index("Aardvark Co-op 0")
