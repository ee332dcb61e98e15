"""The command line speaks the officer's language: ``--lang``, else the locale."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.messages import current_language


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bilbao(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert run(capsys, "--home", str(home), "init", "--city", "Bilbao")[0] == 0
    return home


@pytest.mark.slow
def test_a_french_locale_rejects_in_french(bilbao: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rrr_desktop", "--home", str(bilbao), "profile", "add-topic",
         "offer", "x"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.returncode == 3
    assert result.stderr.startswith("rrr-desktop: « x » n'est pas un thème du vocabulaire. "
                                    "Les plus proches : ")
    assert len(result.stderr.splitlines()) == 1


def test_the_locale_picks_the_language_in_process(
        capsys: pytest.CaptureFixture[str], bilbao: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    code, _, err = run(capsys, "--home", str(bilbao), "init", "--city", "Rotterdam")
    assert code == 3
    assert err == ("rrr-desktop: Ten folder danych należy już do miasta Bilbao. Niczego nie "
                   "zmieniono. Aby pracować dla innego miasta, uruchom RRR Desktop z innym "
                   "--home.\n")


def test_lang_wins_over_the_locale(capsys: pytest.CaptureFixture[str], bilbao: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run(capsys, "--lang", "es", "--home", str(bilbao), "peers", "show",
                       "Atlantis")
    assert code == 3
    assert err.startswith("rrr-desktop: No hay ninguna ciudad par llamada «Atlantis». "
                          "Ciudades pares: ")
    assert current_language() == "es"


def test_an_unknown_lang_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "de", "peers", "list"])
    assert stop.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_outcome_lines_follow_the_language(capsys: pytest.CaptureFixture[str],
                                           bilbao: Path) -> None:
    code, out, _ = run(capsys, "--lang", "fr", "--home", str(bilbao), "profile", "add-topic",
                       "offer", "co-design-hubs")
    assert code == 0
    assert out.startswith("Ajouté : ") and out.endswith(" dans « ce que nous offrons ».\n")
    code, out, _ = run(capsys, "--home", str(bilbao), "profile", "add-topic", "offer",
                       "co-design-hubs")
    assert out.startswith("Already listed, nothing changed: ")


def test_an_import_summary_in_spanish(capsys: pytest.CaptureFixture[str], bilbao: Path,
                                      tmp_path: Path) -> None:
    source = tmp_path / "lista.csv"
    source.write_text("Name,Email\nKoop Bizkaia,info at koop\nZubia,zubia@example.org\n",
                      encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "es", "--home", str(bilbao), "stakeholders",
                       "import", str(source), "--dry-run")
    assert code == 0
    assert ("Resultado previsto. Añadidos: 2; actualizados: 0; omitidos: 0; con problemas: 0 "
            "(filas con datos personales: 1).\nImportadas sin uno de sus valores:\n  fila 2: "
            "correo electrónico 'info at koop' (columna 'Email'): no es una dirección de correo "
            "electrónico: la fila se importa sin ese valor\n") in out
    assert "Columna 'Email' -> correo electrónico\n" in out
    assert out.endswith("Prueba: no se ha cambiado nada.\n")


def test_a_spanish_locale_gives_spanish_reasons(capsys: pytest.CaptureFixture[str],
                                                bilbao: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, "--home", str(bilbao), "profile", "add-topic", "learn",
                       "bonos de impacto social")
    assert code == 0
    code, out, _ = run(capsys, "--home", str(bilbao), "peers", "suggest")
    assert code == 0
    assert ("   - Rotterdam ofrece el tema «bonos de impacto social y finanzas sociales», que "
            "queremos aprender") in out
    assert "Social impact bonds" not in out and "social impact bonds" not in out


def test_a_french_rejection_suggests_french_topics(capsys: pytest.CaptureFixture[str],
                                                   bilbao: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run(capsys, "--home", str(bilbao), "profile", "add-topic", "offer",
                       "confiance mutuelle!")
    assert code == 3
    assert err.startswith("rrr-desktop: « confiance mutuelle! » n'est pas un thème du "
                          "vocabulaire. Les plus proches : Instauration de la confiance "
                          "(trust-building)")


def test_a_polish_locale_shows_a_peer_in_polish(capsys: pytest.CaptureFixture[str],
                                               bilbao: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    code, out, _ = run(capsys, "--home", str(bilbao), "peers", "show", "Rotterdam")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Rotterdam — Holandia, Holandia Południowa"
    assert "  oferuje: Obligacje społeczne i finanse społeczne" in lines
    assert "Praktyki (1):" in lines
    assert any(line.startswith("Dopasowanie do miasta Bilbao: wynik ") for line in lines)


def test_the_setup_and_brief_commands_report_in_spanish(capsys: pytest.CaptureFixture[str],
                                                        bilbao: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, "--home", str(bilbao), "init", "--city", "Bilbao")
    assert (code, out) == (0, f"Nuestra ciudad ya es Bilbao (ES). Carpeta de datos: {bilbao}\n")
    code, out, _ = run(capsys, "--home", str(bilbao), "brief", str(tmp_path / "x.pdf"))
    assert code == 0
    assert out.startswith(f"Se ha escrito Nota informativa de la ciudad – Bilbao en "
                          f"{tmp_path / 'x.pdf'}: ")


def test_our_profile_reads_in_spanish(capsys: pytest.CaptureFixture[str], bilbao: Path) -> None:
    code, out, _ = run(capsys, "--lang", "es", "--home", str(bilbao), "profile", "show")
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == ["Bilbao (ES, España)", "Idiomas: español, vasco",
                         "Oficina de contacto: -"]
    assert lines[3].startswith("Resumen: ")
    for heading in ("Lo que ofrecemos:", "Lo que queremos aprender:",
                    "Nuestros retos compartidos:", "Prácticas:", "Autoevaluación: -"):
        assert heading in lines
    assert ("  - Mecanismos financieros para el acceso de la ESS a los contratos públicos "
            "(Mecanismo financiero, En marcha)") in lines
    assert "    temas: Mecanismos financieros y acceso a la contratación pública" in lines
    assert lines[-1].endswith(", actualizado el 15/07/2021")
    for english in ("Languages", "Contact office", "Summary", "What we", "Shared challenges",
                    "Practices", "Self-assessment", "Financial mechanism", "Running",
                    "topics:", "updated", "Spain", "Basque"):
        assert english not in out


def test_our_profile_reads_in_polish_scores_dates_and_own_words(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "demo")
    assert run(capsys, "--home", home, "demo")[0] == 0
    assert run(capsys, "--home", home, "profile", "add-topic", "offer", "trust-building")[0] == 0
    code, out, _ = run(capsys, "--lang", "pl", "--home", home, "profile", "show")
    assert code == 0
    lines = out.splitlines()
    assert lines[1] == "Języki: hiszpański, angielski"
    assert "  - Dane i pomiar wpływu [impact-measurement]: bez oceny" in lines
    assert any(line.startswith("  - Community kitchens in schools (własnymi słowami): ")
               for line in lines)
    assert any(line.endswith("(Centrum, W realizacji, od 2019 r.)") for line in lines)
    assert re.search(r"\[co-design-hubs\]: 7 \(ocena z \d\d\.\d\d\.\d{4}\)\n", out)
    assert re.fullmatch(r"Źródło: Wprowadzony przez miasto, zaktualizowano \d\d\.\d\d\.\d{4}",
                        lines[-1])
    for english in ("not assessed", "own words", ", since 2019)", "(assessed ",
                    "Entered by the city"):
        assert english not in out
