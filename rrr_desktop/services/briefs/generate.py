"""Gather and render a brief in one call, as the Briefs page and the command line do."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from uuid import UUID

from rrr_desktop.messages import message_text
from rrr_desktop.models.database import Database
from rrr_desktop.progress import CancelCheck, Progress
from rrr_desktop.services.briefs.gather import city_brief_data
from rrr_desktop.services.briefs.inputs import CityBriefData, GroupBriefData, PeerBriefData
from rrr_desktop.services.briefs.narrative_texts import Narrative
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.rewritten_texts import RewrittenTexts
from rrr_desktop.text import normalise

GATHERED = 0.15  # share of the progress bar for reading the database


@dataclass(frozen=True)
class BriefRequest:
    """What to print. ``narrative`` (city brief) and ``open_questions`` (peer brief)
    replace the texts built from the data when given; else what the officer ``rewrote``
    on the Briefs page goes over them."""

    options: BriefOptions
    peer: str = ""  # the peer city's name or UUID, for a peer brief
    group: str = ""  # the working group's name or UUID, for a group brief
    narrative: Narrative | None = None
    open_questions: tuple[str, ...] | None = None
    rewritten: RewrittenTexts = field(default_factory=RewrittenTexts)


@dataclass(frozen=True)
class GeneratedBrief:
    path: Path
    title: str
    pages: int
    size: int  # bytes
    peer: UUID | None  # the peer city of a peer brief
    # Characters of the data the font cannot print: they show as "�" in the brief.
    unprintable: tuple[str, ...] = ()


BriefData = CityBriefData | PeerBriefData | GroupBriefData


def gather(db: Database, request: BriefRequest,
           now: datetime) -> tuple[BriefData, UUID | None]:
    """The brief's data with the officer's texts in place of the defaults, and the UUID
    of the peer city for a peer brief."""
    if request.options.kind == BriefKind.CITY:
        data = city_brief_data(db, request.options, now)
        narrative = request.narrative
        if narrative is None and request.rewritten.narrative:
            from rrr_desktop.services.briefs.narrative import default_narrative

            narrative = request.rewritten.over(default_narrative(data, request.options.language))
        return replace(data, narrative=narrative), None
    if request.options.kind == BriefKind.GROUP:
        from rrr_desktop.services.briefs.gather_group import group_brief_data

        return group_brief_data(db, request.group, request.options, now), None
    # A peer brief compares registers with the import's matching, which loads the ORM.
    from rrr_desktop.services.briefs.gather_peer import find_peer, peer_brief_data

    peer = find_peer(db, request.peer)
    peer_data = peer_brief_data(db, peer, request.options, now)
    questions = (request.open_questions if request.open_questions is not None
                 else request.rewritten.questions_for(str(peer.uuid)))
    if questions is not None:
        peer_data = replace(peer_data, open_questions=questions)
    return peer_data, peer.uuid


def generate_brief(db: Database, request: BriefRequest, target: Path, now: datetime, *,
                   progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> GeneratedBrief:
    """Read the data, then write the PDF to ``target`` (whole, or not at all)."""
    # reportlab (and Pillow) load only to print: suggesting the texts needs the data alone.
    from rrr_desktop.services.briefs.coverage import unprintable_in
    from rrr_desktop.services.briefs.render import (
        brief_title,
        render_city_brief,
        render_group_brief,
        render_peer_brief,
    )

    if progress:
        progress(0.0)
    data, peer = gather(db, request, now)

    def rendering(fraction: float) -> None:
        if progress:
            progress(GATHERED + (1 - GATHERED) * fraction)

    if isinstance(data, CityBriefData):
        pages = render_city_brief(data, request.options, target, rendering, cancelled)
    elif isinstance(data, GroupBriefData):
        pages = render_group_brief(data, request.options, target, rendering, cancelled)
    else:
        pages = render_peer_brief(data, request.options, target, rendering, cancelled)
    return GeneratedBrief(target, brief_title(data, request.options), pages,
                          target.stat().st_size, peer, unprintable_in(data))


def file_name(city: str, kind: BriefKind, day: datetime, peer: str = "",
              language: str | None = None) -> str:
    """``Bilbao-brief-2026-11-25.pdf``, ``Bilbao-Rotterdam-meeting-2026-11-25.pdf`` or
    ``Bilbao-Impact-Finance-group-2026-11-25.pdf`` (``peer`` is then the group's name),
    the word in ``language`` (default: the officer's: ``Warszawa-notatka-...``): letters
    and digits of the names only, so the name is valid on every system."""
    def word(name: str) -> str:
        cleaned = "".join(c if c.isalnum() else "-" for c in normalise(name).title())
        return "-".join(part for part in cleaned.split("-") if part) or "City"

    what = message_text({BriefKind.CITY: "file_name.brief", BriefKind.GROUP: "file_name.group"
                         }.get(kind, "file_name.meeting"), language=language)
    stem = (f"{word(city)}-{what}" if kind == BriefKind.CITY
            else f"{word(city)}-{word(peer)}-{what}")
    return f"{stem}-{day.date().isoformat()}.pdf"
