"""Entry point: ``rrr-desktop [FILE...]`` opens the window (with those files);
``rrr-desktop COMMAND`` runs a command."""

from __future__ import annotations

import sys
from pathlib import Path

from rrr_desktop.cli.parser import (
    build_parser,
    only_window_options,
    requested_language,
    split_open_files,
)
from rrr_desktop.cli.words import argparse_in_language
from rrr_desktop.messages import set_language


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    files: list[Path] = []
    # The help and argparse's usage errors speak the language the commands will speak.
    set_language(requested_language(words))
    with argparse_in_language():
        if only_window_options(words):
            options, parser = words, build_parser(with_commands=False)
        else:
            parser = build_parser()
            options, files = split_open_files(parser, words)
        args = parser.parse_args(options)
    args.files = files
    if args.command is None:
        from rrr_desktop.views.app import run_gui

        return run_gui(args)
    from rrr_desktop.cli.runner import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
