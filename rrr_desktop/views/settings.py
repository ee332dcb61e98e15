"""The one place for the app's own preferences (window state, last page...).

Stored with QSettings as an INI file inside the home folder, so that everything
of one user lives in one folder and tests never touch the real preferences.
QSettings writes the file through QSaveFile, so a crash never leaves it half
written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
LAST_PAGE = "window/last_page"
STAKEHOLDER_COLUMNS = "stakeholders/columns"  # QHeaderView state: shown, order, widths
STAKEHOLDER_VIEW = "stakeholders/view"  # "list" or "map"


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

    def sync(self) -> None:
        self._store.sync()
