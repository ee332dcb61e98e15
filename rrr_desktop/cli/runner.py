"""Run one subcommand with the exit codes and error messages the CLI promises."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO, cast

from rrr_desktop.errors import EXIT_OK, EXIT_REJECTED, EXIT_UNEXPECTED, RejectedInput
from rrr_desktop.logs import configure_logging
from rrr_desktop.messages import language_from_environment, message, set_language
from rrr_desktop.paths import resolve_paths
from rrr_desktop.text import escape_controls

log = logging.getLogger(__name__)

Command = Callable[..., int]


# Each command's module is imported only when it runs: ``brief`` needs reportlab,
# ``bundle`` libsodium (PyNaCl), and neither should slow down ``peers list``.
COMMANDS: dict[tuple[str, str | None], str] = {
    ("init", None): "setup.commands:init_command",
    ("demo", None): "setup.commands:demo_command",
    ("peers", "list"): "setup.commands:peers_list_command",
    ("peers", "suggest"): "peers.commands:peers_suggest_command",
    ("peers", "show"): "peers.commands:peers_show_command",
    ("groups", "suggest"): "peers.commands:groups_suggest_command",
    ("groups", "list"): "groups.commands:groups_list_command",
    ("groups", "create"): "groups.commands:groups_create_command",
    ("groups", "show"): "groups.commands:groups_show_command",
    ("groups", "meeting"): "groups.commands:groups_meeting_command",
    ("groups", "action"): "groups.commands:groups_action_command",
    ("groups", "action-status"): "groups.commands:groups_action_status_command",
    ("groups", "ics"): "groups.commands:groups_ics_command",
    ("groups", "invite"): "groups.commands:groups_invite_command",
    ("profile", "show"): "profile.commands:profile_show_command",
    ("profile", "add-topic"): "profile.commands:profile_add_topic_command",
    ("profile", "remove-topic"): "profile.commands:profile_remove_topic_command",
    ("profile", "export"): "profile.commands:profile_export_command",
    ("profile", "import"): "profile.commands:profile_import_command",
    ("stakeholders", "list"): "stakeholders.commands:stakeholders_list_command",
    ("stakeholders", "import"): "stakeholders.commands:stakeholders_import_command",
    ("stakeholders", "export"): "stakeholders.commands:stakeholders_export_command",
    ("bundle", "export"): "exchange.commands:bundle_export_command",
    ("bundle", "inspect"): "exchange.commands:bundle_inspect_command",
    ("bundle", "import"): "exchange.commands:bundle_import_command",
    ("bundle", "undo"): "exchange.commands:bundle_undo_command",
    ("bundle", "erase"): "exchange.commands:bundle_erase_command",
    ("bundle", "history"): "exchange.commands:bundle_history_command",
    ("brief", None): "briefs.commands:brief_command",
    ("db", "copy"): "database.commands:db_copy_command",
}


class _Escaping:
    """A text stream writing ``escape_controls(text)`` to the one it wraps: an ESC sequence
    or a right-to-left override in a peer's data is printed as ``\\u001b``, never obeyed."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escape_controls(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def escaping(stream: TextIO) -> TextIO:
    return cast(TextIO, _Escaping(stream))


def _pick_command(args: argparse.Namespace) -> Command:
    module, function = COMMANDS[args.command,
                                getattr(args, f"{args.command}_command", None)].split(":")
    command: Command = getattr(importlib.import_module(f"rrr_desktop.cli.{module}"), function)
    return command


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None) -> int:
    out = escaping(out or sys.stdout)
    err = escaping(err or sys.stderr)
    set_language(getattr(args, "message_language", None) or language_from_environment())
    try:
        paths = resolve_paths(args.home, args.db)
        configure_logging(paths.log_file)
        from rrr_desktop.services.home import open_home

        home = open_home(paths, backup_confirmed=bool(getattr(args, "backup_confirmed", False)))
    except RejectedInput as problem:
        return _rejected(problem, err)
    except OSError as problem:
        return _rejected(RejectedInput("cli.home_unusable", home=paths.home,
                                       reason=problem.strerror or str(problem),
                                       file=problem.filename or paths.home), err)
    try:
        return _pick_command(args)(args, home, out)
    except RejectedInput as problem:
        return _rejected(problem, err)
    except BrokenPipeError:
        # The reader went away (``rrr-desktop peers list | head``): not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the exit flush quiet
        return EXIT_OK
    except Exception as problem:
        log.exception("Command %s failed", args.command)
        print(message("cli.unexpected", error=f"{type(problem).__name__}: {problem}",
                      log=paths.log_file).text(), file=err)
        return EXIT_UNEXPECTED
    finally:
        home.close()


def _rejected(problem: RejectedInput, err: TextIO) -> int:
    print(f"rrr-desktop: {problem}", file=err)
    return EXIT_REJECTED
