"""Email It: an email draft (``.eml``) opens in the officer's mail program, and when the
computer has none, its folder opens instead with plain words on what to do.

Handing an ``.eml`` to the system blindly is not enough: on Linux, ``xdg-open`` gives it
to whatever claims ``message/rfc822``, often a text editor or nothing at all (an officer
saw the draft's source in a terminal editor). So the default program is asked first and
used only when it is a mail program: on Linux the desktop entry that ``xdg-mime query
default message/rfc822`` names must list the ``Email`` category; on Windows ``.eml``
must be associated with a program; macOS always has Mail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from rrr_desktop.views.common.worker import run_in_background

Query = Callable[[Sequence[str]], str]
"""Runs a command and gives its output ("" when it fails or does not exist)."""


def _run(command: Sequence[str]) -> str:
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=5,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _application_dirs(environ: dict[str, str]) -> list[Path]:
    data_home = environ.get("XDG_DATA_HOME") or str(Path(environ.get("HOME", "~"))
                                                    .expanduser() / ".local" / "share")
    data_dirs = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(folder) / "applications"
            for folder in [data_home, *data_dirs.split(os.pathsep)] if folder]


def _is_mail_client(entry: Path) -> bool:
    """A desktop entry in the ``Email`` category (Thunderbird, Evolution, KMail, Geary…)."""
    try:
        lines = entry.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    for line in lines:
        key, _, value = line.partition("=")
        if key.strip() == "Categories":
            return "Email" in [part.strip() for part in value.split(";")]
    return False


def _linux_mail_program(query: Query, environ: dict[str, str]) -> bool:
    desktop_file = query(["xdg-mime", "query", "default", "message/rfc822"])
    if not desktop_file.endswith(".desktop"):
        return False
    # A desktop id with dashes may stand for a file in a sub-folder (kde-kmail.desktop).
    candidates = [desktop_file, desktop_file.replace("-", "/")]
    for folder in _application_dirs(environ):
        for name in candidates:
            entry = folder / name
            if entry.is_file():
                return _is_mail_client(entry)
    return False


def _windows_mail_program() -> bool:
    """``.eml`` is associated with a program that opens it."""
    if sys.platform != "win32":
        return False
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, ".eml") as key:
            program = winreg.QueryValueEx(key, "")[0]
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, f"{program}\\shell\\open\\command"):
            return True
    except OSError:
        return False


def has_mail_program(platform: str = sys.platform, query: Query = _run,
                     environ: dict[str, str] | None = None) -> bool:
    """Whether opening an ``.eml`` here starts a mail program (nothing is launched)."""
    if platform == "darwin":
        return True
    if platform == "win32":
        return _windows_mail_program()
    return _linux_mail_program(query, dict(os.environ) if environ is None else environ)


class HandedTo(Enum):
    """Where :func:`email_draft` left the draft for the officer."""

    MAIL_PROGRAM = "mail program"
    FOLDER = "folder"  # no mail program: its folder is open
    NOWHERE = "nowhere"  # nothing here opens files (no desktop, no file manager)


def email_draft(owner: QObject, draft: Path, done: Callable[[HandedTo], None],
                mail_program: Callable[[], bool] | None = None) -> None:
    """Open ``draft`` in the mail program, or (without one, or should it not start) its
    folder; then ``done`` says which opened. The system is asked in the background (it
    runs ``xdg-mime`` and reads files)."""

    def opened(has_one: bool) -> None:
        if has_one and QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft))):
            done(HandedTo.MAIL_PROGRAM)
            return
        folder_open = QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft.parent)))
        done(HandedTo.FOLDER if folder_open else HandedTo.NOWHERE)

    run_in_background(owner, mail_program or has_mail_program, opened,
                      lambda _error: opened(False))
