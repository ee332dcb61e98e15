"""What every page of the main window has in common."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class Page(QWidget):
    """A page: a key for settings and menus, a title, an icon, and data to load.

    ``filled`` is emitted each time the page shows fresh data; the smoke test
    and the start-up benchmark wait for it.
    """

    filled = Signal()
    key = ""
    icon_name = ""

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self, home: Home) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box, if it has one."""

    def keep_now(self) -> str:
        """Store at once what the page keeps a moment after the typing pauses (File ›
        Save, closing the window); "" once stored, else why it could not be."""
        return ""

    def waits_to_be_shown(self) -> bool:
        """Refreshed, but made and filled only once it is shown: start-up does not wait
        for it (``MainWindow.pagesFilled``)."""
        return False

    def load(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run ``work`` in the background, then ``show`` its result and emit ``filled``."""

        def done(result: Any) -> None:
            show(result)
            self.filled.emit()

        run_in_background(self, work, done, report_unexpected)
