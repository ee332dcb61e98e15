"""The one place for the app's own preferences (window state, last page, the
officer's choices in Preferences, the folder each kind of file dialog last used).

Stored with QSettings as an INI file inside the home folder, so that everything
of one user lives in one folder and tests never touch the real preferences.
QSettings writes the file through QSaveFile, so a crash never leaves it half
written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_PAGE = "window/last_page"
STAKEHOLDER_COLUMNS = "stakeholders/columns"  # QHeaderView state: shown, order, widths
STAKEHOLDER_VIEW = "stakeholders/view"  # "list" or "map"
LANGUAGE = "preferences/language"  # "" for the system's
PAPER = "preferences/paper"  # "a4" or "letter"; unset: from the locale
EXPORT_FOLDER = "preferences/export_folder"
STALE_AFTER_DAYS = "preferences/stale_after_days"
OFFICER_NAME = "preferences/officer_name"  # "" for the default (services.home.default_officer)
TEAM_DATABASE = "team/database"  # postgresql://officer@host:port/db?sslmode=...; no password
FOLDERS = "folders/"  # + a kind of file: the folder its dialog last used
BRIEF_CHOICES = "briefs/choices"  # JSON: the Briefs page's last choices (personal data: never)

DEFAULT_STALE_AFTER_DAYS = 365
# Where Letter is the usual paper (QLocale has no paper size of its own).
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela,
    QLocale.Country.Philippines, QLocale.Country.Guatemala,
    QLocale.Country.CostaRica, QLocale.Country.Panama,
}


def locale_paper(locale: QLocale) -> str:
    """The paper size usual where ``locale`` is: ``letter`` in the Americas' Letter
    countries, ``a4`` everywhere else."""
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def documents_location() -> str:
    """The system's documents folder, or "" when the system names none."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def documents_folder() -> str:
    return documents_location() or str(Path.home())


class Settings:
    """Typed access to the keys above."""

    def __init__(self, file: Path) -> None:
        self._store = QSettings(str(file), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(WINDOW_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue(WINDOW_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue(WINDOW_STATE, value)

    @property
    def last_page(self) -> str:
        return str(self._store.value(LAST_PAGE, ""))

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._store.setValue(LAST_PAGE, value)

    @property
    def stakeholder_columns(self) -> QByteArray | None:
        return self._bytes(STAKEHOLDER_COLUMNS)

    @stakeholder_columns.setter
    def stakeholder_columns(self, value: QByteArray) -> None:
        self._store.setValue(STAKEHOLDER_COLUMNS, value)

    @property
    def stakeholder_view(self) -> str:
        return str(self._store.value(STAKEHOLDER_VIEW, "list"))

    @stakeholder_view.setter
    def stakeholder_view(self, value: str) -> None:
        self._store.setValue(STAKEHOLDER_VIEW, value)

    @property
    def language(self) -> str:
        return str(self._store.value(LANGUAGE, ""))

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue(LANGUAGE, value)

    @property
    def paper(self) -> str:
        value = str(self._store.value(PAPER, ""))
        return value if value in ("a4", "letter") else locale_paper(QLocale())

    @paper.setter
    def paper(self, value: str) -> None:
        self._store.setValue(PAPER, value)

    @property
    def export_folder(self) -> str:
        return str(self._store.value(EXPORT_FOLDER, "")) or documents_folder()

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._store.setValue(EXPORT_FOLDER, value)

    @property
    def stale_after_days(self) -> int:
        try:
            days = int(str(self._store.value(STALE_AFTER_DAYS, DEFAULT_STALE_AFTER_DAYS)))
        except ValueError:
            return DEFAULT_STALE_AFTER_DAYS
        return days if days > 0 else DEFAULT_STALE_AFTER_DAYS

    @stale_after_days.setter
    def stale_after_days(self, value: int) -> None:
        self._store.setValue(STALE_AFTER_DAYS, value)

    @property
    def officer_name(self) -> str:
        """The officer's name, recorded with every change they make ("": the default)."""
        return str(self._store.value(OFFICER_NAME, ""))

    @officer_name.setter
    def officer_name(self, value: str) -> None:
        self._store.setValue(OFFICER_NAME, value)

    @property
    def team_database(self) -> str:
        """The team database the window opens when neither --db nor RRR_DESKTOP_DB names
        one ("" for the home's own file)."""
        return str(self._store.value(TEAM_DATABASE, ""))

    @team_database.setter
    def team_database(self, value: str) -> None:
        self._store.setValue(TEAM_DATABASE, value)

    @property
    def brief_choices(self) -> str:
        return str(self._store.value(BRIEF_CHOICES, ""))

    @brief_choices.setter
    def brief_choices(self, value: str) -> None:
        self._store.setValue(BRIEF_CHOICES, value)

    def folder(self, kind: str, default: str) -> str:
        """The folder the file dialog for ``kind`` last used, if it still exists."""
        folder = str(self._store.value(FOLDERS + kind, ""))
        return folder if folder and Path(folder).is_dir() else default

    def set_folder(self, kind: str, folder: str) -> None:
        self._store.setValue(FOLDERS + kind, folder)

    def sync(self) -> None:
        self._store.sync()
