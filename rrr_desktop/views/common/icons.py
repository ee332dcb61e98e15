"""Icons from the shipped SVG and PNG files (sharp at any screen scale)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from rrr_desktop.resources import resource_path

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon(str(resource_path("icons", "rrr-desktop.svg")))
    for size in APP_ICON_SIZES:
        icon.addFile(str(resource_path("icons", "png", f"rrr-desktop-{size}.png")))
    return icon


def page_icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", "pages", f"{name}.svg")))
