"""Run one subcommand with the exit codes and error messages the CLI promises."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TextIO

from rrr_desktop.cli import EXIT_OK, EXIT_REJECTED, EXIT_UNEXPECTED
from rrr_desktop.cli.brief_commands import brief_command
from rrr_desktop.cli.bundle_commands import (
    bundle_erase_command,
    bundle_export_command,
    bundle_history_command,
    bundle_import_command,
    bundle_inspect_command,
    bundle_undo_command,
)
from rrr_desktop.cli.commands import (
    demo_command,
    init_command,
    peers_list_command,
    stakeholders_export_command,
    stakeholders_import_command,
    stakeholders_list_command,
)
from rrr_desktop.cli.matching_commands import (
    groups_list_command,
    groups_suggest_command,
    peers_show_command,
    peers_suggest_command,
)
from rrr_desktop.cli.profile_commands import (
    profile_add_topic_command,
    profile_export_command,
    profile_import_command,
    profile_remove_topic_command,
    profile_show_command,
)
from rrr_desktop.errors import RejectedInput
from rrr_desktop.logs import configure_logging
from rrr_desktop.paths import resolve_paths

log = logging.getLogger(__name__)

Command = Callable[..., int]


def _pick_command(args: argparse.Namespace) -> Command:
    commands: dict[tuple[str, str | None], Command] = {
        ("init", None): init_command,
        ("demo", None): demo_command,
        ("peers", "list"): peers_list_command,
        ("peers", "suggest"): peers_suggest_command,
        ("peers", "show"): peers_show_command,
        ("groups", "suggest"): groups_suggest_command,
        ("groups", "list"): groups_list_command,
        ("profile", "show"): profile_show_command,
        ("brief", None): brief_command,
        ("profile", "add-topic"): profile_add_topic_command,
        ("profile", "remove-topic"): profile_remove_topic_command,
        ("profile", "export"): profile_export_command,
        ("profile", "import"): profile_import_command,
        ("stakeholders", "list"): stakeholders_list_command,
        ("stakeholders", "import"): stakeholders_import_command,
        ("stakeholders", "export"): stakeholders_export_command,
        ("bundle", "export"): bundle_export_command,
        ("bundle", "inspect"): bundle_inspect_command,
        ("bundle", "import"): bundle_import_command,
        ("bundle", "undo"): bundle_undo_command,
        ("bundle", "erase"): bundle_erase_command,
        ("bundle", "history"): bundle_history_command,
    }
    return commands[args.command, getattr(args, f"{args.command}_command", None)]


def run_command(args: argparse.Namespace, out: TextIO | None = None,
                err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    paths = resolve_paths(args.home, args.db)
    try:
        configure_logging(paths.log_file)
        from rrr_desktop.services.home import open_home

        home = open_home(paths)
    except RejectedInput as problem:
        return _rejected(problem, err)
    except OSError as problem:
        print(f"rrr-desktop: cannot use the data folder {paths.home}: "
              f"{problem.strerror or problem} ({problem.filename or paths.home}). Check that "
              "it exists and is writable, or choose another one with --home.", file=err)
        return EXIT_REJECTED
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
        print(f"rrr-desktop: unexpected error: {type(problem).__name__}: {problem}. "
              f"Details are in {paths.log_file}.", file=err)
        return EXIT_UNEXPECTED
    finally:
        home.close()


def _rejected(problem: RejectedInput, err: TextIO) -> int:
    print(f"rrr-desktop: {problem}", file=err)
    return EXIT_REJECTED
