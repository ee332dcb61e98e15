"""Benchmark: the Peer cities page opens within 200 ms with 1,000 peer cities and 60 topics.

What is measured (printed, never a test assertion): the time from ``PeersPage.refresh(home)``
to the ranked list shown (the page's ``filled`` signal), median of 5 opens, in one
process where the modules are already imported (the window's own start-up is measured
by ``benchmarks/startup.py``). The network is ``benchmarks/matching.generate_world``
(fixed seed), written into a fresh home with plain SQL: the first city is ours.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.matching import generate_world
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.peers.world import World
from rrr_desktop.views.peers.page import PeersPage

PAGE_TARGET_S = 0.200


def write_world(home: Home, world: World) -> None:
    """Replace the seeded cities and topics with the generated network."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with closing(sqlite3.connect(home.paths.database)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        for table in ("city_topic", "city_free_topic", "topic_assessment", "practice_topic",
                      "practice", "city", "topic_relation", "topic_synonym"):
            db.execute(f"DELETE FROM {table}")
        db.executemany("INSERT OR REPLACE INTO topic (id, label, description) VALUES (?, ?, '')",
                       world.topics.labels.items())
        db.executemany("INSERT INTO topic_relation VALUES (?, ?, 'related')",
                       [(t, o) for t, others in world.topics.related.items() for o in others
                        if t < o])
        db.executemany("INSERT INTO topic_relation VALUES (?, ?, 'leads_to')",
                       [(t, o) for t, later in world.topics.leads_to.items() for o in later])
        for number, city in enumerate(world.cities):
            cursor = db.execute(
                "INSERT INTO city (name, country_code, region, languages, website, summary, "
                "profile_source, is_ours, uuid, created_at, updated_at) VALUES "
                "(?, ?, ?, ?, '', '', 'benchmark', ?, ?, ?, ?)",
                (city.name, city.country, city.region, json.dumps(list(city.languages)),
                 number == 0, city.uuid.hex, now, now))
            rows = [(cursor.lastrowid, t, role) for role, topics in (
                ("offers", city.offers), ("wants_to_learn", city.wants),
                ("shared_challenge", city.challenges)) for t in topics]
            db.executemany("INSERT INTO city_topic (city_id, topic_id, role, note) "
                           "VALUES (?, ?, ?, '')", rows)
            db.executemany("INSERT INTO topic_assessment (city_id, topic_id, score) "
                           "VALUES (?, ?, ?)",
                           [(cursor.lastrowid, t, s) for t, s in city.maturity.items()])
        db.commit()


def open_page_once(app: QApplication, home: Home) -> float:
    page = PeersPage()
    page.resize(1100, 720)
    page.show()
    loop = QEventLoop()
    page.filled.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    started = time.perf_counter()
    page.refresh(home)
    loop.exec()
    seconds = time.perf_counter() - started
    assert page.model.rowCount() > 0, page.search_count.text()
    page.deleteLater()
    app.processEvents()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=60)
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        home = open_home(resolve_paths(Path(folder)))
        write_world(home, generate_world(args.cities + 1, args.topics))
        open_page_once(app, home)  # the first open imports the services
        seconds = statistics.median(open_page_once(app, home) for _ in range(5))
        home.close()
    met = seconds <= PAGE_TARGET_S
    print(f"{args.cities} peer cities, {args.topics} topics, Python {sys.version.split()[0]}")
    print(f"peers page opens {seconds * 1000:8.1f} ms   target {PAGE_TARGET_S * 1000:6.0f} ms "
          f"{'met' if met else 'MISSED'}")
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
