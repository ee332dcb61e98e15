"""The log of contacts with a stakeholder: add, edit, delete, and close follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.vocabulary import InteractionKind

INTERACTION_KINDS = tuple(kind.value for kind in InteractionKind)
_GONE = "This interaction no longer exists (it was deleted, or its stakeholder was)."


@dataclass(frozen=True)
class InteractionForm:
    occurred_on: date
    kind: str = InteractionKind.MEETING.value
    notes: str = ""
    follow_up_on: date | None = None
    follow_up_done: bool = False


@dataclass(frozen=True)
class LoggedInteraction:
    """One interaction as the detail pane lists it, with the id to edit it by."""

    id: int
    stakeholder_id: int
    occurred_on: date
    kind: str
    notes: str
    follow_up_on: date | None
    follow_up_done: bool

    @property
    def form(self) -> InteractionForm:
        return InteractionForm(self.occurred_on, self.kind, self.notes, self.follow_up_on,
                               self.follow_up_done)


def _checked(form: InteractionForm) -> InteractionForm:
    if form.kind not in INTERACTION_KINDS:
        raise RejectedInput(f"Kind: {form.kind!r} is not a kind of interaction. Pick one "
                            "from the list.")
    if form.follow_up_on is not None and form.follow_up_on < form.occurred_on:
        raise RejectedInput("Follow-up: the follow-up date is before the interaction. Pick "
                            "a later date, or 'no follow-up'.")
    return form


def _values(form: InteractionForm) -> tuple[object, ...]:
    return (form.occurred_on.isoformat(), form.kind, form.notes.strip(),
            form.follow_up_on.isoformat() if form.follow_up_on else None,
            int(form.follow_up_done))


def _write(db: Database, sql: str, params: tuple[object, ...]) -> int:
    """Run one write in its own transaction; returns the rows it changed."""
    with db.session() as session:
        cursor = session.connection().exec_driver_sql(sql, params)
        return int(cursor.rowcount)


def add_interaction(db: Database, stakeholder_id: int, form: InteractionForm) -> int:
    """Log an interaction; returns its id."""
    from rrr_desktop.models.stakeholder import Interaction, Stakeholder

    checked = _checked(form)
    with db.session() as session:
        if session.get(Stakeholder, stakeholder_id) is None:
            raise RejectedInput("This stakeholder no longer exists, so the interaction was "
                                "not saved.")
        interaction = Interaction(
            stakeholder_id=stakeholder_id, occurred_on=checked.occurred_on,
            kind=InteractionKind(checked.kind), notes=checked.notes.strip(),
            follow_up_on=checked.follow_up_on, follow_up_done=checked.follow_up_done)
        session.add(interaction)
        session.flush()
        return interaction.id


def update_interaction(db: Database, interaction_id: int, form: InteractionForm) -> None:
    changed = _write(db, "UPDATE interaction SET occurred_on = ?, kind = ?, notes = ?, "
                     "follow_up_on = ?, follow_up_done = ? WHERE id = ?",
                     (*_values(_checked(form)), interaction_id))
    if not changed:
        raise RejectedInput(_GONE)


def delete_interaction(db: Database, interaction_id: int) -> None:
    _write(db, "DELETE FROM interaction WHERE id = ?", (interaction_id,))


def set_follow_up_done(db: Database, interaction_id: int, done: bool = True) -> None:
    if not _write(db, "UPDATE interaction SET follow_up_done = ? WHERE id = ?",
                  (int(done), interaction_id)):
        raise RejectedInput(_GONE)


_LOG_COLUMNS = ("id, stakeholder_id, occurred_on, kind, notes, follow_up_on, "
                "follow_up_done")


def _logged(row: tuple[int, int, str, str, str, str | None, int]) -> LoggedInteraction:
    row_id, stakeholder_id, day, kind, notes, follow_up, done = row
    return LoggedInteraction(row_id, stakeholder_id, date.fromisoformat(day), kind, notes,
                             date.fromisoformat(follow_up) if follow_up else None, bool(done))


def interaction_log(db: Database, stakeholder_id: int) -> tuple[LoggedInteraction, ...]:
    """The stakeholder's interactions, newest first."""
    with db.reading() as connection:
        rows = connection.execute(
            f"SELECT {_LOG_COLUMNS} FROM interaction WHERE stakeholder_id = ? "
            "ORDER BY occurred_on DESC, id DESC", (stakeholder_id,)).fetchall()
    return tuple(_logged(row) for row in rows)


def load_interaction(db: Database, interaction_id: int) -> LoggedInteraction:
    with db.reading() as connection:
        row = connection.execute(f"SELECT {_LOG_COLUMNS} FROM interaction WHERE id = ?",
                                 (interaction_id,)).fetchone()
    if row is None:
        raise RejectedInput(_GONE)
    return _logged(row)
