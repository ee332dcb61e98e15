"""Icons from the shipped SVG files, drawn at the size asked (sharp at any screen scale).

The PNG renders under ``resources/icons/png`` are for the packages (desktop entries,
``.ico``, ``.icns``; ``packaging/make_icons.py`` draws them from the same SVG with the
same renderer): added to a QIcon beside its SVG, each would be decoded at once, about
6 ms of start-up for pixels the SVG gives alike.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rrr_desktop.resources import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "rrr-desktop.svg")))


def page_icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", "pages", f"{name}.svg")))
