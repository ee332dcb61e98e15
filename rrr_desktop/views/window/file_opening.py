"""Files reach the window four ways: the command line, a later launch (single
instance), macOS's file-open event (a double-click in the Finder) and drag and drop.
All go through :class:`FileOpener`: bundles open the bundle import preview,
spreadsheets the stakeholder import; files that come before the data is open wait.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QWidget

from rrr_desktop.file_kinds import TABLE_SUFFIXES, is_bundle, is_table, openable


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files among dropped URLs that the window can open."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if openable(path)]


class FileOpener(QObject):
    """``opened(list[Path])`` once files were handed on (the trace and tests listen)."""

    opened = Signal(list)
    refused = Signal(str)  # a message for the status bar

    def __init__(self, window: QWidget, ready: Callable[[], bool],
                 open_bundles: Callable[[list[Path]], object],
                 open_table: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._window = window
        self._ready = ready
        self._open_bundles = open_bundles
        self._open_table = open_table
        self._waiting: list[Path] = []

    def open_files(self, paths: list[Path]) -> None:
        """Open ``paths`` now, or as soon as the data is open."""
        self._waiting += paths
        if self._ready():
            self.open_waiting()

    def open_waiting(self) -> None:
        paths, self._waiting = self._waiting, []
        if not paths:
            return
        bundles = [p for p in paths if is_bundle(p)]
        tables = [p for p in paths if is_table(p)]
        others = [p for p in paths if not openable(p)]
        if bundles:
            self._open_bundles(bundles)
        if tables:
            self._open_table(tables[0])  # one list at a time: its preview needs the officer
        if others or tables[1:]:
            self.refused.emit(self.tr(
                "Not opened: {files}. RRR Desktop opens bundles (.rrrbundle) and one "
                "stakeholder list ({formats}) at a time.").format(
                    files=", ".join(p.name for p in [*others, *tables[1:]]),
                    formats=", ".join(TABLE_SUFFIXES)))
        self.opened.emit(bundles + tables[:1])

    def bring_to_front(self) -> None:
        """Raise the window for a later launch (a minimised window is restored)."""
        window = self._window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def receive_from_later_launch(self, paths: list[Path]) -> None:
        self.bring_to_front()
        self.open_files(paths)

    # --- drag and drop ----------------------------------------------------------------

    def drag_entered(self, event: QDragEnterEvent) -> None:
        if self._ready() and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropped(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if not self._ready() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_files(paths)

    # --- macOS: a double-click in the Finder -----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the application: QFileOpenEvent is sent to it, not to a window."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open_files([Path(event.file())])
            return True
        return super().eventFilter(watched, event)
