"""Eight officers at once on one team database: editing, importing and reading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rrr_desktop.paths import DATABASE_ENV, resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, count_stakeholders
from tests.factories import REPO

SECONDS = 30
ROLES = ("edit", "edit", "edit", "import", "import", "read", "read", "read")
OFFICER = r'''
import json, sys, time
from pathlib import Path
from rrr_desktop.errors import RejectedInput
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.importing.importer import apply_import, plan_import
from rrr_desktop.services.stakeholders.importing.tabular import read_csv_bytes
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders

role, number, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
home = open_home(resolve_paths(Path(sys.argv[4]) / f"officer-{number}"))
done = {"role": role, "added": 0, "refused": 0, "reads": 0}
end = time.monotonic() + seconds
step = 0
while time.monotonic() < end:
    step += 1
    name = f"Officer {number} co-op {step}"
    try:
        if role == "edit":
            new = create_stakeholder(home.db, StakeholderForm(name=name))
            update_stakeholder(home.db, new, StakeholderForm(name=name, district="Centre"))
            done["added"] += 1
            time.sleep(0.2)  # an officer types between two saves
        elif role == "import":
            rows = "".join(f"Import {number}-{step}-{n},Cooperativa\n" for n in range(20))
            table = read_csv_bytes(("Name,Type\n" + rows).encode(), "list.csv")
            summary = apply_import(home.db, plan_import(home.db, table, "list.csv"))
            done["added"] += summary.added
        else:
            list_stakeholders(home.db, StakeholderFilter(search="co-op"))
            done["reads"] += 1
    except RejectedInput as refused:  # the register changed since the preview: reported,
        done["refused"] += 1  # and the officer previews the list again
        print(f"refused: {refused.code}", file=sys.stderr)
home.close()
print(json.dumps(done))
'''


@pytest.mark.slow
def test_eight_officers_at_once_lose_nothing_and_never_deadlock(
        team_database: str, tmp_path: Path) -> None:
    env = {**os.environ, DATABASE_ENV: team_database, "PYTHONPATH": str(REPO),
           "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    officers = [subprocess.Popen(
        [sys.executable, "-c", OFFICER, role, str(number), str(SECONDS), str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for number, role in enumerate(ROLES)]
    reports = []
    for process in officers:
        out, err = process.communicate(timeout=SECONDS + 120)
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert all(line.startswith("refused: import.register_changed")
                   for line in err.splitlines()), err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    assert time.monotonic() - started < SECONDS + 120  # nobody waited forever
    by_role = {role: [r for r in reports if r["role"] == role] for role in set(ROLES)}
    assert all(r["added"] > 0 for r in by_role["edit"]), reports
    # An import previewed before colleagues' saves is refused and reported (the officer
    # previews again); some went through.
    assert all(r["added"] + r["refused"] > 0 for r in by_role["import"]), reports
    assert sum(r["added"] for r in by_role["import"]) > 0, reports
    assert all(r["reads"] > 0 for r in by_role["read"])
    home = open_home(resolve_paths(tmp_path / "check", team_database))
    try:
        total = count_stakeholders(home.db, StakeholderFilter(include_archived=True))
    finally:
        home.close()
    assert total == sum(r["added"] for r in reports)  # every accepted change, and no more
