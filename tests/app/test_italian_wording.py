"""Italian says things one way throughout the window, the messages and the guide: a
stakeholder is an "attore", instructions say "tu", quotes are « », and a count that may
be 1 never stands before a plural word."""

from __future__ import annotations

import re

from rrr_desktop.messages import message_text, plurals
from tests.app.test_italian_address import italian_texts


def test_a_stakeholder_is_an_attore_everywhere() -> None:
    assert [f"{where}: {text}" for where, text in italian_texts()
            if re.search(r"\bsoggett[oi]\b|portator[ei] di interesse", text, re.IGNORECASE)
            ] == []


# Infinitives that give the officer an instruction ("Scegliere un'altra cartella."):
# Italian software says "Scegli"; infinitives stay in labels and yes/no questions
# ("Scartare le modifiche?").
_INSTRUCTION = re.compile(
    r"(?:^|[.:;]\s+|^\d+\.\s+|^-\s+)(?:Scegliere|Premere|Spuntare|Selezionare|Aprire|Scrivere|"
    r"Togliere|Verificare|Installare|Ripristinare|Chiedere|Vedere|Usare|Aggiungere|Importare|"
    r"Allegare|Indicare|Lasciare|Passare|Controllare|Fare|Annotare|Preparare|Compilare)\b"
    r"[^.?!]*(?:[.:]|$)")
# Texts the officer does not act on: the brief's own prose, the topics' descriptions.
_NOT_INSTRUCTIONS = ("message brief_text.", "message topic_", "message sample_data.")


def test_instructions_say_tu_not_an_infinitive() -> None:
    found = [f"{where}: {text}" for where, text in italian_texts()
             if not where.startswith(_NOT_INSTRUCTIONS) and not text.startswith("#")
             and ("." in text or where.startswith("guide")) and _INSTRUCTION.search(text)]
    assert found == []


def test_the_check_tells_an_instruction_from_a_question_or_a_label() -> None:
    assert _INSTRUCTION.search("Impossibile salvare: disco pieno. Scegliere un'altra cartella.")
    assert _INSTRUCTION.search("1. Premere **Importa**.")
    assert not _INSTRUCTION.search("Scartare le modifiche?")
    assert not _INSTRUCTION.search("Impossibile salvare: disco pieno. Scegli un'altra cartella.")


def test_italian_quotes_with_guillemets() -> None:
    """« » as in the rest of the Italian texts (Edit › Annulla «Modifica del profilo»)."""
    assert [f"{where}: {text}" for where, text in italian_texts()
            if "“" in text or "”" in text] == []


# A number that may be 1, followed by a plural word ("1 valori", "1 nostre scadute"),
# is written "valori: 1 su 4" unless the text has a form per number (%Ln).
_COUNT_THEN_WORD = re.compile(
    r"\{(count|missing|late|added|updated|skipped|failed|shown|new|withdrawn)\} "
    r"(?!su\b|di\b|in\b)[a-zà-ù]+")


def test_counts_that_may_be_one_stand_where_no_word_agrees_with_them() -> None:
    counted = {f"message {code}" for code in plurals("it")}  # one form per number
    found = [f"{where}: {text}" for where, text in italian_texts()
             if not where.startswith(_NOT_INSTRUCTIONS) and where not in counted
             and _COUNT_THEN_WORD.search(text)]
    assert found == []
    assert "valori: 1 su 1" in message_text(
        "guess.email", {"column": "Email", "count": 1, "total": 1}, "it")
