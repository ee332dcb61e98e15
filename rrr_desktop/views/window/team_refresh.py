"""Other officers' changes reach this window: ``changed`` once things settle."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.team_changes import watch_team_changes

SETTLE_MS = 500  # an import's many commits refresh the pages once


class TeamRefresh(QObject):
    """Listens on its own thread; emits ``changed`` on the GUI thread, at most once per
    half second of changes."""

    changed = Signal()
    _heard = Signal()

    def __init__(self, home: Home, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stopped = threading.Event()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._heard.connect(self._settle.start)  # queued: emitted from the listening thread
        self._thread = threading.Thread(
            target=watch_team_changes, args=(home, self._heard.emit, self._stopped),
            name="team-changes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout=3)
