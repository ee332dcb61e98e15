"""Bulk edit of the selected stakeholders: the action, its dialog, the change off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.bulk import BulkChange, BulkResult
    from rrr_desktop.services.stakeholders.register_image import Recorded
    from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog


class BulkEditing(QObject):
    """Ctrl+B on the selection; ``started(text)`` while it runs; then ``changeRecorded``
    (what Edit › Undo calls it, the images to undo it, the status-bar message), or
    ``finished("")`` when the change was refused (the officer was told in a message box).
    """

    started = Signal(str)
    finished = Signal(str)

    changeRecorded = Signal(str, object, str)  # undo text, Recorded[BulkResult], message

    def __init__(self, home: Callable[[], Home | None], selected_ids: Callable[[], list[int]],
                 owners: Callable[[], tuple[str, ...]], parent: QWidget) -> None:
        super().__init__(parent)
        self._home = home
        self._selected_ids = selected_ids
        self._owners = owners
        self._window = parent
        self.action = QAction(self.tr("&Bulk Edit…"), self)
        self.action.setShortcut(QKeySequence(self.tr("Ctrl+B")))
        self.action.setStatusTip(self.tr(
            "Change the stage, tags, owner or sharing of the selected stakeholders"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.open)

    def open(self) -> BulkEditDialog | None:
        ids = self._selected_ids()
        if not ids or self._home() is None:
            return None
        from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog

        dialog = BulkEditDialog(len(ids), self._owners(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changeChosen.connect(lambda change: self.apply(ids, change))
        dialog.open()
        return dialog

    def apply(self, ids: list[int], change: BulkChange) -> None:
        home = self._home()
        assert home is not None
        self.action.setEnabled(False)
        self.started.emit(self.tr("Changing %Ln stakeholders…", "", len(ids)))

        def work() -> Recorded[BulkResult]:
            from rrr_desktop.services.stakeholders.bulk import bulk_edit
            from rrr_desktop.services.stakeholders.register_image import recorded

            return recorded(home.db, ids, lambda: bulk_edit(home.db, ids, change))

        write_in_background(self, work, self._done, self._failed)

    def _done(self, change: Recorded[BulkResult]) -> None:
        result = change.result
        self.changeRecorded.emit(
            self.tr("Bulk Edit %Ln stakeholders", "", result.changed + result.unchanged),
            change, " ".join((self.tr("%Ln stakeholders changed.", "", result.changed),
                              self.tr("%Ln were already as asked.", "", result.unchanged))))

    def _failed(self, error: BaseException) -> None:
        self.finished.emit("")
        warn_of_failure(self._window, error)
