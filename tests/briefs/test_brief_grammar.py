"""The questions and reasons of briefs and suggestions read as grammatical sentences in
every language, whatever the topic: the topic is quoted after a noun that fixes its
case and article ("el reto «…»", "w temacie „…”"), never glued in bare."""

from __future__ import annotations

import json
import re

import pytest

from rrr_desktop.resources import resource_path
from rrr_desktop.services.briefs.data_labels import DataLabels
from rrr_desktop.services.peers.reasons import Criterion, Reason, reason_sentence

LANGUAGES = ["es", "pt", "fr", "it", "nl", "pl"]
# A topic is always inside one of these pairs of quotation marks.
QUOTED = re.compile(r"(«\{(topic|via)\}»|« \{(topic|via)\} »|“\{(topic|via)\}”|‘\{(topic|via)\}’"
                    r"|„\{(topic|via)\}”)")
TEMPLATES = re.compile(r"^(brief_text\.q_|brief_reason\.|reason\.|member\.)")


def catalogue(language: str) -> dict[str, str]:
    path = resource_path("messages") / f"{language}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_topic_in_a_question_or_reason_is_quoted(language: str) -> None:
    bare = [f"{key}: {text}" for key, text in catalogue(language).items()
            if TEMPLATES.match(key) and re.search(r"\{(topic|via)\}", text)
            and len(re.findall(r"\{(?:topic|via)\}", text)) != len(QUOTED.findall(text))]
    assert bare == []


@pytest.mark.parametrize(("language", "topic_id", "expected"), [
    ("es", "trust-building", "¿Cómo aborda Bilbao el reto «construcción de confianza»?"),
    ("es", "social-impact-bonds",
     "¿Cómo aborda Bilbao el reto «bonos de impacto social y finanzas sociales»?"),
    ("pl", "trust-building", "Jak Bilbao podchodzi do wyzwania „budowanie zaufania”?"),
    ("pt", "digital-inclusion",
     "Como Bilbao está enfrentando o desafio “digitalização e inclusão digital”?"),
    ("it", "co-creation", "Come affronta Bilbao la sfida «co-creazione»?"),
    ("fr", "trust-building", "Comment Bilbao aborde-t-elle le défi « instauration de la "
                             "confiance » ?"),
    ("nl", "impact-measurement", "Hoe pakt Bilbao de uitdaging ‘data en impactmeting’ aan?"),
])
def test_the_challenge_question_reads_as_a_sentence(language: str, topic_id: str,
                                                   expected: str) -> None:
    from rrr_desktop.services.briefs.labels import Labels
    from rrr_desktop.services.peers.reasons import topic_phrase

    names = DataLabels(language)
    topic = topic_phrase(names.topic(topic_id, topic_id))
    assert Labels(language)("q_challenge", city="Bilbao", topic=topic) == expected


def test_a_reason_names_the_topic_in_apposition() -> None:
    shared = Reason(Criterion.SHARED_CHALLENGE, "Warszawa", 1.0, topic_id="trust-building",
                    topic="Trust building")
    assert reason_sentence(shared, "es") == "Compartimos el reto «construcción de confianza»"
    learn = Reason(Criterion.LEARN, "Warszawa", 2.0, topic_id="digital-inclusion",
                   topic="Digital inclusion")
    assert reason_sentence(learn, "it") == (
        "Warszawa offre il tema «digitalizzazione e inclusione digitale», che vogliamo "
        "imparare")
