"""``rrr-desktop db copy``: the register into a team database, or out into a file."""

from __future__ import annotations

import argparse
from typing import TextIO

from rrr_desktop.messages import message, message_text
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.database_copy import copy_register


def db_copy_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    report = copy_register(home, args.to)
    print(message_text("db_cli.copied", {
        "records": message("counted.records", count=report.rows),
        "stakeholders": message("counted.stakeholders", count=report.stakeholders),
        "target": report.target}), file=out)
    return 0
