"""What the Briefs page suggests before the officer writes: the city brief's texts with
the count of its key stakeholders who consented, or a peer meeting's open questions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rrr_desktop.models.database import Database
from rrr_desktop.services.briefs.gather import ConsentCount, consent_count
from rrr_desktop.services.briefs.generate import BriefRequest, gather
from rrr_desktop.services.briefs.inputs import CityBriefData, PeerBriefData
from rrr_desktop.services.briefs.narrative import default_narrative
from rrr_desktop.services.briefs.narrative_texts import Narrative
from rrr_desktop.services.briefs.options import BriefOptions


@dataclass(frozen=True)
class SuggestedTexts:
    """``narrative`` and ``consent`` for a city brief, ``open_questions`` for a peer's."""

    narrative: Narrative | None = None
    consent: ConsentCount | None = None
    open_questions: tuple[str, ...] = ()


def suggested_texts(db: Database, options: BriefOptions, peer: str,
                    now: datetime) -> SuggestedTexts:
    data, _peer = gather(db, BriefRequest(options, peer=peer), now)
    if isinstance(data, CityBriefData):
        return SuggestedTexts(default_narrative(data, options.language),
                              consent_count(db, options.key_stakeholders))
    if isinstance(data, PeerBriefData):
        return SuggestedTexts(open_questions=data.open_questions)
    return SuggestedTexts()
