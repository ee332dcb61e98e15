"""File > Import Bundle… (or bundles dropped on the window): verify, preview, apply.

Bundles are verified in the background, then previewed together, oldest first, one
section per sending city (applied all at once, or one city at a time):
each record sorted into new / updated / unchanged / conflicting / older / withdrawn,
with a check box to leave it out and its fields beside ours. A conflicting record
(same revision, other content) keeps ours unless the officer ticks "take theirs". The
sender is shown with its key fingerprint and trust state; a changed key is shown
in red with both fingerprints and applies only once "Accept the new key" is ticked.
Apply runs in the background with progress; Cancel rolls the bundle back.
A bundle of our own city (a sender checking what it sends) shows what it holds and
cannot be imported.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.progress import Cancelled
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import date_label, long_date_label, moment_label
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.exchange.bundle_records_view import BundleRecordsView
from rrr_desktop.views.exchange.change_text import contents_text
from rrr_desktop.views.exchange.record_diff import RecordDiff

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.preview import BundlePreview, ImportResult
    from rrr_desktop.services.home import Home

# lupdate reads translate("Context", "text") calls with literal texts.
translate = QCoreApplication.translate


def _menu_text(text: str) -> str:
    """A menu's text as read in a sentence: without its shortcut mark and its dots."""
    return text.replace("&", "").rstrip("…").strip()


