"""The argument parser shared by the GUI start and the subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from rrr_desktop import __version__
from rrr_desktop.file_kinds import IMPORT_SUFFIXES, openable
from rrr_desktop.messages import LANGUAGES
from rrr_desktop.paths import DATABASE_ENV, HOME_ENV

# services.stakeholder_import.ImportMode, not imported here: it would load SQLAlchemy
# before the window opens.
IMPORT_MODES = ("add", "update", "fill")
# The command line's words for services.profile_draft.ROLES, in the same order.
TOPIC_LISTS = ("offer", "learn", "challenge")
DESCRIPTION = (
    "RRR Desktop: your city's SSE profile, stakeholders and peer cities, offline. "
    "Without a command it opens the main window; files named instead of a command "
    "(bundles, stakeholder lists) open in it, or in the window already open."
)


# Options of the main parser that take a value: their value is not a file to open.
_VALUED_OPTIONS = ("--home", "--db")
_READ = ", ".join(IMPORT_SUFFIXES)


def split_open_files(parser: argparse.ArgumentParser,
                     argv: list[str]) -> tuple[list[str], list[Path]]:
    """``rrr-desktop [--home DIR] FILE...``: the options, and the files to open.

    Files are told from commands by the first word that is not an option: when it is a
    file the window opens (by its name, see :mod:`rrr_desktop.file_kinds`, or because it
    exists), every such word is a file to open in the window (made absolute, since a
    running window may have another working folder). Any other word is left to the
    parser, which names the commands. macOS's ``-psn_`` process serial number, given to
    apps started from the Finder, is dropped.
    """
    commands = next(action.choices for action in parser._actions
                    if isinstance(action, argparse._SubParsersAction))
    options: list[str] = []
    words: list[str] = []
    waiting_value = False
    for word in argv:
        if waiting_value:
            options.append(word)
            waiting_value = False
        elif word.startswith("-psn_"):
            continue
        elif word.startswith("-"):
            options.append(word)
            waiting_value = word in _VALUED_OPTIONS
        elif not words and (word in commands or not _names_a_file(word)):
            return argv, []
        else:
            words.append(word)
    return options, [Path(word).absolute() for word in words]


def _names_a_file(word: str) -> bool:
    path = Path(word)
    return openable(path) or path.is_file()


def _location_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--home", metavar="DIR", default=default,
                        help=f"data folder to use (default: ${HOME_ENV}, "
                             "else the per-user data folder)")
    parser.add_argument("--db", metavar="FILE", default=default,
                        help="database file to use instead of the one in the data folder, "
                             "or a team database: postgresql://officer@host/rrr "
                             f"(default: ${DATABASE_ENV})")
    parser.add_argument("--backup-confirmed", action="store_true", default=default,
                        help="a team database may be migrated to this version: IT made a "
                             "backup of it (needed only where pg_dump is not installed)")


def only_window_options(argv: list[str]) -> bool:
    """Whether ``argv`` holds options alone (no command, no file, no help): the window
    starts, and the commands' parsers (a tenth of a second to build) are not needed."""
    waiting_value = False
    for word in argv:
        if waiting_value:
            waiting_value = False
        elif word in ("-h", "--help") or not word.startswith("-"):
            return False
        else:
            waiting_value = word in _VALUED_OPTIONS
    return True


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rrr-desktop", description=DESCRIPTION,
        usage="%(prog)s [options] [FILE ...]\n       %(prog)s [options] COMMAND ...")
    parser.add_argument("--version", action="version", version=f"rrr-desktop {__version__}")
    _location_options(parser, None)
    parser.add_argument("--lang", dest="message_language", choices=LANGUAGES,
                        help="language of messages and refusals (default: from the locale, "
                             "LC_ALL / LC_MESSAGES / LANG)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, visit every page and exit (0 = all well); "
                             "uses a temporary data folder unless --home is given")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    # The commands' parsers load only when a command may be given (not for the window).
    from rrr_desktop.cli.briefs.arguments import add_brief_parser
    from rrr_desktop.cli.database.arguments import add_database_parsers
    from rrr_desktop.cli.exchange.arguments import add_bundle_parsers
    from rrr_desktop.cli.peers.arguments import add_matching_parsers

    # Options after the subcommand must not reset the ones given before it.
    after = argparse.ArgumentParser(add_help=False)
    _location_options(after, argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init", parents=[after], help="choose our city without the GUI (first-run choice)",
        description="Choose the city this data folder works for. A city that ships with "
                    "the app is picked by name; any other city needs --country.")
    init.add_argument("--city", required=True, metavar="NAME", help="the city's name")
    init.add_argument("--country", metavar="CC", help="ISO 3166-1 country code, e.g. ES")
    init.add_argument("--language", metavar="LL",
                      help="main language, ISO 639-1 code, e.g. es (default: en)")

    demo = commands.add_parser(
        "demo", parents=[after], help="fill an empty register with clearly labelled sample data",
        description="Adds about 300 sample stakeholders with interactions, and a sample city "
                    "if no city was chosen yet. Refused when the register is not empty, and "
                    "when the data folder is a real city's unless --force.")
    demo.add_argument("--force", action="store_true",
                      help="add the sample to this data folder's real city anyway")

    peers = commands.add_parser("peers", parents=[after], help="the directory of peer cities")
    peer_commands = peers.add_subparsers(dest="peers_command", metavar="ACTION", required=True)
    peers_list = peer_commands.add_parser("list", parents=[after],
                                          help="list the peer cities and what they offer")
    peers_list.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_matching_parsers(peer_commands, commands, after)

    _profile_commands(commands, after)
    add_bundle_parsers(commands, after)
    add_brief_parser(commands, after)
    add_database_parsers(commands, after)

    _stakeholder_commands(commands, after)
    return parser


