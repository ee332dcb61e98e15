"""What the officer can do to stakeholders, as actions for menus, toolbars and keys.

The page that shows the register gives two callbacks (the open home, the selected
ids) and reloads when ``changed(message)`` is emitted; ``selectRequested(ids)`` comes
just before it when Undo or Redo brought records back, so the page selects those and
the officer's next action falls on them; ``stakeholderSaved(id)`` comes before it when
the editor saved a record, which becomes the current row. Every change is undoable on
the window's :attr:`StakeholderActions.undo_stack`: a deletion keeps its snapshot
(Undo puts the records back, Redo deletes them again); an edit, archiving, a merge,
a bulk edit, an interaction added, edited or deleted, or a follow-up marked done keeps
the images of the records before and after
(:func:`~rrr_desktop.services.stakeholders.register_image.recorded`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QWidget

from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.common.failure import show_warning, warn_of_failure
from rrr_desktop.views.common.undo import ChangeCommand, background_step, undo_actions
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.lifecycle import DeletedStakeholders
    from rrr_desktop.services.stakeholders.merge import MergeResult
    from rrr_desktop.services.stakeholders.register_image import Recorded
    from rrr_desktop.views.stakeholders.editor import StakeholderEditor
    from rrr_desktop.views.stakeholders.interaction_dialog import InteractionDialog
    from rrr_desktop.views.stakeholders.merge_dialog import MergeDialog


class DeleteCommand(QUndoCommand):
    """Stakeholders already deleted; undo restores the snapshot, redo deletes again."""

    def __init__(self, actions: StakeholderActions, snapshot: DeletedStakeholders) -> None:
        text, self._restored, self._deleted = actions.deletion_texts(len(snapshot.ids))
        super().__init__(text)
        self.actions = actions
        self.snapshot = snapshot
        self._done = True  # pushing runs redo(): the deletion has happened already

    def undo(self) -> None:
        from rrr_desktop.services.stakeholders.lifecycle import restore_deleted

        home = self.actions.home()
        assert home is not None
        # read when the write runs: writes run in order, after a redo's new snapshot
        self.actions.write_step(lambda: restore_deleted(home.db, self.snapshot), self._restored,
                                self.snapshot.ids)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        from rrr_desktop.services.stakeholders.lifecycle import delete_stakeholders

        home = self.actions.home()
        assert home is not None

        def delete() -> None:
            self.snapshot = delete_stakeholders(home.db, self.snapshot.ids)

        self.actions.write_step(delete, self._deleted)


class StakeholderActions(QObject):
    """Actions on the selected stakeholders; ``changed(message)`` after every change."""

    changed = Signal(str)
    openRequested = Signal(int)  # show this stakeholder (a duplicate's Open button)
    selectRequested = Signal(list)  # select these ids once the register is read again
    stakeholderSaved = Signal(int)  # saved in the editor: make it the current row on reload

    def __init__(self, home: Callable[[], Home | None], selected_ids: Callable[[], list[int]],
                 parent: QWidget, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.selected_ids = selected_ids
        self.window = parent
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.dialog: StakeholderEditor | InteractionDialog | MergeDialog | None = None

        def action(text: str, icon: str,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: Callable[[], Any]) -> QAction:
            made = QAction(QIcon.fromTheme(icon), text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.new_organisation = action(self.tr("New &Organisation…"), "document-new",
                                       self.tr("Ctrl+N"), lambda: self.new_stakeholder(False))
        self.new_person = action(self.tr("New &Person…"), "contact-new",
                                 self.tr("Ctrl+Shift+N"), lambda: self.new_stakeholder(True))
        self.edit = action(self.tr("&Edit…"), "document-edit", "F2",
                           lambda: self._with_one(self.edit_stakeholder))
        self.edit.setShortcuts([QKeySequence("F2"), QKeySequence("Return")])
        self.add_interaction = action(self.tr("Add &Interaction…"), "appointment-new",
                                      self.tr("Ctrl+Shift+I"),
                                      lambda: self._with_one(self.log_interaction))
        self.archive = action(self.tr("&Archive"), "archive-insert", None,
                              lambda: self.set_archived(True))
        self.restore = action(self.tr("&Restore from Archive"), "archive-extract", None,
                              lambda: self.set_archived(False))
        self.delete = action(self.tr("&Delete"), "edit-delete",
                             QKeySequence.StandardKey.Delete, self.delete_selected)
        self.merge = action(self.tr("&Merge Duplicates…"), "merge", None, self.merge_selected)
        self.undo, self.redo = undo_actions(self.undo_stack, self)
        # Keys that mean something else in text fields act only in the list (attach_to).
        for list_only in (self.edit, self.delete):
            list_only.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._add_status_tips()
        self.selection_changed([], [])

    def _add_status_tips(self) -> None:
        """What each menu entry does, in the status bar while the menu is open."""
        for made, tip in (
                (self.new_organisation, self.tr("Add an organisation to the register")),
                (self.new_person, self.tr("Add a person to the register")),
                (self.edit, self.tr("Change the selected stakeholder")),
                (self.add_interaction, self.tr("Record a meeting, call or e-mail with the "
                                               "selected stakeholder")),
                (self.archive, self.tr("Hide the selected stakeholders from the list, "
                                       "keeping their history")),
                (self.restore, self.tr("Bring the selected archived stakeholders back")),
                (self.delete, self.tr("Delete the selected stakeholders (Undo brings "
                                      "them back)")),
                (self.merge, self.tr("Join the selected duplicates into one stakeholder")),
                (self.undo, self.tr("Take back the last change to the register")),
                (self.redo, self.tr("Make the change taken back again"))):
            made.setStatusTip(tip)

    def actions(self) -> list[QAction]:
        """The Stakeholders menu, in order (None-free; add separators as you like)."""
        return [self.new_organisation, self.new_person, self.edit, self.add_interaction,
                self.archive, self.restore, self.delete, self.merge]

    def attach_to(self, view: QAbstractItemView) -> None:
        """Return/F2 and Delete act in this list; double-click edits."""
        view.addActions([self.edit, self.delete])
        view.doubleClicked.connect(lambda _index: self._with_one(self.edit_stakeholder))

    def selection_changed(self, ids: Sequence[int], archived: Sequence[bool]) -> None:
        """Enable what fits the selection; ``archived`` says which selected ones are."""
        count = len(ids)
        self.edit.setEnabled(count == 1)
        self.add_interaction.setEnabled(count == 1)
        self.archive.setEnabled(not all(archived) if count else False)
        self.restore.setEnabled(any(archived))
        self.delete.setEnabled(count > 0)
        self.merge.setEnabled(count >= 2)

    # --- dialogs ------------------------------------------------------------------

    def _with_one(self, slot: Callable[[int], object]) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            slot(ids[0])

    def _open(self, dialog: StakeholderEditor | InteractionDialog | MergeDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def new_stakeholder(self, is_person: bool) -> None:
        self._edit(None, is_person)

    def edit_stakeholder(self, stakeholder_id: int) -> None:
        self._edit(stakeholder_id, False)

    def _edit(self, stakeholder_id: int | None, is_person: bool) -> None:
        home = self.home()
        if home is None:
            return
        from rrr_desktop.views.stakeholders.editor import StakeholderEditor

        editor = StakeholderEditor(home, stakeholder_id, is_person=is_person,
                                   parent=self.window)
        editor.changeRecorded.connect(lambda change: self._saved(editor, stakeholder_id, change))
        editor.openRequested.connect(self.openRequested)
        self._open(editor)

    def _saved(self, editor: StakeholderEditor, stakeholder_id: int | None,
               change: Recorded[int]) -> None:
        name = editor.form().name
        self.stakeholderSaved.emit(change.result)  # before the reload that ``changed`` asks
        self.push_change(self.tr("Edit {name}").format(name=name) if stakeholder_id
                         else self.tr("New {name}").format(name=name), change,
                         self.tr("Stakeholder saved."))

    def log_interaction(self, stakeholder_id: int) -> None:
        self.edit_interaction(stakeholder_id, None)

    def edit_interaction(self, stakeholder_id: int, interaction_id: int | None) -> None:
        """Open the interaction dialog: a new one, or the logged one with this id."""
        home = self.home()
        if home is None:
            return
        from rrr_desktop.services.stakeholders.interactions import load_interaction
        from rrr_desktop.views.stakeholders.interaction_dialog import InteractionDialog

        try:
            logged = load_interaction(home.db, interaction_id) if interaction_id else None
        except RejectedInput as error:
            self._warn(str(error))
            return
        dialog = InteractionDialog(home, stakeholder_id, logged, self.window)
        dialog.changeRecorded.connect(lambda text, change: self.push_change(
            text, change, self.tr("Interaction saved.")))
        self._open(dialog)

    def merge_selected(self) -> None:
        home, ids = self.home(), self.selected_ids()
        if home is None or len(ids) < 2:
            return
        from rrr_desktop.views.stakeholders.merge_dialog import MergeDialog

        dialog = MergeDialog(home, ids, self.window)
        dialog.changeRecorded.connect(self._merged)
        self._open(dialog)

    def _merged(self, change: Recorded[MergeResult]) -> None:
        result = change.result
        merged = len(result.merged_ids) + 1
        self.push_change(self.tr("Merge %Ln stakeholders", "", merged), change, " ".join((
            self.tr("%Ln stakeholders merged into one.", "", merged),
            self.tr("%Ln interactions moved.", "", result.interactions_moved))))

    # --- changes ----------------------------------------------------------------

    def mark_follow_up_done(self, interaction_id: int) -> None:
        home = self.home()
        if home is None:
            return
        def work() -> Recorded[None]:
            from rrr_desktop.services.stakeholders.interactions import (
                load_interaction,
                set_follow_up_done,
            )
            from rrr_desktop.services.stakeholders.register_image import recorded

            owner = load_interaction(home.db, interaction_id).stakeholder_id
            return recorded(home.db, [owner],
                            lambda: set_follow_up_done(home.db, interaction_id))

        self._in_background(
            work, lambda change: self.push_change(self.tr("Mark Follow-up Done"), change,
                                            self.tr("Follow-up marked done.")))

    def set_archived(self, archived: bool) -> None:
        home, ids = self.home(), self.selected_ids()
        if home is None or not ids:
            return
        from rrr_desktop.services.stakeholders.lifecycle import set_archived
        from rrr_desktop.services.stakeholders.register_image import recorded

        def done(change: Recorded[int]) -> None:
            count = change.result
            message = (self.tr("%Ln stakeholders archived. Show them with “Show archived”.",
                               "", count) if archived
                       else self.tr("%Ln stakeholders restored from the archive.", "", count))
            text = (self.tr("Archive %Ln stakeholders", "", count) if archived
                    else self.tr("Restore %Ln stakeholders from the archive", "", count))
            self.push_change(text, change, message)

        self._in_background(
            lambda: recorded(home.db, ids, lambda: set_archived(home.db, ids, archived)), done)

    def delete_selected(self) -> None:
        home, ids = self.home(), self.selected_ids()
        if home is None or not ids:
            return
        from rrr_desktop.services.stakeholders.lifecycle import delete_stakeholders

        def done(snapshot: DeletedStakeholders) -> None:
            self.undo_stack.push(DeleteCommand(self, snapshot))
            count = len(snapshot.ids)
            self.changed.emit(self.tr("%Ln stakeholders deleted. Undo with {keys}.", "",
                                      count).format(
                keys=self.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))

        self._in_background(lambda: delete_stakeholders(home.db, ids), done)

    def deletion_texts(self, count: int) -> tuple[str, str, str]:
        """What Edit › Undo calls a deletion, and what undoing and redoing it say."""
        return (self.tr("Delete %Ln stakeholders", "", count),
                self.tr("%Ln stakeholders restored.", "", count),
                self.tr("%Ln stakeholders deleted.", "", count))

    def push_change(self, text: str, change: Recorded[Any], message: str) -> None:
        """A change was made: say so, and let Edit › Undo write its before-image back."""
        from rrr_desktop.services.stakeholders.register_image import restore_image

        home = self.home()
        assert home is not None
        undone = self.tr("Undone: {change}").format(change=text)
        redone = self.tr("Redone: {change}").format(change=text)
        self.undo_stack.push(ChangeCommand(
            text, lambda: self.write_step(lambda: restore_image(home.db, change.before), undone,
                                          sorted(change.before.ids)),
            lambda: self.write_step(lambda: restore_image(home.db, change.after), redone,
                                    sorted(change.after.ids))))
        self.changed.emit(message)

    def write_step(self, work: Callable[[], object], message: str,
                   touched: Sequence[int] = ()) -> bool:
        """Undo and redo write in the background; ``changed(message)`` once written (the
        ``touched`` records selected first), a refusal shown (and the history emptied)
        if not."""
        return background_step(self, self.undo_stack, work,
                               lambda _written: self._stepped(message, touched), self._failed)

    def _stepped(self, message: str, touched: Sequence[int]) -> None:
        if touched:
            self.selectRequested.emit(list(touched))
        self.changed.emit(message)

    def _in_background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        write_in_background(self, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        warn_of_failure(self.window, error, self.tr("Stakeholders"))

    def _warn(self, text: str) -> None:
        show_warning(self.window, text, self.tr("Stakeholders")).setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose)
