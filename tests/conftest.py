"""Shared fixtures: every test gets its own home; Qt runs offscreen.

Helpers that test modules import (homes, cities, worlds, forged bundles) live in
``tests/factories.py``. The ``home`` fixture (and every fixture built on it) runs each
test on both engines: the SQLite file and a team's PostgreSQL database on a throwaway
server (``tests/team_server.py``); ``--engines sqlite`` keeps to the file.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from uuid import UUID

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rrr_desktop.collector import collect_if_due
from rrr_desktop.messages import set_language
from rrr_desktop.paths import HOME_ENV, AppPaths, resolve_paths
from rrr_desktop.services.exchange.city_key import PASSPHRASE_ENV
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.views.common.worker import wait_for_background_work
from tests.factories import (
    SEED_UUIDS,
    MemoryKeyring,
    migrated_paths,
    open_city_home,
    open_test_home,
)
from tests.team_server import NoServer, TeamServer, started_server

ENGINES = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--engines", default=",".join(ENGINES),
                     help="database engines the home fixture runs tests on "
                          "(default: sqlite,postgresql)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        chosen = [e.strip() for e in metafunc.config.getoption("engines").split(",")]
        if (metafunc.definition.get_closest_marker("sqlite_only")
                or _opens_the_file(metafunc.function)
                or metafunc.module.__name__.rsplit(".", 1)[-1] in FILE_ONLY_MODULES):
            chosen = ["sqlite"]
        metafunc.parametrize("engine", [e for e in ENGINES if e in chosen])


_FILE_ONLY = ("sqlite3.", ".db.path", "paths.database")
# Test modules about the SQLite file itself, through helpers the check above cannot see
# (the team database has its own tests of the same: tests/app/test_team_database.py).
FILE_ONLY_MODULES = frozenset({
    "test_write_lock",  # the SQLite file's write lock and its marker file
    "test_stakeholder_import_write",  # the storage classes SQLite gives bulk inserts
})


def _opens_the_file(test: object) -> bool:
    """Whether a test reads or breaks the SQLite file itself (``sqlite3.connect``, the
    file's path): it checks the file, and runs on that engine only."""
    import inspect

    try:
        source = inspect.getsource(test)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return False
    return any(marker in source for marker in _FILE_ONLY)


@pytest.fixture(scope="session")
def team_server() -> Iterator[TeamServer]:
    """A PostgreSQL server for the whole run; the tests that need one skip (CI: fail)
    when none can be started here."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(started_server())
        except NoServer as error:
            if os.environ.get("CI"):
                pytest.fail(f"CI must run the team database tests: {error}")
            pytest.skip(str(error))
        yield server
        _drop_finished(server, keep=0)


@pytest.fixture(scope="session")
def team_template(team_server: TeamServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a team database migrated and seeded once, that tests' databases copy."""
    url = team_server.new_database()
    opened = open_home(replace(resolve_paths(tmp_path_factory.mktemp("template")),
                               team_database=url))
    opened.close()
    return url.rsplit("/", 1)[1]


_finished_databases: list[str] = []
_KEPT_AFTER_USE = 5  # a closed window's last queued work may still reach for its database


def _drop_finished(server: TeamServer, keep: int = _KEPT_AFTER_USE) -> None:
    wait_for_background_work()
    while len(_finished_databases) > keep:
        server.drop(_finished_databases.pop(0))


@pytest.fixture
def team_database(team_server: TeamServer, team_template: str) -> Iterator[str]:
    """The address of a new team database, migrated and seeded, dropped afterwards.

    It is dropped a few tests later (or when the run ends): by then no queued work of a
    window the test opened still reaches for it."""
    _drop_finished(team_server)
    url = team_server.new_database(template=team_template)
    yield url
    _finished_databases.append(url)


@pytest.fixture(autouse=True, scope="session")
def _cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (``views/common/gui_collector.py``): a worker thread never collects
    reference cycles, which may hold Qt objects a test left behind (PySide6 would delete
    them from the wrong thread and crash the run)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_due_cycles() -> Iterator[None]:
    yield
    collect_if_due()


@pytest.fixture
def automatic_collection() -> Iterator[None]:
    """Python's own cycle collection on, as in a command-line run, for one test."""
    gc.enable()
    yield
    gc.disable()


@pytest.fixture(autouse=True)
def _no_real_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the developer's real data folder, nor follow their locale."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "default-home"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the computer's own keyring (as on a Linux session without
    Secret Service, none works), and secrets typed in one test are not known in the next."""
    import keyring
    from keyring.backends import fail

    from rrr_desktop.models import keyring_secrets

    monkeypatch.setattr(keyring_secrets, "_typed", {})
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")  # children


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working keyring that keeps its entries in memory, for one test."""
    import keyring
    from keyring.backends import fail

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Messages are English unless a test asks otherwise, and never leak into the next."""
    yield
    set_language("en")


def _window_in(locale_name: str) -> Iterator[None]:
    """The window in a language (Qt catalogues and service messages) for one test."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.views.common.translations import install_translations

    app = QApplication.instance() or QApplication([])
    assert "rrr_desktop" in install_translations(app, QLocale(locale_name))
    yield
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)  # gone now, not when deleteLater's event is processed
        translator.deleteLater()


