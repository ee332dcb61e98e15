"""Writing a working-group change: in the background, as one Edit › Undo step, with the
officer's entries kept when it is refused (the dialog opens again under the reason) and
a colleague's newer change met with Reload or Keep Mine. The page asks (its dialogs) and
shows (``written``, ``restored``); this writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from rrr_desktop.errors import ChangedElsewhere
from rrr_desktop.views.common.conflict_bar import ask_reload_or_keep_mine
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.undo import ChangeCommand, background_step
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from rrr_desktop.services.groups.group_image import GroupImage, RecordedGroupChange
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.groups.form_dialog import FormDialog


class GroupWrites(QObject):
    """``written(new group's UUID or None, started)`` after a change; ``restored(UUID to
    select or None)`` after its Undo or Redo; ``dialogShown(dialog)`` when a dialog or
    question opens again; ``failed(error)`` for anything to warn about."""

    written = Signal(object, bool)
    restored = Signal(object)
    dialogShown = Signal(object)
    failed = Signal(object)

    def __init__(self, page: QWidget, home: Callable[[], Home | None],
                 reload: Callable[[], None], undo_stack: QUndoStack | None) -> None:
        super().__init__(page)
        self._page = page
        self._home = home
        self._reload = reload
        self.undo_stack = undo_stack

    def write_based(self, group: UUID, text: str, change: Callable[[Any, int | None], object],
                    based_on: int | None, dialog: FormDialog) -> None:
        """A change from ``dialog``, which showed revision ``based_on`` of its record
        (``change(services, based_on)``): over a colleague's newer change, the officer
        chooses Reload (their version is shown) or Keep Mine (saved over theirs)."""
        def changed_elsewhere(error: ChangedElsewhere) -> None:
            self.dialogShown.emit(ask_reload_or_keep_mine(
                self._page, error, self.tr("Working groups"), self._reload,
                lambda revision: self.write_based(group, text, change, revision, dialog)))

        self.write(group, text, lambda s: change(s, based_on), dialog, changed_elsewhere)

    def write(self, group: UUID | None, text: str, change: Callable[[Any], object],
              dialog: FormDialog | QInputDialog | None = None,
              changed_elsewhere: Callable[[ChangedElsewhere], None] | None = None) -> None:
        """Change ``group`` (None: a new one) in the background with ``change(services)``;
        Edit › Undo takes the change back. If it fails, ``dialog`` opens again with the
        officer's entries (a colleague's newer change goes to ``changed_elsewhere``)."""
        home = self._home()
        if home is None:
            return

        def work() -> RecordedGroupChange[object]:
            from rrr_desktop.services.groups.editing import mark_looked_at
            from rrr_desktop.services.groups.group_image import recorded_group_change

            recorded = recorded_group_change(home.db, group, lambda: change(_Services(home)))
            if group is not None and recorded.after.state is not None:
                mark_looked_at(home.db, group)  # our own change is no news to us
            return recorded

        def done(recorded: RecordedGroupChange[object]) -> None:
            self.written.emit(recorded.result if group is None else None, group is None)
            if self.undo_stack is not None:
                self.undo_stack.push(ChangeCommand(
                    text, lambda: self._restore(home, recorded.before),
                    lambda: self._restore(home, recorded.after)))

        write_in_background(self, work, done,
                            lambda error: self._refused(error, dialog, changed_elsewhere))

    def _refused(self, error: BaseException, dialog: FormDialog | QInputDialog | None,
                 changed_elsewhere: Callable[[ChangedElsewhere], None] | None) -> None:
        from rrr_desktop.views.groups.form_dialog import FormDialog

        if changed_elsewhere is not None and isinstance(error, ChangedElsewhere):
            changed_elsewhere(error)
            return
        if dialog is not None and not isinstance(dialog, FormDialog):
            dialog.open()  # the text typed comes back, under the reason
        if not isinstance(dialog, FormDialog):
            self.failed.emit(error)
            return
        refusal = refusal_of(error)
        dialog.show_refusal(refusal, self.tr(
            "Not saved: something unexpected went wrong (it is in the log). Your entries "
            "are kept: try again, or Cancel."))
        self.dialogShown.emit(dialog)
        dialog.open()

    def _restore(self, home: Home, image: GroupImage) -> bool:
        """Undo or Redo of a group change: written in the background, then shown."""
        from rrr_desktop.services.groups.group_image import restore_group

        assert self.undo_stack is not None  # only its commands call this
        return background_step(
            self, self.undo_stack, lambda: restore_group(home.db, image),
            lambda _restored: self.restored.emit(image.uuid if image.state is not None
                                                 else None),
            self.failed.emit)


class _Services:
    """The group services and the database, handed to a change on the worker thread."""

    def __init__(self, home: Home) -> None:
        from rrr_desktop.services.groups import actions, editing, meetings

        self.db = home.db
        self.editing = editing
        self.meetings = meetings
        self.actions = actions
