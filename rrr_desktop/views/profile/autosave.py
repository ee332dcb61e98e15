"""Automatic saving of our city's profile: nothing typed is ever lost.

Every edit restarts two timers. After ``DRAFT_DELAY_MS`` the whole draft is written
to the draft file in the home (atomically), so a crash loses at most half a second;
after ``SAVE_DELAY_MS`` without typing it is saved to the database on a worker
thread. The draft file is removed only once the database holds exactly what the
editor shows. A refused save (a rule such as "a practice needs a title", or a disk
that refuses the write) never touches the editor: the reason is reported through
``stateChanged`` and the save is tried again after the next edit (or, for a disk
problem, after ``RETRY_DELAY_MS`` or when asked).

Each save names the profile the editor started from (its base: as loaded, then as
last saved). When the stored profile is no longer that base (a colleague, the command
line or an import changed it while the window was open), the save is refused and the
state is CONFLICT, its message naming who changed it and when: the text stays in the
editor and the draft file until the officer chooses :meth:`ProfileAutosave.keep_mine`
(save over the other change) or reloads.

Saves are serialised with a lock, so a synchronous :meth:`ProfileAutosave.flush`
(closing the window) waits for a save in flight instead of being overwritten by it.
"""

from __future__ import annotations

import contextlib
import enum
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from rrr_desktop.errors import ChangedElsewhere, RejectedInput
from rrr_desktop.messages import Message
from rrr_desktop.services.profile.draft import ProfileDraft
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home

DRAFT_DELAY_MS = 500
SAVE_DELAY_MS = 1500
RETRY_DELAY_MS = 30_000

# "practices[2].title" -> a field of the editor the officer can fix.
_FIELD_PATH = re.compile(r"^[a-z_]+(\[\d+\])?(\.[a-z_]+)?(\[\d+\])?$")


class SaveState(enum.Enum):
    SAVED = "saved"
    PENDING = "pending"  # edits waiting for the typing to pause, or being saved
    INVALID = "invalid"  # refused by a rule: waits for the officer to fix a field
    FAILED = "failed"  # refused by the disk or the database: tried again
    CONFLICT = "conflict"  # the stored profile changed elsewhere: the officer chooses


def field_problems(refusal: RejectedInput) -> tuple[tuple[str, str], ...] | None:
    """``(path, text)`` for each problem of a refused save, or None if the refusal is not
    about fields of the editor (a full disk, a locked database)."""
    problems: list[Message] = refusal.params.get("problems") or []
    paths = [str(problem.params["path"]) for problem in problems]
    if not paths or not all(_FIELD_PATH.match(path) for path in paths):
        return None
    return tuple((path, problem.params["problem"].text())
                 for path, problem in zip(paths, problems, strict=True))


