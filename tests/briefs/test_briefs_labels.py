"""The briefs' fixed texts, defaults and options, without rendering."""

from __future__ import annotations

import string
from datetime import datetime

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.briefs.inputs import (
    CityBriefData,
    CitySummary,
    PeerSuggestion,
    Provenance,
    TopicNote,
)
from rrr_desktop.services.briefs.labels import Labels, label_languages
from rrr_desktop.services.briefs.narrative import default_narrative
from rrr_desktop.services.briefs.options import LANGUAGES, BriefKind, BriefOptions


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_label_with_the_same_placeholders() -> None:
    assert set(label_languages()) == set(LANGUAGES)
    english = Labels("en")._texts
    for language in LANGUAGES:
        texts = Labels(language)._texts
        assert set(texts) == set(english), language
        for key, text in texts.items():
            assert text.strip(), (language, key)
            assert placeholders(text) == placeholders(english[key]), (language, key)


def test_numbers_and_scores_follow_the_language() -> None:
    assert Labels("en").number(346405) == "346,405"
    assert Labels("fr").number(346405) == "346\u00a0405"
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
    assert "Energía comunitaria" in narrative.background
    assert "Gdańsk, Montréal" in narrative.current_situation
    assert narrative.recommendation.startswith("Opción 2")
    empty = default_narrative(CityBriefData(CitySummary("Zürich"), data.provenance), "fr")
    assert empty.recommendation.startswith("Option 3")


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


def test_every_language_can_say_every_matching_reason() -> None:
    from rrr_desktop.services.briefs.data_labels import reason_templates
    from rrr_desktop.services.peers.reasons import Criterion

    templates = reason_templates()
    assert set(templates) == set(LANGUAGES)
    needed = ({c.value for c in Criterion} - {"maturity_gap"}
              | {"they_lead", "we_lead", "maturities", "not_assessed"})
    for language, texts in templates.items():
        assert set(texts) == needed, language
        for key, text in texts.items():
            assert placeholders(text) == placeholders(templates["es"][key]), (language, key)


def test_reasons_and_codes_print_in_the_brief_language() -> None:
    from rrr_desktop.services.briefs.data_labels import DataLabels
    from rrr_desktop.services.peers.reasons import Criterion, Reason

    gap = Reason(Criterion.MATURITY_GAP, "Łódź", 1.0, topic="Énergie", their_maturity=8,
                 our_maturity=3)
    assert DataLabels("fr").reason(gap) == (
        "Łódź s’estime plus avancée sur Énergie (8/10 contre notre 3/10)")
    learn = Reason(Criterion.LEARN, "Łódź", 3.0, topic="Energy", our_maturity=2)
    assert DataLabels("es").reason(learn) == (
        "Łódź ofrece Energy, que queremos aprender (su madurez sin evaluar, la nuestra 2/10)")
    assert DataLabels("en").reason(learn) == (
        "Łódź offers energy, which we want to learn (their maturity not assessed, ours 2/10)")
    own_words = Reason(Criterion.FREE_TEXT_TEACH, "Łódź", 1.0, topic="Repair Cafés",
                       via="Open Workshops")
    assert DataLabels("en").reason(own_words) == (
        "We offer “Open Workshops”, close to “Repair Cafés”, which Łódź wants to learn")
    assert DataLabels("pl").kind("cooperative") == "Spółdzielnia"
    assert DataLabels("nl").stage("co_managing") == "Samen beheren"
    assert DataLabels("it").kind("unheard_of") == "unheard_of"
