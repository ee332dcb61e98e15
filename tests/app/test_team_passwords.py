"""A team database's password: libpq's own places first, then the one typed in the window,
kept for the session or in the system keyring (a fake one here), never in a file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models import keyring_secrets
from rrr_desktop.models.keyring_secrets import Secret
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.startup import Startup
from rrr_desktop.views.window.preferences import PreferencesDialog
from rrr_desktop.views.window.preferences_team import TeamDatabaseTab, TeamPasswordDialog
from tests.factories import MemoryKeyring
from tests.team_server import URL_ENV, TeamServer

ADDRESS = "postgresql://ana@db.bilbao.example:5433/rrr?sslmode=require"
ROLE, PASSWORD = "rrr_keyring_officer", "Secret-of-ana-42"


@pytest.fixture(scope="module")
def password_database(team_server: TeamServer, team_template: str) -> Iterator[str]:
    """A team database whose officer role must give a password (SCRAM), as a real
    server's ``pg_hba.conf`` asks; the address holds no password."""
    if os.environ.get(URL_ENV):
        pytest.skip(f"adds a line to the server's pg_hba.conf: only on the throwaway "
                    f"server, not on {URL_ENV}'s")
    url = team_server.new_database(template=team_template)
    name = url.rsplit("/", 1)[1]
    team_server.execute(
        f"DROP ROLE IF EXISTS {ROLE}",
        f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'",
        f"GRANT ALL ON DATABASE {name} TO {ROLE}",
        # The line goes first, for this role only: every other test keeps trust.
        "DO $$ DECLARE hba text := current_setting('hba_file'); BEGIN EXECUTE format("
        "'COPY (SELECT %L UNION ALL SELECT regexp_split_to_table(%L, E''\\n'')) TO %L', "
        f"'host all {ROLE} 127.0.0.1/32 scram-sha-256', pg_read_file(hba), hba); END $$",
        "SELECT pg_reload_conf()")
    import psycopg

    base = urlsplit(url)
    with psycopg.connect(f"postgresql://rrr@{base.hostname}:{base.port}/{name}",
                         autocommit=True) as owner:
        for table in ("ALL TABLES", "ALL SEQUENCES"):
            owner.execute(f"GRANT ALL ON {table} IN SCHEMA public TO {ROLE}")  # type: ignore[arg-type]
    yield f"postgresql://{ROLE}@{base.hostname}:{base.port}/{name}?sslmode=disable"
    team_server.drop(url)
    team_server.execute(f"DROP ROLE {ROLE}")


def test_a_secret_is_filed_under_the_address_without_password_nor_options(
        memory_keyring: MemoryKeyring) -> None:
    assert keyring_secrets.remember(Secret.DATABASE_PASSWORD, ADDRESS, "s3cret",
                                    on_this_computer=True)
    assert memory_keyring.entries == {("RRR Desktop: team database password",
                                       "postgresql://ana@db.bilbao.example:5433/rrr"): "s3cret"}
    other_tls = ADDRESS.replace("require", "verify-full")
    assert keyring_secrets.known_secret(Secret.DATABASE_PASSWORD, other_tls) == "s3cret"
    assert keyring_secrets.known_secret(Secret.TEAM_PASSPHRASE, ADDRESS) is None
    keyring_secrets.forget(Secret.DATABASE_PASSWORD, ADDRESS)
    assert memory_keyring.entries == {}
    assert keyring_secrets.known_secret(Secret.DATABASE_PASSWORD, ADDRESS) is None


def test_not_remembered_is_kept_for_the_session_and_drops_the_copy_in_the_keyring(
        memory_keyring: MemoryKeyring) -> None:
    keyring_secrets.remember(Secret.DATABASE_PASSWORD, ADDRESS, "old", on_this_computer=True)
    assert not keyring_secrets.remember(Secret.DATABASE_PASSWORD, ADDRESS, "new",
                                        on_this_computer=False)
    assert memory_keyring.entries == {}
    assert keyring_secrets.known_secret(Secret.DATABASE_PASSWORD, ADDRESS) == "new"


def test_without_a_working_keyring_a_secret_lives_in_memory_only(tmp_path: Path) -> None:
    assert not keyring_secrets.keyring_works()  # the fail backend, as on a bare Linux
    assert not keyring_secrets.remember(Secret.TEAM_PASSPHRASE, ADDRESS, "pass",
                                        on_this_computer=True)
    assert keyring_secrets.known_secret(Secret.TEAM_PASSPHRASE, ADDRESS) == "pass"
    assert not keyring_secrets.is_remembered(Secret.TEAM_PASSPHRASE, ADDRESS)


