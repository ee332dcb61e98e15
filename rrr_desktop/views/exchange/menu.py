"""Exchange bundles in the main window: File › Export Bundle…, Import Bundle…, Bundle
History…, Help › Your Signing Key…; bundles opened otherwise (dropped, double-clicked,
given on the command line) come to :meth:`BundleMenu.import_bundles`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.common.failure import show_warning
from rrr_desktop.views.common.shared_settings import remember_folder

if TYPE_CHECKING:
    from rrr_desktop.paths import AppPaths
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
    from rrr_desktop.views.exchange.history_dialog import BundleHistoryDialog
    from rrr_desktop.views.exchange.import_dialog import BundleImportDialog


class BundleMenu(QObject):
    """``exported(message)`` after a bundle is written; ``peersChanged(message)`` after an
    import, undo or erase changed what we hold about peers (every page reads again)."""

    exported = Signal(str)
    peersChanged = Signal(str)

    def __init__(self, window: QWidget, paths: AppPaths, home: Callable[[], Home | None],
                 city_name: Callable[[], str]) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._home = home
        self._city_name = city_name
        self._open_dialog: BundleImportDialog | None = None
        self.export_action = self._action(
            self.tr("E&xport Bundle…"), self.tr("Ctrl+Shift+E"), self.export_bundle,
            self.tr("Write what our city shares into a signed bundle for the peer cities"))
        self.import_action = self._action(
            self.tr("Im&port Bundle…"), QKeySequence.StandardKey.Open, self.choose_bundles,
            self.tr("Preview and import bundles received from peer cities"))
        self.history_action = self._action(
            self.tr("Bundle &History…"), None, self.show_bundle_history,
            self.tr("The bundles imported so far; undo one or erase a city's data"))
        self.key_action = QAction(self.tr("Your Signing &Key…"), self)
        self.key_action.setStatusTip(self.tr("The fingerprint peers compare to trust your "
                                             "bundles"))
        self.key_action.triggered.connect(self.show_signing_key)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None,
                slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(False)  # until the home is open
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def file_actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.history_action]

    def home_opened(self) -> None:
        for action in self.file_actions():
            action.setEnabled(True)

    def export_bundle(self) -> BundleExportWizard | None:
        home = self._home()
        if home is None:
            return None
        from rrr_desktop.views.exchange.export_wizard import BundleExportWizard

        wizard = BundleExportWizard(home, self._city_name(), self._window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.exported.connect(self.exported)
        wizard.open()
        return wizard

    def choose_bundles(self) -> QFileDialog:
        """Pick one or more .rrrbundle files, then preview them."""
        dialog = QFileDialog(self._window, self.tr("Import Bundle"), str(Path.home()),
                             self.tr("RRR bundles (*.rrrbundle)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        remember_folder(dialog, "bundles")
        dialog.filesSelected.connect(lambda files: self.import_bundles([Path(f) for f in files]))
        dialog.open()
        return dialog

    def import_bundles(self, paths: list[Path]) -> BundleImportDialog | None:
        """Preview ``paths``; bundles arriving while a preview is open join it."""
        home = self._home()
        if home is None or not paths:
            return None
        from rrr_desktop.views.exchange.import_dialog import BundleImportDialog

        open_dialog = self._open_dialog
        if open_dialog is not None and open_dialog.add_bundles(paths):
            open_dialog.raise_()
            return open_dialog
        dialog = BundleImportDialog(home, paths, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.peersChanged)
        dialog.finished.connect(lambda _result: setattr(self, "_open_dialog", None))
        self._open_dialog = dialog
        dialog.start()
        return dialog

    def show_bundle_history(self) -> BundleHistoryDialog | None:
        home = self._home()
        if home is None:
            return None
        from rrr_desktop.views.exchange.history_dialog import BundleHistoryDialog

        dialog = BundleHistoryDialog(home, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.peersChanged)
        dialog.start()
        return dialog

    def show_signing_key(self) -> QDialog | None:
        """The fingerprint peers compare; on a team database, once the team's passphrase
        is known (asked for first when it is not)."""
        from rrr_desktop.views.exchange.signing_key_dialog import SigningKeyDialog, fingerprint_of

        home = self._home()
        try:
            if home is not None and home.paths.team_database:  # the team's one city key
                from rrr_desktop.services.exchange.city_key import city_key_fingerprint

                fingerprint = city_key_fingerprint(home.db, home.paths)
            else:
                fingerprint = fingerprint_of(self._paths.signing_key)
            dialog: QDialog = SigningKeyDialog(fingerprint, self._window)
        except RejectedInput as problem:
            from rrr_desktop.views.exchange.passphrase_dialog import (
                ask_for_passphrase,
                needs_passphrase,
            )

            if home is not None and needs_passphrase(problem):
                ask_for_passphrase(home, self._window, self.show_signing_key,
                                   lambda: None, self._warn)
                return None
            dialog = show_warning(self._window, str(problem))
        else:
            dialog.open()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _warn(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import warn_of_failure

        box = warn_of_failure(self._window, error)
        if box is not None:
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
