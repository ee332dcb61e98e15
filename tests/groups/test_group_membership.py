"""Who is in a working group, changed where the ownership rules allow: members and lead
in one edit (our city stays; a city owning actions stays), deletion, and the reasons a
group started from a proposal keeps for each member."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from uuid import UUID, uuid4

import pytest

from rrr_desktop.cli.groups.commands import groups_list_command
from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.groups import actions, editing
from rrr_desktop.services.groups.shared import Group, working_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from tests.factories import SEED_UUIDS, parse_peers_command

ROTTERDAM = SEED_UUIDS["Rotterdam"]


@pytest.fixture
def group(home: Home) -> UUID:
    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    return editing.create_group(home.db, "Impact finance", ["social-impact-bonds"],
                                [ROTTERDAM, "Torino"],
                                reasons={ROTTERDAM: "Rotterdam offers social impact bonds"})


def only(home: Home) -> Group:
    (found,) = working_groups(home.db)
    return found


def test_a_started_group_keeps_why_each_member_is_in(home: Home, group: UUID) -> None:
    assert [(m.city, m.reason) for m in only(home).members] == [
        ("Bilbao", ""), ("Rotterdam", "Rotterdam offers social impact bonds"), ("Torino", "")]
    out = io.StringIO()
    groups_list_command(parse_peers_command("groups", "list", "--json"), home, out)
    (listed,) = json.loads(out.getvalue())
    assert listed["members"][1]["city"] == "Rotterdam"


def test_members_and_lead_change_in_one_edit_and_our_city_stays(home: Home,
                                                                group: UUID) -> None:
    before = only(home).revision
    editing.edit_group(home.db, group, name=" Impact  finance circle ",
                       members=["Torino", "Dublin", "Montréal"], lead="Dublin")
    changed = only(home)
    assert changed.name == "Impact finance circle"
    assert [m.city for m in changed.members] == ["Bilbao", "Torino", "Dublin", "Montréal"]
    assert changed.lead_city == "Dublin" and changed.revision > before
    assert changed.editable  # made here, never replaced by a bundle: still ours to edit
    with pytest.raises(RejectedInput, match="Only a member can lead") as refused:
        editing.edit_group(home.db, group, lead="Warsaw")
    assert refused.value.field == "lead"
    with pytest.raises(RejectedInput, match="at most 6 cities"):
        editing.edit_group(home.db, group, members=["Torino", "Dublin", "Montréal", "Warsaw",
                                                    "Rotterdam", "Guadalajara"])
    with pytest.raises(RejectedInput, match="at least one peer city"):
        editing.edit_group(home.db, group, members=[])
    assert [m.city for m in only(home).members] == ["Bilbao", "Torino", "Dublin", "Montréal"]


def test_the_lead_leaving_hands_the_lead_back_to_us(home: Home, group: UUID) -> None:
    editing.edit_group(home.db, group, lead="Torino")
    editing.edit_group(home.db, group, members=[ROTTERDAM])
    assert only(home).lead_city == "Bilbao"


def test_a_city_owning_actions_stays_a_member(home: Home, group: UUID) -> None:
    actions.add_action(home.db, group, "Map the cooperatives", "Rotterdam")
    with pytest.raises(RejectedInput, match="Rotterdam owns actions") as refused:
        editing.edit_group(home.db, group, members=["Torino"], name="Renamed")
    assert refused.value.field == "members"
    assert only(home).name == "Impact finance"  # nothing changed


def test_names_are_checked_and_taken_names_refused(home: Home, group: UUID) -> None:
    editing.create_group(home.db, "Annual awards", [], ["Torino"])
    with pytest.raises(RejectedInput, match="exists already"):
        editing.edit_group(home.db, group, name="Annual awards")
    with pytest.raises(RejectedInput, match="needs a name"):
        editing.edit_group(home.db, group, name="   ")
    with pytest.raises(RejectedInput, match="up to 200 characters"):
        editing.edit_group(home.db, group, name="x" * 201)
    editing.edit_group(home.db, group, name="Impact finance")  # its own name is free


def test_deleting_a_group_and_a_missing_group(home: Home, group: UUID) -> None:
    editing.delete_group(home.db, group)
    assert working_groups(home.db) == []
    with pytest.raises(RejectedInput, match="no longer exists"):
        editing.delete_group(home.db, uuid4())
    out = io.StringIO()
    groups_list_command(parse_peers_command("groups", "list"), home, out)
    assert out.getvalue().startswith("No working groups yet.")


@pytest.mark.slow
def test_a_first_write_in_a_fresh_process_plans_a_meeting(home: Home, group: UUID) -> None:
    """The window's first write after a start may be a meeting: every table its foreign
    keys name is known then (it once failed on bundle_import)."""
    if home.paths.team_database is not None:
        pytest.skip("the file's path is what the probe opens")
    probe = (
        "import sys\nfrom datetime import datetime\nfrom pathlib import Path\n"
        "from rrr_desktop.paths import resolve_paths\n"
        "from rrr_desktop.services.home import open_home\n"
        "from rrr_desktop.services.groups.group_image import recorded_group_change\n"
        "from rrr_desktop.services.groups import meetings\n"
        "from uuid import UUID\n"
        f"home = open_home(resolve_paths(Path({str(home.paths.home)!r})))\n"
        f"group = UUID({str(group)!r})\n"
        "recorded_group_change(home.db, group, lambda: meetings.plan_meeting(\n"
        "    home.db, group, datetime(2027, 1, 5, 10), 'Europe/Madrid'))\n")
    home.close()
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr[-600:]
