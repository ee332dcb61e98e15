"""Spreadsheet import benchmark: ``rrr-desktop stakeholders import`` of a real list as a whole
process, against LibreOffice headless converting the same CSV to .ods, in the same run.

Each import goes into a fresh copy of a home made once with ``init --city Bilbao``, so
every round adds every row, as an officer's first import does. Timing and memory as in
``benchmarks/processes.py`` (one warm-up each, alternating rounds, medians). Target
(issue 11): the import at least 3x faster than LibreOffice, with at most half its
memory. Exits 0 whatever the figures; ``--check`` exits 1 when a target is missed, and
it exits 2 without LibreOffice or the file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.processes import (
    REPO,
    command_env,
    compare,
    libreoffice_command,
    soffice,
    timed,
)

DEFAULT_FILE = REPO.parent / "shared" / "data" / "real-world" / "uk-worker-coops-essglobal.csv"
SPEED_TARGET, MEMORY_TARGET = 3.0, 0.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if soffice() is None or not args.file.exists():
        print(f"needs LibreOffice (soffice) and {args.file}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="rrr-import-bench-") as folder:
        work = Path(folder)
        template = work / "home-template"
        subprocess.run([sys.executable, "-m", "rrr_desktop", "--home", str(template), "init",
                        "--city", "Bilbao"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        env = command_env()

        def run_import() -> tuple[float, float, float]:
            home = work / "home"
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(template, home)
            return timed([sys.executable, "-m", "rrr_desktop", "--home", str(home),
                          "stakeholders", "import", str(args.file)], env)

        on_target = compare(
            ("rrr-desktop stakeholders import", run_import),
            ("LibreOffice CSV -> .ods",
             lambda: timed(libreoffice_command(work, "ods", args.file))),
            args.rounds, SPEED_TARGET, MEMORY_TARGET)
    print(f"({args.file.name}, run from {REPO})")
    return 1 if args.check and not on_target else 0


if __name__ == "__main__":
    sys.exit(main())
