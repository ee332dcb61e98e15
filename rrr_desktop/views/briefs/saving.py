"""Saving the brief shown on the Briefs page as a PDF where the officer chooses, and the
list of briefs saved so far (the Recent briefs tab, with Forget)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from rrr_desktop.files import atomic_file
from rrr_desktop.services.briefs.options import BriefKind
from rrr_desktop.views.common.shared_settings import remember_folder
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.briefs.history import RecentBrief
    from rrr_desktop.views.briefs.page import BriefsPage


class BriefSaving(QObject):
    def __init__(self, page: BriefsPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QFileDialog | None = None
        page.recent.forgetRequested.connect(self._forget)

    def proposed_name(self) -> str:
        from rrr_desktop.services.briefs.generate import file_name

        page = self.page
        return file_name(page.city, page.options.kind(), datetime.now(),
                         page.options.subject_name())

    def choose_path(self) -> None:
        """Save as PDF…: where, in the folder the officer used last for briefs."""
        page = self.page
        if page.shown is None or page.home is None:
            return
        dialog = QFileDialog(page, self.tr("Save the brief as PDF"),
                             str(page.home.paths.briefs / self.proposed_name()),
                             self.tr("PDF documents (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        remember_folder(dialog, "briefs", export=True)
        dialog.selectFile(self.proposed_name())
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> None:
        """Copy the brief shown to ``path`` (whole or not at all), then list it."""
        page = self.page
        home, shown = page.home, page.shown
        if home is None or shown is None:
            return
        try:
            with atomic_file(path, "wb", shared=True) as handle:
                handle.write(shown.read_bytes())
        except OSError as problem:
            page.status.setText(self.tr("Could not save the brief to {path}: {problem}. "
                                        "Choose another folder.")
                                .format(path=path, problem=problem.strerror or problem))
            return
        options = page.options.options()
        peer = page.options.peer_id() if options.kind == BriefKind.PEER else ""
        title = page.preview.title() or path.stem

        def work() -> list[RecentBrief]:
            from rrr_desktop.services.briefs.history import recent_briefs, record_brief

            record_brief(home.db, options, title, path, peer=uuid.UUID(peer) if peer else None)
            return recent_briefs(home.db)

        page.status.setText(self.tr("Saved to {path}.").format(path=path))
        write_in_background(self, work, self.show_recent, page.show_failure)

    def _forget(self, brief_id: int) -> None:
        home = self.page.home
        if home is None:
            return

        def work() -> list[RecentBrief]:
            from rrr_desktop.services.briefs.history import forget_brief, recent_briefs

            forget_brief(home.db, brief_id)
            return recent_briefs(home.db)

        write_in_background(self, work, self.show_recent, self.page.show_failure)

    def show_recent(self, briefs: list[RecentBrief]) -> None:
        if self.page.home is not None:
            self.page.recent.set_briefs(briefs, self.page.home.paths.briefs)
