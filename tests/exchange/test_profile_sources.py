"""Where a peer's profile came from reads in the reader's language: the seeded
peer-city meeting, a bundle (stored as data, worded when shown), and the English
sentence a database of an earlier version holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml

from rrr_desktop.messages import catalogue
from rrr_desktop.paths import resolve_paths
from rrr_desktop.resources import resource_path
from rrr_desktop.services.home import open_home
from rrr_desktop.services.profile.store import load_profile, save_profile
from rrr_desktop.services.setup.cities import ENTERED_BY_THE_CITY
from rrr_desktop.services.setup.sources import bundle_source, known_source, source_words
from tests.factories import run_cli


def test_the_stored_known_sources_are_the_catalogues_english_texts() -> None:
    seed = yaml.safe_load((resource_path("seed") / "peer_cities.yaml").read_text("utf-8"))
    assert seed["source"] == known_source("profile_source.peer_meeting")
    assert known_source("cli_profile.entered_by_the_city") == ENTERED_BY_THE_CITY
    assert catalogue("en")["profile_source.sample"] == known_source("profile_source.sample")


def test_sources_read_in_the_readers_language() -> None:
    meeting = known_source("profile_source.peer_meeting")
    assert source_words(meeting, "pl").startswith("Spotkanie miast partnerskich RRR, 15 lipca")
    assert source_words(meeting, "en") == meeting
    stored = bundle_source("Belo-Horizonte-2026-12-07.rrrbundle", "Belo Horizonte",
                           date(2026, 12, 7))
    assert source_words(stored, "es") == (
        "Paquete Belo-Horizonte-2026-12-07.rrrbundle de Belo Horizonte, 7 de diciembre de 2026")
    # what a database of an earlier version holds reads as well
    old = "Bundle Belo-Horizonte-2026-12-07.rrrbundle from Belo Horizonte, 2026-12-07"
    assert source_words(old, "fr") == (
        "Lot Belo-Horizonte-2026-12-07.rrrbundle de Belo Horizonte, 7 décembre 2026")
    assert source_words("Directory of 2024", "pl") == "Directory of 2024"  # typed: as it is
    assert source_words("", "pl") == ""


def test_peers_show_names_the_bundle_in_the_readers_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, city_homes: tuple[str, str]) -> None:
    bilbao, rotterdam = city_homes
    home = open_home(resolve_paths(bilbao))
    try:
        save_profile(home.db, replace(load_profile(home.db), summary="Bilbao Ekintza"))
    finally:
        home.close()
    bundle = str(tmp_path / "Bilbao.rrrbundle")
    assert run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)[0] == 0
    assert run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)[0] == 0
    code, out, err = run_cli(capsys, "--lang", "es", "peers", "show", "Bilbao",
                             "--home", rotterdam)
    assert code == 0, err
    assert "Paquete Bilbao.rrrbundle de Bilbao, " in out
    assert "Bundle " not in out and "2021-07-15" not in out
    code, out, err = run_cli(capsys, "--lang", "pl", "peers", "show", "Dublin",
                             "--home", rotterdam)
    assert code == 0, err
    assert "Spotkanie miast partnerskich RRR, 15 lipca 2021" in out and "2021-07-15" not in out
    assert "peer-city meeting" not in out
