"""The stakeholder register's controlled values, importable without SQLAlchemy.

Importers and the views need these names at start-up speed; the ORM entities in
``stakeholder`` store them.
"""

from __future__ import annotations

import enum


class StakeholderKind(enum.StrEnum):
    """Kinds of actor; ``ESSGLOBAL_STRUCTURE`` maps each to an ESSGlobal code where one fits."""

    SOCIAL_ENTERPRISE = "social_enterprise"
    COOPERATIVE = "cooperative"
    MUTUAL = "mutual"
    ASSOCIATION = "association"
    FOUNDATION = "foundation"
    NETWORK = "network"
    PUBLIC_BODY = "public_body"
    FINANCIER = "financier"
    ACADEMIA = "academia"
    COMMUNITY_GROUP = "community_group"
    BUSINESS = "business"
    OTHER = "other"


class CollaborationStage(enum.StrEnum):
    """How far the city works with the stakeholder, from the first contact to co-management."""

    NOT_ENGAGED = "not_engaged"
    INFORMED = "informed"
    CONSULTED = "consulted"
    CO_CREATING = "co_creating"
    CO_IMPLEMENTING = "co_implementing"
    CO_MANAGING = "co_managing"


class InteractionKind(enum.StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    SITE_VISIT = "site_visit"
    DECISION = "decision"
