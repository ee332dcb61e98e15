"""``bundle import --take-conflicts``: ours are kept unless the officer takes theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from tests.factories import city_card, content_bundle, open_city_home, peer_stakeholder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, out


@pytest.fixture
def clash(tmp_path: Path) -> tuple[str, Path]:
    """A home holding Peer co-op 1, and a bundle with another name at the same revision."""
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    apply_bundle(home.db, inspect_bundle(home.db, content_bundle(
        tmp_path / "a.rrrbundle", {"profile.yaml": city_card(),
                                   "stakeholders.json": [peer_stakeholder(1)]})))
    home.close()
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1, name="Theirs")]})
    return str(tmp_path / "rotterdam"), bundle


def peer_names(home: str) -> list[str]:
    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.home import open_home

    opened = open_home(resolve_paths(home))
    try:
        with opened.db.reading() as connection:
            return [row[0] for row in connection.execute("SELECT name FROM peer_stakeholder")]
    finally:
        opened.close()


def test_without_the_option_ours_are_kept_and_the_option_is_named(
        capsys: pytest.CaptureFixture[str], clash: tuple[str, Path]) -> None:
    home, bundle = clash
    code, out = run(capsys, "--home", home, "bundle", "import", str(bundle), "--yes")
    assert code == 0
    assert "same revision: 1. Ours were kept" in out
    assert "--take-conflicts" in out
    assert "already here" not in out
    assert peer_names(home) == ["Peer co-op 1"]


def test_take_conflicts_takes_theirs(capsys: pytest.CaptureFixture[str],
                                     clash: tuple[str, Path]) -> None:
    home, bundle = clash
    code, out = run(capsys, "--home", home, "bundle", "import", str(bundle), "--yes",
                    "--take-conflicts")
    assert code == 0
    assert "The bundle's version of each is taken" in out
    assert peer_names(home) == ["Theirs"]


def test_the_preview_reads_as_sentences_in_the_officers_language(
        capsys: pytest.CaptureFixture[str], clash: tuple[str, Path]) -> None:
    """No status words or internal codes ("[conflicting] stakeholder", "tombstones 0")."""
    home, bundle = clash
    code, out = run(capsys, "--lang", "es", "--home", home, "bundle", "inspect", str(bundle))
    assert code == 0
    assert ("  Actor «Theirs»: difiere del nuestro en la misma revisión; se conserva el "
            "nuestro salvo que tome la versión del paquete (--take-conflicts).") in out
    assert "distintos de los nuestros en la misma revisión: 1;" in out
    assert "Huella de la clave: " in out and "(la misma clave que sus paquetes anteriores)" in out
    for internal in ("[", "conflicting", "stakeholder", "tombstones", "unchanged", "same-key"):
        assert internal not in out


def test_the_preview_names_changed_fields_in_the_officers_language(
        capsys: pytest.CaptureFixture[str], clash: tuple[str, Path]) -> None:
    home, bundle = clash
    code, out = run(capsys, "--lang", "es", "--home", home, "bundle", "inspect", str(bundle))
    assert code == 0
    assert "      Nombre: Peer co-op 1 → Theirs\n" in out
    assert "Name:" not in out
