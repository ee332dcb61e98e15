"""Spreadsheet import benchmark: ``rrr-desktop stakeholders import`` of a real list as a whole
process, against LibreOffice headless converting the same CSV to .ods, in the same run.

What is measured
    Wall time from just before ``subprocess.Popen`` to the process's exit, and its peak
    resident memory (``os.wait4``'s ``ru_maxrss``, which covers the children a process
    waited for: LibreOffice's ``soffice.bin`` under its launcher).

Processes, per round
    * ``import``: ``python -m rrr_desktop --home HOME stakeholders import FILE`` into a
      fresh copy of a home prepared once with ``init --city Bilbao`` (so every round
      adds every row, as an officer's first import does).
    * ``libreoffice``: ``soffice --headless --convert-to ods FILE`` with a profile made
      in a warm-up run (its first start builds the profile, which is not timed).

    One warm-up run of each, then ``--rounds`` rounds alternating their order; figures
    are medians. The target (issue 11): the import at least 3x faster than LibreOffice
    with at most half its memory. The script reports and exits 0; ``--check`` exits 1
    when a target is missed; it exits 2 when LibreOffice or the file is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FILE = REPO.parent / "shared" / "data" / "real-world" / "uk-worker-coops-essglobal.csv"
SPEED_TARGET, MEMORY_TARGET = 3.0, 0.5


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds and peak MiB of one process (and the children it waited for)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        assert process.stderr is not None
        sys.exit(f"{command[:4]} failed ({process.returncode}): {process.stderr.read()!r}")
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None or not args.file.exists():
        print(f"needs LibreOffice (soffice) and {args.file}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="rrr-import-bench-") as folder:
        work = Path(folder)
        template = work / "home-template"
        subprocess.run([sys.executable, "-m", "rrr_desktop", "--home", str(template), "init",
                        "--city", "Bilbao"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

        def run_import() -> tuple[float, float]:
            home = work / "home"
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(template, home)
            return timed([sys.executable, "-m", "rrr_desktop", "--home", str(home),
                          "stakeholders", "import", str(args.file)], env)

        def run_libreoffice() -> tuple[float, float]:
            return timed([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}",
                          "--headless", "--convert-to", "ods", "--outdir", str(work / "out"),
                          str(args.file)])

        run_import(), run_libreoffice()  # warm-up: caches, bytecode, LibreOffice's profile
        results: dict[str, list[tuple[float, float]]] = {"import": [], "libreoffice": []}
        for round_number in range(args.rounds):
            order = [("import", run_import), ("libreoffice", run_libreoffice)]
            for name, run in order if round_number % 2 == 0 else reversed(order):
                results[name].append(run())
    (app_s, app_mib), (lo_s, lo_mib) = (
        (statistics.median(s for s, _ in runs), statistics.median(m for _, m in runs))
        for runs in results.values())
    speed, memory = lo_s / app_s, app_mib / lo_mib
    speed_ok, memory_ok = speed >= SPEED_TARGET, memory <= MEMORY_TARGET
    print(f"file: {args.file.name}, {args.rounds} rounds, medians")
    print(f"rrr-desktop stakeholders import: {app_s:.2f} s, {app_mib:.0f} MiB")
    print(f"LibreOffice CSV -> .ods:         {lo_s:.2f} s, {lo_mib:.0f} MiB")
    print(f"speed:  {speed:.2f}x LibreOffice (target >= {SPEED_TARGET}x)  "
          f"{'OK' if speed_ok else 'MISSED'}")
    print(f"memory: {memory:.2f} of LibreOffice's (target <= {MEMORY_TARGET})  "
          f"{'OK' if memory_ok else 'MISSED'}")
    return 1 if args.check and not (speed_ok and memory_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
