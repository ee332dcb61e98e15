"""File > Bundle History…: bundles received and sent; undo, erase a bundle or a peer's data.

Each action is confirmed first and runs in the background; our own data and our
notes on peers are never touched by it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import date_label, moment_label
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.history import BundleHistory, ReceivedBundle
    from rrr_desktop.services.home import Home


class BundleHistoryDialog(QDialog):
    """Emits ``changed(message)`` after an undo or an erase."""

    changed = Signal(str)

    def __init__(self, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.history: BundleHistory | None = None
        self.setWindowTitle(self.tr("Bundle History"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        received_label = QLabel(self.tr("&Received:"))
        self.received = QTreeWidget()
        self.received.setHeaderLabels([self.tr("Imported"), self.tr("File"), self.tr("From"),
                                       self.tr("State")])
        self.received.setAccessibleName(self.tr("Bundles received"))
        self.received.setRootIsDecorated(False)
        received_label.setBuddy(self.received)
        sent_label = QLabel(self.tr("&Sent:"))
        self.sent = QTreeWidget()
        self.sent.setHeaderLabels([self.tr("Written"), self.tr("File"), self.tr("Content")])
        self.sent.setAccessibleName(self.tr("Bundles sent"))
        self.sent.setRootIsDecorated(False)
        sent_label.setBuddy(self.sent)
        for widget in (received_label, self.received, sent_label, self.sent):
            layout.addWidget(widget)
        self.message = plain_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo Last Import"))
        self.erase_bundle_button = QPushButton(self.tr("Erase This &Bundle's Data"))
        self.erase_peer_button = QPushButton(self.tr("Erase Everything From This &Peer"))
        self.undo_button.clicked.connect(self.confirm_undo)
        self.erase_bundle_button.clicked.connect(self.confirm_erase_bundle)
        self.erase_peer_button.clicked.connect(self.confirm_erase_peer)
        for button in (self.undo_button, self.erase_bundle_button, self.erase_peer_button):
            button.setEnabled(False)
            button.setAutoDefault(False)  # Enter never takes data back: it closes
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.received.currentItemChanged.connect(self._selection_changed)

    def start(self) -> None:
        self.open()
        self.reload()

    def reload(self) -> None:
        home = self.home

        def work() -> BundleHistory:
            from rrr_desktop.services.exchange.history import bundle_history

            return bundle_history(home.db)

        run_in_background(self, work, self._show, self._failed)

    def _show(self, history: BundleHistory) -> None:
        self.history = history
        self.received.clear()
        for got in history.received:
            state = (self.tr("undone or erased {day}").format(
                         day=date_label(got.undone_at.astimezone()))
                     if got.undone_at else self.tr("changed nothing; confirmed the data as "
                                                   "current") if got.confirmation
                     else self.tr("active"))
            item = QTreeWidgetItem(self.received, [
                moment_label(got.imported_at), got.file_name, got.sender_name, state])
            item.setData(0, Qt.ItemDataRole.UserRole, got.id)
        self.sent.clear()
        for sent in history.sent:
            content = self._sent_text(sent.summary)
            QTreeWidgetItem(self.sent, [moment_label(sent.created_at), sent.file_name,
                                        content])
        for tree in (self.received, self.sent):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
        self.undo_button.setEnabled(history.undoable is not None)
        first = self.received.topLevelItem(0)
        if first is not None:
            self.received.setCurrentItem(first)
        self._selection_changed()

    def selected(self) -> ReceivedBundle | None:
        item = self.received.currentItem()
        if item is None or self.history is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((got for got in self.history.received if got.id == wanted), None)

    def _sent_text(self, summary: Mapping[str, int]) -> str:
        """What a bundle we sent held, in words (its summary is stored by field code)."""
        text = self.tr("practices: {practices}, self-assessed topics: {assessed}, "
                       "stakeholders: {stakeholders}, withdrawals: {withdrawn}").format(
            practices=summary.get("practices", 0), assessed=summary.get("assessments", 0),
            stakeholders=summary.get("stakeholders", 0),
            withdrawn=summary.get("tombstones", 0))
        if summary.get("profile"):
            text = self.tr("Profile, {rest}").format(rest=text)
        return text

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.erase_bundle_button.setEnabled(chosen is not None and chosen.undone_at is None)
        self.erase_peer_button.setEnabled(chosen is not None)

    # --- actions, each confirmed ---------------------------------------------------------------

    def confirm_undo(self) -> QMessageBox | None:
        last = self.history.undoable if self.history else None
        if last is None:
            return None
        return self._confirm(self.tr(
            "Undo the import of {file} from {city}? Every record it added is removed and every "
            "record it changed gets its earlier content back. Peer cities see no change: "
            "nothing is sent back to {city}, and importing the bundle again brings the "
            "records back.").format(
                file=last.file_name, city=last.sender_name), self.tr("&Undo Import"),
            lambda db: self._undo(db, last.id))

    def confirm_erase_bundle(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self._confirm(self.tr(
            "Erase the data that still comes from {file} ({city})? Your own data and your notes "
            "are kept.").format(file=chosen.file_name, city=chosen.sender_name),
            self.tr("&Erase"), lambda db: self._erase_bundle(db, chosen.id))

    def confirm_erase_peer(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return self._confirm(self.tr(
            "Erase everything that came in bundles from {city}? Its shared stakeholders and "
            "practices are removed; a city that ships with the app gets its original facts "
            "back. Your own data and your notes are kept.").format(city=chosen.sender_name),
            self.tr("&Erase"), lambda db: self._erase_peer(db, chosen))

    def _undo(self, db: Any, import_id: int) -> str:
        from rrr_desktop.services.exchange.history import undo_bundle_import

        undone = undo_bundle_import(db, import_id)
        return self.tr("Undid the import of {file}.").format(file=undone.file_name)

    def _erase_bundle(self, db: Any, import_id: int) -> str:
        from rrr_desktop.services.exchange.history import erase_bundle

        erased = erase_bundle(db, import_id)
        return self.tr("Erased the data of {file}.").format(file=erased.file_name)

    def _erase_peer(self, db: Any, chosen: ReceivedBundle) -> str:
        from rrr_desktop.services.exchange.history import erase_peer_data

        count = erase_peer_data(db, chosen.sender_uuid)
        return self.tr("Erased what came from {city} (%Ln bundles).", "", count).format(
            city=chosen.sender_name)

    def _confirm(self, text: str, action: str, work: Callable[[Any], str]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps the data
        home = self.home

        def run() -> None:
            run_in_background(self, lambda: work(home.db), self._done, self._failed)

        confirm.clicked.connect(run)
        box.open()
        return box

    def _done(self, message: str) -> None:
        self.message.setText(message)
        self.changed.emit(message)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import refusal_of

        refusal = refusal_of(error)
        if refusal is not None:
            self.message.setText(str(refusal))
