"""Bundle benchmark: writing and verifying 10,000 stakeholders against zip + SHA-256 alone.

What is measured, in one run (medians over ``--rounds``, printed; never a test):

* **write**: ``write_bundle`` of a 10,000-record ``stakeholders.json`` (a few MB, made by
  ``dump_json``) and a small ``profile.yaml``, to a file, signed;
* **verify**: ``open_bundle`` of that file: every structural check, CRC, SHA-256, the
  signature, and the safe parse of both members;
* **baseline**: what any bundle costs at least: ``zipfile`` writing the same bytes
  deflated, then reading them back and hashing them with SHA-256;
* **memory**: the peak of Python allocations while verifying (``tracemalloc``), against
  the size of the file and of the JSON it unpacks to.

The issue's targets are absolute (export within 1 s; verify + preview + apply within
2 s); this measures the container's share of them and prints it as ratios to the
baseline, so a figure from a slow machine still means something.

    .venv/bin/python benchmarks/bundles.py [--records 10000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
import tracemalloc
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from rrr_desktop.services.bundles import (
    Sender,
    load_or_create_signing_key,
    open_bundle,
    write_bundle,
)
from rrr_desktop.services.bundles.safe_json import dump_json
from rrr_desktop.services.bundles.safe_yaml import dump_yaml

WORDS = ["Green", "River", "Harbour", "Market", "Bridge", "Garden", "Solidarity", "Commons"]


def stakeholders(count: int) -> list[dict[str, object]]:
    """Records shaped like the register's: identity, revision, text fields, scores."""
    return [{
        "uuid": str(uuid.UUID(int=n + 1)), "revision": 1 + n % 4,
        "updated_at": f"2026-11-{1 + n % 28:02d}T10:{n % 60:02d}:00Z",
        "name": f"{WORDS[n % 8]} {WORDS[(n // 8) % 8]} co-operative {n}",
        "kind": "cooperative", "stage": "engaged", "district": f"District {n % 17}",
        "description": f"Works on {WORDS[(n * 7) % 8].lower()} and {WORDS[(n * 3) % 8].lower()}"
                       f" projects with {n % 90} members in the neighbourhood.",
        "website": f"https://org{n}.example.org", "email": f"contact{n}@org{n}.example.org",
        "influence": 1 + n % 5, "interest": 1 + (n * 3) % 5, "trust": 1 + (n * 7) % 5,
        "tags": [WORDS[n % 8].lower(), WORDS[(n + 3) % 8].lower()],
    } for n in range(count)]


def median_time(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            hashlib.sha256(archive.read(name)).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rrr-bundle-bench-"))
    key = load_or_create_signing_key(folder / "signing-key.pem")
    sender = Sender(uuid.uuid4(), "Bilbao", "ES")
    members = {"profile.yaml": dump_yaml({"name": "Bilbao", "country_code": "ES"}),
               "stakeholders.json": dump_json(stakeholders(options.records))}
    bundle = folder / "bench.rrrbundle"
    now = datetime.now(UTC)

    def write() -> None:
        write_bundle(bundle, sender, members, key, "bench", created_at=now)

    write()
    verify = median_time(lambda: open_bundle(bundle), options.rounds)
    written = median_time(write, options.rounds)
    plain = median_time(lambda: baseline(folder / "plain.zip", members), options.rounds)
    size = len(members["stakeholders.json"])
    print(f"{options.records:,} stakeholders: {size / 1e6:.1f} MB of JSON, "
          f"bundle {bundle.stat().st_size / 1e6:.2f} MB")
    print(f"baseline (zip + read + sha256): {plain:.3f} s")
    print(f"write:  {written:.3f} s = {written / plain:.2f}x baseline (issue: export <= 1 s)")
    print(f"verify: {verify:.3f} s = {verify / plain:.2f}x baseline "
          f"(issue: verify + preview + apply <= 2 s)")
    print(f"write + verify: {written + verify:.3f} s = {(written + verify) / plain:.2f}x")
    tracemalloc.start()
    open_bundle(bundle)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"verify peak allocations: {peak / 1e6:.1f} MB ({peak / size:.1f}x the JSON)")


def content_path(records: int) -> None:
    """The issue's targets end to end: export from one home, verify + preview + apply in
    another, against a raw ``sqlite3`` ``executemany`` of the same rows into a plain table."""
    import sqlite3

    from rrr_desktop.models.stakeholder import Stakeholder
    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.bundle_export import ExportOptions, export_bundle
    from rrr_desktop.services.bundle_import import apply_bundle, inspect_bundle
    from rrr_desktop.services.cities import init_our_city
    from rrr_desktop.services.home import open_home

    folder = Path(tempfile.mkdtemp(prefix="rrr-bundle-content-"))
    sender, receiver = (open_home(resolve_paths(folder / name)) for name in ("a", "b"))
    init_our_city(sender.db, "Bilbao", None, None)
    init_our_city(receiver.db, "Rotterdam", None, None)
    with sender.db.session() as session:
        session.add_all(Stakeholder(name=f"{WORDS[n % 8]} co-operative {n}", kind="cooperative",
                                    shareable=True, district=f"District {n % 17}",
                                    description=f"Works with {n % 90} members.")
                        for n in range(records))
    bundle = folder / "Bilbao.rrrbundle"
    start = time.perf_counter()
    export_bundle(sender.db, sender.paths, bundle, ExportOptions())
    exported = time.perf_counter() - start
    start = time.perf_counter()
    preview = inspect_bundle(receiver.db, bundle)
    inspected = time.perf_counter() - start
    apply_bundle(receiver.db, preview)
    imported = time.perf_counter() - start
    tracemalloc.start()
    inspect_bundle(receiver.db, bundle)  # a second preview, to measure its memory
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows = [(n, f"{n:032x}", f"Co-operative {n}", "cooperative", "District", "Works.")
            for n in range(records)]
    raw = sqlite3.connect(folder / "raw.sqlite3")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT, kind TEXT, "
                "district TEXT, description TEXT)")
    start = time.perf_counter()
    with raw:
        raw.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", rows)
    baseline_time = time.perf_counter() - start
    raw.close()
    print(f"content: export {records:,} stakeholders {exported:.3f} s (issue: <= 1 s)")
    print(f"content: verify + preview {inspected:.3f} s")
    print(f"content: verify + preview + apply {imported:.3f} s (issue: <= 2 s); raw executemany "
          f"{baseline_time:.3f} s; ratio {imported / baseline_time:.1f}x (issue: <= 5x); "
          f"peak allocations {peak / 1e6:.1f} MB")
    sender.close()
    receiver.close()


if __name__ == "__main__":
    main()
    content_path(10_000)
