"""Start-up benchmark: RRR Desktop against a bare PySide6 window, measured in the same run.

What is measured
    Wall time from just before ``subprocess.Popen`` to the moment the parent reads a
    marker line from the child's stdout. The app prints the markers when the
    environment variable ``RRR_DESKTOP_STARTUP_TRACE`` is set:

    * ``first-shown``: the main window has been shown (queued right after its first
      show event, so it comes after the first paint has been queued);
    * ``all-pages-filled``: with ``--smoke-test``, every page has loaded its data.

    So each figure includes starting the interpreter, every import, creating the
    QApplication and the window, and (for pages filled) opening the database on the
    worker thread and filling the pages: what an officer waits for after a double-click.

    Beside the wall time, on Linux, the CPU time the child has used by then (user and
    system, all its threads, from ``/proc/PID/task/*/schedstat``): on a machine shared
    with other work, wall times move with the load, CPU times much less, so the CPU
    ratios tell a change apart from noise. The targets are held against wall time.

Processes, per round
    * ``bare``: ``bare_window.py``, a QApplication and a QMainWindow with a label;
      it prints ``first-shown`` the same way and quits. The baseline.
    * ``app``: ``python -m rrr_desktop --home HOME``, as an officer starts it; timed
      to ``first-shown``, then terminated.
    * ``smoke``: ``python -m rrr_desktop --home HOME --smoke-test``; timed to
      ``first-shown`` and to ``all-pages-filled``; it then visits every page and
      must exit 0.
    * with ``--baseline CHECKOUT``, ``baseline app`` and ``baseline smoke``: the same two
      with the app of another source folder, on a home prepared by it, so that a change
      is timed against the code it changes in the same rounds.

    All of them use this script's Python (``sys.executable``), the same Qt and
    ``QT_QPA_PLATFORM=offscreen``. One warm-up run of each is discarded first, so all
    start with the same file caches and with every module's bytecode compiled (into a
    private ``PYTHONPYCACHEPREFIX``: an installed app ships bytecode, and a developer's
    ``PYTHONDONTWRITEBYTECODE`` would otherwise make the app, not the bare window, compile
    its own modules on every start). Then they are interleaved for ``--rounds``
    rounds, rotating their order each round, so they share the machine's noise.
    Figures are medians over the rounds; the targets are ratios of the app's median to
    the bare window's median first-shown time.

Home
    By default a temporary data folder prepared once, outside the timing, with
    ``rrr_desktop --home DIR init --city Bilbao`` (which also creates and migrates the
    database), so the first-run dialog is not part of start-up. ``--home DIR``
    benchmarks an existing home instead (say, a big database); it should already have
    our city (else the smoke test's first-run answer is timed too), and the app writes
    its log and window state there as it always does.

Targets (from the issue)
    first shown at most 2x the bare window; every page filled at most 3.5x.
    The script reports and exits 0 whatever the figures; ``--check`` makes it exit 1
    when a target is missed. It exits 2 when a run fails or hangs (``--timeout``).
"""

from __future__ import annotations

import argparse
import os
import platform
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import IO

HERE = Path(__file__).resolve().parent
BARE_WINDOW = HERE / "bare_window.py"
TRACE_ENV = "RRR_DESKTOP_STARTUP_TRACE"
FIRST_SHOWN = "first-shown"
ALL_PAGES_FILLED = "all-pages-filled"
BASELINE = "baseline "  # the names of the baseline checkout's kinds start so
OUR_CITY = "Bilbao"

FIRST_SHOWN_TARGET = 2.0
ALL_PAGES_FILLED_TARGET = 3.5


class BenchmarkError(RuntimeError):
    """A child did not print its markers in time, or failed."""


@dataclass(frozen=True)
class Kind:
    """One kind of process to time: its arguments and the markers to wait for; with
    ``checkout``, the app is imported from that source folder (``--baseline``)."""

    name: str
    args: tuple[str, ...]
    markers: tuple[str, ...]
    runs_to_end: bool  # wait for it to exit by itself (and expect exit 0)
    checkout: Path | None = None


