"""Start the GUI: display check, application, lock (or hand the files to the window
already open on this home), window, then the data."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rrr_desktop import APP_ID, APP_NAME, ORGANISATION, __version__
from rrr_desktop.errors import EXIT_REJECTED, EXIT_UNEXPECTED, RejectedInput
from rrr_desktop.logs import configure_logging, log_native_crashes
from rrr_desktop.paths import DATABASE_NAME, AppPaths, resolve_paths
from rrr_desktop.views.common.display import display_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.views.common.crash import ErrorReporter
    from rrr_desktop.views.main_window import MainWindow

TRACE_ENV = "RRR_DESKTOP_STARTUP_TRACE"
log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    smoke_home = None
    if args.smoke_test:
        if display_problem():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if not args.home:
            smoke_home = tempfile.TemporaryDirectory(prefix="rrr-smoke-")
    try:
        home: str | None = args.home or (smoke_home.name if smoke_home is not None else None)
        return _start(home, args.db, args.smoke_test, list(getattr(args, "files", [])))
    finally:
        if smoke_home is not None:
            smoke_home.cleanup()


def _start(home: str | None, database: str | None, smoke_test: bool,
           files: list[Path]) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_UNEXPECTED
    try:
        paths = resolve_paths(home, database)
    except RejectedInput as refused:
        print(f"rrr-desktop: {refused}", file=sys.stderr)
        return EXIT_REJECTED
    try:
        paths.create_folders()
        configure_logging(paths.log_file)
        log_native_crashes(paths.logs)
    except OSError as error:
        message = (f"rrr-desktop: cannot use the data folder {paths.home}: "
                   f"{error.strerror or error}. Choose another one with --home.")
        print(message, file=sys.stderr)
        if not smoke_test:
            _show_start_failure(message)  # the windowed .exe has no stderr to read
        return EXIT_REJECTED
    return _run_application(paths, smoke_test=smoke_test, files=files, database=database)


def _show_start_failure(message: str) -> None:
    """Say in a dialog why the window cannot open, when Qt can show one at all."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        QMessageBox.critical(None, APP_NAME, message)
    except Exception:
        log.exception("Could not show the start failure in a dialog")


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.views.common.gui_collector import collect_on_gui_thread
    from rrr_desktop.views.common.icons import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    collect_on_gui_thread(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def with_team_database(paths: AppPaths, chosen: str) -> AppPaths:
    """``paths`` with the team database chosen in Preferences, unless --db or
    RRR_DESKTOP_DB named a database for this start."""
    if not chosen or paths.team_database is not None or (
            paths.database != paths.home / DATABASE_NAME):
        return paths
    return replace(paths, team_database=chosen)


def _run_application(paths: AppPaths, smoke_test: bool, files: list[Path],
                     database: str | None = None) -> int:
    from PySide6.QtCore import QLockFile

    from rrr_desktop.views.common.crash import ErrorReporter, route_qt_messages_to_log
    from rrr_desktop.views.common.shared_settings import use_settings
    from rrr_desktop.views.common.translations import chosen_locale, install_translations
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.settings import Settings

    app = _application()
    settings = Settings(paths.settings_file)
    paths = with_team_database(paths, settings.team_database)
    install_translations(app, chosen_locale(settings.language))
    route_qt_messages_to_log()
    reporter = ErrorReporter(paths.log_file)
    reporter.install()

    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if not lock.tryLock(200):
        from rrr_desktop.views.window.single_instance import hand_over

        if hand_over(paths.home, files):
            print(f"rrr-desktop: passed to the window already open on {paths.home}",
                  file=sys.stderr)
            return 0
        return _already_running(app, paths, ask=not smoke_test)
    log.info("%s %s started with home %s", APP_NAME, __version__, paths.home)
    use_settings(settings)
    try:
        window = MainWindow(paths, settings)
    except Exception as error:
        # No event loop runs yet: say it here, and show the report before giving up.
        reporter.handle(type(error), error, error.__traceback__)
        print(f"rrr-desktop: could not open the main window ({error}). "
              f"Details are in {paths.log_file}.", file=sys.stderr)
        if not smoke_test and reporter.dialog is not None:
            reporter.dialog.exec()
        lock.unlock()
        return EXIT_UNEXPECTED
    try:
        code = _run_window(app, window, reporter, files, smoke_test)
    finally:
        lock.unlock()
    if window.restart_requested:  # a new language: start again, now the home is free
        from rrr_desktop.views.window.restart import start_again

        log.info("Restarting in the language chosen in Preferences")
        start_again(paths.home, database)
    return code


def _listen_for_later_launches(window: MainWindow) -> None:
    from rrr_desktop.views.window.single_instance import InstanceServer

    server = InstanceServer(window.paths.home, window)
    server.filesReceived.connect(window.files.receive_from_later_launch)


def _run_window(app: QApplication, window: MainWindow, reporter: ErrorReporter,
                files: list[Path], smoke_test: bool) -> int:
    """Show the window, open the home, listen for later launches; run until closed."""
    from rrr_desktop.views.common.gui_collector import set_start_up_aside
    from rrr_desktop.views.common.worker import wait_for_background_work
    from rrr_desktop.views.startup import Startup

    reporter.parent_window = window
    # Later launches are listened for once the pages are filled: Qt Network (the local
    # socket) is not on the way to the first frame nor to the officer's data.
    window.settled.connect(lambda: _listen_for_later_launches(window))
    window.settled.connect(set_start_up_aside)
    if sys.platform == "darwin":  # macOS sends double-clicked files to the app; a filter
        app.installEventFilter(window.files)  # on the app sees every event, so only there
    window.files.open_files(files)
    startup = Startup(window.paths, window)
    window.firstShown.connect(startup.begin)
    if os.environ.get(TRACE_ENV):
        window.firstShown.connect(lambda: print("first-shown", flush=True))
        window.files.opened.connect(lambda opened: print(
            "opened " + " ".join(path.name for path in opened), flush=True))
    if smoke_test:
        from rrr_desktop.views.smoke import SmokeTest

        SmokeTest(window, startup, reporter, trace=bool(os.environ.get(TRACE_ENV)))
    window.show()
    code = app.exec()
    window.save_state()
    wait_for_background_work()
    if startup.home is not None:
        startup.home.close()
    return code


def _already_running(app: object, paths: AppPaths, ask: bool) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    assert isinstance(app, QApplication)
    text = QApplication.translate(
        "startup",
        "RRR Desktop is already open with this data folder:\n{folder}\n\n"
        "Switch to the open window. Only one window at a time may use the same data, "
        "so that nothing you type is lost.",
    ).format(folder=paths.home)
    print(f"rrr-desktop: already running with the data folder {paths.home}", file=sys.stderr)
    if not ask:
        return EXIT_UNEXPECTED
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text)
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return EXIT_UNEXPECTED
