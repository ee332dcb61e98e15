"""The window's preferences, for the parts of it built far from the window.

The paper size briefs propose, how old peer data may be before it is flagged, the
Briefs page's last choices, and file dialogs that open in the folder their kind of
file last used.

The kinds are a few words ("bundles", "stakeholder-lists", "exports", "briefs"):
bundles arrive in the downloads folder, lists come from a shared drive, exports go
to the default export folder chosen in Preferences. The window registers its
:class:`~rrr_desktop.views.settings.Settings` with :func:`use_settings`; without one
(tests of a single dialog) dialogs keep Qt's default folder.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from rrr_desktop.views.settings import (
    DEFAULT_STALE_AFTER_DAYS,
    Settings,
    documents_folder,
    locale_paper,
)

_settings: list[Settings] = []  # the window's, once registered


def use_settings(settings: Settings) -> None:
    _settings[:] = [settings]


def export_folder() -> Path:
    """Where files the officer makes are proposed: the Preferences' choice."""
    return Path(_settings[0].export_folder if _settings else documents_folder())


def paper() -> str:
    """``a4`` or ``letter``: the Preferences' choice, else the locale's usual size."""
    return _settings[0].paper if _settings else locale_paper(QLocale())


def stale_after() -> timedelta:
    days = _settings[0].stale_after_days if _settings else DEFAULT_STALE_AFTER_DAYS
    return timedelta(days=days)


def brief_choices() -> dict[str, Any]:
    """The Briefs page's choices of the last session ({} when none, or unreadable)."""
    try:
        choices = json.loads(_settings[0].brief_choices) if _settings else {}
    except ValueError:
        return {}
    return choices if isinstance(choices, dict) else {}


def remember_brief_choices(choices: dict[str, Any]) -> None:
    if _settings:
        _settings[0].brief_choices = json.dumps(choices)


def remember_folder(dialog: QFileDialog, kind: str, *, export: bool = False) -> QFileDialog:
    """Open ``dialog`` where ``kind`` was last chosen; remember the folder chosen now."""
    if not _settings:
        return dialog
    settings = _settings[0]
    default = settings.export_folder if export else documents_folder()
    dialog.setDirectory(settings.folder(kind, default))

    def chosen(files: list[str]) -> None:
        if files:
            settings.set_folder(kind, str(Path(files[0]).parent))

    dialog.filesSelected.connect(chosen)
    return dialog
