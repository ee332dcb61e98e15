"""The command line's help and argparse's own words speak the officer's language."""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.cli.parser import build_parser, requested_language
from rrr_desktop.cli.words import ARGPARSE_WORDS, argparse_in_language, argparse_text
from rrr_desktop.messages import LANGUAGES, catalogue, set_language
from tests.factories import run_cli

CLI = Path(__file__).resolve().parents[2] / "rrr_desktop" / "cli"
OWN_WORDS = ("cli_help.", "cli_metavar.", "cli_argparse.")


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Help lines unwrapped, so that a sentence is found whole."""
    monkeypatch.setenv("COLUMNS", "400")


def in_locale(monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    monkeypatch.setenv("LANG", locale)


def test_the_help_in_polish(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    in_locale(monkeypatch, "pl_PL.UTF-8")
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    assert out.startswith("użycie: rrr-desktop [opcje] [PLIK ...]\n"
                          "        rrr-desktop [opcje] POLECENIE ...\n\n"
                          "RRR Desktop: profil ESS twojego miasta, jego interesariusze i miasta "
                          "partnerskie, offline.")
    lines = out.splitlines()
    for heading in ("argumenty pozycyjne:", "opcje:"):
        assert heading in lines
    assert re.search(r"^  -h, --help +wyświetla tę pomoc i kończy działanie$", out, re.M)
    assert re.search(r"^  --home FOLDER +folder danych do użycia", out, re.M)
    assert re.search(r"^    stakeholders +rejestr lokalnych interesariuszy ESS$", out, re.M)
    for english in ("usage:", "positional arguments", "options:", "show this help",
                    "data folder", "the register", "COMMAND"):
        assert english not in out


def test_a_command_s_help_in_spanish(capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    in_locale(monkeypatch, "es_ES.UTF-8")
    code, out, _ = run_cli(capsys, "stakeholders", "import", "--help")
    assert code == 0
    assert out.startswith("uso: rrr-desktop stakeholders import [-h] [--home CARPETA] "
                          "[--db ARCHIVO]")
    assert "[--map ENCABEZADO=CAMPO]" in out
    assert ("Añade al registro las organizaciones de una hoja de cálculo (.csv, .tsv, .txt, "
            ".xlsx, .xls, .ods).") in out
    lines = out.splitlines()
    assert "argumentos posicionales:" in lines and "opciones:" in lines
    assert re.search(r"^  --dry-run +muestra lo que pasaría sin cambiar nada$", out, re.M)
    assert re.search(r"^  -h, --help +muestra esta ayuda y termina$", out, re.M)
    assert "show this help" not in out and "the register" not in out


def test_lang_before_the_command_words_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--lang", "pt", "brief", "--help")
    assert code == 0
    assert out.startswith("uso: rrr-desktop brief [-h] [--home PASTA]")
    assert "gera uma nota informativa" not in out  # the list of commands is not shown here
    assert "Grava uma nota informativa em PDF" in out
    assert re.search(r"^  ARQUIVO\.pdf +onde gravar o PDF$", out, re.M)


@pytest.mark.parametrize(("argv", "error"), [
    (["stakeholders", "list", "--limit", "x"],
     "rrr-desktop : erreur : arguments non reconnus : --limit x"),
    (["peers", "suggest", "--limit", "x"],
     "rrr-desktop peers suggest : erreur : argument --limit : indiquez un nombre entier égal "
     "ou supérieur à 1, pas 'x'"),
    (["brief", "x.pdf", "--key-stakeholders", "dix"],
     "rrr-desktop brief : erreur : argument --key-stakeholders : 'dix' n'est pas un nombre "
     "entier"),
    (["groups", "meeting", "Rencontre"],
     "rrr-desktop groups meeting : erreur : ces arguments sont obligatoires : --at, --tz"),
    (["profile", "add-topic", "give"],
     "rrr-desktop profile add-topic : erreur : argument LISTE : choix non valide : 'give' "
     "(choisissez parmi 'offer', 'learn', 'challenge')"),
    (["stakeholders", "list", "--search"],
     "rrr-desktop stakeholders list : erreur : argument --search : un argument est attendu"),
    (["stakeholders", "list", "--persons", "--organisations"],
     "rrr-desktop stakeholders list : erreur : argument --organisations/--organizations : non "
     "autorisé avec l'argument --persons/--people"),
    (["bundle", "erase"],
     "rrr-desktop bundle erase : erreur : l'un des arguments --peer --import est obligatoire"),
    (["--lang", "de"],
     "rrr-desktop : erreur : argument --lang : choix non valide : 'de' (choisissez parmi 'en', "
     "'es', 'fr', 'pt', 'it', 'nl', 'pl')"),
])
def test_usage_errors_in_french_exit_2(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch,
                                       argv: list[str], error: str) -> None:
    in_locale(monkeypatch, "fr_FR.UTF-8")
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("utilisation : rrr-desktop ")
    assert err.endswith(f"\n{error}\n")


@pytest.mark.slow
def test_an_unknown_option_in_a_french_locale_from_the_shell(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rrr_desktop", "--home", str(tmp_path / "h"), "stakeholders",
         "list", "--limit", "x"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.returncode == 2
    assert result.stderr.endswith("\nrrr-desktop : erreur : arguments non reconnus : --limit x\n")
    assert not (tmp_path / "h").exists()


def test_the_english_help_and_errors_read_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    assert out.startswith("usage: rrr-desktop [options] [FILE ...]\n"
                          "       rrr-desktop [options] COMMAND ...\n\n"
                          "RRR Desktop: your city's SSE profile, stakeholders and peer cities, "
                          "offline. Without a command it opens the main window; files named "
                          "instead of a command (bundles, stakeholder lists) open in it, or in "
                          "the window already open.\n")
    assert "\npositional arguments:\n  COMMAND\n" in out and "\noptions:\n" in out
    assert re.search(r"^  --home DIR +data folder to use \(default: \$RRR_DESKTOP_HOME, else "
                     r"the per-user data folder\)$", out, re.M)
    code, out, _ = run_cli(capsys, "brief", "--help")
    assert re.search(r"^  --key-stakeholders N +rows of the key stakeholders table, 1 to 5000 "
                     r"\(default: 30\)$", out, re.M)
    code, _, err = run_cli(capsys, "stakeholders", "list", "--limit", "x")
    assert code == 2
    assert err.endswith("\nrrr-desktop: error: unrecognized arguments: --limit x\n")


def test_argparse_s_own_english_is_its_own() -> None:
    """The English catalogue gives argparse back exactly its texts, and each text is one
    argparse still asks for (a Python upgrade that rewords one fails here, not silently)."""
    source = inspect.getsource(argparse)
    for text in ARGPARSE_WORDS:
        assert argparse_text(text) == text
        assert f"_({text!r})" in source or f'_("{text}")' in source, text


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_argparse_s_words_keep_their_conversions(language: str) -> None:
    set_language(language)
    for text, code in ARGPARSE_WORDS.items():
        translated = argparse_text(text)
        wanted = sorted(re.findall(r"%(?:\(\w+\))?[sr]", text))
        assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", translated)) == wanted, code
        assert translated.endswith("\n") == text.endswith("\n")


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from _parsers(command)


def _texts(language: str) -> set[str]:
    """Every description and help text of every parser, built in ``language``."""
    set_language(language)
    with argparse_in_language():
        parsers = list(_parsers(build_parser()))
        for parser in parsers:
            parser.format_help()  # a lone % in a translation would break here
    return {text for parser in parsers for text in (
        parser.description, *(action.help for action in parser._actions))
        if text and text != argparse.SUPPRESS}


def test_every_help_text_is_translated() -> None:
    english = _texts("en")
    assert len(english) > 100
    for language in LANGUAGES[1:]:
        assert english & _texts(language) == set(), language


def _codes_in_the_cli() -> set[str]:
    return {node.value for path in CLI.rglob("*.py")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.startswith(OWN_WORDS)}


def test_every_word_of_the_command_line_is_in_every_language_and_used() -> None:
    used = _codes_in_the_cli()
    for language in LANGUAGES:
        known = {code for code in catalogue(language) if code.startswith(OWN_WORDS)}
        assert used == known, language


def test_argparse_is_itself_again_outside_the_command_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--lang", "nl", "peers", "--help")
    assert code == 0 and "\npositionele argumenten:\n" in out
    other = argparse.ArgumentParser(prog="other").format_help()
    assert other.startswith("usage: other [-h]") and "show this help message" in other


@pytest.mark.parametrize(("argv", "language"), [
    (["--lang", "pl", "brief", "x.pdf", "--lang", "fr"], "pl"),
    (["brief", "x.pdf", "--lang", "fr"], "en"),
    (["--home", "--lang", "peers", "list"], "en"),
    (["--lang=it", "--help"], "it"),
    (["--la", "nl", "peers"], "nl"),
    (["--lang", "de", "peers"], "en"),
    (["--db", "x", "--lang", "es"], "es"),
    (["--lang"], "en"),
])
def test_the_language_asked_for_before_the_command(argv: list[str], language: str) -> None:
    assert requested_language(argv) == language


def test_requested_language_falls_back_on_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    in_locale(monkeypatch, "pt_BR.UTF-8")
    assert requested_language(["brief", "x.pdf", "--lang", "fr"]) == "pt"
    assert requested_language(["--lang", "xx"]) == "pt"


def test_a_brief_s_size_in_french(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    assert run_cli(capsys, "--home", home, "init", "--city", "Bilbao")[0] == 0
    code, out, _ = run_cli(capsys, "--lang", "fr", "--home", home, "brief",
                           str(tmp_path / "note.pdf"))
    assert code == 0
    assert re.fullmatch(r"Note d’information de la ville – Bilbao écrite dans .*note\.pdf : "
                        r"\d+ pages, \d+ Ko\.\n", out)


def test_french_headings_have_their_space_before_the_colon(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    in_locale(monkeypatch, "fr_FR.UTF-8")
    code, out, _ = run_cli(capsys, "db", "--help")
    assert code == 0
    assert out.startswith("utilisation : rrr-desktop db [-h] [--home DOSSIER] [--db FICHIER]")
    assert "\narguments positionnels :\n  ACTION\n" in out and "\noptions :\n" in out
    code, out, _ = run_cli(capsys, "--help")
    assert out.startswith("utilisation : rrr-desktop [options] [FICHIER ...]\n"
                          "              rrr-desktop [options] COMMANDE ...\n")