def _stakeholder_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                          after: argparse.ArgumentParser) -> None:
    from rrr_desktop.services.stakeholders.importing.encodings import (
        ENCODINGS as IMPORT_ENCODINGS,
    )

    stakeholders = commands.add_parser("stakeholders", parents=[after],
                                       help="the register of local SSE stakeholders")
    stakeholder_commands = stakeholders.add_subparsers(dest="stakeholders_command",
                                                       metavar="ACTION", required=True)
    stakeholders_list = stakeholder_commands.add_parser(
        "list", parents=[after], help="list active stakeholders (archived ones with --archived)")
    stakeholders_list.add_argument("--json", action="store_true",
                                   help="print JSON instead of text")
    stakeholders_list.add_argument("--archived", action="store_true",
                                   help="include archived stakeholders")
    stakeholders_list.add_argument("--search", default="", metavar="WORDS",
                                   help="only those whose name, description, tags or place "
                                        "(street, postcode, town, district) contain every word")
    _persons_or_organisations(stakeholders_list)
    stakeholders_import = stakeholder_commands.add_parser(
        "import", parents=[after], help=f"add stakeholders from a spreadsheet ({_READ})",
        description=f"Add the organisations of a spreadsheet ({_READ}) to the register. The "
                    "columns are matched to fields by their headers; rows that fail are "
                    "written to FILE-failed-rows.csv to be fixed and imported again.")
    stakeholders_import.add_argument("file", metavar="FILE", help=f"the {_READ} file")
    stakeholders_import.add_argument(
        "--mode", choices=IMPORT_MODES, default=IMPORT_MODES[0],
        help="for organisations already in the register: add (skip them, the default), "
             "update (overwrite with the file's values) or fill (only their empty fields)")
    stakeholders_import.add_argument("--share", action="store_true",
                                     help="mark the added stakeholders as shareable with "
                                          "peer cities")
    stakeholders_import.add_argument(
        "--map", action="append", default=[], metavar="HEADER=FIELD",
        help="import the column headed HEADER into FIELD (repeatable; HEADER= leaves the "
             "column out); the other columns keep the suggested fields")
    stakeholders_import.add_argument(
        "--encoding", choices=IMPORT_ENCODINGS,
        help="read a text file in this encoding (default: the one its content shows)")
    stakeholders_import.add_argument(
        "--keep-headings", action="store_true",
        help="import the rows set aside as section headings as stakeholders too")
    stakeholders_import.add_argument("--dry-run", action="store_true",
                                     help="show what would happen and change nothing")
    stakeholders_export = stakeholder_commands.add_parser(
        "export", parents=[after], help="write the register to a CSV or Excel (.xlsx) file")
    stakeholders_export.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    stakeholders_export.add_argument("--archived", action="store_true",
                                     help="include archived stakeholders")
    _persons_or_organisations(stakeholders_export)
    stakeholders_export.add_argument("--search", default="", metavar="WORDS",
                                     help="only those matching every word")
    stakeholders_export.add_argument(
        "--include-personal-data", action="store_true",
        help="add contact person, email and phone of persons whose consent is recorded")
    stakeholders_export.add_argument(
        "--format", choices=("table", "essglobal"), default="table",
        help="table (the default: every field, labels and codes) or essglobal (a .csv in "
             "the layout of open SSE data, organisations only, for SSE maps)")
    stakeholders_export.add_argument(
        "--delimiter", choices=("comma", "semicolon"),
        help="the separator of a .csv (default: the one Excel uses in your language)")


def _profile_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      after: argparse.ArgumentParser) -> None:
    profile = commands.add_parser("profile", parents=[after],
                                  help="our city's profile: show, topics, export, import")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[after], help="print our city's profile")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    topic_help = ("a topic of the vocabulary: its id, label or a synonym, ignoring case "
                  "and accents")
    list_help = "offer (what we offer), learn (what we want to learn) or challenge (shared)"
    add = actions.add_parser("add-topic", parents=[after],
                             help="add a topic to what we offer, want to learn or share",
                             description="Add a vocabulary topic to one of our lists; a topic "
                                         "already listed only gets the new --note.")
    add.add_argument("topic_list", choices=TOPIC_LISTS, metavar="LIST", help=list_help)
    add.add_argument("topic", nargs="+", metavar="TOPIC", help=topic_help)
    add.add_argument("--note", metavar="TEXT", help="a short note about this topic")
    remove = actions.add_parser("remove-topic", parents=[after],
                                help="take a topic off one of our lists")
    remove.add_argument("topic_list", choices=TOPIC_LISTS, metavar="LIST", help=list_help)
    remove.add_argument("topic", nargs="+", metavar="TOPIC", help=topic_help)
    export = actions.add_parser("export", parents=[after],
                                help="write our city's profile to a YAML file")
    export.add_argument("file", metavar="FILE.yaml", help="the file to write")
    load = actions.add_parser(
        "import", parents=[after], help="replace our city's profile with a YAML file's",
        description="Replace our city's summary, languages, contact office, topics, practices "
                    "and self-assessment with those of a profile file exported from this "
                    "city's data folder. An invalid file changes nothing.")
    load.add_argument("file", metavar="FILE.yaml", help="the profile file to read")


def _persons_or_organisations(command: argparse.ArgumentParser) -> None:
    """The window's filter "Organisations or people" as two options (neither: both)."""
    records = command.add_mutually_exclusive_group()
    records.add_argument("--persons", "--people", dest="persons", action="store_const",
                         const=True, help="only people (persons)")
    records.add_argument("--organisations", "--organizations", dest="persons",
                         action="store_const", const=False, help="only organisations")
