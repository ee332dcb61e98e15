"""PDF brief benchmark, and the sample brief shown in docs/briefs.md.

Renders a city brief whose key stakeholders table has 1,000 rows, and, in the
same run, a plain reportlab ``SimpleDocTemplate`` holding the same table (same
font, same wrapping cells, same column widths, header repeated) and nothing
else. Targets: the brief within 2 s, and within 1.5x the plain document.

Then, on a home filled with 1,000 sample stakeholders: reading a city brief's data
from the database (1,000 key stakeholders), and the Briefs page's preview path
(read the data, render the brief, load it in QtPdf and draw the first page) against
the target of 1 s for the first page.

    .venv/bin/python benchmarks/briefs.py [--rows 1000] [--rounds 5] [--check]
    .venv/bin/python benchmarks/briefs.py --sample docs   # docs/brief-sample-*.png (demo data)

Exit 0 whatever the figures (``--check``: exit 1 when a target is missed).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.platypus import SimpleDocTemplate

from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.briefs.gather import city_brief_data
from rrr_desktop.services.briefs.generate import BriefRequest, generate_brief
from rrr_desktop.services.briefs.inputs import (
    CityBriefData,
    CitySummary,
    Count,
    Exchange,
    FollowUp,
    MapPoint,
    PeerSuggestion,
    Provenance,
    StakeholderRow,
    TopicNote,
    WorkingGroup,
)
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.layout import frame_width
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions, Paper
from rrr_desktop.services.briefs.render import render_city_brief
from rrr_desktop.services.briefs.tables import key_stakeholders_table
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.sample_data import load_sample_data

TARGET_SECONDS = 2.0
TARGET_RATIO = 1.5
TARGET_FIRST_PAGE = 1.0
SAMPLE_NOW = datetime(2026, 11, 25, 9, 30).astimezone()
TODAY = date(2026, 11, 25)
KINDS = ["Co-operative", "Social enterprise", "Association", "Foundation", "Mutual",
         "Network", "Public body", "Community group"]
STAGES = ["Not engaged", "Informed", "Consulted", "Co-creating", "Co-implementing",
          "Co-managing"]
DISTRICTS = ["Abando", "Deusto", "Uribarri", "Otxarkoaga", "Begoña", "Ibaiondo", "Rekalde",
             "Basurto", "Errekalde"]
OWNERS = ["Ane Etxeberria", "Jon Uriarte", "Miren Zubizarreta", "Iker Goikoetxea"]
WORDS = ["Green", "Harbour", "Market", "Bridge", "Garden", "Solidarity", "Commons", "Bread",
         "Repair", "Care", "Textile", "Digital", "Food", "Youth", "Craft", "Energy"]
FORMS = ["Kooperatiba", "Elkartea", "Fundazioa", "Sarea", "Co-op", "S. Coop."]
BUNDLES = ("Łódź — lodz-2026-10.rrrbundle — 2026-10-14",
           "Montréal — montreal-profile.rrrbundle — 2026-09-30",
           "São Paulo — sao-paulo-2026.rrrbundle — 2026-08-02")


def demo_rows(count: int, seed: int = 3) -> tuple[StakeholderRow, ...]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(FORMS)}"
        if n % 97 == 5:
            name = "Gdańsk–Bilbao Solidarity Exchange, Zürich chapter (Ελλάδα desk)"
        rows.append(StakeholderRow(
            name=name, kind=rng.choice(KINDS), stage=rng.choice(STAGES),
            district=rng.choice(DISTRICTS), owner=rng.choice(OWNERS),
            last_contact=TODAY - timedelta(days=rng.randint(3, 400)) if n % 7 else None,
            consent_recorded=n % 3 == 0, contact_person=f"Person {n}",
            email=f"info{n}@example.org", phone=f"+34 944 {n:06d}"))
    return tuple(rows)


def demo_city_brief(rows: int = 40) -> CityBriefData:
    """A mid-size city's brief: Bilbao with a register of a few hundred organisations."""
    rng = random.Random(11)
    key = demo_rows(rows)
    by_kind = [Count(k, n) for k, n in zip(KINDS, (92, 71, 58, 23, 9, 17, 12, 18), strict=True)]
    by_stage = [Count(s, n) for s, n in zip(STAGES, (64, 88, 61, 42, 27, 18), strict=True)]
    points = tuple(MapPoint(f"Org {n}", rng.choice((1, 2, 2, 3, 3, 4, 5)),
                            rng.choice((1, 2, 3, 3, 4, 4, 5)), rng.choice(STAGES))
                   for n in range(140))
    return CityBriefData(
        city=CitySummary(
            name="Bilbao", country="Spain", region="Basque Country", population=346_405,
            languages=("Spanish", "Basque"), website="https://www.bilbao.eus",
            summary="Bilbao turned its post-industrial riverbanks into a network of "
                    "co-operatives, social enterprises and community spaces. The city "
                    "supports the social and solidarity economy through public procurement "
                    "with social clauses, an incubator for co-operatives and a yearly "
                    "SSE fair."),
        provenance=Provenance(datetime(2026, 11, 25, 9, 30), BUNDLES),
        offers=(TopicNote("Social clauses in public procurement",
                          "Ten years of experience; model clauses in Spanish and Basque."),
                TopicNote("Co-operative incubation", "Bilbao Ekintza's programme, 40 firms."),
                TopicNote("Reuse of industrial sites")),
        wants=(TopicNote("Community energy", "How to start a municipal energy co-op."),
               TopicNote("Measuring social impact"),
               TopicNote("Platform co-operatives", "Delivery and care platforms.")),
        by_kind=tuple(by_kind), by_stage=tuple(by_stage), map_points=points,
        key_stakeholders=key,
        overdue=(FollowUp("Harbour Bread Kooperatiba", "Send the draft procurement clause",
                          TODAY - timedelta(days=12), "Ane Etxeberria"),
                 FollowUp("Deusto Repair Café", "Visit the new workshop",
                          TODAY - timedelta(days=4), "Jon Uriarte"),
                 FollowUp("Gizatea network", "Agree the date of the spring fair",
                          TODAY - timedelta(days=30), "Miren Zubizarreta")),
        peers=(PeerSuggestion("Łódź", "Poland", 9.25, (
                   "They offer community energy, which we want to learn.",
                   "Both work on reusing industrial sites.")),
               PeerSuggestion("Montréal", "Canada", 5.5, (
                   "Their social-economy procurement policy matches our offer.",
                   "Strong platform co-operatives.")),
               PeerSuggestion("São Paulo", "Brazil", 3.75, (
                   "Shared challenge: informal work in care.",))),
        working_groups=(WorkingGroup("Social procurement", ("Procurement", "Social clauses"),
                                     ("Gizatea", "Bilbao Ekintza", "Harbour Bread Kooperatiba"),
                                     "Ane Etxeberria"),
                        WorkingGroup("Energy communities", ("Energy",),
                                     ("Goiener", "Deusto University"), "Iker Goikoetxea")),
        exchanges=(Exchange(date(2026, 10, 14), "Łódź", "Online session on energy co-ops"),
                   Exchange(date(2026, 9, 30), "Montréal",
                            "Exchanged procurement clauses and evaluation grids"),
                   Exchange(date(2026, 6, 5), "Zürich", "Study visit on housing co-operatives")),
    )


