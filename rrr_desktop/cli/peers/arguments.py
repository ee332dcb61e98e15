"""The arguments of ``peers suggest``, ``peers show`` and ``groups suggest`` (the other
``groups`` commands are in ``cli/groups``).

Kept apart from ``matching_commands`` so that building the parser (which every start,
the window's included, does) imports nothing but argparse.
"""

from __future__ import annotations

import argparse

from rrr_desktop.cli.groups.arguments import add_group_parsers


def add_matching_parsers(peer_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         commands: argparse._SubParsersAction[argparse.ArgumentParser],
                         after: argparse.ArgumentParser) -> None:
    """Add ``peers suggest``, ``peers show``, ``groups suggest`` and the working-group
    commands.

    ``after`` carries the location options accepted after the subcommand.
    """
    suggest = peer_commands.add_parser(
        "suggest", parents=[after], help="rank the peer cities for our city, with reasons",
        description="Peers ranked by what they can teach us, what we can teach them, "
                    "shared challenges and related topics (see docs/matching.md).")
    suggest.add_argument("--json", action="store_true", help="print JSON instead of text")
    _add_default_weights(suggest)
    suggest.add_argument("--limit", type=_positive, metavar="N", help="show the best N only")
    suggest.add_argument("--topic", metavar="T",
                         help="only peers with a reason about this topic (its name or id)")
    suggest.add_argument("--language", action="append", default=[], metavar="LL",
                         help="only peers speaking this language (ISO 639-1); repeatable")
    suggest.add_argument("--region", action="append", default=[], metavar="R",
                         help="only peers in this region or country code; repeatable")
    show = peer_commands.add_parser(
        "show", parents=[after], help="one peer city's topics and how it matches ours")
    show.add_argument("city", metavar="CITY", help="the peer city's name")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    _add_default_weights(show)
    groups = commands.add_parser("groups", parents=[after], help="proposed working groups")
    group_commands = groups.add_subparsers(dest="groups_command", metavar="ACTION",
                                           required=True)
    groups_suggest = group_commands.add_parser(
        "suggest", parents=[after], help="propose working groups of 3 to 6 cities",
        description="Groups around one or two topics where a member can teach what the "
                    "others want to learn (the method is in docs/matching.md).")
    groups_suggest.add_argument("--json", action="store_true", help="print JSON instead of text")
    _add_default_weights(groups_suggest)
    add_group_parsers(group_commands, after)


def _add_default_weights(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--default-weights", action="store_true",
                        help="ignore the weights and hidden or pinned peers saved in the "
                             "window; use the documented defaults")


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of 1 or more, not {text!r}")
    return number
