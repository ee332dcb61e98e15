"""The arguments of ``peers suggest``, ``peers show`` and ``groups suggest`` (the other
``groups`` commands are in ``cli/groups``).

Kept apart from ``matching_commands`` so that building the parser (which every start,
the window's included, does) imports nothing but argparse and the catalogue.
"""

from __future__ import annotations

import argparse

from rrr_desktop.cli.groups.arguments import add_group_parsers
from rrr_desktop.cli.words import help_text, positive_number
from rrr_desktop.messages import message_text


def add_matching_parsers(peer_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         after: argparse.ArgumentParser) -> None:
    """Add ``peers suggest``, ``peers show``, ``groups suggest`` and the working-group
    commands.

    ``after`` carries the location options accepted after the subcommand.
    """
    suggest = peer_commands.add_parser("suggest", parents=[after],
                                       help=help_text("cli_help.peers_suggest"),
                                       description=message_text("cli_help.peers_suggest_about"))
    suggest.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    _add_default_weights(suggest)
    suggest.add_argument("--limit", type=positive_number, metavar="N",
                         help=help_text("cli_help.peers_suggest.limit"))
    suggest.add_argument("--topic", metavar="T", help=help_text("cli_help.peers_suggest.topic"))
    suggest.add_argument("--language", action="append", default=[], metavar="LL",
                         help=help_text("cli_help.peers_suggest.language"))
    suggest.add_argument("--region", action="append", default=[], metavar="R",
                         help=help_text("cli_help.peers_suggest.region"))
    show = peer_commands.add_parser("show", parents=[after], help=help_text("cli_help.peers_show"))
    show.add_argument("city", metavar=message_text("cli_metavar.city"),
                      help=help_text("cli_help.peers_show.city"))
    show.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    _add_default_weights(show)
    groups = commands.add_parser("groups", parents=[after], help=help_text("cli_help.groups"))
    group_commands = groups.add_subparsers(dest="groups_command", required=True,
                                           metavar=message_text("cli_metavar.action"))
    groups_suggest = group_commands.add_parser(
        "suggest", parents=[after], help=help_text("cli_help.groups_suggest"),
        description=message_text("cli_help.groups_suggest_about"))
    groups_suggest.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    _add_default_weights(groups_suggest)
    add_group_parsers(group_commands, after)


def _add_default_weights(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--default-weights", action="store_true",
                        help=help_text("cli_help.default_weights"))
