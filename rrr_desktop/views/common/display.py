"""Tell, before Qt aborts, why no window can be shown on this machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

XCB_PACKAGES = (
    "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 "
    "libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libegl1 libfontconfig1"
)


def _xcb_cursor_available() -> bool:
    """The frozen build ships libxcb-cursor next to Qt (PyInstaller collects it with the
    xcb plugin), so the system's copy is only needed when running from source."""
    bundled = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundled and any(
            Path(bundled).glob("libxcb-cursor.so*")):
        return True
    import ctypes.util

    return ctypes.util.find_library("xcb-cursor") is not None


def display_problem() -> str | None:
    """A message for the user if the GUI cannot start here, else ``None``.

    Only Linux and the BSDs need a display server; Windows and macOS always have
    one. An explicit ``QT_QPA_PLATFORM`` (offscreen, wayland...) is respected.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "RRR Desktop needs a graphical display, and none was found (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set).\n"
            "- On a desktop, start it from the desktop session, not from an SSH login.\n"
            "- On a server or in CI, use a virtual screen: xvfb-run -a rrr-desktop "
            "(Debian/Ubuntu: apt-get install xvfb " + XCB_PACKAGES + ").\n"
            "- Without any window, use the command line: rrr-desktop --help."
        )
    if not os.environ.get("WAYLAND_DISPLAY") and not _xcb_cursor_available():
        return (
            "RRR Desktop cannot open a window: the X11 library libxcb-cursor is missing.\n"
            "On Debian or Ubuntu install it with: sudo apt-get install " + XCB_PACKAGES
        )
    return None
