"""Preferences › Team database: typing the address, testing it, using it at the next start."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import resolve_paths
from rrr_desktop.views.app import with_team_database
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.window.preferences import PreferencesDialog
from rrr_desktop.views.window.preferences_team import TeamDatabaseTab


def fill(qtbot: QtBot, tab: TeamDatabaseTab, *, host: str, port: int, database: str,
         user: str) -> None:
    tab.use_team.setFocus()
    qtbot.keyClick(tab.use_team, Qt.Key.Key_Space)
    for field, text in ((tab.host, host), (tab.database, database), (tab.user, user)):
        field.clear()
        qtbot.keyClicks(field, text)
    tab.port.setValue(port)


def test_the_address_is_stored_on_ok_without_a_password_and_used_at_the_next_start(
        qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.team)
    qtbot.waitExposed(dialog)
    tab = dialog.team
    assert not tab.host.isEnabled()  # the home's own file, until the officer chooses
    fill(qtbot, tab, host="db.bilbao.example", port=5433, database="rrr", user="ana")
    assert tab.host.isEnabled()
    tab.tls.setCurrentIndex(tab.tls.findData("verify-full"))
    dialog.export_folder.setText(str(tmp_path))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    stored = Settings(tmp_path / "settings.ini").team_database
    assert stored == "postgresql://ana@db.bilbao.example:5433/rrr?sslmode=verify-full"
    paths = resolve_paths(tmp_path)
    assert with_team_database(paths, stored).team_database == stored
    elsewhere = resolve_paths(tmp_path, tmp_path / "other.sqlite3")  # --db wins
    assert with_team_database(elsewhere, stored).team_database is None
    reopened = TeamDatabaseTab(stored)
    qtbot.addWidget(reopened)
    assert (reopened.use_team.isChecked(), reopened.host.text(), reopened.port.value(),
            reopened.user.text(), reopened.tls.currentData()) == (
        True, "db.bilbao.example", 5433, "ana", "verify-full")


def test_test_connection_says_what_it_found(qtbot: QtBot, team_database: str) -> None:
    server = urlsplit(team_database)
    tab = TeamDatabaseTab("")
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    fill(qtbot, tab, host=server.hostname or "", port=server.port or 0,
         database=server.path.lstrip("/"), user=server.username or "")
    tab.tls.setCurrentIndex(tab.tls.findData("disable"))
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.test_button.isEnabled, timeout=20_000)
    assert tab.result.text().startswith("Connected to PostgreSQL ")
    assert "your role may change it" in tab.result.text()


def test_test_connection_says_why_it_failed(qtbot: QtBot) -> None:
    tab = TeamDatabaseTab("postgresql://ana@127.0.0.1:1/rrr?sslmode=disable")
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.test_button.isEnabled, timeout=20_000)
    assert "cannot be reached" in tab.result.text()