@dataclass
class Samples:
    """Seconds from Popen to each marker, one value per round; and the child's CPU
    seconds by then, where the system tells."""

    by_marker: dict[str, list[float]] = field(default_factory=dict)
    cpu_by_marker: dict[str, list[float]] = field(default_factory=dict)

    def add(self, marker: str, seconds: float, cpu: float | None) -> None:
        self.by_marker.setdefault(marker, []).append(seconds)
        if cpu is not None:
            self.cpu_by_marker.setdefault(marker, []).append(cpu)

    def median(self, marker: str) -> float:
        return statistics.median(self.by_marker[marker])

    def cpu_median(self, marker: str) -> float | None:
        values = self.cpu_by_marker.get(marker)
        return statistics.median(values) if values else None

    def spread(self, marker: str) -> tuple[float, float]:
        values = self.by_marker[marker]
        return min(values), max(values)


def child_environment(pycache: Path | None = None) -> dict[str, str]:
    """The children's environment: offscreen, traced and, with ``pycache``, with bytecode.

    ``pycache`` becomes ``PYTHONPYCACHEPREFIX`` and ``PYTHONDONTWRITEBYTECODE`` is
    dropped, so the warm-up compiles every module once into that folder and the timed
    runs load bytecode, as an installed app does, without writing into the source tree.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[TRACE_ENV] = "1"
    for variable in ("PYTHONPROFILEIMPORTTIME", "PYTHONTRACEMALLOC", "PYTHONDEVMODE"):
        env.pop(variable, None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


Line = tuple[float, float | None, str | None]  # when, the child's CPU then, the line


def cpu_seconds(pid: int) -> float | None:
    """CPU time the process ``pid`` has used so far, every thread (Linux); else None."""
    try:
        return sum(int(stat.read_text().split()[0])
                   for stat in Path(f"/proc/{pid}/task").glob("*/schedstat")) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def _read_lines(stream: IO[str], pid: int, lines: queue.Queue[Line]) -> None:
    """Reader thread: time-stamp each stdout line as soon as it arrives, with the child's
    CPU time then; None at EOF."""
    for line in iter(stream.readline, ""):
        lines.put((time.perf_counter(), cpu_seconds(pid), line.rstrip("\r\n")))
    lines.put((time.perf_counter(), None, None))


def time_once(kind: Kind, env: dict[str, str], timeout: float
              ) -> dict[str, tuple[float, float | None]]:
    """Start one process; for each of its markers, the seconds from just before Popen
    and the child's CPU seconds then."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, *kind.args],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr,
            env=env if kind.checkout is None else checkout_environment(env, kind.checkout),
            cwd=kind.checkout, text=True, encoding="utf-8", errors="replace",
        )
        assert child.stdout is not None
        lines: queue.Queue[Line] = queue.Queue()
        reader = threading.Thread(target=_read_lines, args=(child.stdout, child.pid, lines),
                                  daemon=True)
        reader.start()
        found: dict[str, tuple[float, float | None]] = {}
        deadline = start + timeout
        try:
            while len(found) < len(kind.markers):
                try:
                    stamp, cpu, line = lines.get(
                        timeout=max(0.0, deadline - time.perf_counter()))
                except queue.Empty:
                    raise BenchmarkError(
                        f"{kind.name}: no {_missing(kind, found)} within {timeout:.0f} s"
                    ) from None
                if line is None:
                    raise BenchmarkError(f"{kind.name}: exited before {_missing(kind, found)}")
                if line in kind.markers and line not in found:
                    found[line] = (stamp - start, cpu)
            if kind.runs_to_end:
                code = child.wait(timeout=max(1.0, deadline - time.perf_counter()))
                if code != 0:
                    raise BenchmarkError(f"{kind.name}: exited with {code}")
        except BaseException as error:
            _stop(child, reader)
            stderr.seek(0)
            details = stderr.read().strip()
            if isinstance(error, BenchmarkError | subprocess.TimeoutExpired) and details:
                raise BenchmarkError(f"{error}\n--- its stderr:\n{details}") from None
            raise
        _stop(child, reader)
        return found


def _missing(kind: Kind, found: dict[str, tuple[float, float | None]]) -> str:
    return " / ".join(marker for marker in kind.markers if marker not in found)


