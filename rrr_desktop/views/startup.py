"""Open the home off the GUI thread, ask for our city on first run, fill the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from rrr_desktop.errors import (
    EXIT_REJECTED,
    EXIT_UNEXPECTED,
    NewerDatabaseError,
    RejectedInput,
    UnrecognisedDatabaseError,
)
from rrr_desktop.paths import AppPaths
from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.main_window import MainWindow

if TYPE_CHECKING:
    from uuid import UUID

    from rrr_desktop.services.dto import CityProfile, FirstRunChoices, NewCity
    from rrr_desktop.services.home import Home

log = logging.getLogger(__name__)

# Refusals of a team database that a typed password mends.
TEAM_PASSWORD_REFUSALS = frozenset({"database.team_password_needed",
                                    "database.team_password_wrong"})


@dataclass(frozen=True)
class OpenedHome:
    home: Home
    our_city: CityProfile | None
    choices: FirstRunChoices | None
    backup: str | None


def _open(paths: AppPaths, officer: str) -> OpenedHome:
    """Runs on a worker thread: this is where SQLAlchemy and Alembic get imported."""
    from rrr_desktop.services.home import first_run_choices, open_home
    from rrr_desktop.services.setup import directory

    home = open_home(paths, officer=officer)
    our_city = directory.our_city(home.db)
    choices = None if our_city else first_run_choices(home)
    backup = str(home.migration.backup) if home.migration.backup else None
    return OpenedHome(home, our_city, choices, backup)


def startup_problem(error: BaseException, paths: AppPaths) -> str:
    """What to tell the officer when the data cannot be opened, in their language."""

    if isinstance(error, NewerDatabaseError):
        return QCoreApplication.translate(
            "startup",
            "Your data was saved by a newer version of RRR Desktop (data version {found}; "
            "this version reads up to {known}). Nothing was changed.\n\n"
            "Install the latest version of RRR Desktop to open it.\n\nData file: {path}",
        ).format(found=error.revision, known=error.head, path=error.database)
    if isinstance(error, UnrecognisedDatabaseError):
        return QCoreApplication.translate(
            "startup",
            "The file {path} is not an RRR Desktop database, or it is damaged ({reason}). "
            "Nothing was changed.\n\nRestore a copy from the backups folder ({backups}), "
            "or start RRR Desktop with another data folder.",
        ).format(path=error.database, reason=error.reason, backups=paths.backups)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "startup",
            "RRR Desktop cannot use its data folder {folder}: {reason}.\n\n"
            "Check that the disk is connected and that you may write there.",
        ).format(folder=paths.home, reason=error.strerror or str(error))
    return str(error)


class Startup(QObject):
    """Drives start-up; emits ``firstRunShown(dialog)`` and ``failed(message)``."""

    firstRunShown = Signal(QObject)  # the FirstRunDialog
    failed = Signal(str)

    def __init__(self, paths: AppPaths, window: MainWindow) -> None:
        super().__init__(window)
        self.paths = paths
        self.window = window
        self.home: Home | None = None
        self._choices: FirstRunChoices | None = None

    def begin(self) -> None:
        officer = self.window.settings.officer_name  # Preferences › General › Your name
        run_in_background(self, lambda: _open(self.paths, officer), self._opened,
                          self._open_failed)

    def _opened(self, opened: OpenedHome) -> None:
        self.home = opened.home
        if opened.our_city is not None:
            self.window.open_home(opened.home, opened.our_city)
        else:
            self._choices = opened.choices
            self._ask_for_city()
        if opened.backup:  # after open_home, whose "Ready" would hide it
            self.window.say(self.tr(
                "Your data was updated for this version of RRR Desktop. A copy of it as it "
                "was is kept in {folder}.").format(folder=self.paths.backups))

    def _ask_for_city(self) -> None:
        from rrr_desktop.views.first_run import FirstRunDialog

        assert self._choices is not None
        dialog = FirstRunDialog(self._choices, self.window)
        dialog.seededCityChosen.connect(self._seeded_city_chosen)
        dialog.newCityChosen.connect(self._new_city_chosen)
        dialog.appLanguageChosen.connect(self._start_again_in)
        dialog.rejected.connect(lambda: QCoreApplication.exit(0))
        # The window behind is blocked: let it look so, rather than offer menus that do
        # nothing until a city is chosen.
        self.window.menuBar().setEnabled(False)
        dialog.finished.connect(lambda _result: self.window.menuBar().setEnabled(True))
        dialog.open()
        self.firstRunShown.emit(dialog)

    def _start_again_in(self, language: str) -> None:
        """Another language for the app, picked before anything is set up: remembered,
        and the program starts again in it (the window's texts are made at a start)."""
        self.window.settings.language = language
        self.window.settings.sync()
        self.window.restart_requested = True
        QCoreApplication.exit(0)

    def _seeded_city_chosen(self, city_uuid: UUID) -> None:
        def work() -> CityProfile:
            from rrr_desktop.services.setup import cities

            assert self.home is not None
            return cities.choose_seeded_city(self.home.db, city_uuid)

        self._save_choice(work)

    def _new_city_chosen(self, new_city: NewCity) -> None:
        def work() -> CityProfile:
            from rrr_desktop.services.setup import cities

            assert self.home is not None
            return cities.create_our_city(self.home.db, new_city)

        self._save_choice(work)

    def _save_choice(self, work: Callable[[], Any]) -> None:
        def saved(city: CityProfile) -> None:
            assert self.home is not None
            self.window.open_home(self.home, city)

        run_in_background(self, work, saved, self._choice_failed)

    def _choice_failed(self, error: BaseException) -> None:
        box = warn_of_failure(self.window, error, self.tr("City not saved"))
        if box is None:
            return
        box.finished.connect(lambda _result: self._ask_for_city())
        box.open()

    def _open_failed(self, error: BaseException) -> None:
        if (isinstance(error, RejectedInput) and error.code in TEAM_PASSWORD_REFUSALS
                and self.paths.team_database):
            self._ask_for_password(self.paths.team_database, error)
            return
        self._cannot_open(error)

    def _ask_for_password(self, address: str, refusal: RejectedInput) -> None:
        """The team database wants a password nobody gave (or refused the one kept):
        ask, then open again; given up, the refusal is said as any other."""
        from rrr_desktop.services.setup.team_connection import keyring_available
        from rrr_desktop.views.window.preferences_team import TeamPasswordDialog

        dialog = TeamPasswordDialog(address, self.paths.database_label,
                                    keyring_works=keyring_available(), parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(lambda _kept: self.begin())
        dialog.rejected.connect(lambda: self._cannot_open(refusal))
        dialog.open()

    def _cannot_open(self, error: BaseException) -> None:
        expected = isinstance(error, RejectedInput | OSError)
        if expected:
            log.warning("Could not open %s: %s", self.paths.database, error)
        else:
            log.error("Could not open %s", self.paths.database, exc_info=error)
        message = startup_problem(error, self.paths)
        if not expected:
            message = self.tr(
                "RRR Desktop could not open your data: {problem}\n\nDetails are in {log}."
            ).format(problem=message or type(error).__name__, log=self.paths.log_file)
        self.failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open your data"),
            message,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        code = EXIT_REJECTED if expected else EXIT_UNEXPECTED
        box.finished.connect(lambda _result: QCoreApplication.exit(code))
        box.open()
