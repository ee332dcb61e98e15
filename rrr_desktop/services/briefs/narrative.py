"""Pre-filled text for the six parts of a briefing note, built from the data.

The officer edits these before printing; what the renderer receives is plain text.
"""

from __future__ import annotations

from rrr_desktop.services.briefs.inputs import CityBriefData
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.narrative_texts import Narrative
from rrr_desktop.services.peers.reasons import topic_phrase

TOPICS_NAMED = 3  # a sentence names this many topics or cities, not a whole list


def _listed(names: list[str]) -> str:
    return ", ".join(names[:TOPICS_NAMED])


def default_narrative(data: CityBriefData, language: str) -> Narrative:
    labels = Labels(language)
    city = data.city.name
    background = [labels("n_background", city=city)]
    if data.offers:
        background.append(labels("n_background_offers",
                                 topics=_listed([topic_phrase(t.topic) for t in data.offers])))
    if data.wants:
        background.append(labels("n_background_wants",
                                 topics=_listed([topic_phrase(t.topic) for t in data.wants])))
    total = sum(c.count for c in data.by_kind) or len(data.key_stakeholders)
    current = [labels("n_current", count=total) if total else labels("n_current_empty")]
    if data.overdue_total:
        current.append(labels("n_current_overdue", count=data.overdue_total))
    best_peers = _listed([p.city for p in sorted(data.peers, key=lambda p: -p.score)])
    if best_peers:
        current.append(labels("n_current_peers", cities=best_peers))
    recommendation = (labels("n_recommendation", cities=best_peers) if best_peers
                      else labels("n_recommendation_no_peers"))
    return Narrative(
        purpose=labels("n_purpose", city=city),
        background=" ".join(background),
        current_situation=" ".join(current),
        considerations=labels("n_considerations"),
        options=labels("n_options"),
        recommendation=recommendation,
    )
