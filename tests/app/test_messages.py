"""The message catalogue: every code in every language, with the same placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.errors import NewerDatabaseError, RejectedInput
from rrr_desktop.messages import (
    LANGUAGES,
    PLURAL_FORMS,
    catalogue,
    language_from_environment,
    message,
    message_text,
    plural_form,
    plurals,
    set_language,
)

PLACEHOLDER = re.compile(r"\{(\w+)\}")


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_every_message_with_its_placeholders(language: str) -> None:
    english, other = catalogue("en"), catalogue(language)
    assert sorted(english) == sorted(other), f"missing or extra codes in {language}.json"
    differ = [code for code, text in english.items()
              if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(other[code]))]
    assert differ == []
    assert sorted(plurals("en")) == sorted(plurals(language)), \
        f"counted messages that are not counted in {language}.json, or the other way round"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_counted_message_has_the_forms_its_language_needs(language: str) -> None:
    english = plurals("en")
    assert english, "the catalogue counts nothing"
    for code, forms in plurals(language).items():
        assert sorted(forms) == sorted(PLURAL_FORMS[language]), (language, code)
        wanted = sorted(PLACEHOLDER.findall(english[code]["other"]))
        assert "count" in wanted, code
        for form, text in forms.items():
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (language, code, form)


@pytest.mark.parametrize(("language", "forms"), [
    ("en", {0: "other", 1: "one", 2: "other", 5: "other", 22: "other", 101: "other"}),
    ("es", {0: "other", 1: "one", 2: "other", 21: "other"}),
    ("fr", {0: "one", 1: "one", 2: "other", 5: "other", 22: "other"}),
    ("pt", {0: "one", 1: "one", 2: "other", 100: "other"}),
    ("pl", {0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many",
            14: "many", 21: "many", 22: "few", 24: "few", 25: "many", 101: "many",
            102: "few", 112: "many", 1002: "few"}),
])
def test_counts_take_the_plural_form_cldr_gives_them(language: str, forms: dict[int, str]) -> None:
    assert {count: plural_form(language, count) for count in forms} == forms


@pytest.mark.parametrize(("language", "count", "text"), [
    ("en", 1, "1 stakeholder"), ("en", 2, "2 stakeholders"), ("en", 5, "5 stakeholders"),
    ("en", 22, "22 stakeholders"), ("en", 0, "0 stakeholders"),
    ("fr", 0, "0 acteur"), ("fr", 1, "1 acteur"), ("fr", 2, "2 acteurs"), ("fr", 22, "22 acteurs"),
    ("pl", 1, "1 interesariusz"), ("pl", 2, "2 interesariusze"), ("pl", 5, "5 interesariuszy"),
    ("pl", 12, "12 interesariuszy"), ("pl", 22, "22 interesariusze"),
    ("es", 1, "1 actor"), ("es", 1234, "1234 actores"), ("es", 12345, "12.345 actores"),
    ("pt", 7272, "7.272 atores"),  # as the window (Qt) groups them: CLDR's minimum grouping
])
def test_a_count_reads_in_the_right_form(language: str, count: int, text: str) -> None:
    assert message_text("counted.stakeholders", {"count": count}, language) == text


@pytest.mark.parametrize(("language", "count", "text"), [
    ("en", 1, "1 follow-up is overdue."), ("en", 2, "2 follow-ups are overdue."),
    ("fr", 1, "1 suivi est en retard."), ("fr", 5, "5 suivis sont en retard."),
    ("pl", 1, "1 działanie następcze jest zaległe."),
    ("pl", 2, "2 działania następcze są zaległe."),
    ("pl", 5, "5 działań następczych jest zaległych."),
    ("pl", 22, "22 działania następcze są zaległe."),
])
def test_a_counted_sentence_agrees_with_its_count(language: str, count: int, text: str) -> None:
    assert message_text("brief_text.n_current_overdue", {"count": count}, language) == text


def test_counted_parts_of_a_message_read_in_its_language() -> None:
    copied = message("db_cli.copied", records=message("counted.records", count=2),
                     stakeholders=message("counted.stakeholders", count=1), target="x")
    assert copied.text("en") == "Copied 2 records (1 stakeholder) to x."
    assert copied.text("pl") == "Skopiowano do x: 2 rekordy (1 interesariusz)."


def test_a_rejection_is_data_and_reads_in_the_current_language(spanish: None) -> None:
    problem = NewerDatabaseError(Path("/x/rrr.sqlite3"), "0009", "0004")
    assert problem.code == "database.newer"
    assert problem.params["revision"] == "0009"
    assert "versión más reciente" in str(problem)
    assert "newer version" in problem.english()


def test_a_field_travels_with_the_rejection() -> None:
    problem = RejectedInput("database.unrecognised", field="db", database="x", reason="y")
    assert problem.field == "db"
    assert message_text("database.unrecognised", {"database": "x", "reason": "y"}, "fr") \
        .startswith("Le fichier x")


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LC_ALL": "pl_PL.UTF-8", "LANG": "en_GB.UTF-8"}, "pl"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANGUAGE": "pt_BR:pt:en", "LANG": "en_US.UTF-8"}, "pt"),  # as Ubuntu sets it
    ({"LANGUAGE": "eo:es", "LANG": "en_US.UTF-8"}, "es"),  # the first one we have
    ({"LANGUAGE": "eo", "LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANGUAGE": "fr", "LC_ALL": "C"}, "en"),  # the C locale turns LANGUAGE off
    ({"LANGUAGE": "it"}, "it"),
    ({"LANG": "sr_RS.UTF-8@latin"}, "en"),
])
def test_the_command_line_language_follows_the_locale(environ: dict[str, str],
                                                      language: str) -> None:
    assert language_from_environment(environ) == language


# A sentence may not stop on a preposition that waits for its object ("importata senza").
_DANGLING = {"en": r"\bwithout", "es": r"\bsin", "fr": r"\bsans", "pt": r"\bsem",
             "it": r"\bsenza", "nl": r"\bzonder( geïmporteerd)?", "pl": r"\bbez"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_is_cut_after_a_preposition(language: str) -> None:
    dangling = re.compile(_DANGLING[language] + r"[.)]?$")
    texts = [(code, text) for code, entry in catalogue(language).items()
             for text in ([entry] if isinstance(entry, str) else entry.values())]
    assert [code for code, text in texts if dangling.search(text)] == []


def test_italian_elides_the_article_before_a_number_read_with_a_vowel() -> None:
    def assessed(day: str) -> str:
        return message_text("cli_profile.assessed", {"score": 3, "day": day}, "it")
    assert assessed("08/12/2026") == "3 (valutato l'08/12/2026)"
    assert assessed("11/12/2026") == "3 (valutato l'11/12/2026)"
    assert assessed("12/12/2026") == "3 (valutato il 12/12/2026)"
    assert assessed("1/12/2026") == "3 (valutato l'1/12/2026)"
    assert assessed("18/12/2026") == "3 (valutato il 18/12/2026)"


# A plural participle before a count that may be 1 ("Aggiunti 1", "Añadidos 1"): the
# summaries read "Aggiunti: 1; aggiornati: 0" instead.
_PARTICIPLE_THEN_COUNT = re.compile(
    r"\b\w+(?:ti|te|dos|das|és|ées|os|jour) \{(add|update|skip|fail|added|updated|skipped|"
    r"failed|new|withdrawn|count)\}")


@pytest.mark.parametrize("language", ["it", "es", "fr", "pt"])
def test_no_plural_participle_stands_before_a_count(language: str) -> None:
    assert [code for code, text in catalogue(language).items()
            if _PARTICIPLE_THEN_COUNT.search(text)] == []
    done = message_text("import_cli.done", {"add": 1, "update": 0, "skip": 0, "fail": 0,
                                            "personal": 0}, language)
    assert done.split(";")[0] in {"Aggiunti: 1", "Añadidos: 1", "Ajoutés : 1 ", "Adicionados: 1"}
