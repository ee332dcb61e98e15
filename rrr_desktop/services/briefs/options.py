"""What the officer chooses before printing: sections, paper, language, personal data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from rrr_desktop.errors import RejectedInput

LANGUAGES = ("en", "es", "fr", "pt", "it", "nl", "pl")
KEY_STAKEHOLDERS = 30  # rows of the key stakeholders table unless the officer asks for more
MAX_KEY_STAKEHOLDERS = 5_000


class BriefKind(enum.StrEnum):
    CITY = "city"
    PEER = "peer"
    GROUP = "group"


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


class CitySection(enum.StrEnum):
    """Parts of the city brief, in the order they print.

    The six narrative parts are the usual structure of a public-sector briefing
    note; the others are the data shown under Background and Current situation.
    """

    PURPOSE = "purpose"
    BACKGROUND = "background"
    PROFILE = "profile"
    OFFERS_WANTS = "offers_wants"
    CURRENT_SITUATION = "current_situation"
    STAKEHOLDER_CHARTS = "stakeholder_charts"
    STAKEHOLDER_MAP = "stakeholder_map"
    KEY_STAKEHOLDERS = "key_stakeholders"
    FOLLOW_UPS = "follow_ups"
    PEERS = "peers"
    WORKING_GROUPS = "working_groups"
    EXCHANGES = "exchanges"
    CONSIDERATIONS = "considerations"
    OPTIONS = "options"
    RECOMMENDATION = "recommendation"


class PeerSection(enum.StrEnum):
    """Parts of the peer meeting brief, in the order they print."""

    PROFILE = "profile"
    LEARN = "learn"
    OFFER = "offer"
    PRACTICES = "practices"
    SHARED_STAKEHOLDERS = "shared_stakeholders"
    EXCHANGES = "exchanges"
    OPEN_QUESTIONS = "open_questions"


class GroupSection(enum.StrEnum):
    """Parts of the working group brief, for one of the group's meetings."""

    PURPOSE = "group_purpose"
    MEMBERS = "members"
    AGENDA = "agenda"
    DECISIONS = "decisions"
    ACTIONS = "open_actions"
    CHANGES = "changes"


SECTIONS: dict[BriefKind, tuple[str, ...]] = {
    BriefKind.CITY: tuple(CitySection),
    BriefKind.PEER: tuple(PeerSection),
    BriefKind.GROUP: tuple(GroupSection),
}


@dataclass(frozen=True)
class BriefOptions:
    """``sections`` empty means every section of ``kind``; ``author`` goes into the
    PDF metadata (the city's name is used when it is empty); ``key_stakeholders`` is
    the most rows the key stakeholders table may hold."""

    kind: BriefKind = BriefKind.CITY
    sections: frozenset[str] = field(default_factory=frozenset)
    paper: Paper = Paper.A4
    language: str = "en"
    include_personal_data: bool = False
    author: str = ""
    key_stakeholders: int = KEY_STAKEHOLDERS

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise RejectedInput("brief.language_unknown", field="language",
                                languages=", ".join(LANGUAGES), value=repr(self.language))
        unknown = sorted(set(self.sections) - set(SECTIONS[BriefKind(self.kind)]))
        if unknown:
            raise RejectedInput("brief.section_unknown", field="sections", kind=self.kind,
                                unknown=", ".join(unknown),
                                sections=", ".join(SECTIONS[BriefKind(self.kind)]))
        if self.paper not in tuple(Paper):
            raise RejectedInput("brief.paper_unknown", field="paper", value=repr(self.paper))
        if not 1 <= self.key_stakeholders <= MAX_KEY_STAKEHOLDERS:
            raise RejectedInput("brief.key_stakeholders_out_of_range", field="key_stakeholders",
                                limit=MAX_KEY_STAKEHOLDERS, value=self.key_stakeholders)

    def shows(self, section: str) -> bool:
        """Whether ``section`` is printed (every section when none were chosen)."""
        return not self.sections or section in self.sections
