"""Entry point: ``rrr-desktop`` opens the window; ``rrr-desktop COMMAND`` runs a command."""

from __future__ import annotations

import sys

from rrr_desktop.cli.parser import build_parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from rrr_desktop.views.app import run_gui

        return run_gui(args)
    from rrr_desktop.cli.runner import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
