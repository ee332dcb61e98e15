"""The details beside the register follow its current row a moment later."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from rrr_desktop.views.stakeholders.detail_view import StakeholderView

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class DetailFollower(QObject):
    """Shows in ``view`` the stakeholder last asked for once the event loop is free: the
    list updates first, and holding an arrow key reads only the row it stops on."""

    def __init__(self, view: StakeholderView, home: Callable[[], Home | None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._home = home
        self._pending: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._show_pending)

    def follow(self, stakeholder_id: int) -> None:
        self._pending = stakeholder_id
        self._timer.start()

    def clear(self) -> None:
        """Show no one, and forget whoever was still to be shown."""
        self._pending = None
        self._view.show_stakeholder(None)

    def _show_pending(self) -> None:
        home = self._home()
        if self._pending is None or home is None:
            return
        from rrr_desktop.services.stakeholders.interactions import interaction_log
        from rrr_desktop.services.stakeholders.listing import stakeholder_detail

        self._view.show_stakeholder(stakeholder_detail(home.db, self._pending),
                                    interaction_log(home.db, self._pending))
