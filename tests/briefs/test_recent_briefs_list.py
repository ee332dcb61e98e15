"""The Recent briefs tab shows when each brief was made whole, however long its title."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services.briefs.history import RecentBrief
from rrr_desktop.views.briefs.recent_briefs import RecentBriefsList
from rrr_desktop.views.common.labels import moment_label

MADE = datetime(2026, 12, 8, 1, 5, tzinfo=UTC)


def test_the_date_and_time_stay_whole_in_a_narrow_list(qtbot: QtBot, tmp_path: Path) -> None:
    title = "Nota informativa per l'incontro con Belo Horizonte – Bologna, dicembre 2026"
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4")
    widget = RecentBriefsList()
    qtbot.addWidget(widget)
    widget.resize(320, 300)
    widget.set_briefs([RecentBrief(1, "peer", title, "Belo Horizonte", path, MADE, {}, True)],
                      tmp_path)
    widget.show()
    qtbot.waitExposed(widget)
    item = widget.list.item(0)
    metrics = widget.list.fontMetrics()
    room = widget.list.viewport().width() - widget.list.visualItemRect(item).left() - 8
    text = item.text()
    seen = next(text[:n] for n in range(len(text), 0, -1)
                if metrics.horizontalAdvance(text[:n]) <= room)
    assert moment_label(MADE) in seen
    assert title in item.text() and title in item.toolTip() and str(path) in item.toolTip()
