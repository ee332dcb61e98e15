"""Saving a proposed working group, then renaming and editing it."""

from __future__ import annotations

import io
import json
from uuid import UUID, uuid4

import pytest

from rrr_desktop.cli.groups.commands import groups_list_command
from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.groups import saved as saved_groups
from rrr_desktop.services.groups.proposals import GroupProposal, suggest_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.world import load_world
from tests.factories import SEED_UUIDS, parse_peers_command

BILBAO = UUID(SEED_UUIDS["Bilbao"])


@pytest.fixture
def proposal(home: Home) -> GroupProposal:
    return suggest_groups(load_world(home.db).world)[0]


def only_group(home: Home) -> saved_groups.SavedGroup:
    (group,) = saved_groups.saved_groups(home.db)
    return group


def test_a_saved_proposal_keeps_its_topics_lead_members_and_reasons(
        home: Home, proposal: GroupProposal) -> None:
    saved_groups.save_proposal(home.db, proposal)
    group = only_group(home)
    assert group.name == "Co-implementation + Collaborative management"
    assert group.topics == proposal.topics
    assert group.lead == proposal.lead and group.lead_city == "Montréal"
    assert [m.city for m in group.members] == [m.city for m in proposal.members]
    assert group.members[0].reason.startswith("Montréal is the suggested lead on "
                                              "co-implementation")
    assert not group.too_small


def test_rename_add_remove_and_lead(home: Home, proposal: GroupProposal) -> None:
    group_uuid = saved_groups.save_proposal(home.db, proposal, name="Partnerships")
    saved_groups.rename_group(home.db, group_uuid, "  Torino  circle ")
    assert only_group(home).name == "Torino circle"
    with pytest.raises(RejectedInput, match="already has 6 members"):
        saved_groups.add_member(home.db, group_uuid, BILBAO)
    saved_groups.remove_member(home.db, group_uuid, proposal.lead)
    assert only_group(home).lead is None  # the lead left: none until another is chosen
    saved_groups.add_member(home.db, group_uuid, BILBAO, reason="Asked to join")
    assert only_group(home).members[-1] == saved_groups.SavedMember(BILBAO, "Bilbao",
                                                                    "Asked to join")
    with pytest.raises(RejectedInput, match="already a member"):
        saved_groups.add_member(home.db, group_uuid, BILBAO)
    saved_groups.set_lead(home.db, group_uuid, BILBAO)
    assert only_group(home).lead_city == "Bilbao"
    with pytest.raises(RejectedInput, match="Only a member can lead"):
        saved_groups.set_lead(home.db, group_uuid, proposal.lead)


def test_a_group_below_three_is_kept_with_a_warning(home: Home,
                                                    proposal: GroupProposal) -> None:
    group_uuid = saved_groups.save_proposal(home.db, proposal)
    for member in proposal.members[2:]:
        saved_groups.remove_member(home.db, group_uuid, member.uuid)
    assert only_group(home).too_small
    out = io.StringIO()
    groups_list_command(parse_peers_command("groups", "list"), home, out)
    assert "! fewer than three members" in out.getvalue()


def test_bad_names_and_missing_groups_are_refused(home: Home, proposal: GroupProposal) -> None:
    group_uuid = saved_groups.save_proposal(home.db, proposal)
    with pytest.raises(RejectedInput, match="needs a name"):
        saved_groups.rename_group(home.db, group_uuid, "   ")
    with pytest.raises(RejectedInput, match="up to 200 characters"):
        saved_groups.rename_group(home.db, group_uuid, "x" * 201)
    with pytest.raises(RejectedInput, match="no longer exists"):
        saved_groups.rename_group(home.db, uuid4(), "Ghost")
    with pytest.raises(RejectedInput, match="not a member"):
        saved_groups.remove_member(home.db, group_uuid, BILBAO)
    assert only_group(home).name == "Co-implementation + Collaborative management"


def test_deleting_a_group_and_listing_as_json(home: Home, proposal: GroupProposal) -> None:
    out = io.StringIO()
    groups_list_command(parse_peers_command("groups", "list"), home, out)
    assert out.getvalue().startswith("No working groups yet.")
    group_uuid = saved_groups.save_proposal(home.db, proposal)
    out = io.StringIO()
    groups_list_command(parse_peers_command("groups", "list", "--json"), home, out)
    (listed,) = json.loads(out.getvalue())
    assert listed["lead"] == "Montréal" and listed["id"] == str(group_uuid)
    assert listed["members"][0]["city"] == "Montréal"
    saved_groups.delete_group(home.db, group_uuid)
    assert saved_groups.saved_groups(home.db) == []
