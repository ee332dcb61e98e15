"""The arguments of ``bundle export|inspect|import|undo|erase|history``.

Kept apart from ``bundle_commands`` so that building the parser (which every start,
the window's included, does) imports nothing but argparse and the catalogue.
"""

from __future__ import annotations

import argparse

from rrr_desktop.cli.words import help_text, whole_number
from rrr_desktop.messages import message_text

# The parts of a bundle ``--no-PART`` leaves out, with the help of each.
_PARTS = {"profile": "cli_help.bundle_export.no_profile",
          "practices": "cli_help.bundle_export.no_practices",
          "self-assessment": "cli_help.bundle_export.no_self_assessment",
          "stakeholders": "cli_help.bundle_export.no_stakeholders",
          "groups": "cli_help.bundle_export.no_groups"}


def add_bundle_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                       after: argparse.ArgumentParser) -> None:
    """Add ``bundle`` and its actions; ``after`` carries the location options."""
    file = message_text("cli_metavar.file")
    bundle = commands.add_parser("bundle", parents=[after], help=help_text("cli_help.bundle"),
                                 description=message_text("cli_help.bundle_about"))
    actions = bundle.add_subparsers(dest="bundle_command", required=True,
                                    metavar=message_text("cli_metavar.action"))
    export = actions.add_parser("export", parents=[after],
                                help=help_text("cli_help.bundle_export"),
                                description=message_text("cli_help.bundle_export_about"))
    export.add_argument("file", metavar=file, help=help_text("cli_help.bundle_export.file"))
    export.add_argument("--include-contacts", action="store_true",
                        help=help_text("cli_help.bundle_export.include_contacts"))
    export.add_argument("--include-profile-contacts", action="store_true",
                        help=help_text("cli_help.bundle_export.include_profile_contacts"))
    for part, code in _PARTS.items():
        export.add_argument(f"--no-{part}", action="store_true", help=help_text(code))
    inspect = actions.add_parser("inspect", parents=[after],
                                 help=help_text("cli_help.bundle_inspect"),
                                 description=message_text("cli_help.bundle_inspect_about"))
    inspect.add_argument("file", metavar=file, help=help_text("cli_help.bundle_inspect.file"))
    inspect.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    inspect.add_argument("--accept-new-key", action="store_true",
                         help=help_text("cli_help.bundle_inspect.accept_new_key"))
    load = actions.add_parser("import", parents=[after], help=help_text("cli_help.bundle_import"),
                              description=message_text("cli_help.bundle_import_about"))
    load.add_argument("file", metavar=file, help=help_text("cli_help.bundle_import.file"))
    load.add_argument("--yes", action="store_true", help=help_text("cli_help.bundle_import.yes"))
    load.add_argument("--take-conflicts", action="store_true",
                      help=help_text("cli_help.bundle_import.take_conflicts"))
    load.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    load.add_argument("--accept-new-key", action="store_true",
                      help=help_text("cli_help.bundle_import.accept_new_key"))
    load.add_argument("--accept-rename", action="store_true",
                      help=help_text("cli_help.bundle_import.accept_rename"))
    undo = actions.add_parser("undo", parents=[after], help=help_text("cli_help.bundle_undo"))
    undo.add_argument("import_id", nargs="?", type=whole_number,
                      metavar=message_text("cli_metavar.import_id"),
                      help=help_text("cli_help.bundle_undo.import_id"))
    erase = actions.add_parser("erase", parents=[after], help=help_text("cli_help.bundle_erase"),
                               description=message_text("cli_help.bundle_erase_about"))
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--peer", metavar=message_text("cli_metavar.city"),
                       help=help_text("cli_help.bundle_erase.peer"))
    which.add_argument("--import", dest="import_id", type=whole_number, metavar="ID",
                       help=help_text("cli_help.bundle_erase.import"))
    history = actions.add_parser("history", parents=[after],
                                 help=help_text("cli_help.bundle_history"))
    history.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
