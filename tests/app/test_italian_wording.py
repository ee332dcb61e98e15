"""Italian says things one way throughout: a stakeholder is an "attore" in the window, the
messages and the guide alike (never a "soggetto")."""

from __future__ import annotations

import re

from tests.app.test_italian_address import italian_texts


def test_a_stakeholder_is_an_attore_everywhere() -> None:
    assert [f"{where}: {text}" for where, text in italian_texts()
            if re.search(r"\bsoggett[oi]\b", text, re.IGNORECASE)] == []


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
