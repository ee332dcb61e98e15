"""Eight officers at once on one team database: editing, importing and reading.

Editors also edit records their colleagues edit (the shared ones), each save based on
the revision it loaded: a save over a colleague's newer change is refused and reported
as a conflict naming that colleague, never written; the accepted saves of each shared
record then form one chain of revisions, and the record holds the last one's values."""

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
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_revision
from rrr_desktop.services.stakeholders.listing import (
    StakeholderFilter,
    count_stakeholders,
    stakeholder_detail,
)
from tests.factories import REPO

SECONDS = 30
SHARED = 2  # records every editor edits
ROLES = ("edit", "edit", "edit", "import", "import", "read", "read", "read")
OFFICER = r'''
import json, random, sys, time
from dataclasses import replace
from pathlib import Path
from rrr_desktop.errors import ChangedElsewhere, RejectedInput
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_revision
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.importer import plan_import
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders

role, number, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
shared = json.loads(sys.argv[5])
me = f"Officer {number}"
home = open_home(resolve_paths(Path(sys.argv[4]) / f"officer-{number}"), officer=me)
done = {"role": role, "number": number, "added": 0, "refused": 0, "reads": 0, "saved": [],
        "conflicts": 0}
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
            record = random.choice(shared)  # a record colleagues edit too
            form, revision = load_revision(home.db, record)
            time.sleep(random.uniform(0.05, 0.3))  # the officer types in the editor
            district = f"{me} step {step}"
            try:
                update_stakeholder(home.db, record, replace(form, district=district),
                                   based_on=revision)
                done["saved"].append([record, revision, district])
            except ChangedElsewhere as conflict:  # reported, never written
                assert conflict.changed_by not in (None, me), conflict.changed_by
                assert conflict.revision > revision
                done["conflicts"] += 1
                print(f"refused: {conflict.code}", file=sys.stderr)
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
    setup = open_home(resolve_paths(tmp_path / "setup", team_database), officer="Setup")
    try:
        shared = [create_stakeholder(setup.db, StakeholderForm(f"Shared co-op {n}"))
                  for n in range(SHARED)]
    finally:
        setup.close()
    started = time.monotonic()
    officers = [subprocess.Popen(
        [sys.executable, "-c", OFFICER, role, str(number), str(SECONDS), str(tmp_path),
         json.dumps(shared)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for number, role in enumerate(ROLES)]
    reports = []
    for process in officers:
        out, err = process.communicate(timeout=SECONDS + 120)
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert all(line.startswith(("refused: import.register_changed",
                                    "refused: edit.changed_elsewhere"))
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
    saves = [(save, r["number"]) for r in by_role["edit"] for save in r["saved"]]
    assert sum(r["conflicts"] for r in by_role["edit"]) > 0, reports  # they did collide
    home = open_home(resolve_paths(tmp_path / "check", team_database))
    try:
        total = count_stakeholders(home.db, StakeholderFilter(include_archived=True))
        for record in shared:
            form, revision = load_revision(home.db, record)
            accepted = sorted((base, district, number) for (saved, base, district), number
                              in saves if saved == record)
            # No lost update: each accepted save was based on the one before it.
            assert [base for base, _district, _number in accepted] == list(
                range(revision - len(accepted), revision)), accepted
            if accepted:
                _base, district, number = accepted[-1]
                detail = stakeholder_detail(home.db, record)
                assert detail is not None
                assert (form.district, detail.changed_by) == (district, f"Officer {number}")
    finally:
        home.close()
    # every accepted change, and no more
    assert total == sum(r["added"] for r in reports) + SHARED
