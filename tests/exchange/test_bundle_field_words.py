"""Every field a bundle can carry, and its values, read in the officer's language.

A Polish officer previewing Belo Horizonte's bundle saw "contact_office", "Notes",
"Status: open → in_progress", "Língua dos textos: en → nl" and ISO dates: a field
without its own words fell back to English or to its code.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from rrr_desktop.messages import LANGUAGES, catalogue, set_language
from rrr_desktop.services.exchange.changes import (
    FieldChange,
    UnlabelledField,
    Wording,
    describe,
    field_label,
    readable,
)
from rrr_desktop.services.exchange.content import BundleCity, BundlePractice, BundleStakeholder
from rrr_desktop.services.exchange.group_content import (
    BundleAction,
    BundleGroup,
    BundleMeeting,
    BundleNote,
)
from rrr_desktop.services.profile.schema import PracticeTranslation, TranslationBlock

_BOOKKEEPING = {"uuid", "revision", "updated_at"}


def _fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields) - _BOOKKEEPING


# What each entity's records compare, field by field (content.py and group_content.py).
CARRIED = {
    "city": _fields(BundleCity) | {
        "summary", "languages", "contact_office", "offers", "wants_to_learn",
        "shared_challenges", "free_offers", "free_wants_to_learn", "free_shared_challenges",
        "text_language", "translations", "self_assessment"},
    "practice": _fields(BundlePractice),
    "stakeholder": _fields(BundleStakeholder),
    "group": _fields(BundleGroup),
    "meeting": _fields(BundleMeeting),
    "action": _fields(BundleAction),
    "group_note": _fields(BundleNote),
}
TRANSLATED = _fields(TranslationBlock) | _fields(PracticeTranslation)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_field_a_bundle_carries_is_named_in_every_language(language: str) -> None:
    words = catalogue(language)
    fields = set().union(*CARRIED.values()) | TRANSLATED
    missing = sorted(name for name in fields if f"bundle_field.{name}" not in words)
    assert missing == []
    assert "bundle_field.translated" in words


def test_a_field_without_words_is_a_defect_not_its_code() -> None:
    with pytest.raises(UnlabelledField):
        field_label("no_such_field")


def _lines(entity: str, name: str, ours: object, theirs: object) -> str:
    wording = Wording(entity, {"financial-mechanisms": "Mechanizmy finansowe"},
                      {"6f0c2a8e-0000-4000-8000-000000000001": "Warszawa"})
    return "\n".join(describe(readable(FieldChange(name, ours, theirs), wording)))


def test_a_polish_officer_reads_values_codes_and_dates_in_polish() -> None:
    set_language("pl")
    assert _lines("action", "status", "open", "in_progress") == "Stan: otwarte → w toku"
    assert _lines("action", "notes", "", "x") == "Notatki: (puste) → x"
    assert _lines("action", "due_on", None, "2026-12-07") == "Termin: (puste) → 7 grudnia 2026"
    assert _lines("action", "owner", "", "6f0c2a8e-0000-4000-8000-000000000001") == (
        "Miasto odpowiedzialne: (puste) → Warszawa")
    assert _lines("city", "text_language", "en", "nl") == (
        "Język tekstów: angielski → holenderski")
    assert _lines("city", "languages", ["pt"], ["pt", "en"]) == "Języki:\n  + angielski"
    assert _lines("stakeholder", "stage", "not_engaged", "engaged") .startswith("Etap: ")
    assert "7/10 (7 grudnia 2026)" in _lines(
        "city", "self_assessment", [], [["financial-mechanisms", 7, "2026-12-07"]])
    assert "2026-" not in _lines("meeting", "starts_at", "2027-02-22T10:00:00Z",
                                 "2027-02-22T11:00:00Z")
    group_stage = _lines("group", "stage", "forming", "co_creation")
    assert "co_creation" not in group_stage and "forming" not in group_stage


def test_a_translated_text_names_its_field_and_language() -> None:
    set_language("pl")
    lines = _lines("city", "translations", {}, {"pt": {
        "summary": "Resumo", "contact_office": "Subsecretaria",
        "wants_to_learn": {"financial-mechanisms": "Fundos"},
        "free_offers": {"Moeda social": "Moeda social local"}}})
    assert "Podsumowanie (portugalski): Resumo" in lines
    assert "Biuro kontaktowe (portugalski): Subsecretaria" in lines
    assert "(portugalski) — Mechanizmy finansowe: Fundos" in lines
    for code in ("contact_office", "wants_to_learn", "financial-mechanisms", "free_offers",
                 "+ pt ", "summary"):
        assert code not in lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_field_reads_without_a_code_in_every_language(language: str) -> None:
    """Each field of each entity, worded: its label is the catalogue's, never the code."""
    set_language(language)
    for entity, fields in CARRIED.items():
        for name in fields:
            label = readable(FieldChange(name, None, None), Wording(entity)).label
            assert label == catalogue(language)[f"bundle_field.{name}"]
