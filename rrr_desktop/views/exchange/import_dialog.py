"""File > Import Bundle… (or bundles dropped on the window): verify, preview, apply.

Bundles are verified in the background, then previewed together, oldest first:
each record sorted into new / updated / unchanged / conflicting / older / withdrawn,
with a check box to leave it out and a field-by-field diff (plain text). The
sender is shown with its key fingerprint and trust state; a changed key is shown
in red with both fingerprints and applies only once "Accept the new key" is ticked.
Apply runs in the background with progress; Cancel rolls the bundle back.
A bundle of our own city (a sender checking what it sends) shows what it holds and
cannot be imported.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.exchange.change_text import change_lines, contents_text

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.importing import BundlePreview, ImportResult, RecordPreview
    from rrr_desktop.services.home import Home

STATUS_ORDER = ("new", "updated", "conflicting", "withdrawn", "older", "unchanged")
CHECKED_BY_DEFAULT = ("new", "updated", "withdrawn")
CHOOSABLE = (*CHECKED_BY_DEFAULT, "conflicting")
_RECORD_ROLE = Qt.ItemDataRole.UserRole


class BundleImportDialog(QDialog):
    """Emits ``imported(message)`` after at least one bundle was applied."""

    imported = Signal(str)
    progressed = Signal(int, int)  # emitted from the worker; queued to the GUI thread

    def __init__(self, home: Home, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.paths = paths
        self.previews: list[BundlePreview] = []
        self._records: list[tuple[int, RecordPreview]] = []
        self._items: list[QTreeWidgetItem] = []  # the tree item of each of _records
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import Bundle"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.status = plain_label(self.tr("Checking the bundle…"))
        layout.addWidget(self.status)
        self.sender_label = plain_label()
        layout.addWidget(self.sender_label)
        self.accept_key = QCheckBox(self.tr("&Accept the new key (only after comparing the "
                                            "fingerprint with the sender by phone)"))
        self.accept_key.setVisible(False)
        self.accept_key.toggled.connect(self._verify)
        layout.addWidget(self.accept_key)
        self.accept_rename = QCheckBox(self.tr("Accept the new &name (only after checking "
                                               "with the city)"))
        self.accept_rename.setVisible(False)
        self.accept_rename.toggled.connect(self._verify)
        layout.addWidget(self.accept_rename)
        splitter = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Revision")])
        self.tree.setAccessibleName(self.tr("Records in the bundle"))
        self.tree.currentItemChanged.connect(self._show_diff)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("Changes of the selected record"))
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diff)
        splitter.setSizes([520, 380])
        layout.addWidget(splitter, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progressed.connect(self._show_progress)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Import"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)
        self._applying = False

    def start(self) -> None:
        self.open()
        self._verify()

    # --- verify and preview --------------------------------------------------------------

    def _verify(self) -> None:
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Checking the bundle…"))
        home, paths, accept = self.home, list(self.paths), self.accept_key.isChecked()
        rename = self.accept_rename.isChecked()

        def work() -> list[BundlePreview]:
            from rrr_desktop.services.exchange.importing import inspect_bundles

            return inspect_bundles(home.db, paths, accept, rename)

        run_in_background(self, work, self._show_previews, self._refused)

    def _refused(self, error: BaseException) -> None:
        from rrr_desktop.errors import RejectedInput
        from rrr_desktop.views.common.crash import report_unexpected

        if not isinstance(error, RejectedInput):
            report_unexpected(error)
            return
        self.status.setText(self.tr("The bundle was refused and nothing was changed: "
                                    "{reason}").format(reason=str(error)))
        self.status.setStyleSheet("color: #b00020;")

    def _show_previews(self, previews: list[BundlePreview]) -> None:
        self.previews = previews
        self.tree.clear()
        self._records = []
        self._items = []
        refused = [p for p in previews if not p.trust.accepted and not p.own_city]
        renamed = [p for p in previews if p.rename_refused and not p.own_city]
        own = [p for p in previews if p.own_city]
        self.accept_key.setVisible(bool(refused) or self.accept_key.isChecked())
        self.accept_rename.setVisible(bool(renamed) or self.accept_rename.isChecked())
        self.sender_label.setText("\n".join(self._sender_text(p) for p in previews))
        self.sender_label.setStyleSheet("color: #b00020;" if any(
            p.trust.key_changed or p.rename is not None for p in previews) else "")
        for index, preview in enumerate(previews):
            self._add_bundle(index, preview)
        self.tree.expandToDepth(1)
        self.tree.setColumnWidth(0, 340)
        changes = any(p.changes_anything for p in previews)
        if own:
            self.status.setText(self.tr("This is your own city's bundle: it cannot be "
                                        "imported here; send it to your peers."))
        elif refused:
            self.status.setText(self.tr("A sender's key changed: nothing can be imported "
                                        "from it unless you accept the new key."))
        elif renamed:
            self.status.setText(self.tr("A city changed its name: nothing can be imported "
                                        "from it unless you accept the new name."))
        elif changes:
            self.status.setText(self.tr("Untick the records you want to leave out, then "
                                        "import."))
        else:
            self.status.setText(self.tr("Everything in this bundle is already here: importing "
                                        "it would change nothing."))
        self.apply_button.setEnabled(not refused and not renamed and not own and changes)

    def _sender_text(self, preview: BundlePreview) -> str:
        if preview.own_city:
            return "\n".join((
                self.tr("{file}: made by {city} ({country}), your own city, on {made}. Key "
                        "{fingerprint}.").format(
                    file=preview.path.name, city=preview.sender.name,
                    country=preview.sender.country_code,
                    made=f"{preview.created_at:%Y-%m-%d %H:%M}",
                    fingerprint=preview.fingerprint),
                contents_text(preview.summary)))
        trust = {
            "first-use": self.tr("first bundle from this city: its key will be remembered"),
            "same-key": self.tr("same key as its earlier bundles"),
            "changed-refused": self.tr("KEY CHANGED"),
            "changed-accepted": self.tr("key changed, new key accepted"),
        }[preview.trust.trust.value]
        lines = [self.tr("{file}: from {city} ({country}), made {made}. Key {fingerprint} "
                         "({trust}).").format(
            file=preview.path.name, city=preview.sender.name,
            country=preview.sender.country_code, made=f"{preview.created_at:%Y-%m-%d %H:%M}",
            fingerprint=preview.fingerprint, trust=trust)]
        if preview.rename is not None:
            lines.append(self.tr("NAME CHANGED: the city you know as {old} ({old_country}) now "
                                 "calls itself {name} ({country}).").format(
                old=preview.rename.old_name, old_country=preview.rename.old_country,
                name=preview.rename.new_name, country=preview.rename.new_country))
        lines += list(preview.warnings)
        if preview.already_imported_at is not None:
            lines.append(self.tr("This bundle was already imported on {day}.").format(
                day=f"{preview.already_imported_at:%Y-%m-%d}"))
        return "\n".join(lines)

    def _add_bundle(self, index: int, preview: BundlePreview) -> None:
        top = QTreeWidgetItem(self.tree, [preview.path.name, "", ""])
        labels = {"new": self.tr("New"), "updated": self.tr("Updated"),
                  "conflicting": self.tr("Conflicting (same revision, other content)"),
                  "withdrawn": self.tr("Withdrawn by the sender"),
                  "older": self.tr("Older than ours (kept out)"),
                  "unchanged": self.tr("Unchanged")}
        kinds = {"city": self.tr("profile"), "practice": self.tr("practice"),
                 "stakeholder": self.tr("stakeholder")}
        for status in STATUS_ORDER:
            found = [r for r in preview.records if r.status.value == status]
            if not found:
                continue
            group = QTreeWidgetItem(top, [f"{labels[status]} ({len(found)})", "", ""])
            for record in found:
                item = QTreeWidgetItem(group, [show_controls(record.title), kinds[record.entity],
                                               str(record.their_revision)])
                item.setData(0, _RECORD_ROLE, len(self._records))
                self._records.append((index, record))
                self._items.append(item)
                if status in CHOOSABLE:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked if status in CHECKED_BY_DEFAULT
                                       else Qt.CheckState.Unchecked)

    def _show_diff(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        key = item.data(0, _RECORD_ROLE) if item is not None else None
        if key is None:
            self.diff.clear()
            return
        index, record = self._records[int(key)]
        lines = [self.tr("Our revision: {ours}; theirs: {theirs}").format(
            ours=record.our_revision if record.our_revision is not None else "-",
            theirs=record.their_revision)]
        for change in self.previews[index].readable(record):
            lines += change_lines(change)
        self.diff.setPlainText(show_controls("\n".join(lines)))

    def choices(self) -> list[tuple[set[Any], set[Any]]]:
        """Per bundle: the UUIDs left out, and the conflicting ones included."""
        result: list[tuple[set[Any], set[Any]]] = [(set(), set()) for _ in self.previews]
        for item, (index, record) in zip(self._items, self._records, strict=True):
            ticked = item.checkState(0) == Qt.CheckState.Checked
            if record.status.value in CHECKED_BY_DEFAULT and not ticked:
                result[index][0].add(record.uuid)
            elif record.status.value == "conflicting" and ticked:
                result[index][1].add(record.uuid)
        return result

    # --- apply ---------------------------------------------------------------------------------

    def apply(self) -> None:
        home, previews, choices = self.home, list(self.previews), self.choices()
        self._cancel.clear()
        self._applying = True
        self.apply_button.setEnabled(False)
        self.tree.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Importing…"))
        cancel, progressed = self._cancel, self.progressed

        def work() -> list[ImportResult]:
            from rrr_desktop.services.exchange.importing import apply_bundle

            return [apply_bundle(home.db, preview, left_out, included_conflicts=conflicts,
                                 cancelled=cancel.is_set, progress=progressed.emit)
                    for preview, (left_out, conflicts) in zip(previews, choices, strict=True)]

        run_in_background(self, work, self._applied, self._apply_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _applied(self, results: list[ImportResult]) -> None:
        self._applying = False
        self.progress.setVisible(False)
        written = sum(sum(r.applied.values()) for r in results)
        message = (self.tr("Bundle imported: {count} records added, updated or withdrawn. "
                           "File > Bundle History can undo it.").format(count=written)
                   if written else self.tr("Nothing was imported: everything was already here."))
        self.status.setText(message)
        self.imported.emit(message)
        self.accept()

    def _apply_failed(self, error: BaseException) -> None:
        self._applying = False
        self.progress.setVisible(False)
        self.tree.setEnabled(True)
        self._refused(error)

    def _cancel_or_close(self) -> None:
        if self._applying:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()


def is_bundle(path: str) -> bool:
    return path.lower().endswith(".rrrbundle")


def bundle_paths(urls: list[Any]) -> list[Path]:
    """The local ``.rrrbundle`` files among dropped URLs (QUrl objects)."""
    return [Path(url.toLocalFile()) for url in urls
            if url.isLocalFile() and is_bundle(url.toLocalFile())]