class BundleImportDialog(QDialog):
    """Emits ``imported(message)`` after at least one bundle was applied."""

    imported = Signal(str)
    progressed = Signal(float)  # the fraction done, emitted from the worker; queued

    def __init__(self, home: Home, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.paths = paths
        self.previews: list[BundlePreview] = []
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import Bundle"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        self.status = plain_label(self.tr("Checking the bundle…"))
        layout.addWidget(self.status)
        self.sender_label = plain_label()
        layout.addWidget(self.sender_label)
        self.accept_key = self._acceptance(layout, self.tr(
            "&Accept the new key (only after comparing the fingerprint with the sender by "
            "phone)"))
        self.accept_rename = self._acceptance(layout, self.tr(
            "Accept the new &name (only after checking with the city)"))
        splitter = QSplitter()
        self.tree = BundleRecordsView()
        self.tree.currentItemChanged.connect(self._show_diff)
        self.tree.ticked.connect(self._update_apply)
        self.diff = RecordDiff()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diff)
        splitter.setSizes([660, 440])
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
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.apply_city_button = self.buttons.addButton(
            self.tr("Import &This City Only"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_city_button.setToolTip(self.tr(
            "Import the bundles of the city selected in the list; the others stay here"))
        self.apply_city_button.setVisible(False)
        self.apply_city_button.clicked.connect(self._apply_current_city)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)
        self._applying = False
        self._generation = 0
        self._importable = False  # a bundle may be applied (trusted, not our own city)
        self._confirming = False  # a bundle only confirms what we hold: importing records it

    def _acceptance(self, layout: QVBoxLayout, text: str) -> QCheckBox:
        """A check box, hidden until a bundle needs it, that verifies the bundles again."""
        box = QCheckBox(text)
        box.setVisible(False)
        box.toggled.connect(self._verify)
        layout.addWidget(box)
        return box

    def start(self) -> None:
        self.open()
        self._verify()

    def add_bundles(self, paths: list[Path]) -> bool:
        """Preview more bundles with these (a later double-click); False once applying."""
        if self._applying:
            return False
        self.paths += [path for path in paths if path not in self.paths]
        self._verify()
        return True

    # --- verify and preview --------------------------------------------------------------

    def _verify(self) -> None:
        self.apply_button.setEnabled(False)
        self.apply_city_button.setEnabled(False)
        self.status.setText(self.tr("Checking the bundle…"))
        self.status.setStyleSheet("")  # an earlier refusal's red
        home, paths, accept = self.home, list(self.paths), self.accept_key.isChecked()
        rename = self.accept_rename.isChecked()
        self._generation += 1
        generation = self._generation

        def work() -> list[BundlePreview]:
            from rrr_desktop.services.exchange.importing import inspect_bundles

            return inspect_bundles(home.db, paths, accept, rename)

        def shown(previews: list[BundlePreview]) -> None:
            if generation == self._generation:  # else an answer about fewer bundles
                self._show_previews(previews)

        run_in_background(self, work, shown, self._refused)

    def _refused(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import refusal_of

        refusal = refusal_of(error)
        if refusal is None:
            return
        self.status.setText(self.tr("The bundle was refused and nothing was changed: "
                                    "{reason}").format(reason=str(refusal)))
        self.status.setStyleSheet("color: #b00020;")

    def _show_previews(self, previews: list[BundlePreview]) -> None:
        self.previews = previews
        refused = [p for p in previews if not p.trust.accepted and not p.own_city]
        renamed = [p for p in previews if p.rename_refused and not p.own_city]
        own = [p for p in previews if p.own_city]
        self.accept_key.setVisible(bool(refused) or self.accept_key.isChecked())
        self.accept_rename.setVisible(bool(renamed) or self.accept_rename.isChecked())
        self.sender_label.setText("\n".join(self._sender_text(p) for p in previews))
        self.sender_label.setStyleSheet("color: #b00020;" if any(
            p.trust.key_changed or p.rename is not None for p in previews) else "")
        cities = self.tree.show_previews(previews)
        self.apply_city_button.setVisible(cities > 1)
        changes = any(p.changes_anything for p in previews)
        conflicts = sum(len(p.conflicting) for p in previews)
        self._confirming = any(p.confirms_only and p.already_imported_at is None
                               for p in previews)
        if own:
            self.status.setText(self.tr("This is your own city's bundle: it cannot be "
                                        "imported here; send it to your peers."))
        elif refused:
            self.status.setText(self.tr("A sender's key changed: nothing can be imported "
                                        "from it unless you accept the new key."))
        elif renamed:
            self.status.setText(self.tr("A city changed its name: nothing can be imported "
                                        "from it unless you accept the new name."))
        elif conflicts:
            self.status.setText(self.tr(
                "Records that differ from ours at the same revision: {count}. We keep ours "
                "unless you tick one to take theirs. Untick any other record you want to "
                "leave out, then import.").format(count=QLocale().toString(conflicts)))
        elif changes:
            self.status.setText(self.tr("Untick the records you want to leave out, then "
                                        "import."))
        elif self._confirming:
            self.status.setText(self.tr("Everything in this bundle is already here: importing "
                                        "it changes nothing, and records that the city's data "
                                        "is current as of the bundle's date."))
        else:
            self.status.setText(self.tr("Everything in this bundle is already here: importing "
                                        "it would change nothing."))
        self._importable = not refused and not renamed and not own
        self._update_apply()

    def _update_apply(self) -> None:
        """Import is offered once something is ticked (a change, or theirs in a conflict),
        or for a bundle that only confirms what we hold, so that its date counts."""
        self.apply_button.setEnabled(self._importable
                                     and (self.tree.any_ticked() or self._confirming)
                                     and not self._applying)
        self.apply_city_button.setEnabled(self.apply_button.isEnabled())

    def _sender_text(self, preview: BundlePreview) -> str:
        if preview.own_city:
            return "\n".join((
                self.tr("{file}: made by {city} ({country}), your own city, on {made}. Key "
                        "{fingerprint}.").format(
                    file=preview.path.name, city=preview.sender.name,
                    country=preview.sender.country_code,
                    made=moment_label(preview.created_at),
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
            country=preview.sender.country_code, made=moment_label(preview.created_at),
            fingerprint=preview.fingerprint, trust=trust)]
        if preview.trust.trust.value in ("first-use", "changed-refused"):
            lines.append(self._key_advice(preview.sender.name))
        if preview.rename is not None:
            lines.append(self.tr("NAME CHANGED: the city you know as {old} ({old_country}) now "
                                 "calls itself {name} ({country}).").format(
                old=preview.rename.old_name, old_country=preview.rename.old_country,
                name=preview.rename.new_name, country=preview.rename.new_country))
        lines += list(preview.warnings)
        if preview.already_imported_at is not None:
            lines.append(self.tr("This bundle was already imported on {day}.").format(
                day=long_date_label(preview.already_imported_at.astimezone())))
        return "\n".join(lines)

    def _key_advice(self, city: str) -> str:
        """What to do with a key not trusted yet: compare it with the one the sender sees
        under Help > Your Signing Key (named as the officer's menus name them)."""
        place = " › ".join(_menu_text(text) for text in (
            translate("WindowMenus", "&Help"), translate("BundleMenu", "Your Signing &Key…")))
        return self.tr("To be sure the bundle comes from {city}, phone them and ask them to "
                       "open {place} in their window and read out its characters: they must "
                       "be those of the key above. If they differ, do not import it.").format(
            city=city, place=place)

    def _show_diff(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        found = self.tree.record_of(item)
        if found is None:
            self.diff.clear()
            return
        index, record = found
        preview, standing = self.previews[index], self.tree.standing
        words, numbers = standing.sentence(record), standing.revisions(record)
        if record.status.value in ("new", "unchanged"):
            self.diff.show_contents(words, numbers, preview.contents(record))
        else:
            self.diff.show_record(words, numbers, preview.readable(record))

    # --- apply ---------------------------------------------------------------------------------

    def _apply_current_city(self) -> None:
        bundles = self.tree.current_city_bundles()
        if bundles is None:
            self.status.setText(self.tr("Select a city in the list first."))
            return
        self.apply(bundles)

    def apply(self, only: set[int] | None = None) -> None:
        """Apply every bundle, or those at the indices ``only`` (one city's)."""
        chosen = set(range(len(self.previews))) if only is None else only
        everything = self.tree.choices(len(self.previews))
        previews = [p for i, p in enumerate(self.previews) if i in chosen]
        choices = [c for i, c in enumerate(everything) if i in chosen]
        home = self.home
        self._cancel.clear()
        self._applying = True
        self.apply_button.setEnabled(False)
        self.apply_city_button.setEnabled(False)
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

        rest = [p.path for i, p in enumerate(self.previews) if i not in chosen]
        run_in_background(self, work, lambda results: self._applied(previews, results, rest),
                          self._apply_failed)

    def _show_progress(self, fraction: float) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(round(fraction * 100))

    def _applied(self, previews: list[BundlePreview], results: list[ImportResult],
                 rest: list[Path]) -> None:
        """Done; with bundles of other cities left (``rest``), preview those again."""
        self._applying = False
        self.progress.setVisible(False)
        written = sum(sum(r.applied.values()) for r in results)
        message = (self.tr("Bundle imported: %Ln records added, updated or withdrawn. "
                           "File > Bundle History can undo it.", "", written)
                   if written else self.tr("Nothing was imported: everything was already here."))
        for preview, result in zip(previews, results, strict=True):
            if result.import_id is not None and not result.changed:
                message += " " + self.tr("{city}'s data is confirmed as current on {day}.").format(
                    city=preview.sender.name, day=date_label(preview.created_at))
            elif result.changed and preview.summary.stakeholders:
                # A peer's stakeholders are not added to our register: say where they are.
                message += " " + self.tr(
                    "The stakeholders {city} shares are in its profile on the Peer cities "
                    "page; your own register is unchanged.").format(city=preview.sender.name)
        self.status.setText(message)
        self.imported.emit(message)
        if not rest:
            self.accept()
            return
        self.paths = rest
        self.tree.setEnabled(True)
        self._verify()

    def _apply_failed(self, error: BaseException) -> None:
        self._applying = False
        self.progress.setVisible(False)
        self.tree.setEnabled(True)
        if isinstance(error, Cancelled):
            self.apply_button.setEnabled(True)
            self.status.setText(self.tr("Import cancelled: nothing was changed."))
        else:
            self._refused(error)

    def _cancel_or_close(self) -> None:
        if self._applying:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()
