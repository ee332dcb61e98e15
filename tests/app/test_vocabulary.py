"""The vocabulary speaks the seven languages: every code has its words in each, and what
an officer types in any of them finds the right topic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from rrr_desktop.messages import LANGUAGES, catalogue
from rrr_desktop.resources import resource_path
from rrr_desktop.services.peers.reasons import Criterion
from rrr_desktop.services.profile.topics import resolve_topic
from rrr_desktop.services.stakeholders.essglobal import ICA_LABELS, sectors_from_text
from rrr_desktop.services.vocabulary import (
    CODED_FAMILIES,
    kind_label,
    sector_label,
    topic_label,
    topic_names_in_every_language,
    topic_synonyms,
)
from rrr_desktop.text import normalise
from tests.factories import SHARED_DATA, open_test_home

ESSGLOBAL = SHARED_DATA / "essglobal" / "vocabs.json"


def seed_topics() -> list[dict[str, object]]:
    with resource_path("seed", "topics.yaml").open(encoding="utf-8") as handle:
        topics: list[dict[str, object]] = yaml.safe_load(handle)["topics"]
    return topics


def expected_keys() -> set[str]:
    keys = {f"{family}.{code}" for family, codes in CODED_FAMILIES.items() for code in codes}
    keys |= {f"criterion.{criterion}" for criterion in Criterion}
    keys |= {f"sector.{code}" for code in ICA_LABELS}
    keys |= {f"topic_{part}.{topic['id']}" for topic in seed_topics()
             for part in ("label", "description", "synonyms")}
    return keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_its_words_in_every_language(language: str) -> None:
    words = catalogue(language)
    missing = sorted(key for key in expected_keys() if not words.get(key, "").strip())
    assert missing == [], f"{language}.json lacks {missing}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_labels_are_translated_not_copied(language: str) -> None:
    """A label equal to the English one is allowed only where the word is the same
    ("Co-creation" is no Spanish word; "Idea" is Italian)."""
    same = [key for key in expected_keys() if key.startswith("topic_")
            and catalogue(language)[key] == catalogue("en")[key]]
    assert same == []


def test_the_english_words_are_the_seeded_ones() -> None:
    """The database keeps the seed's English label; the catalogue repeats it."""
    english = catalogue("en")
    for topic in seed_topics():
        assert english[f"topic_label.{topic['id']}"] == topic["label"]
        assert english[f"topic_synonyms.{topic['id']}"].split("; ") == topic["synonyms"]
        assert english[f"topic_description.{topic['id']}"] == " ".join(
            str(topic["description"]).split())


def test_no_name_means_two_topics() -> None:
    meanings: dict[str, set[str]] = {}
    for topic_id, name in topic_names_in_every_language():
        meanings.setdefault(normalise(name), set()).add(topic_id)
    assert {name: ids for name, ids in meanings.items() if len(ids) > 1} == {}


@pytest.mark.skipif(not ESSGLOBAL.exists(), reason="the shared ESSGlobal data is absent")
def test_sectors_follow_essglobal_where_it_has_the_language() -> None:
    vocabs = json.loads(ESSGLOBAL.read_text(encoding="utf-8"))["vocabs"]["aci"]
    for language, terms in vocabs.items():
        assert {code: sector_label(code, language) for code in terms["terms"]} == \
            terms["terms"]


def test_words_in_the_officers_language() -> None:
    assert kind_label("cooperative", "pl") == "Spółdzielnia"
    assert sector_label("ICA210", "nl") == "Wonen"
    assert sector_label("Community kitchens", "es") == "Community kitchens"
    assert topic_label("social-impact-bonds", "x", "es") == \
        "Bonos de impacto social y finanzas sociales"
    assert topic_label("no-such-topic", "As stored", "es") == "As stored"
    assert "bonos de impacto social" in topic_synonyms("social-impact-bonds", "es")


@pytest.mark.parametrize(("typed", "topic"), [
    ("bonos de impacto social", "social-impact-bonds"),
    ("Współtworzenie", "co-creation"),
    ("contratação pública", "financial-mechanisms"),
    ("tiers-lieux", "co-design-hubs"),
    ("Vertrouwen opbouwen", "trust-building"),
    ("coprogettazione", "co-creation"),
])
def test_a_topic_is_found_in_any_language(tmp_path: Path, typed: str, topic: str) -> None:
    home = open_test_home(tmp_path)
    assert resolve_topic(home.db, typed).code == topic


def test_an_import_reads_sectors_in_any_language() -> None:
    assert sectors_from_text("Servicios financieros; Educación, salud y trabajo social") == \
        ["ICA140", "ICA270"]
    assert sectors_from_text("Budownictwo, Wonen, bakery") == ["ICA70", "ICA210", "bakery"]