def plain_document(rows: tuple[StakeholderRow, ...]) -> tuple[float, float]:
    """The baseline: the same table alone in a SimpleDocTemplate; wall and CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    table = key_stakeholders_table(rows, Labels("en"), frame_width(Paper.A4), False)
    SimpleDocTemplate(io.BytesIO(), pagesize=(595.27, 841.89)).build([table])
    return time.perf_counter() - start, time.process_time() - cpu


def brief(data: CityBriefData) -> tuple[float, float]:
    """The whole city brief (charts, map, tables, furniture); wall and CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    render_city_brief(data, BriefOptions(), io.BytesIO())
    return time.perf_counter() - start, time.process_time() - cpu


def demo_home(folder: Path, stakeholders: int) -> Home:
    """A home with the sample city (Sample City) and ``stakeholders`` sample stakeholders."""
    home = open_home(resolve_paths(folder))
    load_sample_data(home.db, count=stakeholders, today=SAMPLE_NOW.date())
    return home


def gather_seconds(home: Home, rows: int) -> float:
    """Reading a city brief's data with ``rows`` key stakeholders; wall seconds."""
    start = time.perf_counter()
    city_brief_data(home.db, BriefOptions(key_stakeholders=rows), SAMPLE_NOW)
    return time.perf_counter() - start


