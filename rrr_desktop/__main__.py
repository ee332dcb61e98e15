"""Entry point: ``rrr-desktop [FILE...]`` opens the window (with those files);
``rrr-desktop COMMAND`` runs a command."""

from __future__ import annotations

import sys

from rrr_desktop.cli.parser import build_parser, split_open_files


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    options, files = split_open_files(parser, sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(options)
    args.files = files
    if args.command is None:
        from rrr_desktop.views.app import run_gui

        return run_gui(args)
    from rrr_desktop.cli.runner import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
