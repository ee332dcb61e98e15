"""Profile page: the editor of our city's profile, saved automatically.

Edits are kept in the draft file at once and saved to the database when the typing
pauses, when the officer leaves the page and when the window closes (``flush``). A
draft file left by a crash is restored into the editor on the next start, then saved.
When the profile was changed elsewhere meanwhile (the command line), the officer
chooses: Reload (the other change wins) or Keep Mine (the editor's text wins).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.dto import Choice
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.profile.draft import ProfileDraft
    from rrr_desktop.views.profile.autosave import ProfileAutosave, SaveState
    from rrr_desktop.views.profile.editor import ProfileEditor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedProfile:
    saved: ProfileDraft
    restored: ProfileDraft | None  # unsaved edits of our city found in the draft file
    draft_problem: str  # the draft file could not be read (it was set aside)
    topics: tuple[Choice, ...]


def all_languages() -> tuple[Choice, ...]:
    from rrr_desktop.services import reference

    return reference.languages()


def load_for_editing(home: Home) -> LoadedProfile:
    """Runs on a worker thread: the profile, any unsaved draft, and the choices."""
    from rrr_desktop.services.profile.read import load_profile, topic_choices

    saved = load_profile(home.db)
    restored, problem = None, ""
    if home.paths.profile_draft.exists():  # reading it needs PyYAML and pydantic
        from rrr_desktop.services.profile.document import CorruptDraftFile, read_draft_file

        try:
            restored = read_draft_file(home.paths.profile_draft)
        except CorruptDraftFile as corrupt:
            problem = str(corrupt)
    if restored is not None and restored.city_uuid != saved.city_uuid:
        log.warning("Profile draft of another city (%s) not restored", restored.city_uuid)
        restored = None
    return LoadedProfile(saved, restored, problem, topic_choices(home.db))


class ProfilePage(Page):
    key = "profile"
    icon_name = "profile"

    changeShown = Signal()  # Undo or Redo changed the profile: the officer should see it
    stored = Signal()  # a change of the profile is in the database (peers rank on it)

    def __init__(self, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None, *, when_shown: bool = False) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack  # each save becomes a step of the window's undo
        self._last_saved: ProfileDraft | None = None  # what the database holds, as shown
        self._restoring = False  # the next save writes an undo or redo, not a new step
        self._home: Home | None = None
        # The editor (many widgets, and their modules) is built when the profile is first
        # loaded, after the window is on screen: start-up does not wait for it. With
        # ``when_shown``, the profile is loaded only once the page is first shown, unless
        # a draft file waits to be restored (and saved) at once.
        self.editor: ProfileEditor
        self.autosave: ProfileAutosave
        self._built = False
        self._languages_wanted = False
        self._when_shown = when_shown
        self._home_waiting: Home | None = None

    def _build(self) -> None:
        from rrr_desktop.views.common.city_view import plain_label
        from rrr_desktop.views.profile.autosave import ProfileAutosave
        from rrr_desktop.views.profile.editor import ProfileEditor

        self._built = True
        self.editor = ProfileEditor()
        self.autosave = ProfileAutosave(self.editor.draft, self)
        self.editor.edited.connect(self._edited)
        self.autosave.stateChanged.connect(self._show_state)
        self.autosave.stored.connect(self.stored)
        self.notice = plain_label(role="notice")
        self.notice.hide()
        self.status = plain_label(role="save_status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.retry = QPushButton(self.tr("&Retry"))
        self.retry.setAccessibleName(self.tr("Try saving the profile again"))
        self.retry.clicked.connect(self.autosave.save_soon)
        self.retry.hide()
        self.reload = QPushButton(self.tr("Re&load"))
        self.reload.setAccessibleName(self.tr("Reload the profile as stored and lose the "
                                              "changes made here"))
        self.reload.clicked.connect(self._reload)
        self.keep_mine = QPushButton(self.tr("&Keep Mine"))
        self.keep_mine.setAccessibleName(self.tr("Save the profile as shown here over the "
                                                 "other change"))
        self.keep_mine.clicked.connect(self._keep_mine)
        for button in (self.retry, self.reload, self.keep_mine):
            button.setToolTip(button.accessibleName())
        for button in (self.reload, self.keep_mine):
            button.hide()
        bar = QFrame()
        bar.setObjectName("status_bar")
        bar.setStyleSheet("#status_bar { border-bottom: 1px solid palette(mid); }")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(24, 6, 24, 6)
        bar_layout.setSpacing(2)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry)
        status_row.addWidget(self.reload)
        status_row.addWidget(self.keep_mine)
        bar_layout.addWidget(self.notice)
        bar_layout.addLayout(status_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.editor, 1)
        self.setEnabled(False)  # until the profile is loaded

    def title(self) -> str:
        return self.tr("Profile")

    def waits_to_be_shown(self) -> bool:
        return self._home_waiting is not None

    def refresh(self, home: Home) -> None:
        """Load the profile; unsaved edits in the editor are kept (and saved) instead."""
        if not self._built:
            if (self._when_shown and not self.isVisible()
                    and not home.paths.profile_draft.exists()):
                self._home_waiting = home
                return
            self._home_waiting = None
            self._build()
        if self.autosave.unsaved:
            self.autosave.save_soon()
            self.load(lambda: None, lambda _nothing: None)
            return
        self.load(lambda: load_for_editing(home), lambda loaded: self._show(home, loaded))

    def flush(self) -> bool:
        """Save unsaved edits now (call before the window closes). True when nothing is
        lost: saved, or kept in the draft file to be restored on the next start."""
        if not self._built:
            return True  # the window closes before the profile was ever shown
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a note being typed in a table cell is committed on focus out
        return self.autosave.flush()

    def save_now(self) -> bool:
        """Ctrl+S: store the pending edits at once, not when the typing pauses; False
        when there is nothing to store (the state then stays as it is)."""
        if not self._built or not self.autosave.unsaved:
            return False
        self.autosave.save_soon()
        return True

    def save_problem(self) -> str:
        """Why the last save was refused ("" when it was not)."""
        return self.autosave.message if self._built else ""

    def _show(self, home: Home, loaded: LoadedProfile) -> None:
        self.setEnabled(True)
        self.editor.set_choices(home, loaded.topics)
        # The list of every language (pycountry) is not needed to show the profile: the
        # languages ticked show at once, the others join the list once the page is seen.
        self._languages_wanted = True
        if self.isVisible():
            QTimer.singleShot(0, self, self._load_languages)
        restoring = loaded.restored is not None and loaded.restored != loaded.saved
        self.editor.set_draft(loaded.restored if loaded.restored and restoring
                              else loaded.saved)
        self._home = home
        self._last_saved = None  # freshly read: not a change of the officer's
        self.autosave.attach(home, loaded.saved)
        notice = loaded.draft_problem
        if restoring:
            notice = self.tr("Restored changes that were not saved when RRR Desktop last "
                             "closed.")
            self.autosave.edited()
            self.autosave.save_soon()
        elif loaded.restored is not None:  # saved after all, just before a crash
            self.autosave.discard_draft_file()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def _reload(self) -> None:
        """Show the stored profile: the edits made here are dropped (the officer chose)."""
        self.autosave.forget_edits()
        if self._home is not None:
            self.refresh(self._home)

    def _keep_mine(self) -> None:
        """Save the text shown over the colleague's change; Edit › Undo then puts their
        version back (not the one this window saved before)."""
        if self.autosave.theirs is not None:
            self._last_saved = self.autosave.theirs
        self.autosave.keep_mine()

    def _edited(self) -> None:
        self.notice.hide()
        self.autosave.edited()

    def _show_state(self, state: SaveState, message: str) -> None:
        from rrr_desktop.views.profile.autosave import SaveState

        self.editor.show_problems(self.autosave.problems if state is SaveState.INVALID else ())
        self.retry.setVisible(state is SaveState.FAILED)
        self.reload.setVisible(state is SaveState.CONFLICT)
        self.keep_mine.setVisible(state is SaveState.CONFLICT)
        if state is SaveState.SAVED:
            self._record_saved()
            text = self.tr("All changes saved")
        elif state is SaveState.PENDING:
            text = self.tr("Saving…")
        elif state is SaveState.CONFLICT:
            text = self.tr("{changed} Your text is kept: Reload to see their change and lose "
                           "yours here, or Keep Mine to save your version over it.").format(
                changed=message)
        elif state is SaveState.INVALID:
            text = self.tr("Not saved yet: fix what is marked below; it is saved as soon as it "
                           "is fixed. Your text is kept.")
        else:
            text = self.tr("Not saved: {reason} Your text is kept; RRR Desktop will try "
                           "again.").format(reason=message)
        self.status.setText(text)
        refused = state in (SaveState.INVALID, SaveState.FAILED, SaveState.CONFLICT)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;" if refused else "")

    def _record_saved(self) -> None:
        """A save went through: it is one step Edit › Undo can take back."""
        saved, before = self.editor.draft(), self._last_saved
        self._last_saved = saved
        if self._restoring:
            self._restoring = False
            return
        if self._undo_stack is None or before is None or before == saved:
            return
        from rrr_desktop.views.common.undo import ChangeCommand

        self._undo_stack.push(ChangeCommand(self.tr("Edit Profile"),
                                            lambda: self._put_back(before),
                                            lambda: self._put_back(saved)))

    def _put_back(self, draft: ProfileDraft) -> bool:
        """Show ``draft`` again and save it as any edit is saved."""
        self._restoring = True
        self.editor.set_draft(draft)
        self._edited()
        self.changeShown.emit()
        return True

    def _load_languages(self) -> None:
        if self._languages_wanted:
            self._languages_wanted = False
            run_in_background(self, all_languages, self.editor.languages.set_choices,
                              report_unexpected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._home_waiting is not None:
            self.refresh(self._home_waiting)
        if self._built:
            QTimer.singleShot(0, self, self._load_languages)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page saves what is typed."""
        if self._built:
            self.autosave.save_soon()
        super().hideEvent(event)