def first_page_seconds(home: Home, target: Path) -> float:
    """The preview path with the page's default options: read, render to a file, load it
    in QtPdf and draw the first page at screen size; wall seconds."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    start = time.perf_counter()
    generate_brief(home.db, BriefRequest(BriefOptions()), target, SAMPLE_NOW)
    document = QPdfDocument()
    document.load(str(target))
    image = document.render(0, QSize(794, 1123))
    elapsed = time.perf_counter() - start
    assert not image.isNull()
    document.close()
    return elapsed


def write_sample(folder: Path) -> None:
    """Pages of briefs from the demo data (`rrr-desktop demo`) as PNGs at 60 dpi: the city
    brief's first two pages (narrative, profile, charts, map) and the first page of the
    peer meeting brief for Rotterdam."""
    for old in folder.glob("brief-sample-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        home = demo_home(Path(scratch) / "home", 300)
        city_pdf = Path(scratch) / "city.pdf"
        peer_pdf = Path(scratch) / "peer.pdf"
        generate_brief(home.db, BriefRequest(BriefOptions()), city_pdf, SAMPLE_NOW)
        generate_brief(home.db, BriefRequest(BriefOptions(kind=BriefKind.PEER),
                                             peer="Rotterdam"), peer_pdf, SAMPLE_NOW)
        home.close()
        for pdf, last_page in ((city_pdf, 2), (peer_pdf, 1)):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-l", str(last_page), str(pdf),
                            str(pdf.with_suffix(""))], check=True)
        pages = sorted(Path(scratch).glob("city-*.png")) + sorted(Path(scratch).glob("peer-*.png"))
        for number, page in enumerate(pages, start=1):
            shutil.copy(page, folder / f"brief-sample-{number}.png")
            print(folder / f"brief-sample-{number}.png")


def database_figures(rows: int, rounds: int) -> bool:
    """Gather and first-page timings on a demo home; True when the first page is in time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        home = demo_home(Path(scratch) / "home", rows)
        gather_seconds(home, rows)  # warm-up: imports, SQLite cache
        first_page_seconds(home, Path(scratch) / "warm.pdf")
        gathers = [gather_seconds(home, rows) for _ in range(rounds)]
        firsts = [first_page_seconds(home, Path(scratch) / f"preview-{n}.pdf")
                  for n in range(rounds)]
        home.close()
    del app
    first = statistics.median(firsts)
    in_time = first <= TARGET_FIRST_PAGE
    print(f"gather from the database, {rows:,} stakeholders, {rows:,} key rows: "
          f"{statistics.median(gathers):.3f} s (min {min(gathers):.3f}, max {max(gathers):.3f})")
    print(f"first preview page (gather + render + QtPdf load + draw page 1), default options: "
          f"{first:.3f} s (target <= {TARGET_FIRST_PAGE} s) {'OK' if in_time else 'MISSED'}  "
          f"(min {min(firsts):.3f}, max {max(firsts):.3f})")
    return in_time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--sample", type=Path, metavar="FOLDER",
                        help="write the sample brief's pages as PNGs there, then stop")
    args = parser.parse_args(argv)
    if args.sample:
        write_sample(args.sample)
        return 0
    data = demo_city_brief(args.rows)
    rows = data.key_stakeholders
    plain_document(rows[:50])  # warm-up: fonts, imports, caches for both
    brief(demo_city_brief(50))
    plain_runs, brief_runs = [], []
    for _ in range(args.rounds):  # interleaved, so both share the machine's noise
        plain_runs.append(plain_document(rows))
        brief_runs.append(brief(data))
    plain_times, brief_times = [w for w, _ in plain_runs], [w for w, _ in brief_runs]
    plain_s, brief_s = statistics.median(plain_times), statistics.median(brief_times)
    plain_cpu = statistics.median(c for _, c in plain_runs)
    brief_cpu = statistics.median(c for _, c in brief_runs)
    ratio = brief_s / plain_s
    fast = brief_s <= TARGET_SECONDS
    close = ratio <= TARGET_RATIO
    print(f"plain document, {len(rows):,}-row table: {plain_s:.3f} s "
          f"(min {min(plain_times):.3f}, max {max(plain_times):.3f})")
    print(f"city brief, {len(rows):,} key stakeholders: {brief_s:.3f} s "
          f"(target <= {TARGET_SECONDS} s) {'OK' if fast else 'MISSED'}  "
          f"(min {min(brief_times):.3f}, max {max(brief_times):.3f})")
    print(f"brief / plain: {ratio:.2f}x (target <= {TARGET_RATIO}x) "
          f"{'OK' if close else 'MISSED'}")
    print(f"CPU time (other processes excluded): plain {plain_cpu:.3f} s, brief "
          f"{brief_cpu:.3f} s = {brief_cpu / plain_cpu:.2f}x")
    in_time = database_figures(args.rows, args.rounds)
    return 1 if args.check and not (fast and close and in_time) else 0


if __name__ == "__main__":
    sys.exit(main())
