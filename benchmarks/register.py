"""Stakeholder register benchmark: 100,000 stakeholders, measured against baselines.

What is measured (each as printed figures, never as a test assertion):

* **import**: reading, planning and applying a generated 100,000-row CSV through the
  app's importer, against a raw ``sqlite3`` ``executemany`` of the same rows into a
  table of the same columns, measured in the same run (target: at most 3x).
* **first rows**: opening the Stakeholders page on that register until it shows its
  first rows (``filled``), offscreen (target: within 300 ms).
* **search keystroke**: the page's query for a typed word, from the model's reset to
  its first page, median over 30 words (target: within 50 ms).
* **memory**: the process's peak resident memory at the end (target: under 300 MB).

Start-up with this database is measured by ``startup.py --home`` on the home this
script leaves behind (printed at the end).

    .venv/bin/python benchmarks/register.py [--rows 100000] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ["Green", "River", "Harbour", "Market", "Bridge", "Garden", "Solidarity", "Commons",
         "Bread", "Repair", "Care", "Textile", "Digital", "Food", "Youth", "Craft", "Energy"]
KINDS = ["Cooperativa", "Association", "Fundación", "Social enterprise", "Mutual", "Network"]
DISTRICTS = ["Centre", "Harbour", "Old Town", "North Hills", "Riverside", "East End"]
HEADER = ["Name", "Type", "Description", "District", "Website", "Email", "Tags"]


def generate_csv(path: Path, rows: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    records = []
    for n in range(rows):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}"
        records.append([
            name, rng.choice(KINDS), f"Works on {rng.choice(WORDS).lower()} and "
            f"{rng.choice(WORDS).lower()} in the neighbourhood.", rng.choice(DISTRICTS),
            f"https://org{n}.example.org", f"contact{n}@org{n}.example.org",
            f"{rng.choice(WORDS).lower()};{rng.choice(WORDS).lower()}"])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(records)
    return records


def raw_baseline(folder: Path, records: list[list[str]]) -> float:
    """sqlite3 executemany of the same rows into a table with the register's columns."""
    database = folder / "baseline.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(
        "CREATE TABLE stakeholder (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT, kind TEXT, "
        "description TEXT, district TEXT, website TEXT, email TEXT, tags TEXT)")
    start = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO stakeholder (uuid, name, kind, description, district, website, email,"
            " tags) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?)", records)
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the home for startup.py")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services import cities
    from rrr_desktop.services.home import open_home
    from rrr_desktop.services.stakeholder_import import apply_import, plan_import
    from rrr_desktop.services.tabular import read_table

    folder = Path(tempfile.mkdtemp(prefix="rrr-register-bench-"))
    source = folder / "stakeholders.csv"
    records = generate_csv(source, args.rows)
    baseline = raw_baseline(folder, records)

    home = open_home(resolve_paths(folder / "home"))
    cities.init_our_city(home.db, "Bilbao", None, None)
    start = time.perf_counter()
    table = read_table(source)
    plan = plan_import(home.db, table, source.name)
    summary = apply_import(home.db, plan)
    imported = time.perf_counter() - start
    assert summary.added == args.rows, summary

    app = QApplication.instance() or QApplication([])
    from rrr_desktop.views.pages.stakeholders import StakeholdersPage

    page = StakeholdersPage()
    page.show()
    filled: list[float] = []
    page.filled.connect(lambda: filled.append(time.perf_counter()))
    start = time.perf_counter()
    page.refresh(home)
    while not filled:
        app.processEvents()
    first_rows = filled[0] - start

    searches = []
    rng = random.Random(3)
    for word in rng.sample([w.lower() for w in WORDS] + [str(n) for n in range(100, 130)], 30):
        start = time.perf_counter()
        page.search.setText(word)
        page._apply_filters()  # what the coalescing timer runs on the next event loop turn
        searches.append(time.perf_counter() - start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def line(label: str, value: str, verdict: bool) -> None:
        print(f"{label:<22}{value:<44}{'OK' if verdict else 'MISSED'}")

    print(f"Stakeholder register, {args.rows:,} rows, Python {sys.version.split()[0]}")
    ratio = imported / baseline
    line("import:", f"{imported:.2f} s = {ratio:.1f}x raw executemany "
         f"({baseline:.2f} s; target <= 3x)", ratio <= 3)
    line("first rows shown:", f"{first_rows * 1000:.0f} ms (target <= 300 ms)", first_rows <= 0.3)
    median = statistics.median(searches)
    line("search keystroke:", f"{median * 1000:.0f} ms median, {max(searches) * 1000:.0f} ms max "
         "(target <= 50 ms)", median <= 0.05)
    line("peak memory:", f"{peak_mb:.0f} MB (target < 300 MB)", peak_mb < 300)
    home.close()
    if args.keep:
        print(f"home kept for startup.py --home: {folder / 'home'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
