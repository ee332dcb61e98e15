"""City brief benchmark: ``rrr-desktop brief`` as a whole process against LibreOffice
headless converting an HTML document holding only the same 1,000-row table to PDF.

The home is made once: Bilbao with ``--rows`` sample stakeholders. The brief is the
command an officer runs (``brief FILE.pdf --key-stakeholders ROWS``: narrative, charts,
the influence/interest map, the key stakeholders table, follow-ups, peers, sources);
LibreOffice gets an HTML file with the same table's rows and columns, nothing else.
Target (issue 17): the brief at least 3x faster than LibreOffice, with at most half its
memory. Exits 0 whatever the figures; ``--check`` exits 1 when a target is missed, and
it exits 2 without LibreOffice.
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
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

SPEED_TARGET, MEMORY_TARGET = 3.0, 0.5


def make_home(home: Path, rows: int) -> None:
    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.home import open_home
    from rrr_desktop.services.setup.cities import init_our_city
    from rrr_desktop.services.setup.sample_data import load_sample_data

    opened = open_home(resolve_paths(str(home)))
    init_our_city(opened.db, "Bilbao", None, None)
    load_sample_data(opened.db, count=rows, into_real_city=True)


def table_html(home: Path, rows: int) -> str:
    """The key stakeholders table of the brief, as a plain HTML document."""
    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.briefs.gather import city_brief_data
    from rrr_desktop.services.briefs.labels import Labels
    from rrr_desktop.services.briefs.options import BriefOptions
    from rrr_desktop.services.home import open_home

    opened = open_home(resolve_paths(str(home)))
    data = city_brief_data(opened.db, BriefOptions(key_stakeholders=rows), datetime.now(UTC))
    labels = Labels("en")
    headers = [labels(k) for k in ("col_name", "col_kind", "col_stage", "col_district",
                                   "col_owner", "col_last_contact")]
    cells = [[r.name, r.kind, r.stage, r.district, r.owner,
              r.last_contact.isoformat() if r.last_contact else ""]
             for r in data.key_stakeholders]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                     for row in cells)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Key stakeholders"
            f"</title></head><body><table border='1'><thead><tr>{head}</tr></thead>"
            f"<tbody>\n{body}\n</tbody></table></body></html>\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args()
    if args.prepare:
        make_home(args.prepare / "home", args.rows)
        (args.prepare / "key-stakeholders.html").write_text(
            table_html(args.prepare / "home", args.rows), encoding="utf-8")
        return 0
    if soffice() is None:
        print("needs LibreOffice (soffice)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="rrr-brief-bench-") as folder:
        work = Path(folder)
        home = work / "home"
        table = work / "key-stakeholders.html"
        # In a child: the peak memory of a process forked from this one counts this
        # one's pages too, so this one stays small (no app modules, no sample data).
        subprocess.run([sys.executable, __file__, "--prepare", str(work), "--rows",
                        str(args.rows)], check=True)
        env = command_env()
        brief = [sys.executable, "-m", "rrr_desktop", "--home", str(home), "brief",
                 str(work / "brief.pdf"), "--key-stakeholders", str(args.rows)]
        on_target = compare(
            ("rrr-desktop brief", lambda: timed(brief, env)),
            ("LibreOffice HTML -> PDF", lambda: timed(libreoffice_command(work, "pdf", table))),
            args.rounds, SPEED_TARGET, MEMORY_TARGET)
    print(f"(run from {REPO})")
    return 1 if args.check and not on_target else 0


if __name__ == "__main__":
    sys.exit(main())
