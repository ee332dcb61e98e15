"""The real program in its own process: smoke test, no display, one instance per home."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rrr_desktop.paths import DATABASE_ENV
from rrr_desktop.views.common.display import display_problem
from tests.factories import heavy_modules_loaded_by

pytestmark = pytest.mark.slow

LOCK_HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def app(*args: str, env: dict[str, str] | None = None,
        timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rrr_desktop", *args], capture_output=True,
                          text=True, timeout=timeout, env=env or dict(os.environ), check=False)


def hold_lock(lock_file: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(lock_file)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_smoke_test_passes_on_a_new_home(tmp_path: Path) -> None:
    result = app("--home", str(tmp_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert (tmp_path / "rrr-desktop.sqlite3").exists()
    assert (tmp_path / "settings.ini").exists()


def test_the_window_refuses_a_database_url_before_creating_anything(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(  # in tmp_path: a URL taken as a relative path would land here
        [sys.executable, "-m", "rrr_desktop", "--home", str(tmp_path / "home"), "--db",
         "mysql://u:secret@h/rrr", "--smoke-test"], capture_output=True, text=True,
        timeout=30, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(root)}, check=False)
    assert result.returncode == 3
    assert "mysql:// databases are not supported yet" in result.stderr
    assert "secret" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_window_says_why_a_team_database_cannot_be_reached(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "rrr_desktop", "--home", str(tmp_path / "home"), "--db",
         "postgresql://u:secret@127.0.0.1:1/rrr", "--smoke-test"], capture_output=True,
        text=True, timeout=60, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(root)},
        check=False)
    assert result.returncode != 0
    assert "team database postgresql://u@127.0.0.1:1/rrr cannot be reached" in result.stderr
    assert "secret" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux needs a display")
def test_without_a_display_the_launch_says_how_to_run_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = app("--home", str(tmp_path), env=env, timeout=30)
    assert result.returncode == 1
    assert "needs a graphical display" in result.stderr
    assert "xvfb-run" in result.stderr
    assert "Traceback" not in result.stderr


def test_display_problem_respects_an_explicit_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_problem() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert "xvfb-run" in (display_problem() or "")
    monkeypatch.setattr(sys, "platform", "win32")
    assert display_problem() is None


def test_a_second_instance_on_the_same_home_is_told_and_changes_nothing(tmp_path: Path) -> None:
    assert app("--home", str(tmp_path), "init", "--city", "Bilbao").returncode == 0
    database = tmp_path / "rrr-desktop.sqlite3"
    before = database.read_bytes()
    holder = hold_lock(tmp_path / "rrr-desktop.lock")
    try:
        result = app("--home", str(tmp_path), "--smoke-test", timeout=30)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "already running" in result.stderr
    assert database.read_bytes() == before


def test_a_lock_left_by_a_killed_instance_is_recovered(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    holder = hold_lock(tmp_path / "rrr-desktop.lock")
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    time.sleep(0.1)
    assert (tmp_path / "rrr-desktop.lock").exists()
    result = app("--home", str(tmp_path), "--smoke-test")
    assert result.returncode == 0, result.stderr


def test_the_window_can_show_before_the_database_libraries_load() -> None:
    assert heavy_modules_loaded_by(
        "import rrr_desktop.views.app, rrr_desktop.views.main_window, "
        "rrr_desktop.views.startup, rrr_desktop.views.common.crash") == []


FILL_EVERY_PAGE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.setup import directory
from rrr_desktop.services.home import open_home
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
paths = resolve_paths({home!r})
home = open_home(paths)
window = MainWindow(paths, Settings(paths.settings_file))
waiting = set(window.pages)
def filled(page):
    waiting.discard(page)
    if not waiting:
        app.quit()
for page in window.pages:
    page.filled.connect(lambda page=page: filled(page))
window.show()
window.open_home(home, directory.our_city(home.db))
for page in window.pages:  # those made when first shown fill as they are shown
    window.show_page(page.key)
app.exec()
from PySide6.QtCore import QThreadPool
QThreadPool.globalInstance().waitForDone()
"""


def test_every_page_fills_before_the_database_libraries_load(tmp_path: Path) -> None:
    """Start-up reads with plain sqlite3: a page that reaches for the ORM (or PyYAML,
    pydantic) to fill itself costs every officer a quarter of a second. Country names
    come from pycountry (light), so it may load."""
    assert app("--home", str(tmp_path), "demo").returncode == 0
    loaded = heavy_modules_loaded_by(FILL_EVERY_PAGE.format(home=str(tmp_path)))
    assert set(loaded) <= {"pycountry"}


def test_a_team_homes_pages_fill_before_the_database_libraries_load(
        tmp_path: Path, team_database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The team database has the file's fast path: its schema checked and every page
    read through psycopg alone, SQLAlchemy loaded only at the first write."""
    monkeypatch.setenv(DATABASE_ENV, team_database)
    assert app("--home", str(tmp_path), "demo").returncode == 0
    loaded = heavy_modules_loaded_by(FILL_EVERY_PAGE.format(home=str(tmp_path)))
    assert set(loaded) <= {"pycountry"}
