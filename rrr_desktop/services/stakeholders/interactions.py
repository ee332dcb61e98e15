"""The log of contacts with a stakeholder: add, edit, delete, and close follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import stakeholders as queries
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


def _write(db: Database, write: Callable[[Connection], int]) -> int:
    """Run one write in its own transaction; returns the rows it changed."""
    with db.session() as session:
        return write(driver_connection(session))


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
    checked = _checked(form)
    changed = _write(db, lambda connection: queries.update_interaction(
        connection, interaction_id, occurred_on=checked.occurred_on, kind=checked.kind,
        notes=checked.notes.strip(), follow_up_on=checked.follow_up_on,
        done=checked.follow_up_done))
    if not changed:
        raise RejectedInput(_GONE)


def delete_interaction(db: Database, interaction_id: int) -> None:
    _write(db, lambda connection: queries.delete_interaction(connection, interaction_id))


def set_follow_up_done(db: Database, interaction_id: int, done: bool = True) -> None:
    if not _write(db, lambda connection: queries.set_follow_up_done(connection, interaction_id,
                                                                     done)):
        raise RejectedInput(_GONE)


def interaction_log(db: Database, stakeholder_id: int) -> tuple[LoggedInteraction, ...]:
    """The stakeholder's interactions, newest first."""
    with db.reading() as connection:
        rows = queries.interaction_log(connection, stakeholder_id)
    return tuple(LoggedInteraction(*row) for row in rows)


def load_interaction(db: Database, interaction_id: int) -> LoggedInteraction:
    with db.reading() as connection:
        row = queries.interaction(connection, interaction_id)
    if row is None:
        raise RejectedInput(_GONE)
    return LoggedInteraction(*row)
