"""A city profile's controlled values, importable without SQLAlchemy.

The profile editor and the profile document need these names without paying for
the ORM import; the entities in ``city`` store them.
"""

from __future__ import annotations

import enum


class TopicRole(enum.StrEnum):
    OFFERS = "offers"
    WANTS_TO_LEARN = "wants_to_learn"
    SHARED_CHALLENGE = "shared_challenge"


class PracticeStage(enum.StrEnum):
    IDEA = "idea"
    PILOT = "pilot"
    RUNNING = "running"
    EVALUATED = "evaluated"


class PracticeKind(enum.StrEnum):
    AWARD = "award"
    PLATFORM = "platform"
    HUB = "hub"
    FINANCIAL_MECHANISM = "financial_mechanism"
    IMPACT_BOND = "impact_bond"
    COMMUNICATION_STRATEGY = "communication_strategy"
    DIGITAL_PROGRAMME = "digital_programme"
    PARTNERSHIP = "partnership"
    NETWORK = "network"
    OTHER = "other"


MIN_SCORE = 0  # a self-assessed maturity score; NULL (None) is "not assessed", not 0
MAX_SCORE = 10
