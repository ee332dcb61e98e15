"""Team database benchmark: the register on PostgreSQL against the SQLite home.

The same generated list (``register.py``'s, 100,000 rows by default) is imported into
a SQLite home and into a team database on a local PostgreSQL server, and the same reads
are timed on both, in the same run:

* **import**: reading, planning and applying the list (target: PostgreSQL within 2x);
* **first rows**: the register's first page, sorted by name (target: within 1.5x);
* **search keystroke**: the page's query for a typed word, median over 30 words
  (target: within 50 ms on PostgreSQL).

The server is ``RRR_TEST_POSTGRES_URL`` when set, else a throwaway one started as the
tests start it (``tests/team_server.py``). Figures are printed, never asserted.

    .venv/bin/python benchmarks/team_database.py [--rows 100000]
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

from register import WORDS, generate_csv  # noqa: E402

from rrr_desktop.paths import resolve_paths  # noqa: E402
from rrr_desktop.services.home import Home, open_home  # noqa: E402
from rrr_desktop.services.stakeholders.importing.importer import (  # noqa: E402
    apply_import,
    plan_import,
)
from rrr_desktop.services.stakeholders.importing.tabular import read_table  # noqa: E402
from rrr_desktop.services.stakeholders.listing import (  # noqa: E402
    StakeholderFilter,
    list_stakeholders,
)
from tests.team_server import started_server  # noqa: E402


def measure(home: Home, source: Path) -> dict[str, float]:
    started = time.perf_counter()
    apply_import(home.db, plan_import(home.db, read_table(source), source.name))
    imported = time.perf_counter() - started
    first = []
    for _ in range(5):
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rrr-team-bench-") as folder:
        source = Path(folder) / "list.csv"
        generate_csv(source, args.rows)
        sqlite_home = open_home(resolve_paths(Path(folder) / "single"))
        try:
            on_sqlite = measure(sqlite_home, source)
        finally:
            sqlite_home.close()
        with started_server() as server:
            url = server.new_database()
            team_home = open_home(replace(resolve_paths(Path(folder) / "team"),
                                          team_database=url))
            try:
                on_postgres = measure(team_home, source)
            finally:
                team_home.close()
                server.drop(url)
    targets = {"import": ("x", 2.0), "first rows": ("x", 1.5), "search keystroke": ("s", 0.05)}
    print(f"{args.rows} stakeholders: SQLite home / PostgreSQL team database")
    for name, (kind, target) in targets.items():
        ratio = on_postgres[name] / on_sqlite[name]
        figure = ratio if kind == "x" else on_postgres[name]
        verdict = "OK" if figure <= target else "MISSED"
        goal = f"<= {target}x SQLite" if kind == "x" else f"<= {target * 1000:.0f} ms"
        print(f"{name:17} {on_sqlite[name] * 1000:9.1f} ms / {on_postgres[name] * 1000:9.1f} ms"
              f"  = {ratio:.2f}x   target {goal}  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
