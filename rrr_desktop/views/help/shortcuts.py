"""The keyboard shortcuts of the window, read from its menus.

Read from the menus themselves, they are always the keys of this system (Cmd on macOS)
in the officer's language; the user guide shows them as its last section.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from rrr_desktop.views.help.sections import MENU_SEPARATOR


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu › action, keys) for every menu action that has a shortcut."""
    rows = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                                 for key in action.shortcuts())
                rows.append((f"{top.text()}{MENU_SEPARATOR}{action.text()}".replace("&", ""),
                             keys))
    return rows


def markdown_table(header: tuple[str, str], rows: list[tuple[str, str]]) -> str:
    """A two-column Markdown table; a "|" or "*" in a cell stays text."""

    def cell(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")

    lines = [f"| {cell(header[0])} | {cell(header[1])} |", "| --- | --- |"]
    lines += [f"| {cell(command)} | {cell(keys)} |" for command, keys in rows]
    return "\n".join(lines)
