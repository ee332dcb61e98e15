"""The command table: every command runs its function, and only its own module loads."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from rrr_desktop.cli.parser import build_parser
from rrr_desktop.cli.runner import COMMANDS, _pick_command


@pytest.mark.parametrize(("command", "action"), sorted(COMMANDS, key=str))
def test_every_command_resolves_to_its_function(command: str, action: str | None) -> None:
    args = argparse.Namespace(command=command, **{f"{command}_command": action})
    assert callable(_pick_command(args))


def test_every_command_the_parser_offers_has_a_function() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    offered = set()
    for name, sub in commands.choices.items():
        actions = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        offered |= {(name, action) for action in actions[0].choices} if actions else {(name, None)}
    assert offered == set(COMMANDS)


@pytest.mark.slow
def test_a_quick_command_does_not_load_the_pdf_or_signing_libraries(tmp_path: Path) -> None:
    probe = ("import sys; from rrr_desktop.__main__ import main\n"
             "try:\n    main(['--home', sys.argv[1], 'peers', 'list'])\n"
             "except SystemExit:\n    pass\n"
             "print(sorted(m for m in ('reportlab', 'nacl', 'PySide6') "
             "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
