"""The words of the vocabulary in the officer's language.

Codes never change; their words in the seven languages live beside them in the message
catalogue (``resources/messages/*.json``): a topic's label, description and synonyms
(``topic_label.<id>``, ``topic_description.<id>``, ``topic_synonyms.<id>``, synonyms
separated by "; "), stakeholder kinds (``kind.``), collaboration stages (``stage.``),
practice kinds and stages (``practice_kind.``, ``practice_stage.``), interaction kinds
(``interaction_kind.``), ESSGlobal activities (``sector.ICA10``) and the matching's
criteria (``criterion.``). The catalogue is plain JSON read with the standard library,
so the window's pages fill without PyYAML. The database keeps each topic's English
label from ``resources/seed/topics.yaml`` (the seed), which the catalogue repeats and
``tests/app/test_vocabulary.py`` keeps equal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache

from rrr_desktop.messages import LANGUAGES, catalogue, current_language
from rrr_desktop.models.vocabulary import CollaborationStage, InteractionKind, StakeholderKind

# The families of coded values, by catalogue prefix, with the codes each holds (topics and
# sectors are listed by their own files: the seed and the ESSGlobal activities).
PRACTICE_KINDS = ("award", "platform", "hub", "financial_mechanism", "impact_bond",
                  "communication_strategy", "digital_programme", "partnership", "network",
                  "other")
PRACTICE_STAGES = ("idea", "pilot", "running", "evaluated")
CODED_FAMILIES: dict[str, tuple[str, ...]] = {
    "kind": tuple(StakeholderKind),
    "stage": tuple(CollaborationStage),
    "interaction_kind": tuple(InteractionKind),
    "practice_kind": PRACTICE_KINDS,
    "practice_stage": PRACTICE_STAGES,
}
_SYNONYM_SEPARATOR = "; "


def _language(language: str | None) -> str:
    return language if language in LANGUAGES else current_language()


def coded_label(family: str, code: str, language: str | None = None) -> str:
    """``coded_label("kind", "cooperative", "es")`` -> ``"Cooperativa"``; a code the
    catalogue does not know (a sector typed as words) reads as it is."""
    key = f"{family}.{code}"
    return catalogue(_language(language)).get(key) or catalogue("en").get(key) or code


def kind_label(code: str, language: str | None = None) -> str:
    return coded_label("kind", code, language)


def stage_label(code: str, language: str | None = None) -> str:
    return coded_label("stage", code, language)


def practice_kind_label(code: str, language: str | None = None) -> str:
    return coded_label("practice_kind", code, language)


def practice_stage_label(code: str, language: str | None = None) -> str:
    return coded_label("practice_stage", code, language)


def interaction_kind_label(code: str, language: str | None = None) -> str:
    return coded_label("interaction_kind", code, language)


def sector_label(code: str, language: str | None = None) -> str:
    """An ESSGlobal activity ("ICA210" -> "Vivienda"); a sector in words as typed."""
    return coded_label("sector", code, language)


def criterion_label(code: str, language: str | None = None) -> str:
    return coded_label("criterion", code, language)


def topic_label(topic_id: str, fallback: str = "", language: str | None = None) -> str:
    """A vocabulary topic's label in ``language`` (default: the officer's); a topic the
    catalogue does not know keeps ``fallback`` (the database's label), else its id."""
    if not topic_id:
        return fallback
    key = f"topic_label.{topic_id}"
    return catalogue(_language(language)).get(key) or fallback or topic_id


def topic_description(topic_id: str, fallback: str = "", language: str | None = None) -> str:
    return catalogue(_language(language)).get(f"topic_description.{topic_id}") or fallback


def localised_topics(labels: Mapping[str, str], language: str | None = None) -> dict[str, str]:
    """Topic id -> label (as the database gives them) with each label in ``language``."""
    return {topic_id: topic_label(topic_id, label, language) for topic_id, label in labels.items()}


def topic_synonyms(topic_id: str, language: str | None = None) -> tuple[str, ...]:
    text = catalogue(_language(language)).get(f"topic_synonyms.{topic_id}", "")
    return tuple(word for word in text.split(_SYNONYM_SEPARATOR) if word)


@cache
def topic_names_in_every_language() -> tuple[tuple[str, str], ...]:
    """(topic id, name) for each topic's label and synonyms in all seven languages, so
    what an officer types or imports in any of them finds the topic."""
    return tuple(_names())


def _names() -> Iterator[tuple[str, str]]:
    prefixes = ("topic_label.", "topic_synonyms.")
    for language in LANGUAGES:
        for key, text in catalogue(language).items():
            prefix = next((p for p in prefixes if key.startswith(p)), None)
            if prefix is None:
                continue
            topic_id = key.removeprefix(prefix)
            for name in text.split(_SYNONYM_SEPARATOR) if prefix == prefixes[1] else (text,):
                if name:
                    yield topic_id, name
