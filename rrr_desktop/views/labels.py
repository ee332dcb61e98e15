"""Translated names for the codes the services use (practice kinds, stages...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def practice_kind_label(kind: str) -> str:
    labels = {
        "award": _tr("Award"),
        "platform": _tr("Platform"),
        "hub": _tr("Hub"),
        "financial_mechanism": _tr("Financial mechanism"),
        "impact_bond": _tr("Impact bond"),
        "communication_strategy": _tr("Communication strategy"),
        "digital_programme": _tr("Digital programme"),
        "partnership": _tr("Partnership"),
        "network": _tr("Network"),
        "other": _tr("Other"),
    }
    return labels.get(kind, kind)


def practice_stage_label(stage: str) -> str:
    labels = {
        "idea": _tr("Idea"),
        "pilot": _tr("Pilot"),
        "running": _tr("Running"),
        "evaluated": _tr("Evaluated"),
    }
    return labels.get(stage, stage)
