"""The build's cut of pycountry's languages names every language the app lists, in the
same words, in all seven languages."""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
import pytest

from rrr_desktop.messages import LANGUAGES
from rrr_desktop.services import reference

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import trim_pycountry  # noqa: E402

PACKAGE = Path(pycountry.__file__).parent
# pycountry's catalogues the officers' languages name languages from (as the spec's
# OFFICER_LANGUAGES: Portuguese from pt_BR, then pt)
OFFICER_LANGUAGES = tuple(catalogue for language in LANGUAGES if language != "en"
                          for catalogue in reference._named_in(language))


@pytest.fixture
def trimmed(tmp_path: Path) -> Path:
    trim_pycountry.trim_pycountry(PACKAGE, tmp_path, OFFICER_LANGUAGES)
    return tmp_path


def _clear_caches() -> None:
    for function in (reference.pycountry_translation, reference._languages,
                     reference._two_letter_languages):
        function.cache_clear()


def test_the_language_list_is_the_same_in_every_language(
        trimmed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = {language: reference.languages(language) for language in LANGUAGES}
    _clear_caches()
    # The build's files instead of pycountry's own.
    monkeypatch.setattr(reference, "_pycountry_folder", lambda: trimmed)
    try:
        cut = {language: reference.languages(language) for language in LANGUAGES}
    finally:
        _clear_caches()
    assert cut == whole
    assert ("pl", "polski") in {(choice.code, choice.name) for choice in cut["pl"]}
    assert ("de", "allemand") in {(choice.code, choice.name) for choice in cut["fr"]}


def test_the_files_are_a_small_part_of_the_originals(trimmed: Path) -> None:
    cut = sum(path.stat().st_size for path in trimmed.rglob("*") if path.is_file())
    whole = (PACKAGE / "databases" / trim_pycountry.DATABASE).stat().st_size + sum(
        (PACKAGE / "locales" / language / "LC_MESSAGES" / "iso639-3.mo").stat().st_size
        for language in OFFICER_LANGUAGES)
    assert cut < whole / 10


def test_a_catalogue_written_reads_back_with_its_header() -> None:
    messages = {b"": b"Language: pl\nContent-Type: text/plain; charset=UTF-8\n",
                b"Polish": b"polski", b"Lodz": "Łódź".encode()}
    assert trim_pycountry.read_catalogue(trim_pycountry.write_catalogue(messages)) == messages


def test_a_file_that_is_no_catalogue_is_refused() -> None:
    with pytest.raises(trim_pycountry.CatalogueError):
        trim_pycountry.read_catalogue(b"\0" * 64)
