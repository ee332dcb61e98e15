"""The briefs the officer generated: recorded, listed (newest first), forgotten.

Forgetting a brief removes it from the list only; the PDF stays where it was saved.
The Briefs page lists recent briefs while the window fills, and the command line
records one right after printing it, so listing and recording go through plain
sqlite3 (``models/queries/briefs.py``); only forgetting loads the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import briefs as queries
from rrr_desktop.services.briefs.options import BriefOptions

RECENT_BRIEFS = 20


@dataclass(frozen=True)
class RecentBrief:
    id: int
    kind: str  # city, peer
    title: str
    peer: str  # the peer city's name for a peer brief, else ""
    path: Path
    created_at: datetime  # aware, UTC
    options: dict[str, object]
    exists: bool  # False when the file was moved or deleted since


def options_record(options: BriefOptions) -> dict[str, object]:
    """The options as JSON-ready values, kept with the record (the author is not)."""
    return {"sections": sorted(options.sections), "paper": str(options.paper),
            "language": options.language,
            "include_personal_data": options.include_personal_data,
            "key_stakeholders": options.key_stakeholders}


def record_brief(db: Database, options: BriefOptions, title: str, path: Path, *,
                 peer: UUID | None = None, now: datetime | None = None) -> int:
    """Remember a generated brief; returns its record's id."""
    with db.writing() as connection:
        return queries.record_brief(connection, kind=str(options.kind), title=title,
                                    peer=peer, path=str(path),
                                    options=options_record(options),
                                    created_at=now or datetime.now(UTC))


def recent_briefs(db: Database, limit: int = RECENT_BRIEFS) -> list[RecentBrief]:
    """The newest briefs first; ``exists`` says whether the file is still there."""
    with db.reading() as connection:
        rows = queries.recent_briefs(connection, limit)
    found = []
    for brief_id, kind, title, peer, path, created_at, options in rows:
        found.append(RecentBrief(
            id=brief_id, kind=kind, title=title, peer=peer, path=Path(path),
            created_at=created_at, options=options if isinstance(options, dict) else {},
            exists=Path(path).is_file()))
    return found


def forget_brief(db: Database, brief_id: int) -> bool:
    """Drop a brief from the list (the file is left alone); False when it was not listed."""
    from sqlalchemy import delete

    from rrr_desktop.models.workspace import BriefRecord

    with db.session() as session:
        removed = session.execute(delete(BriefRecord).where(BriefRecord.id == brief_id))
        return bool(getattr(removed, "rowcount", 0))
