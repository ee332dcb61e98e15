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
from rrr_desktop.models.exchange import (
    BundleChange,
    BundleExport,
    BundleImport,
    PeerStakeholder,
    SharedRecord,
    TrustedSender,
)
from rrr_desktop.models.groups import (
    WorkingGroupAction,
    WorkingGroupLook,
    WorkingGroupMeeting,
    WorkingGroupNote,
)
from rrr_desktop.models.seed_record import AppMeta, SeededRecord
from rrr_desktop.models.stakeholder import ImportBatch, ImportChange, Interaction, Stakeholder
from rrr_desktop.models.topic import RelationKind, Topic, TopicRelation, TopicSynonym
from rrr_desktop.models.vocabulary import CollaborationStage, InteractionKind, StakeholderKind
from rrr_desktop.models.workspace import (
    BriefRecord,
    PeerNote,
    PeerPreference,
    Preference,
    WorkingGroup,
    WorkingGroupMember,
)

__all__ = [
    "AppMeta",
    "Base",
    "BriefRecord",
    "BundleChange",
    "BundleExport",
    "BundleImport",
    "City",
    "CityFreeTopic",
    "CityTopic",
    "CollaborationStage",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "InteractionKind",
    "PeerNote",
    "PeerPreference",
    "PeerStakeholder",
    "Practice",
    "PracticeKind",
    "PracticeStage",
    "Preference",
    "RelationKind",
    "SeededRecord",
    "SharedRecord",
    "Stakeholder",
    "StakeholderKind",
    "Topic",
    "TopicAssessment",
    "TopicRelation",
    "TopicRole",
    "TopicSynonym",
    "TrustedSender",
    "WorkingGroup",
    "WorkingGroupAction",
    "WorkingGroupLook",
    "WorkingGroupMeeting",
    "WorkingGroupMember",
    "WorkingGroupNote",
]
