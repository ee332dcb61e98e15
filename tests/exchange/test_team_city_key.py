"""One city identity for a team: every officer's bundles carry the city's one key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models import keyring_secrets
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.exchange.city_key import (
    PASSPHRASE_ENV,
    city_key_fingerprint,
    team_key_exists,
    unlock_city_key,
)
from rrr_desktop.services.exchange.container import (
    load_or_create_signing_key,
    open_bundle,
    public_key_bytes,
)
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.services.setup.database_copy import copy_register
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
from rrr_desktop.views.exchange.passphrase_dialog import TeamPassphraseDialog
from tests.factories import MemoryKeyring, click, open_city_home, to_the_file_page
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


def test_a_passphrase_typed_in_the_window_is_checked_then_kept_in_the_keyring(
        team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the team's own")
    ana = officer(team_database, tmp_path / "ana")
    try:
        init_our_city(ana.db, "Bilbao", None, None)
        assert not team_key_exists(ana.db)
        export_bundle(ana.db, ana.paths, tmp_path / "first.rrrbundle", ExportOptions())
        assert team_key_exists(ana.db)
        monkeypatch.delenv(PASSPHRASE_ENV)  # an officer started from the desktop icon
        with pytest.raises(RejectedInput) as wrong:
            unlock_city_key(ana.db, "a guess", on_this_computer=True)
        assert wrong.value.code == "team.passphrase_typed_wrong"
        assert memory_keyring.entries == {}
        assert unlock_city_key(ana.db, "the team's own", on_this_computer=True)
        assert list(memory_keyring.entries.values()) == ["the team's own"]
        monkeypatch.setenv(PASSPHRASE_ENV, "an old one")  # typed and checked: it wins
        export_bundle(ana.db, ana.paths, tmp_path / "mended.rrrbundle", ExportOptions())
        monkeypatch.delenv(PASSPHRASE_ENV)
        monkeypatch.setattr(keyring_secrets, "_typed", {})  # the next session
        export_bundle(ana.db, ana.paths, tmp_path / "next.rrrbundle", ExportOptions())
        assert (open_bundle(tmp_path / "next.rrrbundle").public_key
                == open_bundle(tmp_path / "first.rrrbundle").public_key)
    finally:
        ana.close()


def test_the_export_wizard_asks_for_the_passphrase_and_exports_nothing_on_a_wrong_one(
        qtbot: QtBot, team_database: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "the team's own")
    ana = officer(team_database, tmp_path / "ana")
    try:
        init_our_city(ana.db, "Bilbao", None, None)
        export_bundle(ana.db, ana.paths, tmp_path / "first.rrrbundle", ExportOptions())
        monkeypatch.delenv(PASSPHRASE_ENV)
        wizard = BundleExportWizard(ana, "Bilbao")
        qtbot.addWidget(wizard)
        to_the_file_page(qtbot, wizard)
        target = tmp_path / "team.rrrbundle"
        wizard.file.path.clear()
        qtbot.keyClicks(wizard.file.path, str(target))
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda: wizard.findChild(TeamPassphraseDialog) is not None,
                        timeout=20_000)
        dialog = wizard.findChild(TeamPassphraseDialog)
        assert not dialog.again.isVisible()  # the team has its key: typed once
        assert not dialog.remember.isEnabled()  # no keyring here
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.secret, "a guess")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not the team's passphrase" in dialog.problem.text(),
                        timeout=20_000)
        assert not target.exists()
        dialog.secret.clear()
        qtbot.keyClicks(dialog.secret, "the team's own")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(wizard.done_page.isComplete, timeout=20_000)
        assert wizard.done_page.title() == "Bundle Written"
        assert open_bundle(target).public_key == open_bundle(
            tmp_path / "first.rrrbundle").public_key
    finally:
        wait_for_background_work()
        ana.close()
