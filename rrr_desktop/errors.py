"""Errors the user can act on, shared by every layer.

A :class:`RejectedInput` names a problem with something the user gave us (a value,
a file, a database from elsewhere); the command line turns it into exit code 3 and
one line on stderr, the GUI into a message box. Anything else is unexpected.
"""

from __future__ import annotations

from pathlib import Path


class RejectedInput(Exception):
    """Input that is invalid; ``str(error)`` says what is wrong and what to do."""


class NewerDatabaseError(RejectedInput):
    """The database was written by a newer version of the app."""

    def __init__(self, database: Path, revision: str, head: str) -> None:
        self.database = database
        self.revision = revision
        self.head = head
        super().__init__(
            f"The database {database} was written by a newer version of RRR Desktop "
            f"(schema {revision}; this version knows up to {head}). It was left untouched. "
            "Install the latest version of RRR Desktop, or use another --home."
        )


class UnrecognisedDatabaseError(RejectedInput):
    """The file is not an RRR Desktop database (or is damaged)."""

    def __init__(self, database: Path, reason: str) -> None:
        self.database = database
        self.reason = reason
        super().__init__(
            f"The file {database} is not an RRR Desktop database ({reason}). It was left "
            "untouched. Choose another file with --db, or restore a copy from the backups folder."
        )
