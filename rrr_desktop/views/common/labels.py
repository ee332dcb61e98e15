"""Translated names for the codes the services use (practice kinds, stages...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def date_label(day: date, format_type: QLocale.FormatType = QLocale.FormatType.ShortFormat
               ) -> str:
    """``day`` written the way the officer's locale writes dates (a datetime gives its day)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), format_type)


def practice_kind_label(kind: str) -> str:
    labels = {
        "award": QCoreApplication.translate("labels", "Award"),
        "platform": QCoreApplication.translate("labels", "Platform"),
        "hub": QCoreApplication.translate("labels", "Hub"),
        "financial_mechanism": QCoreApplication.translate("labels", "Financial mechanism"),
        "impact_bond": QCoreApplication.translate("labels", "Impact bond"),
        "communication_strategy": QCoreApplication.translate("labels", "Communication strategy"),
        "digital_programme": QCoreApplication.translate("labels", "Digital programme"),
        "partnership": QCoreApplication.translate("labels", "Partnership"),
        "network": QCoreApplication.translate("labels", "Network"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return labels.get(kind, kind)


def practice_stage_label(stage: str) -> str:
    labels = {
        "idea": QCoreApplication.translate("labels", "Idea"),
        "pilot": QCoreApplication.translate("labels", "Pilot"),
        "running": QCoreApplication.translate("labels", "Running"),
        "evaluated": QCoreApplication.translate("labels", "Evaluated"),
    }
    return labels.get(stage, stage)


def stakeholder_kind_label(kind: str) -> str:
    labels = {
        "social_enterprise": QCoreApplication.translate("labels", "Social enterprise"),
        "cooperative": QCoreApplication.translate("labels", "Co-operative"),
        "mutual": QCoreApplication.translate("labels", "Mutual"),
        "association": QCoreApplication.translate("labels", "Association / non-profit"),
        "foundation": QCoreApplication.translate("labels", "Foundation"),
        "network": QCoreApplication.translate("labels", "Network / federation"),
        "public_body": QCoreApplication.translate("labels", "Public body"),
        "financier": QCoreApplication.translate("labels", "Financier"),
        "academia": QCoreApplication.translate("labels", "Academia"),
        "community_group": QCoreApplication.translate("labels", "Community group"),
        "business": QCoreApplication.translate("labels", "Business"),
        "other": QCoreApplication.translate("labels", "Other"),
    }
    return labels.get(kind, kind)


def collaboration_stage_label(stage: str) -> str:
    labels = {
        "not_engaged": QCoreApplication.translate("labels", "Not engaged"),
        "informed": QCoreApplication.translate("labels", "Informed"),
        "consulted": QCoreApplication.translate("labels", "Consulted"),
        "co_creating": QCoreApplication.translate("labels", "Co-creating"),
        "co_implementing": QCoreApplication.translate("labels", "Co-implementing"),
        "co_managing": QCoreApplication.translate("labels", "Co-managing"),
    }
    return labels.get(stage, stage)


def interaction_kind_label(kind: str) -> str:
    labels = {
        "meeting": QCoreApplication.translate("labels", "Meeting"),
        "call": QCoreApplication.translate("labels", "Call"),
        "email": QCoreApplication.translate("labels", "Email"),
        "event": QCoreApplication.translate("labels", "Event"),
        "site_visit": QCoreApplication.translate("labels", "Site visit"),
        "decision": QCoreApplication.translate("labels", "Decision"),
    }
    return labels.get(kind, kind)


def duplicate_reason_label(reason: str) -> str:
    """Why a stakeholder may be the one being typed (services.stakeholder_duplicates)."""
    labels = {
        "email": QCoreApplication.translate("labels", "same email"),
        "website": QCoreApplication.translate("labels", "same website"),
        "name": QCoreApplication.translate("labels", "same name"),
        "name_start": QCoreApplication.translate("labels", "similar name"),
    }
    return labels.get(reason, reason)


def merge_field_label(field: str) -> str:
    """The fields a merge chooses between (services.stakeholder_merge.MERGE_FIELDS)."""
    labels = {
        "name": QCoreApplication.translate("labels", "Name"),
        "kind": QCoreApplication.translate("labels", "Kind"),
        "organisation": QCoreApplication.translate("labels", "Organisation"),
        "district": QCoreApplication.translate("labels", "District"),
        "address": QCoreApplication.translate("labels", "Address"),
        "website": QCoreApplication.translate("labels", "Website"),
        "description": QCoreApplication.translate("labels", "Description"),
        "owner": QCoreApplication.translate("labels", "Relationship owner"),
        "stage": QCoreApplication.translate("labels", "Collaboration stage"),
        "influence": QCoreApplication.translate("labels", "Influence"),
        "interest": QCoreApplication.translate("labels", "Interest"),
        "trust": QCoreApplication.translate("labels", "Trust"),
        "next_contact_on": QCoreApplication.translate("labels", "Next contact"),
        "review_due_on": QCoreApplication.translate("labels", "Review due"),
        "shareable": QCoreApplication.translate("labels", "Shareable"),
        "external_id": QCoreApplication.translate("labels", "ID in other systems"),
        "personal_data": QCoreApplication.translate(
            "labels", "Personal data (contact, email, phone, consent)"),
    }
    return labels.get(field, field)
