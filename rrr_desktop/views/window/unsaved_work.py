"""What becomes of the officer's unsaved work: File › Save (Ctrl+S) stores it at once and
says so; closing the window stores it first, and asks before losing what cannot be kept.

The pages save as the officer goes (the Profile page and a brief's rewritten texts a
moment after the typing pauses, the others at each OK), so Ctrl+S has little to do but
the officer's habit: it never opens anything, and the status bar always answers it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from rrr_desktop import APP_NAME

if TYPE_CHECKING:
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.profile.autosave import SaveState


class UnsavedWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.close_anyway = False
        self._waiting_for_profile = False
        self._listening = False

    def save_now(self) -> None:
        """File › Save: pending edits are stored now; the status bar says when they are
        (or that everything already is, or why a page could not store its texts)."""
        profile = self.window.profile
        problems = [problem for page in self.window.pages if (problem := page.keep_now())]
        saving = profile.save_now()  # whatever another page could not keep
        if problems:
            self.window.say(problems[0])
            return
        if not saving:
            self.window.say(self.tr("Everything is saved: RRR Desktop saves your changes "
                                    "as you make them."))
            return
        self._waiting_for_profile = True
        if not self._listening:
            self._listening = True
            profile.autosave.stateChanged.connect(self._profile_state)
        self.window.say(self.tr("Saving the profile…"))

    def _profile_state(self, state: SaveState, _message: str) -> None:
        from rrr_desktop.views.profile.autosave import SaveState

        if not self._waiting_for_profile or state is SaveState.PENDING:
            return
        self._waiting_for_profile = False
        if state is SaveState.SAVED:
            self.window.say(self.tr("Profile saved."))
        else:
            self.window.say(self.tr("The profile is not saved: the Profile page says why."))

    def may_close(self) -> bool:
        """Before the window closes: True when nothing is lost (the profile saved, or kept
        in its draft file for the next start, and every page's texts stored, or the
        officer chose to lose them); else the officer is asked and the window stays
        open."""
        window = self.window
        saved = window.profile.flush()
        unkept = [(page, problem) for page in window.pages if (problem := page.keep_now())]
        if self.close_anyway:
            return True
        if not saved:
            self._ask_before_losing(window.profile.key, self.tr(
                "The profile could not be saved, nor kept for the next start: {reason}\n\n"
                "Your text is still on the Profile page. Keep RRR Desktop open and free some "
                "disk space, or close and lose the unsaved changes.").format(
                    reason=window.profile.save_problem()))
            return False
        for page, problem in unkept:
            self._ask_before_losing(page.key, self.tr(
                "{problem}\n\nKeep RRR Desktop open, or close and lose what is not "
                "kept.").format(problem=problem))
            return False
        return True

    def _ask_before_losing(self, page_key: str, question: str) -> None:
        window = self.window
        window.show_page(page_key)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, question,
                          QMessageBox.StandardButton.NoButton, window)
        keep = box.addButton(self.tr("&Keep Open"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("&Close Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda button: self._close_losing_edits()
                                  if button is close else None)
        box.open()

    def _close_losing_edits(self) -> None:
        self.close_anyway = True
        self.window.close()