def _stop(child: subprocess.Popen[str], reader: threading.Thread) -> None:
    """Terminate the child if it still runs, reap it, then let the reader see EOF."""
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    reader.join(timeout=5)
    if child.stdout is not None and not reader.is_alive():
        child.stdout.close()


def app_arguments(home: Path, database: str | None = None) -> tuple[str, ...]:
    """``rrr_desktop`` on ``home``, with its register in ``database`` when given (a team's)."""
    return ("-m", "rrr_desktop", "--home", str(home),
            *(("--db", database) if database else ()))


def prepare_home(folder: Path, env: dict[str, str], database: str | None = None,
                 cwd: Path | None = None) -> None:
    """Create the database, migrate it and choose our city: once, outside the timing."""
    command = [sys.executable, *app_arguments(folder, database), "init", "--city", OUR_CITY]
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BenchmarkError(f"preparing the home failed ({done.returncode}):\n"
                             f"{done.stdout}{done.stderr}")


def checkout_environment(env: dict[str, str], checkout: Path) -> dict[str, str]:
    """``env`` importing the app from ``checkout`` (the children also run in it, since
    ``python -m`` looks in the current folder first)."""
    return {**env, "PYTHONPATH": str(checkout)}


def kinds_for(home: Path, database: str | None = None,
              baseline: tuple[Path, Path] | None = None) -> list[Kind]:
    """The bare window, the app and its smoke test (on ``database`` when given); with
    ``baseline`` (a checkout and the home it prepared), that checkout's app and smoke
    test too."""
    def app_kinds(prefix: str, home: Path, checkout: Path | None) -> list[Kind]:
        app = app_arguments(home, database)
        return [Kind(f"{prefix}app", app, (FIRST_SHOWN,), runs_to_end=False,
                     checkout=checkout),
                Kind(f"{prefix}smoke", (*app, "--smoke-test"), (FIRST_SHOWN, ALL_PAGES_FILLED),
                     runs_to_end=True, checkout=checkout)]

    kinds = [Kind("bare", (str(BARE_WINDOW),), (FIRST_SHOWN,), runs_to_end=True),
             *app_kinds("", home, None)]
    if baseline is not None:
        kinds += app_kinds(BASELINE, baseline[1], baseline[0])
    return kinds


def run_rounds(kinds: Sequence[Kind], rounds: int, env: dict[str, str], timeout: float,
               verbose: bool) -> dict[str, Samples]:
    """One discarded warm-up of each kind, then ``rounds`` interleaved rounds."""
    for kind in kinds:
        time_once(kind, env, timeout)
    samples = {kind.name: Samples() for kind in kinds}
    for number in range(rounds):
        shift = number % len(kinds)
        for kind in [*kinds[shift:], *kinds[:shift]]:
            for marker, (seconds, cpu) in time_once(kind, env, timeout).items():
                samples[kind.name].add(marker, seconds, cpu)
        if verbose:
            figures = "  ".join(
                f"{name} {marker}={values[-1]:.3f}"
                for name, sample in samples.items()
                for marker, values in sample.by_marker.items()
            )
            print(f"round {number + 1}: {figures}", flush=True)
    return samples


def _verdict(ratio: float, target: float) -> str:
    return "OK" if ratio <= target else "MISSED"


