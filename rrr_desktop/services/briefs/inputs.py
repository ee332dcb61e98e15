"""Everything a brief shows, as plain frozen dataclasses.

Texts are plain (never markup): the renderer escapes them. Labels such as a
stakeholder's kind or stage arrive already in the brief's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rrr_desktop.services.briefs.narrative_texts import Narrative


@dataclass(frozen=True)
class Provenance:
    """Where the figures come from, printed in every page's footer."""

    data_taken_at: datetime
    bundles: tuple[str, ...] = ()  # "City — file name — date", one per peer bundle used
    notes: tuple[str, ...] = ()  # peer data from no bundle, or old: said under the bundles


@dataclass(frozen=True)
class CitySummary:
    name: str
    country: str = ""
    region: str = ""
    population: int | None = None
    languages: tuple[str, ...] = ()
    website: str = ""
    summary: str = ""


@dataclass(frozen=True)
class TopicNote:
    """A topic we offer or want to learn about, with the officer's note."""

    topic: str
    note: str = ""


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class MapPoint:
    """A stakeholder on the influence/interest map (both 1 to 5)."""

    name: str
    influence: int
    interest: int
    stage: str


@dataclass(frozen=True)
class StakeholderRow:
    """A row of the key stakeholders table.

    The contact fields print only when the options allow personal data and
    ``consent_recorded`` is true for this row.
    """

    name: str
    kind: str = ""
    stage: str = ""
    district: str = ""
    owner: str = ""
    last_contact: date | None = None
    consent_recorded: bool = False
    contact_person: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class FollowUp:
    stakeholder: str
    action: str
    due: date
    owner: str = ""


@dataclass(frozen=True)
class PeerSuggestion:
    city: str
    country: str
    score: float  # the matching's points (docs/matching.md)
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkingGroup:
    name: str
    topics: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    lead: str = ""


@dataclass(frozen=True)
class Exchange:
    on: date
    peer: str
    what: str


@dataclass(frozen=True)
class CityBriefData:
    """``narrative`` None prints the defaults built from the data; ``overdue_count`` is
    the number of overdue follow-ups in all, when ``overdue`` shows only the oldest."""

    city: CitySummary
    provenance: Provenance
    offers: tuple[TopicNote, ...] = ()
    wants: tuple[TopicNote, ...] = ()
    by_kind: tuple[Count, ...] = ()
    by_stage: tuple[Count, ...] = ()
    map_points: tuple[MapPoint, ...] = ()
    key_stakeholders: tuple[StakeholderRow, ...] = ()
    overdue: tuple[FollowUp, ...] = ()
    overdue_count: int = 0
    peers: tuple[PeerSuggestion, ...] = ()
    working_groups: tuple[WorkingGroup, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    narrative: Narrative | None = None

    @property
    def overdue_total(self) -> int:
        return max(self.overdue_count, len(self.overdue))


@dataclass(frozen=True)
class ReasonedTopic:
    """A topic to learn or offer, with the matching's reasons."""

    topic: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Practice:
    title: str
    kind: str = ""
    stage: str = ""
    description: str = ""
    year_started: int | None = None
    link: str = ""


@dataclass(frozen=True)
class SharedStakeholder:
    """A stakeholder both cities know, e.g. a network both work with."""

    name: str
    kind: str = ""
    note: str = ""


@dataclass(frozen=True)
class PeerBriefData:
    our_city: str
    peer: CitySummary
    provenance: Provenance
    match_score: float | None = None  # the matching's points
    learn: tuple[ReasonedTopic, ...] = ()
    offer: tuple[ReasonedTopic, ...] = ()
    practices: tuple[Practice, ...] = ()
    shared_stakeholders: tuple[SharedStakeholder, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    open_questions: tuple[str, ...] = ()
    texts_note: str = ""  # some of the peer's texts are in its language, not the brief's


@dataclass(frozen=True)
class GroupMemberRow:
    city: str
    role: str  # "lead" label or ""
    offers: tuple[str, ...] = ()
    wants: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupActionRow:
    owner: str
    title: str
    due: date | None
    status: str
    overdue: bool = False


@dataclass(frozen=True)
class GroupChangeRow:
    on: datetime
    what: str  # kind and title, in the brief's language
    source: str  # "Rotterdam — file" or "" when made here


@dataclass(frozen=True)
class GroupBriefData:
    """A working group brief, for ``meeting`` (the next one, else the last; "" if none)."""

    our_city: str
    name: str
    provenance: Provenance
    purpose: str = ""
    stage: str = ""
    lead: str = ""
    topics: tuple[str, ...] = ()
    meeting: str = ""  # when and where, in the meeting's zone and UTC
    members: tuple[GroupMemberRow, ...] = ()
    agenda: tuple[str, ...] = ()
    decisions: tuple[tuple[str, str], ...] = ()  # (meeting date, decision)
    actions: tuple[GroupActionRow, ...] = ()
    changes: tuple[GroupChangeRow, ...] = ()
    since: datetime | None = None  # the last meeting's start, when there was one
