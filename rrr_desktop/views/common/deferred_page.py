"""A page built on its first refresh, so that the window shows without waiting for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from rrr_desktop.views.common.page import Page

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class DeferredPage(Page):
    """Stands in the sidebar and the stack for a page whose module and widgets load only
    when the home opens (after the window is on screen); ``real`` is that page."""

    def __init__(self, key: str, icon_name: str, title: Callable[[], str],
                 make: Callable[[], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.icon_name = icon_name
        self._title = title
        self._make = make
        self.real: Page | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return self._title()

    def built(self) -> Page:
        """The page itself, made now if it was not yet."""
        if self.real is None:
            self.real = self._make()
            self.real.filled.connect(self.filled)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.real)
        return self.real

    def refresh(self, home: Home) -> None:
        self.built().refresh(home)

    def focus_search(self) -> None:
        if self.real is not None:
            self.real.focus_search()