def report(samples: dict[str, Samples], rounds: int, home_note: str,
           filled_target: float = ALL_PAGES_FILLED_TARGET) -> bool:
    """Print the figures; True when every target is met."""
    bare = samples["bare"].median(FIRST_SHOWN)
    first = samples["app"].median(FIRST_SHOWN)
    filled = samples["smoke"].median(ALL_PAGES_FILLED)
    smoke_first = samples["smoke"].median(FIRST_SHOWN)
    first_ratio = first / bare
    filled_ratio = filled / bare

    def spread(name: str, marker: str) -> str:
        low, high = samples[name].spread(marker)
        return f"(min {low:.3f}, max {high:.3f})"

    print(f"RRR Desktop start-up, median of {rounds} rounds after one warm-up each")
    print(f"  Python {platform.python_version()}, PySide6 {_pyside_version()}, "
          f"QT_QPA_PLATFORM=offscreen, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs")
    print(f"  home: {home_note}")
    print()
    print(f"bare window shown: {bare:.3f} s  {spread('bare', FIRST_SHOWN)}")
    print(f"first shown:       {first:.3f} s  = {first_ratio:.2f}x bare "
          f"(target <= {FIRST_SHOWN_TARGET:.1f}x)  {_verdict(first_ratio, FIRST_SHOWN_TARGET)}"
          f"  {spread('app', FIRST_SHOWN)}")
    print(f"all pages filled:  {filled:.3f} s  = {filled_ratio:.2f}x bare "
          f"(target <= {filled_target:.1f}x)  {_verdict(filled_ratio, filled_target)}"
          f"  {spread('smoke', ALL_PAGES_FILLED)}")
    print(f"  (--smoke-test run shown at {smoke_first:.3f} s = {smoke_first / bare:.2f}x bare)")
    _report_cpu(samples, "")
    if BASELINE + "app" in samples:
        first_base = samples[BASELINE + "app"].median(FIRST_SHOWN)
        filled_base = samples[BASELINE + "smoke"].median(ALL_PAGES_FILLED)
        print(f"baseline: first shown {first_base:.3f} s = {first_base / bare:.2f}x, "
              f"all pages filled {filled_base:.3f} s = {filled_base / bare:.2f}x bare")
        _report_cpu(samples, BASELINE)
    return first_ratio <= FIRST_SHOWN_TARGET and filled_ratio <= filled_target


def _report_cpu(samples: dict[str, Samples], prefix: str) -> None:
    """The CPU times at the same moments, as ratios to the bare window's."""
    bare = samples["bare"].cpu_median(FIRST_SHOWN)
    first = samples[prefix + "app"].cpu_median(FIRST_SHOWN)
    filled = samples[prefix + "smoke"].cpu_median(ALL_PAGES_FILLED)
    if bare is None or first is None or filled is None:
        return
    print(f"  CPU time by then (user+system, all threads; steadier than wall time on a "
          f"shared machine):\n    bare {bare:.3f} s, first shown {first:.3f} s = "
          f"{first / bare:.2f}x, all pages filled {filled:.3f} s = {filled / bare:.2f}x")


def _pyside_version() -> str:
    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return "?"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Time RRR Desktop's start-up against a bare PySide6 window.")
    parser.add_argument("--rounds", type=int, default=7,
                        help="interleaved rounds after the warm-up (default: 7)")
    parser.add_argument("--home", type=Path, metavar="DIR",
                        help="benchmark this existing data folder (it should have our city) "
                             "instead of a temporary one with Bilbao")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a target is missed (default: report only)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                        help="give up on a run after this long (default: 60)")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="do not give the children a private, warmed-up bytecode cache; "
                             "they then inherit PYTHONDONTWRITEBYTECODE and "
                             "PYTHONPYCACHEPREFIX from this environment")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also time the app of another source folder (say, a git "
                             "worktree of main) in the same rounds, on a home it prepares")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print every round's figures")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.rounds < 1:
        print("startup.py: --rounds must be at least 1", file=sys.stderr)
        return 2
    if args.home is not None and not args.home.is_dir():
        print(f"startup.py: no such folder: {args.home}", file=sys.stderr)
        return 2
    if args.baseline is not None and not (args.baseline / "rrr_desktop").is_dir():
        print(f"startup.py: no rrr_desktop package in {args.baseline}", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="rrr-bench-") as temporary:
            scratch = Path(temporary)
            env = child_environment(None if args.no_bytecode_cache else scratch / "pycache")
            if args.home is not None:
                home = args.home.resolve()
                home_note = str(home)
            else:
                home = scratch / "home"
                prepare_home(home, env)
                home_note = f"temporary, prepared with init --city {OUR_CITY}"
            baseline = None
            if args.baseline is not None:
                checkout = args.baseline.resolve()
                baseline = (checkout, scratch / "baseline-home")
                prepare_home(baseline[1], checkout_environment(env, checkout), cwd=checkout)
            samples = run_rounds(kinds_for(home, baseline=baseline), args.rounds, env, args.timeout,
                                 args.verbose)
    except BenchmarkError as error:
        print(f"startup.py: {error}", file=sys.stderr)
        return 2
    met = report(samples, args.rounds, home_note)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
