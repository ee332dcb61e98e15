"""One city identity for a team: every officer's bundles carry the city's one key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.exchange.city_key import PASSPHRASE_ENV, city_key_fingerprint
from rrr_desktop.services.exchange.container import (
    load_or_create_signing_key,
    open_bundle,
    public_key_bytes,
)
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.services.setup.database_copy import copy_register
from tests.factories import open_city_home
from tests.team_server import TeamServer


def officer(team_database: str, folder: Path) -> Home:
    return open_home(replace(resolve_paths(folder), team_database=team_database))


def test_every_officer_signs_with_the_citys_one_key(
        team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse battery staple")
    ana, joao = officer(team_database, tmp_path / "ana"), officer(team_database, tmp_path / "joao")
    try:
        init_our_city(ana.db, "Bilbao", None, None)
        keys = []
        for home in (ana, joao):
            path = tmp_path / f"{home.paths.home.name}.rrrbundle"
            export_bundle(home.db, home.paths, path, ExportOptions())
            keys.append(open_bundle(path).public_key)
            assert not home.paths.signing_key.exists()  # no key of their own is made
        assert keys[0] == keys[1]
        assert city_key_fingerprint(joao.db, joao.paths) == open_bundle(path).fingerprint
    finally:
        ana.close()
        joao.close()


def test_the_key_needs_the_teams_passphrase(
        team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ana = officer(team_database, tmp_path / "ana")
    try:
        init_our_city(ana.db, "Bilbao", None, None)
        monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
        with pytest.raises(RejectedInput) as missing:
            export_bundle(ana.db, ana.paths, tmp_path / "a.rrrbundle", ExportOptions())
        assert PASSPHRASE_ENV in str(missing.value)
        monkeypatch.setenv(PASSPHRASE_ENV, "right")
        export_bundle(ana.db, ana.paths, tmp_path / "a.rrrbundle", ExportOptions())
        monkeypatch.setenv(PASSPHRASE_ENV, "wrong")
        with pytest.raises(RejectedInput) as wrong:
            export_bundle(ana.db, ana.paths, tmp_path / "b.rrrbundle", ExportOptions())
        assert wrong.value.code == "team.passphrase_wrong"
        assert not (tmp_path / "b.rrrbundle").exists()
    finally:
        ana.close()


def test_a_home_moved_into_a_team_database_keeps_the_key_its_peers_pinned(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "shared by the team")
    single = open_city_home(tmp_path / "single", "Bilbao")
    pinned = public_key_bytes(load_or_create_signing_key(single.paths.signing_key))
    url = team_server.new_database()
    try:
        copy_register(single, url)
        single.close()
        team = officer(url, tmp_path / "team-officer")
        try:
            export_bundle(team.db, team.paths, tmp_path / "t.rrrbundle", ExportOptions())
        finally:
            team.close()
        assert open_bundle(tmp_path / "t.rrrbundle").public_key == pinned
    finally:
        team_server.drop(url)
