"""What peer cities hold of ours: records that went out in a bundle and were not withdrawn."""

from __future__ import annotations

from sqlalchemy import func, select

from rrr_desktop.models.database import Database
from rrr_desktop.models.exchange import SharedRecord
from rrr_desktop.models.stakeholder import Stakeholder


def shared_from_import(db: Database, batch_id: int) -> int:
    """How many stakeholders the import ``batch_id`` added are held by peers: undoing the
    import withdraws them from the peers with our next bundle."""
    with db.session() as session:
        return int(session.scalar(
            select(func.count()).select_from(SharedRecord)
            .join(Stakeholder, Stakeholder.uuid == SharedRecord.record_uuid)
            .where(SharedRecord.entity == "stakeholder", SharedRecord.withdrawn_at.is_(None),
                   Stakeholder.import_batch_id == batch_id)) or 0)
