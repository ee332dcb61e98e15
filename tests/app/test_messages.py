"""The message catalogue: every code in every language, with the same placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.errors import NewerDatabaseError, RejectedInput
from rrr_desktop.messages import (
    LANGUAGES,
    catalogue,
    language_from_environment,
    message_text,
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
])
def test_the_command_line_language_follows_the_locale(environ: dict[str, str],
                                                      language: str) -> None:
    assert language_from_environment(environ) == language
