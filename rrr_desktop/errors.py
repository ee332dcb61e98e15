"""Errors the user can act on, shared by every layer, as data.

A :class:`RejectedInput` names a problem with something the user gave us (a value,
a file, a database from elsewhere) by a stable **code**, the **field** it concerns
(so a form can focus it) and the **parameters** the message needs. Its text comes
from the message catalogue (:mod:`rrr_desktop.messages`) in the officer's language;
the command line turns it into exit code 3 and one line on stderr, the window into
a message. Anything else is unexpected.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

# Exit codes of the command line (and of a GUI start that cannot open its home):
# 0 success, 2 usage error (argparse), 3 rejected input (one line on stderr naming the
# problem), 1 unexpected failure (details in the log file).
EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3


class RejectedInput(Exception):
    """Input that is invalid: ``code``, ``field`` and ``params``; ``str()`` is its text.

    ``code`` is a key of the message catalogue (``resources/messages/en.json``), such
    as ``"stakeholder.website_invalid"``; ``field`` is the form field or document path
    the problem concerns (``None`` when it concerns the whole input); ``params`` fill
    the catalogue's ``{placeholders}``. Nothing has been changed when this is raised.
    """

    def __init__(self, code: str, /, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(code)

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the current language of the app)."""
        from rrr_desktop.messages import message_text

        return message_text(self.code, self.params, language)

    def english(self) -> str:
        """The message in English, for log files."""
        return self.text("en")

    def __str__(self) -> str:
        return self.text()


class NewerDatabaseError(RejectedInput):
    """The database was written by a newer version of the app."""

    def __init__(self, database: Path | str, revision: str, head: str) -> None:
        self.database = database
        self.revision = revision
        self.head = head
        super().__init__("database.newer", database=database, revision=revision, head=head)


class UnrecognisedDatabaseError(RejectedInput):
    """The file is not an RRR Desktop database (or is damaged)."""

    def __init__(self, database: Path | str, reason: str) -> None:
        self.database = database
        self.reason = reason
        super().__init__("database.unrecognised", database=database, reason=reason)


class ChangedElsewhere(RejectedInput):
    """A save based on an older revision of a record a colleague (or another window)
    changed meanwhile: nothing was written. ``changed_by`` (None: not known) and
    ``changed_at`` say who changed it and when; ``revision`` is the record's revision
    now, to save over it on purpose (Keep mine) or to reload it."""

    def __init__(self, changed_by: str | None, changed_at: datetime, revision: int) -> None:
        from rrr_desktop.messages import message

        self.changed_by = changed_by
        self.changed_at = changed_at
        self.revision = revision
        super().__init__("edit.changed_elsewhere",
                         who=changed_by or message("edit.someone_else"),
                         when=moment(changed_at))


class Revised(Protocol):
    """A record that counts its changes and names who made the last one."""

    @property
    def revision(self) -> int: ...
    @property
    def changed_by(self) -> str | None: ...
    @property
    def updated_at(self) -> datetime: ...


def refuse_if_changed(record: Revised, based_on: int | None) -> None:
    """Raise :class:`ChangedElsewhere` when ``record`` is no longer at the revision
    ``based_on`` the officer's form was loaded at (None: save over whatever is stored)."""
    if based_on is not None and record.revision != based_on:
        raise ChangedElsewhere(record.changed_by, record.updated_at, record.revision)


def moment(when: datetime, now: datetime | None = None) -> Any:
    """``when`` as an officer reads it in a message: the local time ("10:32") on the same
    day, the date and time on another."""
    from rrr_desktop.messages import message

    local = when.astimezone()
    today = (now or datetime.now(local.tzinfo)).astimezone().date()
    time = f"{local:%H:%M}"
    if local.date() == today:
        return time
    day = message("date.short", year=str(local.year), mm=f"{local.month:02d}",
                  dd=f"{local.day:02d}")
    return message("date.moment", date=day, time=time)
