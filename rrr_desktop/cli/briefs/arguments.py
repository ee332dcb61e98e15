"""The arguments of ``brief``: print a city brief or a peer meeting brief to PDF.

Kept apart from ``brief_commands`` so that building the parser (which every start,
the window's included, does) imports no more than argparse and the options' names.
"""

from __future__ import annotations

import argparse

from rrr_desktop.cli.words import help_text, whole_number
from rrr_desktop.messages import message_text
from rrr_desktop.services.briefs.options import (
    KEY_STAKEHOLDERS,
    LANGUAGES,
    MAX_KEY_STAKEHOLDERS,
    SECTIONS,
    BriefKind,
    Paper,
)


def add_brief_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                     after: argparse.ArgumentParser) -> None:
    """Add ``brief FILE.pdf [--peer CITY] ...``; ``after`` carries the location options
    accepted after the subcommand."""
    brief = commands.add_parser("brief", parents=[after], help=help_text("cli_help.brief"),
                                description=message_text("cli_help.brief_about"))
    brief.add_argument("file", metavar=message_text("cli_metavar.file") + ".pdf",
                       help=help_text("cli_help.brief.file"))
    brief.add_argument("--peer", metavar=message_text("cli_metavar.city"),
                       help=help_text("cli_help.brief.peer"))
    brief.add_argument("--group", metavar=message_text("cli_metavar.name"),
                       help=help_text("cli_help.brief.group"))
    brief.add_argument("--paper", choices=tuple(Paper), default=Paper.A4,
                       help=help_text("cli_help.brief.paper"))
    brief.add_argument("--lang", choices=LANGUAGES, default=None,
                       help=help_text("cli_help.brief.lang"))
    brief.add_argument(
        "--sections", metavar="S1,S2,...", default="",
        help=help_text("cli_help.brief.sections",
                       city=", ".join(SECTIONS[BriefKind.CITY]),
                       peer=", ".join(SECTIONS[BriefKind.PEER]),
                       group=", ".join(SECTIONS[BriefKind.GROUP])))
    brief.add_argument("--suggested-texts", action="store_true",
                       help=help_text("cli_help.brief.suggested_texts"))
    brief.add_argument("--include-personal-data", action="store_true",
                       help=help_text("cli_help.brief.include_personal_data"))
    brief.add_argument("--key-stakeholders", type=whole_number, default=KEY_STAKEHOLDERS,
                       metavar="N", help=help_text("cli_help.brief.key_stakeholders",
                                                   limit=str(MAX_KEY_STAKEHOLDERS),
                                                   default=KEY_STAKEHOLDERS))
