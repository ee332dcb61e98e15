"""The register's Map tab: the influence and interest map, built the first time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.influence_map import StakeholderMap
    from rrr_desktop.views.stakeholders.map_view import StakeholderMapView


class StakeholderMapTab(QWidget):
    """Holds the map; start-up does not pay for it. Only the latest read is drawn."""

    stakeholderActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._map_view: StakeholderMapView | None = None
        self._request = 0

    @property
    def map_view(self) -> StakeholderMapView:
        if self._map_view is None:
            from rrr_desktop.views.stakeholders.map_view import StakeholderMapView

            self._map_view = StakeholderMapView()
            self._map_view.stakeholderActivated.connect(self.stakeholderActivated)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._map_view)
            self._map_view.show()
        return self._map_view

    def load(self, home: Home, query: StakeholderFilter, filtered: bool) -> None:
        """Read the stakeholders ``query`` lists in the background and draw them."""
        self._request += 1
        request = self._request

        def work() -> StakeholderMap:
            from rrr_desktop.services.stakeholders.influence_map import stakeholder_map

            return stakeholder_map(home.db, query)

        def show(data: StakeholderMap) -> None:
            if request == self._request:
                self.map_view.show_map(data, filtered=filtered)

        run_in_background(self, work, show, report_unexpected)
