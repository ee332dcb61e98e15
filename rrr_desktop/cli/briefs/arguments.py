"""The arguments of ``brief``: print a city brief or a peer meeting brief to PDF.

Kept apart from ``brief_commands`` so that building the parser (which every start,
the window's included, does) imports no more than argparse and the options' names.
"""

from __future__ import annotations

import argparse

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
    brief = commands.add_parser(
        "brief", parents=[after], help="print a briefing note (city or peer meeting) to PDF",
        description="Write a briefing note as a PDF: the city brief, or with --peer the "
                    "brief for a meeting with one peer city. Texts are the defaults built "
                    "from the data (edit them in the window's Briefs page).")
    brief.add_argument("file", metavar="FILE.pdf", help="where to write the PDF")
    brief.add_argument("--peer", metavar="CITY",
                       help="a peer meeting brief for this peer city (name or UUID)")
    brief.add_argument("--group", metavar="NAME",
                       help="a working group brief for this group's meeting (name or UUID)")
    brief.add_argument("--paper", choices=tuple(Paper), default=Paper.A4,
                       help="paper size (default: a4)")
    brief.add_argument("--lang", choices=LANGUAGES, default=None,
                       help="language of the brief (default: the language of the messages, "
                            "from --lang before the command or the locale)")
    brief.add_argument(
        "--sections", metavar="S1,S2,...", default="",
        help="only these sections, comma-separated (default: all). City brief: "
             f"{', '.join(SECTIONS[BriefKind.CITY])}. Peer brief: "
             f"{', '.join(SECTIONS[BriefKind.PEER])}. Group brief: "
             f"{', '.join(SECTIONS[BriefKind.GROUP])}")
    brief.add_argument("--include-personal-data", action="store_true",
                       help="print contact details of key stakeholders whose consent is "
                            "recorded (off by default)")
    brief.add_argument("--key-stakeholders", type=int, default=KEY_STAKEHOLDERS, metavar="N",
                       help=f"rows of the key stakeholders table, 1 to {MAX_KEY_STAKEHOLDERS} "
                            f"(default: {KEY_STAKEHOLDERS})")
