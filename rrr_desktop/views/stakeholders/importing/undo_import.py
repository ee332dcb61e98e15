"""Undo an import whole, after saying which one and what it will take back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.importing.history import ImportRecord


def _find(home: Home, batch_id: int | None) -> tuple[ImportRecord | None, int]:
    """The import, and how many records it added that peers hold (sent in a bundle)."""
    from rrr_desktop.services.exchange.shared import shared_from_import
    from rrr_desktop.services.stakeholders.importing.history import find_import

    record = find_import(home.db, batch_id)
    return record, shared_from_import(home.db, record.batch_id) if record else 0


def _undo(home: Home, batch_id: int) -> int:
    from rrr_desktop.services.stakeholders.importing.applying import undo_import

    return undo_import(home.db, batch_id)


class ImportUndo(QObject):
    """Asks first, then undoes the import ``batch_id`` (None: the latest not undone).

    Emits ``undone(message)`` once done; ``box`` is the question or notice shown.
    """

    undone = Signal(str)

    def __init__(self, home: Home, parent: QWidget, batch_id: int | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.window = parent
        self.batch_id = batch_id
        self.record: ImportRecord | None = None
        self.box: QMessageBox | None = None

    def start(self) -> None:
        home, batch_id = self.home, self.batch_id
        run_in_background(self, lambda: _find(home, batch_id), self._ask, self._failed)

    def _ask(self, found: tuple[ImportRecord | None, int]) -> None:
        record, shared = found
        self.record = record
        if record is None:
            self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Undo import"),
                                   self.tr("There is no import to undo."),
                                   QMessageBox.StandardButton.Ok, self.window)
            self.box.open()
            return
        from rrr_desktop.messages import current_language
        from rrr_desktop.services.briefs.labels import Labels

        when = Labels(current_language()).moment(record.imported_at.astimezone())
        said = [self.tr("Undo the import of {file} made on {when}?").format(
            file=record.file_name, when=when)]
        if record.added:
            said.append(self.tr("The %Ln stakeholders it added are deleted, with anything "
                                "recorded on them since.", "", record.added))
        if record.updated:
            said.append(self.tr("The %Ln stakeholders it updated get their previous values "
                                "back.", "", record.updated))
        self.box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Undo import"),
            " ".join(said) + self._peers_note(shared),
            QMessageBox.StandardButton.Cancel, self.window)
        # Not "Cancel": in Italian both would read "Annulla".
        keep = self.box.button(QMessageBox.StandardButton.Cancel)
        keep.setText(self.tr("&Keep the Import"))
        undo = self.box.addButton(self.tr("&Undo Import"), QMessageBox.ButtonRole.AcceptRole)
        self.box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        undo.clicked.connect(self.confirm)
        self.box.open()

    def _peers_note(self, shared: int) -> str:
        """What peer cities will see: records they received are withdrawn from them."""
        if not shared:
            return ""
        return "\n\n" + self.tr(
            "Peer cities already received %Ln of the stakeholders it added, in a bundle: "
            "your next bundle withdraws them from the peers.", "", shared)

    def confirm(self) -> None:
        """Undo the import asked about (the question's Undo button)."""
        home, record = self.home, self.record
        assert record is not None
        run_in_background(self, lambda: _undo(home, record.batch_id), self._done, self._failed)

    def _done(self, _changed: int) -> None:
        assert self.record is not None
        self.undone.emit(" ".join((
            self.tr("The import of {file} was undone.").format(file=self.record.file_name),
            self.tr("%Ln stakeholders deleted.", "", self.record.added),
            self.tr("%Ln stakeholders given their previous values back.", "",
                    self.record.updated))))

    def _failed(self, error: BaseException) -> None:
        self.box = warn_of_failure(self.window, error, self.tr("Cannot undo the import"))
