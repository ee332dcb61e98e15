"""The main window: start-up flow, pages, remembered state, About."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from rrr_desktop import __version__
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.setup import cities, directory
from rrr_desktop.views.briefs.page import BriefsPage
from rrr_desktop.views.common.deferred_page import DeferredPage
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.first_run import FirstRunDialog
from rrr_desktop.views.groups.page import WorkingGroupsPage
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.peers.page import PeersPage
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.startup import Startup
from tests.factories import open_test_home


def chosen_home(paths: AppPaths, city: str = "Bilbao") -> None:
    home = open_test_home(paths.home)
    cities.init_our_city(home.db, city, None, None)
    home.close()


class Launch:
    """A window and its start-up controller on a home, as ``run_gui`` wires them."""

    def __init__(self, qtbot: QtBot, paths: AppPaths) -> None:
        self.window = MainWindow(paths, Settings(paths.settings_file))
        qtbot.addWidget(self.window)
        self.startup = Startup(paths, self.window)
        self.window.firstShown.connect(self.startup.begin)

    def close(self) -> None:
        self.window.close()
        wait_for_background_work()
        if self.startup.home is not None:
            self.startup.home.close()


@pytest.fixture
def launch(qtbot: QtBot, paths: AppPaths) -> Iterator[Launch]:
    chosen_home(paths)
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.window.pagesFilled, timeout=10_000):
        opened.window.show()
    yield opened
    opened.close()


def peers_page(window: MainWindow) -> PeersPage:
    page = window.page("peers")
    assert isinstance(page, PeersPage)
    return page


def test_pages_fill_from_the_database(launch: Launch, qtbot: QtBot) -> None:
    window = launch.window
    assert window.city_label.text() == "Our city: Bilbao"
    assert window.windowTitle().startswith("Bilbao")
    peers = peers_page(window)
    assert peers.model.rowCount() == 8
    assert peers.search_count.text() == "8 peer cities, best first"
    assert peers.match.suggestion is not None  # the first row is selected and shown
    profile = window.page("profile")
    assert profile.waits_to_be_shown()  # read when first shown: start-up does not wait
    with qtbot.waitSignal(profile.filled, timeout=10_000):
        window.show_page("profile")
    assert profile.editor.draft().city_name == "Bilbao"  # type: ignore[attr-defined]


def test_search_finds_a_city_without_its_accent(launch: Launch, qtbot: QtBot) -> None:
    peers = peers_page(launch.window)
    launch.window.show_page("peers")
    qtbot.keyClicks(peers.filters.search, "montreal")
    assert peers.proxy.rowCount() == 1
    assert peers.match.suggestion is not None
    assert peers.match.suggestion.city == "Montréal"
    peers.filters.search.clear()
    qtbot.keyClicks(peers.filters.search, "atlantis")
    assert peers.search_count.text() == "No peer city matches “atlantis”."
    assert peers.match.suggestion is None


def test_sidebar_and_shortcuts_switch_pages(launch: Launch, qtbot: QtBot) -> None:
    window = launch.window
    window.sidebar.setCurrentRow(0)
    assert window.current_page() is window.page("profile")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("peers")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert peers_page(window).filters.search.hasFocus()


def test_window_size_and_last_page_are_remembered(qtbot: QtBot, paths: AppPaths) -> None:
    chosen_home(paths)
    first = Launch(qtbot, paths)
    first.window.show()
    width = first.window.minimumSizeHint().width() + 10  # fits the 800x600 offscreen screen
    first.window.resize(width, 520)
    first.window.show_page("profile")
    first.close()

    second = Launch(qtbot, paths)
    assert second.window.size().toTuple() == (width, 520)
    assert second.window.sidebar.currentRow() == 0
    second.close()


def test_about_shows_version_paths_and_licence(launch: Launch) -> None:
    dialog = launch.window.show_about()
    assert dialog.isVisible()
    assert dialog.fields["version"] == __version__
    assert dialog.fields["database"] == str(launch.window.paths.database)
    assert dialog.fields["data_folder"] == str(launch.window.paths.home)
    assert "MIT" in dialog.fields["licence"]
    dialog.close()


def test_first_run_asks_for_our_city_then_fills_the_window(
        qtbot: QtBot, paths: AppPaths) -> None:
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.startup.firstRunShown, timeout=10_000) as shown:
        opened.window.show()
    dialog: FirstRunDialog = shown.args[0]
    assert dialog.isVisible()
    with qtbot.waitSignal(opened.window.pagesFilled, timeout=10_000):
        dialog.choose_seeded(dialog.seeded_uuids()[-1])
        dialog.accept()
    assert opened.window.city_label.text() == "Our city: Warsaw"
    opened.close()


def test_quitting_the_first_run_dialog_quits(qtbot: QtBot, paths: AppPaths,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.startup.firstRunShown, timeout=10_000) as shown:
        opened.window.show()
    qtbot.mouseClick(shown.args[0].quit_button, Qt.MouseButton.LeftButton)
    assert exits == [0]
    opened.close()
    home = open_home(paths)
    assert directory.our_city(home.db) is None  # nothing was chosen
    home.close()


def test_database_from_a_newer_version_is_explained_and_left_alone(
        qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen_home(paths)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    before = paths.database.read_bytes()
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.startup.failed, timeout=10_000) as failed:
        opened.window.show()
    assert "newer version of RRR Desktop" in failed.args[0]
    assert "Nothing was changed" in failed.args[0]
    assert paths.database.read_bytes() == before
    opened.close()


def test_a_write_waiting_for_another_program_is_said_in_the_status_bar(
        launch: Launch, qtbot: QtBot, paths: AppPaths) -> None:
    """Another program holds the write lock: the window answers and says it waits."""
    import sqlite3

    from rrr_desktop.views.common.writes import write_waits

    window = launch.window
    peers = peers_page(window)
    peers.table.selectRow(0)
    other = sqlite3.connect(paths.database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(write_waits().waiting, timeout=8_000):
            peers.pin_action.trigger()
        assert window.messages.current().startswith("Waiting for the database")
    finally:
        other.execute("COMMIT")
        other.close()
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Pin Peer City", timeout=20_000)


def test_working_groups_and_briefs_are_made_when_first_shown(launch: Launch,
                                                             qtbot: QtBot) -> None:
    window = launch.window
    groups = window.pages[[page.key for page in window.pages].index("groups")]
    assert isinstance(groups, DeferredPage)
    assert groups.real is None and groups.waits_to_be_shown()
    with qtbot.waitSignal(groups.filled, timeout=10_000):
        window.show_page("groups")
    assert isinstance(groups.real, WorkingGroupsPage)
    assert not groups.waits_to_be_shown()
    briefs = window.page("briefs")  # asked for (File › Print Brief): made and filled too
    assert isinstance(briefs, BriefsPage)
    qtbot.waitUntil(lambda: briefs.city == "Bilbao", timeout=10_000)


def test_the_page_on_screen_is_filled_at_start_even_if_made_when_shown(
        qtbot: QtBot, paths: AppPaths) -> None:
    chosen_home(paths)
    settings = Settings(paths.settings_file)
    settings.last_page = "briefs"
    settings.sync()
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.window.pagesFilled, timeout=10_000):
        opened.window.show()
    briefs = opened.window.current_page()
    assert isinstance(briefs, BriefsPage)
    assert briefs.city == "Bilbao"
    groups = opened.window.pages[[page.key for page in opened.window.pages].index("groups")]
    assert isinstance(groups, DeferredPage) and groups.real is None
    opened.close()


def test_a_profile_draft_left_by_a_crash_is_restored_and_saved_at_start(
        qtbot: QtBot, paths: AppPaths) -> None:
    """The Profile page is read when first shown, unless unsaved edits wait in the draft
    file: those are restored and saved at once, as before."""
    from dataclasses import replace

    from rrr_desktop.services.profile.document import write_draft_file
    from rrr_desktop.services.profile.read import load_profile

    chosen_home(paths)
    home = open_home(paths)
    saved = load_profile(home.db)
    write_draft_file(paths.profile_draft, replace(saved, summary="Typed before the crash"))
    home.close()
    opened = Launch(qtbot, paths)
    with qtbot.waitSignal(opened.window.pagesFilled, timeout=10_000):
        opened.window.show()
    assert not opened.window.page("profile").waits_to_be_shown()
    qtbot.waitUntil(lambda: not paths.profile_draft.exists(), timeout=10_000)
    opened.close()
    home = open_home(paths)
    assert load_profile(home.db).summary == "Typed before the crash"
    home.close()


def test_a_topic_added_to_the_profile_ranks_the_peers_again(qtbot: QtBot,
                                                            paths: AppPaths) -> None:
    chosen_home(paths, "Torino")
    launch = Launch(qtbot, paths)
    with qtbot.waitSignal(launch.window.pagesFilled, timeout=10_000):
        launch.window.show()
    peers = peers_page(launch.window)

    def bilbao_score() -> float:
        rows = [peers.model.suggestion(r) for r in range(peers.model.rowCount())]
        return next(s.score for s in rows if s.city == "Bilbao")

    before = bilbao_score()
    profile = launch.window.page("profile")
    with qtbot.waitSignal(profile.filled, timeout=10_000):
        launch.window.show_page("profile")
    learn = profile.editor.topic_lists["wants_to_learn"]  # type: ignore[attr-defined]
    line = learn.topic_choice.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "public procurement")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bilbao_score() > before, timeout=15_000)  # Bilbao offers it
    launch.close()
