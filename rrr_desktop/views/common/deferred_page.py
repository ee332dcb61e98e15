"""A page built after the window is on screen, so that the window shows without waiting
for it: when the home opens, or (``when_shown``) the first time the officer opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rrr_desktop.views.common.page import Page

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class DeferredPage(Page):
    """Stands in the sidebar and the stack for a page whose module and widgets load only
    when it is first refreshed (the home opens, after the window is on screen), or with
    ``when_shown`` when it is first shown, filled then; ``real`` is that page."""

    def __init__(self, key: str, icon_name: str, title: Callable[[], str],
                 make: Callable[[], Page], parent: QWidget | None = None, *,
                 when_shown: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.icon_name = icon_name
        self._title = title
        self._make = make
        self._when_shown = when_shown
        self._home_waiting: Home | None = None  # refreshed before it was ever shown
        self.real: Page | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return self._title()

    def waits_to_be_shown(self) -> bool:
        return self._home_waiting is not None

    def built(self) -> Page:
        """The page itself, made (and filled, if it was refreshed) now if it was not yet."""
        if self.real is None:
            self.real = self._make()
            self.real.filled.connect(self.filled)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.real)
            if self._home_waiting is not None:
                home, self._home_waiting = self._home_waiting, None
                self.real.refresh(home)
        return self.real

    def refresh(self, home: Home) -> None:
        if self._when_shown and self.real is None and not self.isVisible():
            self._home_waiting = home
            return
        self.built().refresh(home)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._home_waiting is not None:
            self.built()

    def focus_search(self) -> None:
        if self.real is not None:
            self.real.focus_search()

    def keep_now(self) -> str:
        return self.real.keep_now() if self.real is not None else ""
