"""The briefs' fixed texts, defaults and options, without rendering."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.briefs.inputs import (
    CityBriefData,
    CitySummary,
    Count,
    PeerSuggestion,
    Provenance,
    TopicNote,
)
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.narrative import default_narrative
from rrr_desktop.services.briefs.options import LANGUAGES, BriefKind, BriefOptions


def test_every_language_writes_dates_with_its_month_names() -> None:
    day = date(2026, 12, 7)
    assert Labels("es").long_date(day) == "7 de diciembre de 2026"
    assert Labels("pl").long_date(day) == "7 grudnia 2026"
    assert Labels("pt").long_date(date(2026, 3, 1)) == "1º de março de 2026"
    assert Labels("fr").long_date(date(2026, 3, 1)) == "1er mars 2026"
    assert Labels("en").long_date(day) == "7 December 2026"
    assert Labels("pl").short_date(day) == "07.12.2026"
    assert Labels("en").short_date(day) == "2026-12-07"
    assert Labels("fr").moment(datetime(2026, 12, 7, 9, 5)) == "7 décembre 2026 à 09:05"
    for language in LANGUAGES:
        months = {Labels(language).long_date(date(2026, month, 1)) for month in range(1, 13)}
        assert len(months) == 12, language


def test_numbers_and_scores_follow_the_language() -> None:
    assert Labels("en").number(346405) == "346,405"
    assert Labels("fr").number(346405) == "346\u202f405"
    assert Labels("pt").number(7272) == "7.272"  # as the window writes it


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_are_written_as_the_window_writes_them(qapp: object, language: str) -> None:
    """A Portuguese brief said "7 272 atores" on one page where the window says 7.272."""
    from PySide6.QtCore import QLocale

    for value in (7, 272, 7272, 12345, 1234567):
        assert Labels(language).number(value) == QLocale(language).toString(value), value
    assert Labels("en").points(9.25) == "9.25"
    assert Labels("es").points(9.25) == "9,25"
    assert Labels("en").points(3.0) == "3"
    assert Labels("fr").points(1.756) == "1,76"


def test_default_narrative_uses_the_data_in_the_chosen_language() -> None:
    data = CityBriefData(
        city=CitySummary("Łódź"), provenance=Provenance(datetime(2026, 1, 1)),
        offers=(TopicNote("Energía comunitaria"),),
        peers=(PeerSuggestion("Montréal", "Canada", 0.5),
               PeerSuggestion("Gdańsk", "Poland", 0.9)))
    narrative = default_narrative(data, "es")
    assert "Łódź" in narrative.purpose
    assert "Ofrecemos experiencia en energía comunitaria." in narrative.background
    assert "Gdańsk, Montréal" in narrative.current_situation
    assert narrative.recommendation.startswith("Opción 2")
    empty = default_narrative(CityBriefData(CitySummary("Zürich"), data.provenance), "fr")
    assert empty.recommendation.startswith("Option 3")


@pytest.mark.parametrize(("language", "stakeholders", "overdue", "said"), [
    ("en", 1, 1, ["Our register holds 1 stakeholder.", "1 follow-up is overdue."]),
    ("en", 2, 5, ["Our register holds 2 stakeholders.", "5 follow-ups are overdue."]),
    ("fr", 1, 22, ["Notre registre compte 1 acteur.", "22 suivis sont en retard."]),
    ("pl", 22, 2, ["W naszym rejestrze są 22 interesariusze.",
                   "2 działania następcze są zaległe."]),
    ("pl", 5, 1, ["W naszym rejestrze jest 5 interesariuszy.",
                  "1 działanie następcze jest zaległe."]),
])
def test_the_default_narrative_counts_in_the_right_plural_form(
        language: str, stakeholders: int, overdue: int, said: list[str]) -> None:
    data = CityBriefData(city=CitySummary("Łódź"), provenance=Provenance(datetime(2026, 1, 1)),
                         by_kind=(Count("Co-operative", stakeholders),), overdue_count=overdue)
    assert default_narrative(data, language).current_situation == " ".join(said)


def test_unknown_language_or_section_is_refused_with_a_clear_message() -> None:
    with pytest.raises(RejectedInput, match="en, es, fr"):
        BriefOptions(language="de")
    with pytest.raises(RejectedInput, match="no section purpose"):
        BriefOptions(kind=BriefKind.PEER, sections=frozenset({"purpose"}))
    with pytest.raises(RejectedInput, match="A4 or Letter"):
        BriefOptions(paper="legal")  # type: ignore[arg-type]


def test_no_sections_chosen_means_all() -> None:
    options = BriefOptions()
    assert options.shows("purpose") and options.shows("exchanges")
    assert not BriefOptions(sections=frozenset({"purpose"})).shows("exchanges")


def test_reasons_and_codes_print_in_the_brief_language() -> None:
    from rrr_desktop.services.briefs.data_labels import DataLabels
    from rrr_desktop.services.peers.reasons import Criterion, Reason

    gap = Reason(Criterion.MATURITY_GAP, "Łódź", 1.0, topic="Énergie", their_maturity=8,
                 our_maturity=3)
    assert DataLabels("fr").reason(gap) == (
        "Łódź s’estime plus avancée sur le thème « énergie » (8/10 contre notre 3/10)")
    learn = Reason(Criterion.LEARN, "Łódź", 3.0, topic="Energy", our_maturity=2)
    assert DataLabels("es").reason(learn) == (
        "Łódź ofrece el tema «energy», que queremos aprender (su madurez sin evaluar, la "
        "nuestra 2/10)")
    bonds = Reason(Criterion.SHARED_CHALLENGE, "Łódź", 1.0, topic_id="social-impact-bonds",
                   topic="Social impact bonds and social finance")
    assert DataLabels("es").reason(bonds) == (
        "Compartimos el reto «bonos de impacto social y finanzas sociales»")
    assert DataLabels("en").reason(learn) == (
        "Łódź offers energy, which we want to learn (their maturity not assessed, ours 2/10)")
    own_words = Reason(Criterion.FREE_TEXT_TEACH, "Łódź", 1.0, topic="Repair Cafés",
                       via="Open Workshops")
    assert DataLabels("en").reason(own_words) == (
        "We offer “Open Workshops”, close to “Repair Cafés”, which Łódź wants to learn")
    assert DataLabels("pl").kind("cooperative") == "Spółdzielnia"
    assert DataLabels("nl").stage("co_managing") == "Samen beheren"
    assert DataLabels("it").kind("unheard_of") == "unheard_of"


@pytest.mark.parametrize(("day", "data_as_of", "since"), [
    (1, "Dati all'1 dicembre 2026", "riunione dell'1 dicembre"),
    (8, "Dati all'8 dicembre 2026", "riunione dell'8 dicembre"),
    (11, "Dati all'11 dicembre 2026", "riunione dell'11 dicembre"),
    (20, "Dati al 20 dicembre 2026", "riunione del 20 dicembre"),
])
def test_italian_dates_elide_the_article_before_a_vowel(day: int, data_as_of: str,
                                                        since: str) -> None:
    labels = Labels("it")
    moment = datetime(2026, 12, day, 9, 5)
    assert labels("data_as_of", date=labels.moment(moment)).startswith(data_as_of + ", ore")
    assert since in labels("since_meeting", date=labels.long_date(moment.date()))
