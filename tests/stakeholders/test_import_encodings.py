"""Files in the encodings officers meet are read as written, and the choice can be changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.messages import set_language
from rrr_desktop.services.stakeholders.importing.tabular import (
    UnreadableFile,
    read_csv_bytes,
    read_table,
)

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
        assert "mostly UTF-8" in str(error)
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


@pytest.mark.parametrize("encoding", ["cp1252", "mac_roman"])
def test_accented_capitals_at_the_start_of_words(encoding: str) -> None:
    text = "Nom;Ville\nÉcole Ñandú;Ça Va\nÀ Côté;Évry\n"
    table = read_csv_bytes(text.encode(encoding))
    assert table.rows == (("École Ñandú", "Ça Va"), ("À Côté", "Évry"))
