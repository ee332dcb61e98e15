"""Translated names for the codes the services use (practice kinds, stages...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
