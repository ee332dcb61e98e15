"""The argument parser shared by the GUI start and the subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from rrr_desktop import __version__
from rrr_desktop.cli.words import argparse_text, help_text
from rrr_desktop.file_kinds import IMPORT_SUFFIXES, openable
from rrr_desktop.messages import LANGUAGES, language_from_environment, message_text
from rrr_desktop.paths import DATABASE_ENV, HOME_ENV

# services.stakeholder_import.ImportMode, not imported here: it would load SQLAlchemy
# before the window opens.
IMPORT_MODES = ("add", "update", "fill")
# The command line's words for services.profile_draft.ROLES, in the same order.
TOPIC_LISTS = ("offer", "learn", "challenge")


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
    parser.add_argument("--home", metavar=message_text("cli_metavar.folder"), default=default,
                        help=help_text("cli_help.home", variable=f"${HOME_ENV}"))
    parser.add_argument("--db", metavar=message_text("cli_metavar.file"), default=default,
                        help=help_text("cli_help.db", variable=f"${DATABASE_ENV}"))
    parser.add_argument("--backup-confirmed", action="store_true", default=default,
                        help=help_text("cli_help.backup_confirmed"))


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


def requested_language(argv: list[str]) -> str:
    """The language ``argv`` asks for with ``--lang`` before any command (``brief --lang``
    is the brief's), else the locale's: the help and usage errors are worded in it, so
    it is needed before the parser is built."""
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if not word.startswith("-"):
            break
        if len(name) > 2 and "--lang".startswith(name):
            value = value if equals else next(words, "")
            return value if value in LANGUAGES else language_from_environment()
        if word in _VALUED_OPTIONS:
            next(words, None)
    return language_from_environment()


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser, worded in the current language; build and use it inside
    :func:`rrr_desktop.cli.words.argparse_in_language` for argparse's own words."""
    # French headings end in a space: argparse adds the colon ("options :").
    options = argparse_text("options").strip()
    file, command = message_text("cli_metavar.file"), message_text("cli_metavar.command")
    indent = " " * len(argparse_text("usage: "))
    parser = argparse.ArgumentParser(
        prog="rrr-desktop", description=message_text("cli_help.description"),
        usage=f"%(prog)s [{options}] [{file} ...]\n{indent}%(prog)s [{options}] {command} ...")
    parser.add_argument("--version", action="version", version=f"rrr-desktop {__version__}",
                        help=help_text("cli_help.version"))
    _location_options(parser, None)
    parser.add_argument("--lang", dest="message_language", choices=LANGUAGES,
                        help=help_text("cli_help.lang"))
    parser.add_argument("--smoke-test", action="store_true", help=help_text("cli_help.smoke_test"))
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

    # prog: a command's usage starts "rrr-desktop init", not with the two lines above.
    commands = parser.add_subparsers(dest="command", metavar=command, prog="rrr-desktop")
    init = commands.add_parser("init", parents=[after], help=help_text("cli_help.init"),
                               description=message_text("cli_help.init_about"))
    init.add_argument("--city", required=True, metavar=message_text("cli_metavar.name"),
                      help=help_text("cli_help.init.city"))
    init.add_argument("--country", metavar="CC", help=help_text("cli_help.init.country"))
    init.add_argument("--language", metavar="LL", help=help_text("cli_help.init.language"))

    demo = commands.add_parser("demo", parents=[after], help=help_text("cli_help.demo"),
                               description=message_text("cli_help.demo_about"))
    demo.add_argument("--force", action="store_true", help=help_text("cli_help.demo.force"))

    peers = commands.add_parser("peers", parents=[after], help=help_text("cli_help.peers"))
    peer_commands = peers.add_subparsers(dest="peers_command", required=True,
                                         metavar=message_text("cli_metavar.action"))
    peers_list = peer_commands.add_parser("list", parents=[after],
                                          help=help_text("cli_help.peers_list"))
    peers_list.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
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

    file, words = message_text("cli_metavar.file"), message_text("cli_metavar.words")
    stakeholders = commands.add_parser("stakeholders", parents=[after],
                                       help=help_text("cli_help.stakeholders"))
    stakeholder_commands = stakeholders.add_subparsers(
        dest="stakeholders_command", metavar=message_text("cli_metavar.action"), required=True)
    stakeholders_list = stakeholder_commands.add_parser(
        "list", parents=[after], help=help_text("cli_help.stakeholders_list"))
    stakeholders_list.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    stakeholders_list.add_argument("--archived", action="store_true",
                                   help=help_text("cli_help.stakeholders.archived"))
    stakeholders_list.add_argument("--search", default="", metavar=words,
                                   help=help_text("cli_help.stakeholders_list.search"))
    _persons_or_organisations(stakeholders_list)
    stakeholders_import = stakeholder_commands.add_parser(
        "import", parents=[after], help=help_text("cli_help.stakeholders_import", formats=_READ),
        description=message_text("cli_help.stakeholders_import_about", {"formats": _READ}))
    stakeholders_import.add_argument(
        "file", metavar=file, help=help_text("cli_help.stakeholders_import.file", formats=_READ))
    stakeholders_import.add_argument("--mode", choices=IMPORT_MODES, default=IMPORT_MODES[0],
                                     help=help_text("cli_help.stakeholders_import.mode"))
    stakeholders_import.add_argument("--share", action="store_true",
                                     help=help_text("cli_help.stakeholders_import.share"))
    stakeholders_import.add_argument(
        "--map", action="append", default=[], metavar=message_text("cli_metavar.header_field"),
        help=help_text("cli_help.stakeholders_import.map"))
    stakeholders_import.add_argument("--encoding", choices=IMPORT_ENCODINGS,
                                     help=help_text("cli_help.stakeholders_import.encoding"))
    stakeholders_import.add_argument(
        "--keep-headings", action="store_true",
        help=help_text("cli_help.stakeholders_import.keep_headings"))
    stakeholders_import.add_argument("--dry-run", action="store_true",
                                     help=help_text("cli_help.stakeholders_import.dry_run"))
    stakeholders_export = stakeholder_commands.add_parser(
        "export", parents=[after], help=help_text("cli_help.stakeholders_export"))
    stakeholders_export.add_argument("file", metavar=file,
                                     help=help_text("cli_help.stakeholders_export.file"))
    stakeholders_export.add_argument("--archived", action="store_true",
                                     help=help_text("cli_help.stakeholders.archived"))
    _persons_or_organisations(stakeholders_export)
    stakeholders_export.add_argument("--search", default="", metavar=words,
                                     help=help_text("cli_help.stakeholders_export.search"))
    stakeholders_export.add_argument(
        "--include-personal-data", action="store_true",
        help=help_text("cli_help.stakeholders_export.include_personal_data"))
    stakeholders_export.add_argument("--format", choices=("table", "essglobal"), default="table",
                                     help=help_text("cli_help.stakeholders_export.format"))
    stakeholders_export.add_argument("--delimiter", choices=("comma", "semicolon"),
                                     help=help_text("cli_help.stakeholders_export.delimiter"))


def _profile_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      after: argparse.ArgumentParser) -> None:
    yaml_file = message_text("cli_metavar.file") + ".yaml"
    profile = commands.add_parser("profile", parents=[after], help=help_text("cli_help.profile"))
    actions = profile.add_subparsers(dest="profile_command", required=True,
                                     metavar=message_text("cli_metavar.action"))
    show = actions.add_parser("show", parents=[after], help=help_text("cli_help.profile_show"))
    show.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    topic_list = message_text("cli_metavar.list")
    topic = message_text("cli_metavar.topic")
    add = actions.add_parser("add-topic", parents=[after],
                             help=help_text("cli_help.profile_add_topic"),
                             description=message_text("cli_help.profile_add_topic_about"))
    add.add_argument("topic_list", choices=TOPIC_LISTS, metavar=topic_list,
                     help=help_text("cli_help.profile.list"))
    add.add_argument("topic", nargs="+", metavar=topic, help=help_text("cli_help.profile.topic"))
    add.add_argument("--note", metavar=message_text("cli_metavar.text"),
                     help=help_text("cli_help.profile_add_topic.note"))
    remove = actions.add_parser("remove-topic", parents=[after],
                                help=help_text("cli_help.profile_remove_topic"))
    remove.add_argument("topic_list", choices=TOPIC_LISTS, metavar=topic_list,
                        help=help_text("cli_help.profile.list"))
    remove.add_argument("topic", nargs="+", metavar=topic,
                        help=help_text("cli_help.profile.topic"))
    export = actions.add_parser("export", parents=[after],
                                help=help_text("cli_help.profile_export"))
    export.add_argument("file", metavar=yaml_file, help=help_text("cli_help.profile_export.file"))
    load = actions.add_parser("import", parents=[after], help=help_text("cli_help.profile_import"),
                              description=message_text("cli_help.profile_import_about"))
    load.add_argument("file", metavar=yaml_file, help=help_text("cli_help.profile_import.file"))


def _persons_or_organisations(command: argparse.ArgumentParser) -> None:
    """The window's filter "Organisations or people" as two options (neither: both)."""
    records = command.add_mutually_exclusive_group()
    records.add_argument("--persons", "--people", dest="persons", action="store_const",
                         const=True, help=help_text("cli_help.stakeholders.persons"))
    records.add_argument("--organisations", "--organizations", dest="persons",
                         action="store_const", const=False,
                         help=help_text("cli_help.stakeholders.organisations"))
