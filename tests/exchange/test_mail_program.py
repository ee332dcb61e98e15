"""Email It knows whether the computer has a mail program before handing it an .eml: on
Linux, the program ``xdg-mime`` names for message/rfc822 must be a mail client (a text
editor there showed the draft's source). Nothing is launched here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from rrr_desktop.views.common.mail_program import has_mail_program


def desktop_entry(folder: Path, name: str, categories: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("[Desktop Entry]\nType=Application\nName=Some program\n"
                               f"Exec=prog %u\nCategories={categories}\n", encoding="utf-8")


@pytest.fixture
def data(tmp_path: Path) -> dict[str, str]:
    """An XDG data layout with an editor, a mail client and a KDE-style sub-folder."""
    system = tmp_path / "usr-share"
    desktop_entry(system / "applications", "vim.desktop", "Utility;TextEditor;")
    desktop_entry(system / "applications", "thunderbird.desktop",
                  "Application;Network;Email;")
    desktop_entry(system / "applications" / "kde", "kmail.desktop", "Qt;KDE;Network;Email;")
    desktop_entry(tmp_path / "home-share" / "applications", "mutt-term.desktop",
                  "ConsoleOnly;Network;Email;")
    return {"XDG_DATA_HOME": str(tmp_path / "home-share"), "XDG_DATA_DIRS": str(system),
            "HOME": str(tmp_path)}


@pytest.mark.parametrize(("default", "expected"), [
    ("thunderbird.desktop", True),
    ("kde-kmail.desktop", True),  # a desktop id naming kde/kmail.desktop
    ("mutt-term.desktop", True),  # the officer's own entry, in XDG_DATA_HOME
    ("vim.desktop", False),  # what opened the draft in a terminal
    ("", False),  # nothing set up, or xdg-mime missing
    ("gone.desktop", False),  # named, but not installed
])
def test_linux_uses_the_default_only_when_it_is_a_mail_client(
        data: dict[str, str], default: str, expected: bool) -> None:
    asked: list[Sequence[str]] = []

    def query(command: Sequence[str]) -> str:
        asked.append(command)
        return default

    assert has_mail_program("linux", query, data) is expected
    assert asked == [["xdg-mime", "query", "default", "message/rfc822"]]


def test_macos_always_has_mail() -> None:
    assert has_mail_program("darwin", lambda _command: "", {}) is True
