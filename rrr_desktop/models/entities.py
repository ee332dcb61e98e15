"""Every mapped entity, imported in one place so the metadata is complete."""

from rrr_desktop.models.base import Base
from rrr_desktop.models.city import (
    City,
    CityFreeTopic,
    CityTopic,
    Practice,
    PracticeKind,
    PracticeStage,
    TopicAssessment,
    TopicRole,
)
from rrr_desktop.models.seed_record import AppMeta, SeededRecord
from rrr_desktop.models.stakeholder import ImportBatch, ImportChange, Interaction, Stakeholder
from rrr_desktop.models.topic import RelationKind, Topic, TopicRelation, TopicSynonym
from rrr_desktop.models.vocabulary import CollaborationStage, InteractionKind, StakeholderKind

__all__ = [
    "AppMeta",
    "Base",
    "City",
    "CityFreeTopic",
    "CityTopic",
    "CollaborationStage",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "InteractionKind",
    "Practice",
    "PracticeKind",
    "PracticeStage",
    "RelationKind",
    "SeededRecord",
    "Stakeholder",
    "StakeholderKind",
    "Topic",
    "TopicAssessment",
    "TopicRelation",
    "TopicRole",
    "TopicSynonym",
]
