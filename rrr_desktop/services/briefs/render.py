"""Render a brief to a PDF file or stream; the functions return the number of pages.

``progress`` is called with fractions from 0 to 1; ``cancelled`` is polled between
flowables and pages, and when it returns true the rendering stops with
:class:`~rrr_desktop.progress.Cancelled` and nothing is written (a file target keeps
its old content).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from rrr_desktop.files import atomic_file
from rrr_desktop.progress import CancelCheck, Progress, stop_if_cancelled
from rrr_desktop.services.briefs.archive import Metadata
from rrr_desktop.services.briefs.blocks import markup, title_block
from rrr_desktop.services.briefs.city import CityBrief
from rrr_desktop.services.briefs.inputs import CityBriefData, PeerBriefData, Provenance
from rrr_desktop.services.briefs.keeping import ending_with
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.layout import (
    BriefDocument,
    PageFurniture,
    frame_width,
)
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions, CitySection, Paper
from rrr_desktop.services.briefs.peer import PeerBrief
from rrr_desktop.services.briefs.provenance import footer_lines, sources_section, taken_at
from rrr_desktop.services.briefs.styles import styles

Target = Path | str | BinaryIO
ROWS_PER_PAGE = 40  # key table rows on a page, for the progress estimate

__all__ = ["brief_title", "render_city_brief", "render_peer_brief"]


def render_city_brief(data: CityBriefData, options: BriefOptions, target: Target,
                      progress: Progress | None = None,
                      cancelled: CancelCheck | None = None) -> int:
    _require_kind(options, BriefKind.CITY)
    labels = Labels(options.language)
    story = title_block(labels("briefing_note"), data.city.name, labels("city_brief"),
                        labels("data_as_of", date=taken_at(data.provenance.data_taken_at)))
    story += _personal_data_notice(data, options, labels)
    story += CityBrief(data, options, frame_width(options.paper)).story()
    title = brief_title(data, options)
    return _render(story, options, target, title=title, city=data.city.name,
                   subject=data.city.name, provenance=data.provenance, progress=progress,
                   cancelled=cancelled,
                   expected_pages=3 + len(data.key_stakeholders) // ROWS_PER_PAGE)


def render_peer_brief(data: PeerBriefData, options: BriefOptions, target: Target,
                      progress: Progress | None = None,
                      cancelled: CancelCheck | None = None) -> int:
    _require_kind(options, BriefKind.PEER)
    labels = Labels(options.language)
    meeting = labels("meeting_with", ours=data.our_city, peer=data.peer.name)
    date = labels("data_as_of", date=taken_at(data.provenance.data_taken_at))
    story = title_block(labels("briefing_note"), data.peer.name, labels("peer_brief"),
                        f"{meeting}  ·  {date}")
    story += PeerBrief(data, options, frame_width(options.paper)).story()
    title = brief_title(data, options)
    return _render(story, options, target, title=title, city=data.our_city, subject=meeting,
                   provenance=data.provenance, progress=progress, cancelled=cancelled,
                   expected_pages=3)


def brief_title(data: CityBriefData | PeerBriefData, options: BriefOptions) -> str:
    """"City brief – Bilbao", "Peer meeting brief – Rotterdam": the header and metadata title."""
    labels = Labels(options.language)
    if isinstance(data, CityBriefData):
        return f"{labels('city_brief')} – {data.city.name}"
    return f"{labels('peer_brief')} – {data.peer.name}"


def _require_kind(options: BriefOptions, kind: BriefKind) -> None:
    if options.kind != kind:
        raise ValueError(f"These options are for a {options.kind} brief, not a {kind} brief.")


def _personal_data_notice(data: CityBriefData, options: BriefOptions,
                          labels: Labels) -> list[Flowable]:
    """A warning on page one when contact details of people will be printed."""
    shown = (options.include_personal_data and options.shows(CitySection.KEY_STAKEHOLDERS)
             and any(r.consent_recorded for r in data.key_stakeholders))
    return [Paragraph(markup(labels("personal_data_notice")), styles().notice)] if shown else []


def _render(story: list[Flowable], options: BriefOptions, target: Target, *, title: str,
            city: str, subject: str, provenance: Provenance, progress: Progress | None,
            cancelled: CancelCheck | None, expected_pages: int) -> int:
    labels = Labels(options.language)
    story = ending_with(story, sources_section(provenance, labels), frame_width(options.paper))
    furniture = PageFurniture(
        city=city, title=title,
        footer=footer_lines(provenance, labels, frame_width(options.paper)),
        page_label=lambda page, pages: labels("page_of", page=page, pages=pages))
    metadata = Metadata(title=title, author=options.author or city, subject=subject,
                        language=options.language)
    if progress:
        progress(0.0)
    buffer = io.BytesIO()
    document = BriefDocument(buffer, Paper(options.paper), furniture, metadata,
                             progress=progress, cancelled=cancelled,
                             expected_pages=expected_pages)
    document.build_story(story)
    stop_if_cancelled(cancelled)
    if isinstance(target, (str, Path)):
        with atomic_file(Path(target), "wb", shared=True) as handle:
            handle.write(buffer.getbuffer())
    else:
        target.write(buffer.getbuffer())
    if progress:
        progress(1.0)
    return int(document.page)