class ProfileAutosave(QObject):
    """Keeps the editor's draft in the draft file and in the database.

    ``stateChanged(state, message)``: ``message`` is the refusal for INVALID, FAILED and
    CONFLICT; ``stored`` once a save is in the database.
    """

    stateChanged = Signal(object, str)
    stored = Signal()  # a save reached the database: what reads the profile reads again

    def __init__(self, current_draft: Callable[[], ProfileDraft],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current_draft = current_draft
        self._home: Home | None = None
        self._edits = 0  # counts edits; a save covers the edits made before it started
        self.problems: tuple[tuple[str, str], ...] = ()  # (path, text) of an INVALID save
        self._saved_edits = 0
        self._saving = False
        self._base: ProfileDraft | None = None  # the stored profile the edits started from
        self._overwrite = False  # Keep Mine: the next save ignores the base
        self.theirs: ProfileDraft | None = None  # after CONFLICT: the profile as stored
        self._lock = threading.Lock()
        self.state = SaveState.SAVED
        self.message = ""
        self._draft_timer = self._timer(DRAFT_DELAY_MS, self.write_draft_file)
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save_soon)
        self._retry_timer = self._timer(RETRY_DELAY_MS, self.save_soon)

    def _timer(self, delay_ms: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(slot)
        return timer

    def attach(self, home: Home, base: ProfileDraft) -> None:
        """Where to save; the editor shows ``base``, what the database holds (nothing
        unsaved)."""
        self._home = home
        self._base = base
        self._overwrite = False
        self._edits = self._saved_edits = 0
        self._set_state(SaveState.SAVED)

    def keep_mine(self) -> None:
        """After CONFLICT: save the editor's text over the change made elsewhere."""
        self._overwrite = True
        self._set_state(SaveState.PENDING)
        self.save_soon()

    @property
    def unsaved(self) -> bool:
        return self._edits != self._saved_edits

    def edited(self) -> None:
        """The officer changed something: keep it soon, save it once the typing pauses."""
        self._edits += 1
        self._draft_timer.start()
        self._save_timer.start()
        if self.state in (SaveState.SAVED, SaveState.PENDING):
            self._set_state(SaveState.PENDING)

    def write_draft_file(self) -> bool:
        """Keep the editor's draft in the draft file now; False (and said) if refused."""
        self._draft_timer.stop()
        if self._home is None or not self.unsaved:
            return True
        from rrr_desktop.services.profile.document import write_draft_file

        try:
            write_draft_file(self._home.paths.profile_draft, self._current_draft())
        except RejectedInput as refusal:
            self._set_state(SaveState.FAILED, str(refusal))
            return False
        return True

    def save_soon(self) -> None:
        """Save in the background (Retry, the timers, leaving the page)."""
        self._save_timer.stop()
        self._retry_timer.stop()
        if self._home is None or not self.unsaved:
            return
        if self._saving:  # one save at a time; the next one starts when it ends
            return
        if self.state is SaveState.CONFLICT:  # waits for Keep Mine or Reload
            self.write_draft_file()
            return
        self.write_draft_file()
        home, draft, edits = self._home, self._current_draft(), self._edits
        self._saving = True
        self._set_state(SaveState.PENDING)
        write_in_background(self, lambda: self._save(home, draft),
                            lambda _saved: self._saved(edits, announce=True),
                            lambda error: self._refused(error, edits))

    def flush(self) -> bool:
        """Save now, on this thread (closing the window). True when nothing is lost:
        saved, or at least kept in the draft file for the next start."""
        self._save_timer.stop()
        self._retry_timer.stop()
        if self._home is None or not self.unsaved:
            return True
        kept = self.write_draft_file()
        edits = self._edits
        try:
            self._save(self._home, self._current_draft())
        except RejectedInput as refusal:
            self._show_refusal(refusal)
            return kept
        self._saved(edits)
        return True

    def _save(self, home: Home, draft: ProfileDraft) -> None:
        """Runs on a worker thread (or at closing); the base moves on under the lock, so a
        save waiting for another one starts from what that one stored."""
        from rrr_desktop.services.profile.read import load_profile
        from rrr_desktop.services.profile.store import save_profile

        with self._lock:
            try:
                saved = save_profile(home.db, draft,
                                     based_on=None if self._overwrite else self._base)
            except ChangedElsewhere:
                self.theirs = load_profile(home.db)  # what Undo puts back after Keep Mine
                raise
            self._base, self._overwrite = saved.draft, False

    def _saved(self, edits: int, *, announce: bool = False) -> None:
        """The edits up to ``edits`` are stored; ``announce``: say so (``stored``), which
        a save made while the window closes does not."""
        self._saving = False
        self._saved_edits = max(self._saved_edits, edits)
        if self.unsaved:  # typed while saving: save that too
            self._save_timer.start()
            return
        self.discard_draft_file()
        self._set_state(SaveState.SAVED)
        if announce:
            self.stored.emit()

    def forget_edits(self) -> None:
        """After CONFLICT, Reload: the editor's text gives way to the stored profile."""
        self._draft_timer.stop()
        self._save_timer.stop()
        self._retry_timer.stop()
        self._saved_edits = self._edits
        self.discard_draft_file()

    def discard_draft_file(self) -> None:
        """The database holds what the draft file kept: forget the file."""
        if self._home is not None:
            from rrr_desktop.services.profile.document import discard_draft_file

            with contextlib.suppress(OSError):  # a stale copy is harmless: equal to the saved
                discard_draft_file(self._home.paths.profile_draft)

    def _refused(self, error: BaseException, edits: int) -> None:
        self._saving = False
        refusal = refusal_of(error)
        if refusal is None:
            self._set_state(SaveState.FAILED, self.tr("An unexpected error happened."))
        else:
            self._show_refusal(refusal)
        if self._edits != edits:  # typed while saving: that may be the fix
            self._save_timer.start()

    def _show_refusal(self, refusal: RejectedInput) -> None:
        if isinstance(refusal, ChangedElsewhere):
            self._set_state(SaveState.CONFLICT, str(refusal))
        elif (problems := field_problems(refusal)) is not None:
            self.problems = problems
            self._set_state(SaveState.INVALID, str(refusal))
        else:
            self._set_state(SaveState.FAILED, str(refusal))
            self._retry_timer.start()

    def _set_state(self, state: SaveState, message: str = "") -> None:
        self.state, self.message = state, message
        self.stateChanged.emit(state, message)
