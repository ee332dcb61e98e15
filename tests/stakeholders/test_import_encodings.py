"""Files in the encodings officers meet are read as written, and the choice can be changed."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from rrr_desktop.messages import set_language
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.table import UnreadableFile
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from tests.factories import run_cli

POLISH = "Nazwa;Miasto\nSpółdzielnia Socjalna „Łąka”;Łódź\nStowarzyszenie Świętokrzyskie;Kielce\n"
FRENCH = "Nom;Ville\nCoopérative du Pré;Besançon\nÉcole à Côté;Orléans\n"


@pytest.mark.parametrize(("text", "encoding"), [
    (POLISH, "cp1250"), (POLISH.replace("„", '"').replace("”", '"'), "iso8859-2"),
    (FRENCH, "mac_roman"), (FRENCH, "cp1252"), (POLISH, "utf-16-le"), (FRENCH, "utf-16-be")])
def test_each_encoding_is_recognised_and_read_as_written(text: str, encoding: str) -> None:
    table = read_csv_bytes(text.encode(encoding), "list.csv")
    assert table.encoding == encoding
    assert table.rows == tuple(tuple(line.split(";")) for line in text.splitlines()[1:])


def test_spanish_windows_text_is_not_taken_for_central_european() -> None:
    text = "Nombre;Ciudad\nCooperativa Año Nuevo;Logroño\nAsociación;Cádiz\n"
    assert read_csv_bytes(text.encode("cp1252")).rows[0] == ("Cooperativa Año Nuevo", "Logroño")


_POLISH_WORD = st.text(st.sampled_from("abcdeikmnorstwyząćęłńóśźż"), min_size=1, max_size=9)


@given(st.lists(_POLISH_WORD.map(str.capitalize), min_size=1, max_size=4))
def test_polish_names_in_windows_1250_read_back_for_a_polish_officer(words: list[str]) -> None:
    name = " ".join(words)
    data = f"Nazwa;Miasto\n{name};Kraków\n".encode("cp1250")
    set_language("pl")
    try:
        table = read_csv_bytes(data)
    except UnreadableFile as error:  # bytes that happen to be UTF-8 ("ĆŚ"): refused by design
        assert error.code == "import_file.mixed_encoding"
        return
    finally:
        set_language("en")
    assert table.rows == ((name, "Kraków"),)


def test_the_officer_can_read_the_file_in_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    as_western = read_table(path, "cp1252")
    assert (as_western.encoding, as_western.rows[0][1]) == ("cp1252", "£ódŸ")
    assert read_table(path, "cp1250").rows[0][1] == "Łódź"


def test_an_encoding_that_cannot_read_the_bytes_is_refused_naming_the_line(
        tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(FRENCH.encode("mac_roman"))
    with pytest.raises(UnreadableFile, match="line 2") as refusal:
        read_table(path, "cp1252")
    assert refusal.value.code == "import.encoding_does_not_fit"
    assert "as Western European (Windows):" in str(refusal.value)
    assert "cp1252" not in str(refusal.value)


@pytest.mark.parametrize(("data", "named"), [
    (codecs.BOM_UTF8 + FRENCH.encode(), "Unicode (UTF-8)"),
    (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "Unicode (UTF-16, Windows)"),
    (POLISH.encode("cp1250"), "Central European (Windows)")])
def test_the_command_line_names_the_encoding_in_plain_words(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, named: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    code, out, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                           str(path), "--dry-run")
    assert code == 0
    assert f"read as text in the encoding {named};" in out
    assert not re.search(r"(?i)utf-8-sig|utf-16-le|cp125", out)


def test_the_window_names_a_marked_file_in_plain_words(qtbot: QtBot, spanish: None) -> None:
    from rrr_desktop.views.stakeholders.importing.source_options import encoding_label

    assert encoding_label("utf-8-sig") == "Unicode (UTF-8)"
    assert encoding_label("cp1250") == "Europa central (Windows)"


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman"])
def test_accented_capitals_at_the_start_of_words(encoding: str) -> None:
    text = "Nom;Ville\nÉcole Ñandú;Ça Va\nÀ Côté;Évry\n"
    table = read_csv_bytes(text.encode(encoding))
    assert table.rows == (("École Ñandú", "Ça Va"), ("À Côté", "Évry"))


@pytest.mark.parametrize(("text", "encoding"), [
    ("Nom;Ville\nCafé Crème;Paris\nBäckerei Größe;Bonn\n", "mac_roman"),
    ("Nombre;Ciudad\nCooperativa Año Nuevo;Logroño\nAssociação Cultural;São Paulo\n"
     "Pão e Ação;Évora\n", "cp1252"),
    ("Nazwa;Miasto\nSpółdzielnia Źródło;Łódź\nFundacja Ściana;Gdańsk\n", "cp1250"),
    ("Nazwa;Miasto\nSpółdzielnia Źródło;Łódź\nDružstvo Čápů;Brno\nKözösség;Győr\n",
     "iso8859-2"),
])
def test_mixed_languages_are_read_in_the_encoding_that_serves_them(
        text: str, encoding: str) -> None:
    table = read_csv_bytes(text.encode(encoding), "list.csv")
    assert (table.encoding, table.rows) == (
        encoding, tuple(tuple(line.split(";")) for line in text.splitlines()[1:]))


_WESTERN_WORD = st.text(st.sampled_from("abcdefgilmnorstuéèêàçäöüß"), min_size=1, max_size=9)


@given(st.lists(_WESTERN_WORD.map(str.capitalize), min_size=2, max_size=5))
def test_french_and_german_names_written_on_a_mac_read_back(words: list[str]) -> None:
    name = " ".join(words)
    data = f"Nom;Ville\n{name};Genève\nBäckerei Größe;Köln\n".encode("mac_roman")
    try:
        table = read_csv_bytes(data)
    except UnreadableFile as error:  # bytes that happen to be UTF-8 ("Èß"): refused by design
        assert error.code == "import_file.mixed_encoding"
        return
    assert table.rows[0] == (name, "Genève")
