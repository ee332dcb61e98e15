"""A Spanish register names topics, sectors, kinds and countries in Spanish."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.models.entities import CollaborationStage, Stakeholder, StakeholderKind, Topic
from rrr_desktop.services.home import Home
from rrr_desktop.views.stakeholders.page import StakeholdersPage


def test_the_spanish_register_shows_its_data_in_spanish(qtbot: QtBot, home: Home,
                                                        spanish: None) -> None:
    with home.db.session() as session:
        session.add(Stakeholder(
            name="Koop Zubia", kind=StakeholderKind.COOPERATIVE, sectors=["ICA210", "panadería"],
            country_code="ES", locality="Bilbao",
            topics=[session.get(Topic, "social-impact-bonds")]))
    page = StakeholdersPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    qtbot.waitUntil(lambda: page.topic_filter.count() == 2)
    assert page.topic_filter.itemText(1) == "Bonos de impacto social y finanzas sociales"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    texts = [label.text() for label in page.detail.findChildren(QLabel)]
    assert "Cooperativa" in texts
    assert "Vivienda, panadería" in texts
    assert "Bonos de impacto social y finanzas sociales" in texts
    assert "Bilbao, España" in texts


def test_spanish_filters_are_never_cut_and_values_never_break(qtbot: QtBot, home: Home,
                                                               spanish: None) -> None:
    with home.db.session() as session:
        session.add(Stakeholder(name="Koop Zubia", kind=StakeholderKind.COOPERATIVE,
                                stage=CollaborationStage.CO_IMPLEMENTING, influence=4,
                                interest=3, trust=4))
    page = StakeholdersPage()
    qtbot.addWidget(page)
    page.resize(860, 660)  # the page of a 1100 pixels wide window
    page.show()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    bar = page.filter_bar
    assert bar.stage_filter.itemText(0) == "Todas las etapas"
    for combo in bar.combos():
        text = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
        assert combo.width() > text + combo.iconSize().width(), combo.itemText(0)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    labels = {label.text(): label for label in page.detail.findChildren(QLabel)}
    caption, value = labels["Etapa:"], labels["Co-implementando"]
    assert value.x() == caption.x() and value.y() > caption.y()  # under it, full width
    assert value.width() >= value.fontMetrics().horizontalAdvance("Co-implementando")
