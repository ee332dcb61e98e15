"""The arguments of ``db copy --to TARGET``."""

from __future__ import annotations

import argparse

from rrr_desktop.cli.words import help_text
from rrr_desktop.messages import message_text


def add_database_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         after: argparse.ArgumentParser) -> None:
    """Add ``db copy``; ``after`` carries the location options accepted after it."""
    database = commands.add_parser("db", parents=[after], help=help_text("cli_help.db_command"))
    actions = database.add_subparsers(dest="db_command", required=True,
                                      metavar=message_text("cli_metavar.action"))
    copy = actions.add_parser("copy", parents=[after], help=help_text("cli_help.db_copy"),
                              description=message_text("cli_help.db_copy_about"))
    copy.add_argument("--to", required=True, metavar=message_text("cli_metavar.target"),
                      help=help_text("cli_help.db_copy.to"))