@pytest.fixture
def spanish() -> Iterator[None]:
    """The window in Spanish for one test."""
    yield from _window_in("es_ES")


@pytest.fixture
def portuguese() -> Iterator[None]:
    """The window in Portuguese for one test."""
    yield from _window_in("pt_BR")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """The paths of a home not made yet (no folders, no database)."""
    return resolve_paths(tmp_path / "home")


@pytest.fixture
def home_dir(paths: AppPaths) -> str:
    """``--home`` for a command: a home folder whose database is migrated and seeded."""
    return str(migrated_paths(paths.home).home)


@pytest.fixture
def home(paths: AppPaths, engine: str, request: pytest.FixtureRequest,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Home]:
    """An open home at ``paths``, its database a copy of the migrated, seeded template:
    a SQLite file, or a team database on PostgreSQL (whose officers know the team's
    passphrase, which seals the city's signing key)."""
    if engine == "postgresql":
        monkeypatch.setenv(PASSPHRASE_ENV, "the team's passphrase")
        url = request.getfixturevalue("team_database")
        paths.create_folders()
        opened = open_home(replace(paths, team_database=url))
    else:
        opened = open_home(migrated_paths(paths.home))
    yield opened
    wait_for_background_work()  # a window's work on this home ends before it closes
    opened.close()


@pytest.fixture
def colleague(home: Home, tmp_path: Path) -> Iterator[Home]:
    """A colleague's home on the same database (the same file, or the same team
    database), whose changes are recorded as made by "Bea Colleague"."""
    opened = open_home(replace(home.paths, home=tmp_path / "colleague"), officer="Bea Colleague")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """One home with the sample data (our city, 300 stakeholders), shared by a module's
    tests that only read it."""
    from rrr_desktop.services.setup.sample_data import load_sample_data

    opened = open_test_home(tmp_path_factory.mktemp("sample") / "home")
    load_sample_data(opened.db)
    yield opened
    opened.close()


@pytest.fixture
def bilbao(home: Home) -> Home:
    """The ``home`` fixture, working for the shipped city of Bilbao."""
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    return home


@pytest.fixture
def rotterdam(tmp_path: Path) -> Iterator[Home]:
    """A second home in its own folder, working for Rotterdam (a peer of Bilbao's)."""
    opened = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    yield opened
    wait_for_background_work()  # a window's work on this home ends before it closes
    opened.close()


@pytest.fixture
def city_homes(tmp_path: Path) -> tuple[str, str]:
    """Two closed home folders for ``--home``: Bilbao's and Rotterdam's, in that order."""
    folders = []
    for city in ("Bilbao", "Rotterdam"):
        opened = open_city_home(tmp_path / city.lower(), city)
        opened.close()
        folders.append(str(opened.paths.home))
    return folders[0], folders[1]
@pytest.fixture(autouse=True)
def _english_plurals(request: pytest.FixtureRequest) -> None:
    """Counted texts read as in the app ("1 stakeholder"), as install_translations does."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QTranslator

    from rrr_desktop.views.common.translations import ENGLISH_PLURALS, install_english_plurals

    app = request.getfixturevalue("qapp")
    # A test that installed another language may have removed (and be deleting) the
    # translators it found: replace the English plurals with a fresh one, exactly once.
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == ENGLISH_PLURALS:
            app.removeTranslator(translator)
            translator.setObjectName("")
            translator.deleteLater()
    install_english_plurals(app)