def test_the_preferences_keep_the_password_in_the_keyring_and_never_in_the_settings(
        qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.team_database = ADDRESS
    settings.export_folder = str(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.team
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitExposed(dialog)
    assert tab.remember.isEnabled()
    qtbot.keyClicks(tab.password, PASSWORD)
    qtbot.mouseClick(tab.remember, Qt.MouseButton.LeftButton)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert list(memory_keyring.entries.values()) == [PASSWORD]
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    reopened = TeamDatabaseTab(ADDRESS)
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(reopened.remember.isChecked)
    assert reopened.password.placeholderText() == "remembered on this computer"
    assert reopened.password.text() == ""
    qtbot.mouseClick(reopened.remember, Qt.MouseButton.LeftButton)  # untick: forget it
    reopened.keep_password()
    assert memory_keyring.entries == {}


def test_without_a_keyring_the_preferences_say_the_password_is_asked_at_each_start(
        qtbot: QtBot) -> None:
    tab = TeamDatabaseTab(ADDRESS)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.remember.isEnabled()
    assert tab.no_keyring.isVisible()
    assert "asked again at each start" in tab.no_keyring.text()


def test_the_password_is_asked_for_only_when_libpq_has_none(
        password_database: str, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    paths = replace(resolve_paths(tmp_path / "ana"), team_database=password_database)
    with pytest.raises(RejectedInput) as needed:
        open_home(paths)
    assert needed.value.code == "database.team_password_needed"

    keyring_secrets.remember(Secret.DATABASE_PASSWORD, password_database, "wrong",
                             on_this_computer=True)
    with pytest.raises(RejectedInput) as wrong:
        open_home(paths)
    assert wrong.value.code == "database.team_password_wrong"

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # libpq's own place comes first
    open_home(paths).close()

    monkeypatch.delenv("PGPASSWORD")
    keyring_secrets.remember(Secret.DATABASE_PASSWORD, password_database, PASSWORD,
                             on_this_computer=True)
    monkeypatch.setattr(keyring_secrets, "_typed", {})  # a new session: the keyring only
    home = open_home(paths)
    try:
        assert home.db.read_only is False
    finally:
        home.close()


def test_test_connection_uses_the_password_typed(
        qtbot: QtBot, password_database: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    tab = TeamDatabaseTab(password_database)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.test_button.isEnabled, timeout=20_000)
    assert "asks for your password" in tab.result.text()
    qtbot.keyClicks(tab.password, PASSWORD)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.test_button.isEnabled, timeout=20_000)
    assert tab.result.text().startswith("Connected to PostgreSQL ")


def test_the_start_asks_for_a_password_and_refuses_a_wrong_one(
        qtbot: QtBot, password_database: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    dialog = TeamPasswordDialog(password_database, "the team", keyring_works=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problem.isHidden()
    qtbot.keyClicks(dialog.secret, "not it")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the password" in dialog.problem.text(), timeout=20_000)
    assert dialog.isVisible()
    assert keyring_secrets.known_secret(Secret.DATABASE_PASSWORD, password_database) is None
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert unlocked.args == [False]  # no keyring here: kept for this session
    assert keyring_secrets.known_secret(Secret.DATABASE_PASSWORD, password_database) == PASSWORD


def test_the_window_asks_for_the_password_at_the_start_then_opens_the_register(
        qtbot: QtBot, password_database: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    paths = replace(resolve_paths(tmp_path / "ana"), team_database=password_database)
    paths.create_folders()
    window = MainWindow(paths, Settings(paths.settings_file))
    qtbot.addWidget(window)
    startup = Startup(paths, window)
    window.firstShown.connect(startup.begin)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.findChild(TeamPasswordDialog) is not None,
                        timeout=20_000)
        dialog = window.findChild(TeamPasswordDialog)
        assert "asks for your password" in dialog.findChild(QLabel).text()
        qtbot.keyClicks(dialog.secret, PASSWORD)
        with qtbot.waitSignal(startup.firstRunShown, timeout=30_000):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        assert startup.home is not None
    finally:
        window.close()
        wait_for_background_work()
        if startup.home is not None:
            startup.home.close()
