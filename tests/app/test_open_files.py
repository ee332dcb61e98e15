"""Bundles and lists open the desktop way: named on the command line, handed on by a
later launch, sent by macOS, dropped on the window."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from rrr_desktop.cli.parser import build_parser, only_window_options, split_open_files
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import directory
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.exchange.import_dialog import BundleImportDialog
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.importing.preview_dialog import ImportPreviewDialog
from rrr_desktop.views.window.single_instance import InstanceServer, hand_over, server_name
from tests.factories import city_card, content_bundle, open_city_home, peer_stakeholder

COMMANDS = set(next(a.choices for a in build_parser()._actions if hasattr(a, "choices")
                    and isinstance(a.choices, dict)))


def test_files_instead_of_a_command_are_opened_and_commands_still_run() -> None:
    parser = build_parser()
    options, files = split_open_files(parser, ["--home", "h", "a.rrrbundle", "-psn_0_42",
                                               "sub/b.rrrbundle"])
    assert options == ["--home", "h"]
    assert files == [Path("a.rrrbundle").absolute(), Path("sub/b.rrrbundle").absolute()]
    assert split_open_files(parser, ["--home", "peers", "peers", "list"]) == (
        ["--home", "peers", "peers", "list"], [])
    assert parser.parse_args(options).home == "h"
    assert split_open_files(parser, ["lsit"]) == (["lsit"], [])  # a typo stays a usage error


@given(st.text(alphabet="abcxyz._- ", min_size=1).filter(lambda word: not word.startswith("-")),
       st.lists(st.text(alphabet="abcxyz._/ ", min_size=1).filter(
           lambda word: not word.startswith("-")), max_size=4))
def test_after_a_bundle_every_word_is_a_file(first: str, words: list[str]) -> None:
    bundle = first + ".rrrbundle"
    options, files = split_open_files(build_parser(), ["--db", "x.sqlite3", bundle, *words])
    assert options == ["--db", "x.sqlite3"]
    assert files == [Path(word).absolute() for word in [bundle, *words]]


@given(st.text(alphabet="abcxyz", min_size=1).filter(lambda word: word not in COMMANDS))
def test_a_word_that_is_neither_a_command_nor_a_file_is_left_to_the_parser(word: str) -> None:
    assert split_open_files(build_parser(), [word]) == ([word], [])


@pytest.fixture
def rotterdam(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    yield opened
    wait_for_background_work()
    opened.close()


def bundle(folder: Path, name: str, first: int) -> Path:
    return content_bundle(folder / name, {
        "profile.yaml": city_card(revision=first + 2),
        "stakeholders.json": [peer_stakeholder(n) for n in range(first, first + 2)]})


def window_on(qtbot: QtBot, home: Home) -> MainWindow:
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    return window


def open_home(window: MainWindow, home: Home) -> None:
    our_city = directory.our_city(home.db)
    assert our_city is not None
    window.open_home(home, our_city)


def test_files_given_before_the_data_is_open_wait_then_open_together(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    window = window_on(qtbot, rotterdam)
    first, second = bundle(tmp_path, "a.rrrbundle", 0), bundle(tmp_path, "b.rrrbundle", 5)
    window.files.open_files([first])
    window.files.open_files([second])
    assert window.findChildren(BundleImportDialog) == []
    open_home(window, rotterdam)
    [dialog] = window.findChildren(BundleImportDialog)
    qtbot.waitUntil(lambda: len(dialog.previews) == 2)
    assert dialog.apply_button.isEnabled()


def test_a_bundle_arriving_while_a_preview_is_open_joins_it(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    window.files.open_files([bundle(tmp_path, "a.rrrbundle", 0)])
    [dialog] = window.findChildren(BundleImportDialog)
    qtbot.waitUntil(lambda: len(dialog.previews) == 1)
    window.files.receive_from_later_launch([bundle(tmp_path, "b.rrrbundle", 5)])
    qtbot.waitUntil(lambda: len(dialog.previews) == 2)
    assert window.findChildren(BundleImportDialog) == [dialog]
    [bilbao] = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert bilbao.text(0) == "Bilbao (ES)"
    assert [bilbao.child(i).text(0) for i in range(bilbao.childCount())] == [
        "a.rrrbundle", "b.rrrbundle"]


def test_bundles_of_several_cities_are_previewed_per_city_and_applied_one_by_one(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    from tests.factories import OTHER_KEY, Sender

    porto = Sender(uuid4(), "Porto", "PT")
    from_porto = content_bundle(tmp_path / "porto.rrrbundle", {
        "profile.yaml": city_card(porto, revision=3),
        "stakeholders.json": [peer_stakeholder(50)]}, sender=porto, key=OTHER_KEY)
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    window.files.open_files([bundle(tmp_path, "bilbao.rrrbundle", 0), from_porto])
    [dialog] = window.findChildren(BundleImportDialog)
    qtbot.waitUntil(dialog.apply_city_button.isEnabled)
    cities = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert sorted(c.text(0) for c in cities) == ["Bilbao (ES)", "Porto (PT)"]
    porto_item = next(c for c in cities if c.text(0) == "Porto (PT)")
    dialog.tree.setCurrentItem(porto_item)
    qtbot.mouseClick(dialog.apply_city_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.paths == [tmp_path / "bilbao.rrrbundle"]
                    and len(dialog.previews) == 1 and dialog.apply_button.isEnabled())
    assert dialog.isVisible()
    assert peer_names(rotterdam) == ["Peer co-op 50"]
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert peer_names(rotterdam) == ["Peer co-op 0", "Peer co-op 1", "Peer co-op 50"]


def peer_names(home: Home) -> list[str]:
    with home.db.reading() as connection:
        return [row[0] for row in connection.execute(
            "SELECT name FROM peer_stakeholder ORDER BY name")]


def test_a_macos_file_open_event_opens_the_bundle(qtbot: QtBot, rotterdam: Home,
                                                  tmp_path: Path) -> None:
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(window.files)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(bundle(tmp_path, "a.rrrbundle", 0))))
    finally:
        app.removeEventFilter(window.files)
    [dialog] = window.findChildren(BundleImportDialog)
    qtbot.waitUntil(lambda: len(dialog.previews) == 1)


def test_a_dropped_spreadsheet_opens_the_stakeholder_import(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Name,City\nCo-op Uno,Rotterdam\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ImportPreviewDialog)))
    wait_for_background_work()


def test_unknown_files_are_named_in_the_status_bar(qtbot: QtBot, rotterdam: Home,
                                                   tmp_path: Path) -> None:
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    window.files.open_files([tmp_path / "notes.txt"])
    assert "notes.txt" in window.messages.current()
    assert window.findChildren(BundleImportDialog) == []


def test_a_later_launch_reaches_only_the_window_of_its_own_home(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    server = InstanceServer(tmp_path / "a")
    assert server.is_listening()
    assert not hand_over(tmp_path / "b", [], starting_ms=0)
    with qtbot.waitSignal(server.filesReceived) as received:
        # hand_over blocks while waiting for the answer; the server answers from the
        # event loop, so run it in a process of its own, as a real second launch.
        launch = subprocess.Popen([sys.executable, "-c", HAND_OVER.format(
            home=str(tmp_path / "a"), file=str(tmp_path / "z.rrrbundle"))],
            stdout=subprocess.PIPE, text=True)
    assert received.args == [[tmp_path / "z.rrrbundle"]]
    assert launch.communicate(timeout=30)[0].strip() == "True"
    qtbot.waitUntil(lambda: not server.findChildren(QLocalSocket))  # the launch hung up


def test_a_launch_while_the_window_is_starting_waits_for_it(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    """The window listens only once its pages are filled: a file double-clicked in
    the meantime still reaches it, rather than being refused as "already running"."""
    launch = subprocess.Popen([sys.executable, "-c", HAND_OVER.format(
        home=str(tmp_path), file=str(tmp_path / "early.rrrbundle"))],
        stdout=subprocess.PIPE, text=True)
    qtbot.wait(700)  # the second launch knocks at a window not listening yet
    server = InstanceServer(tmp_path)
    with qtbot.waitSignal(server.filesReceived, timeout=10_000) as received:
        pass
    assert received.args == [[tmp_path / "early.rrrbundle"]]
    assert launch.communicate(timeout=30)[0].strip() == "True"
    qtbot.waitUntil(lambda: not server.findChildren(QLocalSocket))  # the launch hung up


HAND_OVER = """
from pathlib import Path
from rrr_desktop.views.window.single_instance import hand_over
print(hand_over(Path({home!r}), [Path({file!r})]))
"""


@pytest.mark.slow
def test_a_second_launch_hands_its_bundle_to_the_running_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RRR_DESKTOP_STARTUP_TRACE": "1"}
    command = [sys.executable, "-m", "rrr_desktop", "--home", str(home)]
    assert subprocess.run([*command, "init", "--city", "Rotterdam"], env=env,
                          check=False).returncode == 0
    first, second = bundle(tmp_path, "bilbao-1.rrrbundle", 0), bundle(
        tmp_path, "bilbao-2.rrrbundle", 5)
    running = subprocess.Popen([*command, str(first)], env=env, stdout=subprocess.PIPE,
                               text=True)
    try:
        assert running.stdout is not None
        lines = iter(running.stdout.readline, "")
        assert next(line for line in lines if line.startswith("opened")).split() == [
            "opened", "bilbao-1.rrrbundle"]
        later = subprocess.run([*command, str(second)], env=env, capture_output=True,
                               text=True, timeout=60, check=False)
        assert later.returncode == 0, later.stderr
        assert "passed to the window already open" in later.stderr
        assert next(line for line in lines if line.startswith("opened")).split() == [
            "opened", "bilbao-2.rrrbundle"]
    finally:
        running.terminate()
        running.wait(timeout=30)


def test_options_alone_start_the_window_without_the_commands_parsers() -> None:
    """Building every command's parser costs start-up a tenth of a second."""
    assert only_window_options(["--home", "h", "--db", "peers", "--smoke-test"])
    assert only_window_options([])
    for words in (["peers", "list"], ["a.rrrbundle"], ["--help"], ["--home", "h", "x"]):
        assert not only_window_options(words)
    window = build_parser(with_commands=False).parse_args(["--home", "h", "--lang", "es"])
    assert (window.command, window.home, window.message_language) == (None, "h", "es")


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx", ".xls", ".ods"])
def test_every_spreadsheet_format_read_is_opened_by_a_drop(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, suffix: str) -> None:
    from tests.stakeholders.test_import_workbooks import ods_file, xls_file

    rows: list[list[object]] = [["Name", "City"], ["Co-op Uno", "Rotterdam"]]
    sheet = tmp_path / f"partners{suffix}"
    if suffix == ".xls":
        xls_file(sheet, rows)
    elif suffix == ".ods":
        ods_file(sheet, [("Lista", False, rows)])
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)  # type: ignore[union-attr]
        book.save(sheet)
    else:
        sheet.write_text("\n".join(("\t" if suffix == ".tsv" else ",").join(map(str, row))
                                   for row in rows), encoding="utf-8")
    window = window_on(qtbot, rotterdam)
    open_home(window, rotterdam)
    window.files.open_files([sheet])
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ImportPreviewDialog)))
    assert "Not opened" not in window.messages.current()
    named = Path("elsewhere") / sheet.name  # rrr-desktop elsewhere/partners.xls, not yet there
    assert split_open_files(build_parser(), [str(named)]) == ([], [named.absolute()])
    wait_for_background_work()


def test_the_command_lines_help_names_every_format_the_import_reads(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["stakeholders", "import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "(.csv, .tsv, .txt, .xlsx, .xls, .ods)" in help_text
