"""Revision counters: how a receiver of a bundle tells a newer copy from an older one."""

from __future__ import annotations

from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.home import Home


def test_each_change_of_a_record_raises_its_revision_by_one(home: Home) -> None:
    with home.db.session() as session:
        record = Stakeholder(name="Coop Uno", kind=StakeholderKind.COOPERATIVE)
        session.add(record)
        session.flush()
        assert record.revision == 1
        record.district = "Centre"
        session.flush()
        assert record.revision == 2
        session.flush()  # nothing changed: no new revision
        assert record.revision == 2


def test_a_revision_set_by_the_caller_is_kept(home: Home) -> None:
    """A peer's copy keeps the sender's revision, however many edits it took there."""
    with home.db.session() as session:
        record = Stakeholder(name="Coop Dos", kind=StakeholderKind.COOPERATIVE)
        session.add(record)
        session.flush()
        record.name, record.revision = "Coop Dos (renamed)", 17
        session.flush()
        assert record.revision == 17
