"""The window's flows that change the stakeholder register as a whole: File › Import
Stakeholders, Export Stakeholders and Undo Last Import, and Help › Load Sample Data.

``changed(message)`` when one changed the register: the window then refills its pages
and says ``message`` in the status bar. Imports and sample data are not undo steps
(Undo Last Import takes an import back whole).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from rrr_desktop import APP_NAME
from rrr_desktop.messages import message_text
from rrr_desktop.views.common.failure import refusal_of, show_warning
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.stakeholders.export_dialog import StakeholderExport
    from rrr_desktop.views.stakeholders.importing.import_dialog import (
        ImportOutcome,
        StakeholderImport,
    )
    from rrr_desktop.views.stakeholders.importing.undo_import import ImportUndo


class RegisterFlows(QObject):
    changed = Signal(str)  # what changed, for the status bar
    saidInStatusBar = Signal(str)  # a message that changes nothing (an export written)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def import_stakeholders(self, path: Path | None = None) -> StakeholderImport | None:
        """File › Import Stakeholders…: choose a file (unless given), preview, import."""
        home = self._window.home
        if home is None:
            return None
        from rrr_desktop.views.stakeholders.importing.import_dialog import StakeholderImport

        flow = StakeholderImport(home, self._window)
        flow.imported.connect(self._imported)
        flow.undone.connect(self.changed)
        if path is None:
            flow.start()
        else:
            flow.plan(path)
        return flow

    def undo_last_import(self) -> ImportUndo | None:
        """File › Undo Last Import…: says which import and what it changed, then asks."""
        home = self._window.home
        if home is None:
            return None
        from rrr_desktop.views.stakeholders.importing.undo_import import ImportUndo

        undo = ImportUndo(home, self._window)
        undo.undone.connect(self.changed)
        undo.start()
        return undo

    def _imported(self, outcome: ImportOutcome) -> None:
        summary, locale = outcome.summary, QLocale()
        message = self.tr(
            "Import finished: {added} added, {updated} updated, {skipped} skipped, "
            "{failed} with problems.").format(
                added=locale.toString(summary.added), updated=locale.toString(summary.updated),
                skipped=locale.toString(summary.skipped),
                failed=locale.toString(summary.failed))
        if outcome.failed_rows is not None:
            message += " " + self.tr("Rows to fix: {file}").format(file=outcome.failed_rows)
        self.changed.emit(message)

    def export_stakeholders(self) -> StakeholderExport | None:
        """File › Export Stakeholders…: the register as the Stakeholders page filters it,
        with personal data only if the officer ticks it (and only with recorded consent)."""
        home = self._window.home
        if home is None:
            return None
        from rrr_desktop.views.stakeholders.export_dialog import StakeholderExport
        from rrr_desktop.views.stakeholders.page import StakeholdersPage

        page = self._window.page("stakeholders")
        assert isinstance(page, StakeholdersPage)
        flow = StakeholderExport(home, page.model.query, self._window)
        flow.exported.connect(self.saidInStatusBar)
        flow.start()
        return flow

    def load_sample_data(self) -> None:
        """Ask first (sample records would join our city's real register), then load."""
        if self._window.home is None:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question, APP_NAME, self.tr(
                "Add about 300 sample stakeholders to {city}'s register? They are made up "
                "and clearly labelled: each name ends with “{marked}” and each carries the "
                "“sample” tag, so they can be found by that tag and archived or deleted "
                "together.").format(city=self._window.our_city_name,
                                    marked=message_text("sample_data.marked", {"name": ""})
                                    .strip()),
            QMessageBox.StandardButton.Cancel, self._window)
        question.setObjectName("sample_question")
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        add = question.addButton(self.tr("&Add Sample Data"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        add.clicked.connect(self._load_sample_data_confirmed)
        question.open()

    def _load_sample_data_confirmed(self) -> None:
        """Fill an empty register with the labelled sample, in the background."""
        home = self._window.home
        if home is None:
            return

        def work() -> int:
            from rrr_desktop.services.setup.sample_data import load_sample_data

            return load_sample_data(home.db, into_real_city=True).stakeholders

        run_in_background(self, work, self._sample_loaded, self._failed)

    def _sample_loaded(self, count: int) -> None:
        self.changed.emit(self.tr(
            "Sample data loaded: %Ln stakeholders, each tagged “sample”.", "", count))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            text = self.tr("The file {file} could not be written: {reason}. Nothing was "
                           "changed; choose another folder or name.").format(
                file=error.filename or "", reason=error.strerror or error)
        else:
            refusal = refusal_of(error)
            if refusal is None:
                return
            text = str(refusal)
        show_warning(self._window, text)
