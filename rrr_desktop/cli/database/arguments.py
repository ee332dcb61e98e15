"""The arguments of ``db copy --to TARGET``."""

from __future__ import annotations

import argparse


def add_database_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         after: argparse.ArgumentParser) -> None:
    """Add ``db copy``; ``after`` carries the location options accepted after it."""
    database = commands.add_parser("db", parents=[after],
                                   help="the database: copy it into a team database or a file")
    actions = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy", parents=[after], help="copy every record into a new database",
        description="Copy every record of this data folder's database (or of the team "
                    "database given with --db) into a new one: an empty team database "
                    "(postgresql://officer@host/rrr) or a new SQLite file, as a portable "
                    "backup or to leave the team. UUIDs, revisions, where records came "
                    "from and the peers' pinned keys are kept as they are.")
    copy.add_argument("--to", required=True, metavar="TARGET",
                      help="postgresql://... of an empty database, or FILE.sqlite3 that "
                           "does not exist yet")
