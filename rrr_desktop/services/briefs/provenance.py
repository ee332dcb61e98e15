"""Tracing a printed brief back to its data: the footer line and the Sources section."""

from __future__ import annotations

from datetime import datetime

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import bullets, empty_note, fitted, heading, paragraphs
from rrr_desktop.services.briefs.fonts import REGULAR
from rrr_desktop.services.briefs.inputs import Provenance
from rrr_desktop.services.briefs.labels import Labels

BUNDLES_IN_FOOTER = 2
FURNITURE_SIZE = 8  # points: header and footer text


def taken_at(moment: datetime, labels: Labels) -> str:
    """When the figures were read, as the brief's language writes it."""
    return labels.moment(moment)


def footer_lines(provenance: Provenance, labels: Labels, width: float) -> tuple[str, str]:
    """"Data as of ..." and "Peer bundles: ...", the second naming the first bundles
    only (shortened to ``width`` points); the Sources section lists them all."""
    moment = provenance.data_taken_at
    # The ISO time beside the written one, for tracing the brief back to its data.
    date = labels("data_as_of", date=f"{taken_at(moment, labels)} "
                                     f"({moment.strftime('%Y-%m-%d %H:%M')})")
    bundles = provenance.bundles
    if not bundles:
        return date, labels("no_bundles")
    more = ""
    if len(bundles) > BUNDLES_IN_FOOTER:
        more = " " + labels("more_bundles", count=len(bundles) - BUNDLES_IN_FOOTER)
    room = width - stringWidth(more, REGULAR, FURNITURE_SIZE)
    named = fitted(labels("bundles", bundles="; ".join(bundles[:BUNDLES_IN_FOOTER])), room,
                   REGULAR, FURNITURE_SIZE)
    return date, named + more


def sources_section(provenance: Provenance, labels: Labels) -> list[Flowable]:
    story: list[Flowable] = [heading("", labels("sources"))]
    story += paragraphs(labels("sources_text", date=taken_at(provenance.data_taken_at, labels)))
    story.append(bullets(provenance.bundles) if provenance.bundles
                 else empty_note(labels("no_bundles")))
    for note in provenance.notes:
        story += paragraphs(note)
    return story
