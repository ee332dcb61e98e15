"""Team database benchmark: the register on PostgreSQL against the SQLite home.

Three parts, each against its SQLite figure (or a bare window) in the same run:

* ``register``: the same generated list (``register.py``'s, 100,000 rows by default) is
  imported into a SQLite home and into a team database, and the same reads are timed:
  **import** (reading, planning and applying the list; target: PostgreSQL within 2x),
  **first rows** (the register's first page, sorted by name, median of 15 after one
  read that opens the connection, as the window's start has; within 1.5x) and **search
  keystroke** (the page's query for a typed word, median over 30 words; within 50 ms);
* ``bundle``: a bundle of 10,000 stakeholders (``bundles.py``'s) verified, previewed and
  applied into a fresh receiving home on each engine, median of ``--rounds`` (target:
  PostgreSQL within 2x);
* ``startup``: ``startup.py``'s rounds on a home whose register is a team database:
  the window first shown (target: within 2x a bare PySide6 window; it must not wait for
  the server) and every page filled (``--smoke-test``; within 5x).

The server is ``RRR_TEST_POSTGRES_URL`` when set, else a throwaway one started as the
tests start it (``tests/team_server.py``), on this machine. Figures are printed, never
asserted.

    .venv/bin/python benchmarks/team_database.py [--rows 100000 | --source FILE]
        [--records 10000] [--rounds 5] [--parts register,bundle,startup]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bundles import city_home, filled_sender, timed_import  # noqa: E402
from register import WORDS, generate_csv  # noqa: E402
from startup import (  # noqa: E402
    BenchmarkError,
    child_environment,
    kinds_for,
    prepare_home,
    report,
    run_rounds,
)

from rrr_desktop.paths import resolve_paths  # noqa: E402
from rrr_desktop.services.home import Home, open_home  # noqa: E402
from rrr_desktop.services.stakeholders.importing.applying import apply_import  # noqa: E402
from rrr_desktop.services.stakeholders.importing.importer import plan_import  # noqa: E402
from rrr_desktop.services.stakeholders.importing.tabular import read_table  # noqa: E402
from rrr_desktop.services.stakeholders.listing import (  # noqa: E402
    StakeholderFilter,
    list_stakeholders,
)
from tests.team_server import TeamServer, started_server  # noqa: E402

PARTS = ("register", "bundle", "startup")
BUNDLE_TARGET = 2.0  # PostgreSQL's apply against SQLite's
FILLED_TARGET = 5.0  # every page filled on a team database, against a bare window


def measure(home: Home, source: Path) -> dict[str, float]:
    started = time.perf_counter()
    apply_import(home.db, plan_import(home.db, read_table(source), source.name))
    imported = time.perf_counter() - started
    list_stakeholders(home.db, StakeholderFilter(), 0, 100)  # the connection, as the page has
    first = []
    for _ in range(15):
        started = time.perf_counter()
        list_stakeholders(home.db, StakeholderFilter(), 0, 100)
        first.append(time.perf_counter() - started)
    keystrokes = []
    for word in (WORDS * 2)[:30]:
        started = time.perf_counter()
        list_stakeholders(home.db, StakeholderFilter(search=word.lower()[:4]), 0, 100)
        keystrokes.append(time.perf_counter() - started)
    return {"import": imported, "first rows": statistics.median(first),
            "search keystroke": statistics.median(keystrokes)}


def register_figures(folder: Path, server: TeamServer, rows: int,
                     source: Path | None = None) -> None:
    """The list ``source`` (by default ``rows`` generated ones) on both engines."""
    if source is None:
        source = folder / "list.csv"
        generate_csv(source, rows)
    sqlite_home = open_home(resolve_paths(folder / "single"))
    try:
        on_sqlite = measure(sqlite_home, source)
    finally:
        sqlite_home.close()
    url = server.new_database()
    team_home = open_home(replace(resolve_paths(folder / "team"), team_database=url))
    try:
        on_postgres = measure(team_home, source)
    finally:
        team_home.close()
        server.drop(url)
    targets = {"import": ("x", 2.0), "first rows": ("x", 1.5), "search keystroke": ("s", 0.05)}
    print(f"{source.name if source.name != 'list.csv' else f'{rows} stakeholders'}: "
          "SQLite home / PostgreSQL team database")
    for name, (kind, target) in targets.items():
        ratio = on_postgres[name] / on_sqlite[name]
        figure = ratio if kind == "x" else on_postgres[name]
        goal = f"<= {target}x SQLite" if kind == "x" else f"<= {target * 1000:.0f} ms"
        print(f"{name:17} {on_sqlite[name] * 1000:9.1f} ms / {on_postgres[name] * 1000:9.1f} ms"
              f"  = {ratio:.2f}x   target {goal}  {_verdict(figure, target)}")


def bundle_figures(folder: Path, server: TeamServer, records: int, rounds: int) -> None:
    """A bundle of ``records`` stakeholders into fresh receiving homes on both engines."""
    from rrr_desktop.services.exchange.export import ExportOptions, export_bundle

    sender = filled_sender(folder / "sender", records)
    bundle = folder / "Bilbao.rrrbundle"
    export_bundle(sender.db, sender.paths, bundle, ExportOptions())
    sender.close()
    template = server.new_database()  # migrated and seeded once; each round copies it
    open_home(replace(resolve_paths(folder / "template"), team_database=template)).close()
    times: dict[str, list[tuple[float, float, float]]] = {"SQLite": [], "PostgreSQL": []}
    for number in range(rounds):
        for engine, database in (("SQLite", None), ("PostgreSQL", server.new_database(
                template=template.rsplit("/", 1)[1]))):
            receiver = city_home(folder / f"{engine}-{number}", "Rotterdam", database)
            try:
                times[engine].append(timed_import(receiver, bundle)[:3])
            finally:
                receiver.close()
                if database:
                    server.drop(database)
    server.drop(template)
    (lite_preview, lite, lite_cpu), (pg_preview, pg, pg_cpu) = (
        tuple(statistics.median(run[i] for run in runs) for i in range(3))
        for runs in times.values())
    print(f"bundle of {records} stakeholders, median of {rounds}: SQLite home / PostgreSQL")
    print(f"verify + preview  {lite_preview * 1000:9.1f} ms / {pg_preview * 1000:9.1f} ms")
    print(f"+ apply           {lite * 1000:9.1f} ms / {pg * 1000:9.1f} ms  = {pg / lite:.2f}x   "
          f"target <= {BUNDLE_TARGET}x SQLite  {_verdict(pg / lite, BUNDLE_TARGET)}")
    print(f"  CPU time of this process {lite_cpu:.3f} s / {pg_cpu:.3f} s "
          "(PostgreSQL's own work is in the server's processes)")


def startup_figures(folder: Path, server: TeamServer, rounds: int) -> None:
    """``startup.py``'s rounds with the register in a team database, interleaved with
    the same rounds on a SQLite home (printed first, for the machine's noise)."""
    url = server.new_database()
    try:
        env = child_environment(folder / "pycache")
        single, team = folder / "single-home", folder / "team-home"
        prepare_home(single, env)
        prepare_home(team, env, url)
        on_team = [replace(kind, name=f"team {kind.name}")
                   for kind in kinds_for(team, url) if kind.name != "bare"]
        samples = run_rounds([*kinds_for(single), *on_team], rounds, env, timeout=120.0,
                             verbose=False)
    finally:
        server.drop(url)
    report(samples, rounds, "SQLite, prepared with init --city Bilbao (the same rounds)")
    print()
    report({"bare": samples["bare"], "app": samples["team app"],
            "smoke": samples["team smoke"]}, rounds,
           "a team database on a local PostgreSQL server, prepared the same way",
           filled_target=FILLED_TARGET)


def _verdict(figure: float, target: float) -> str:
    return "OK" if figure <= target else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--source", type=Path, metavar="FILE",
                        help="import this list in the register part instead of --rows "
                             "generated ones (the UK co-operatives file, for instance)")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--parts", default=",".join(PARTS),
                        help=f"which parts to run (default: {','.join(PARTS)})")
    args = parser.parse_args()
    parts = [part.strip() for part in args.parts.split(",")]
    with tempfile.TemporaryDirectory(prefix="rrr-team-bench-") as folder, \
            started_server() as server:
        if "register" in parts:
            register_figures(Path(folder), server, args.rows, args.source)
        if "bundle" in parts:
            bundle_figures(Path(folder), server, args.records, args.rounds)
        if "startup" in parts:
            try:
                startup_figures(Path(folder), server, args.rounds)
            except BenchmarkError as error:
                print(f"team_database.py: {error}", file=sys.stderr)
                return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
