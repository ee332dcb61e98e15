"""The arguments of ``bundle export|inspect|import|undo|erase|history``.

Kept apart from ``bundle_commands`` so that building the parser (which every start,
the window's included, does) imports nothing but argparse.
"""

from __future__ import annotations

import argparse


def add_bundle_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                       after: argparse.ArgumentParser) -> None:
    """Add ``bundle`` and its actions; ``after`` carries the location options."""
    bundle = commands.add_parser(
        "bundle", parents=[after], help="exchange bundles with peer cities",
        description="Signed .rrrbundle files that officers send each other by email "
                    "(the format is in docs/bundle-format.md).")
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[after], help="write our city's shareable data to a bundle",
        description="Our profile, practices, self-assessment and shareable stakeholders "
                    "(never interactions). Personal data only with --include-contacts, and "
                    "only of persons whose consent is recorded.")
    export.add_argument("file", metavar="FILE", help="the bundle to write (.rrrbundle)")
    export.add_argument("--include-contacts", action="store_true",
                        help="add contact person, email and phone where consent is recorded")
    export.add_argument("--include-profile-contacts", action="store_true",
                        help="keep emails and phone numbers written in the texts of our "
                             "profile, practices and working groups (left out by default)")
    for part, what in (("profile", "the profile (summary, languages, topics)"),
                       ("practices", "the practices"),
                       ("self-assessment", "the self-assessment"),
                       ("stakeholders", "the shareable stakeholders"),
                       ("groups", "the working groups (what our city speaks for in them)")):
        export.add_argument(f"--no-{part}", action="store_true", help=f"leave out {what}")
    inspect = actions.add_parser(
        "inspect", parents=[after], help="verify a bundle and preview its import",
        description="Checks the bundle and shows what importing it would change. Changes "
                    "nothing. Exit code 3 if the bundle is refused.")
    inspect.add_argument("file", metavar="FILE", help="the bundle to read")
    inspect.add_argument("--json", action="store_true", help="print JSON instead of text")
    inspect.add_argument("--accept-new-key", action="store_true",
                         help="preview as if the sender's new key were accepted")
    load = actions.add_parser(
        "import", parents=[after], help="merge a bundle into the directory of peer cities",
        description="Without --yes, prints the preview and changes nothing. With --yes, "
                    "applies new, updated and withdrawn records in one transaction.")
    load.add_argument("file", metavar="FILE", help="the bundle to import")
    load.add_argument("--yes", action="store_true", help="apply the import (else preview only)")
    load.add_argument("--take-conflicts", action="store_true",
                      help="for records that differ from ours at the same revision, take the "
                           "bundle's version (without it, ours are kept)")
    load.add_argument("--json", action="store_true", help="print JSON instead of text")
    load.add_argument("--accept-new-key", action="store_true",
                      help="accept a key that differs from the one pinned for this city "
                           "(only after comparing fingerprints with the sender by phone)")
    load.add_argument("--accept-rename", action="store_true",
                      help="accept that a known city now has another name or country "
                           "(only after checking with the city)")
    undo = actions.add_parser("undo", parents=[after], help="undo the last bundle import")
    undo.add_argument("import_id", nargs="?", type=int, metavar="IMPORT_ID",
                      help="the import's number (from bundle history); must be the last")
    erase = actions.add_parser(
        "erase", parents=[after], help="remove data that came from a bundle or a peer city",
        description="Our own data and our notes on peers are never touched.")
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--peer", metavar="CITY",
                       help="everything from this peer city (its name or UUID)")
    which.add_argument("--import", dest="import_id", type=int, metavar="ID",
                       help="everything still coming from this import")
    history = actions.add_parser("history", parents=[after],
                                 help="list received and sent bundles")
    history.add_argument("--json", action="store_true", help="print JSON instead of text")
