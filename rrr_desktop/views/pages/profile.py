"""Profile page: our city as peers see it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from rrr_desktop.services.dto import CityProfile
from rrr_desktop.views.city_view import CityProfileView
from rrr_desktop.views.pages.base import Page

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class ProfilePage(Page):
    key = "profile"
    icon_name = "profile"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = CityProfileView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def title(self) -> str:
        return self.tr("Profile")

    def refresh(self, home: Home) -> None:
        def work() -> CityProfile | None:
            from rrr_desktop.services import directory

            return directory.our_city(home.db)

        self.load(work, self.view.show_city)
