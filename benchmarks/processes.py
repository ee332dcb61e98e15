"""Whole processes timed against the tool an officer would use instead, in the same run.

Shared by the benchmarks that compare a ``rrr-desktop`` command with LibreOffice doing
the same job: wall time from just before ``subprocess.Popen`` to the process's exit, and
its peak resident memory (``os.wait4``'s ``ru_maxrss``, which covers the children a
process waited for, such as LibreOffice's ``soffice.bin`` under its launcher). A forked
process starts with its parent's pages, so ``ru_maxrss`` is never below the parent's
size: a benchmark keeps its own process small (it prepares its data in a child).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
Run = Callable[[], tuple[float, float, float]]


def command_env() -> dict[str, str]:
    """The environment of an ``rrr-desktop`` process: no display, and its byte code kept,
    as in an installed copy (pip and PyInstaller compile the modules; a development shell
    with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile them again on every run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Seconds, peak MiB and CPU seconds (user and system) of one process and the
    children it waited for. CPU time is printed beside the wall time: other work on a
    shared machine stretches the wall time of both sides, their CPU time much less."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env, cwd=REPO)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        assert process.stderr is not None
        sys.exit(f"{command[:4]} failed ({process.returncode}): {process.stderr.read()!r}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def soffice() -> str | None:
    return shutil.which("soffice")


def libreoffice_command(work: Path, target_format: str, source: Path) -> list[str]:
    """LibreOffice headless converting ``source``, with its own profile under ``work``."""
    return [soffice() or "soffice", f"-env:UserInstallation={(work / 'lo').as_uri()}",
            "--headless", "--convert-to", target_format, "--outdir", str(work / "out"),
            str(source)]


def compare(ours: tuple[str, Run], theirs: tuple[str, Run], rounds: int,
            speed_target: float, memory_target: float) -> bool:
    """Warm both up, run ``rounds`` alternating rounds, print medians; True if on target."""
    ours[1](), theirs[1]()  # warm-up: caches, byte code, LibreOffice's profile
    results: dict[str, list[tuple[float, float, float]]] = {ours[0]: [], theirs[0]: []}
    for round_number in range(rounds):
        order = [ours, theirs] if round_number % 2 == 0 else [theirs, ours]
        for name, run in order:
            results[name].append(run())
    (our_s, our_mib, our_cpu), (their_s, their_mib, their_cpu) = (
        tuple(statistics.median(run[i] for run in runs) for i in range(3))
        for runs in results.values())
    speed, memory = their_s / our_s, our_mib / their_mib
    speed_ok, memory_ok = speed >= speed_target, memory <= memory_target
    width = max(len(ours[0]), len(theirs[0])) + 1
    print(f"{rounds} rounds, medians")
    print(f"{ours[0] + ':':{width}} {our_s:.2f} s, {our_mib:.0f} MiB, CPU {our_cpu:.2f} s")
    print(f"{theirs[0] + ':':{width}} {their_s:.2f} s, {their_mib:.0f} MiB, "
          f"CPU {their_cpu:.2f} s")
    print(f"speed:  {speed:.2f}x LibreOffice (target >= {speed_target}x)  "
          f"{'OK' if speed_ok else 'MISSED'}")
    print(f"memory: {memory:.2f} of LibreOffice's (target <= {memory_target})  "
          f"{'OK' if memory_ok else 'MISSED'}")
    print(f"(CPU time: {their_cpu / our_cpu:.2f}x less than LibreOffice's)")
    return speed_ok and memory_ok
