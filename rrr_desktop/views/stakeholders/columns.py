"""Which columns of the register show, in what order and width; remembered in settings.

Until the officer sizes a column (or when nothing is remembered), the shown columns
share the list's width: a kind, stage or date column as wide as its longest text, up to
about :data:`CAP_CHARS` characters (a longer kind, "Associação / organização sem fins
lucrativos", ends in "…" and reads whole in its tool tip), free text the default width,
the name the rest. When that is more than the list's width, the free text columns give
up room first, then the name, then the kinds, stages and dates, each down to a minimum,
so that every column stays in view rather than the list scrolling sideways; a cut text
ends in "…", whole in the cell's tool tip (as the table model gives every cell).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.table_model import StakeholderTableModel

NAME_WIDTH = 240
# Room beside a cell's text: the 2-pixel focus margin Qt's styles give each side
# (PM_FocusFrameHMargin: asking the style for it cost start-up about 5 ms, the first use
# of QStyle from Python) and some air.
CELL_PADDING = 2 * 2 + 16
CAP_CHARS = 24  # the widest a column of fixed words (kinds, stages) grows, in characters
# The narrowest a column is made to fit the list's width, in characters.
LEAST_CHARS = 10  # a kind, stage or date
FREE_LEAST_CHARS = 6  # district, owner, tags
NAME_LEAST_CHARS = 20
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class ColumnChooser(QObject):
    """Checkable actions, one per column (the name column always shows).

    The actions appear when the header is right-clicked; the main window can put
    them in a View menu too (``chooser.actions``). The header's state (shown
    columns, order, widths) is saved to ``settings`` on every change the officer makes;
    a column sized by the officer ends the fitting to the list's width (``fitting``).
    """

    def __init__(self, table: QTableView, settings: Settings | None) -> None:
        super().__init__(table)
        self._table = table
        self._header = table.horizontalHeader()
        self._settings = settings
        model = table.model()
        assert isinstance(model, StakeholderTableModel)
        self._model = model
        self.actions: list[QAction] = []
        for column in range(model.columnCount()):
            if column == StakeholderTableModel.NAME:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, self)
            action.setCheckable(True)
            action.setData(column)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            self.actions.append(action)
        for column in StakeholderTableModel.OPTIONAL_COLUMNS:
            self._header.setSectionHidden(column, True)
        saved = settings.stakeholder_columns if settings is not None else None
        # True until the officer sizes a column: the columns follow the list's width.
        self.fitting = saved is None
        self._pressed = False  # a mouse button is down on the header
        self._sizing = False  # the columns are being fitted here
        if saved is not None:
            self._header.restoreState(saved)
            self._cap()
        self._header.setSectionHidden(StakeholderTableModel.NAME, False)
        self._sync_actions()
        self._header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._header.customContextMenuRequested.connect(self._menu)
        self._header.sectionMoved.connect(self._save)
        self._header.sectionResized.connect(self._resized)
        self._list_area = table.viewport()
        self._header.viewport().installEventFilter(self)
        self._list_area.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._list_area:
            if event.type() == QEvent.Type.Resize and self.fitting:
                self.fit()
        elif event.type() in _PRESSES:
            self._pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False

    def _resized(self) -> None:
        if self._sizing:
            return
        if self._pressed:  # dragged (or double-clicked) by the officer: theirs from now on
            self.fitting = False
        if not self.fitting:
            self._save()

    def _cap_width(self) -> int:
        return self._table.fontMetrics().averageCharWidth() * CAP_CHARS + CELL_PADDING

    def _wanted(self, column: int) -> int:
        """The width ``column`` takes when there is room: its longest kind, stage or date
        (capped) and its title whole; free text the default width; the name more."""
        texts = self._model.typical_texts(column)
        title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        titled = self._header.fontMetrics().horizontalAdvance(title) + CELL_PADDING
        if column == StakeholderTableModel.NAME:
            return max(titled, NAME_WIDTH)
        if not texts:
            return max(titled, self._header.defaultSectionSize())
        metrics = self._table.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
        return min(max(titled, widest), self._cap_width())

    def _least(self, column: int) -> int:
        if column == StakeholderTableModel.NAME:
            chars = NAME_LEAST_CHARS
        else:
            chars = LEAST_CHARS if self._model.typical_texts(column) else FREE_LEAST_CHARS
        return self._table.fontMetrics().averageCharWidth() * chars + CELL_PADDING

    def fit(self) -> None:
        """Share the list's width among the shown columns (see the module's text): when
        they want more, the free text columns give up room first, then the name, then
        the kinds, stages and dates."""
        room = self._list_area.width()
        shown = [c for c in range(self._model.columnCount())
                 if not self._header.isSectionHidden(c)]
        if room <= 0 or not shown:
            return
        sizes = {c: self._wanted(c) for c in shown}
        excess = sum(sizes.values()) - room
        if excess < 0:
            sizes[StakeholderTableModel.NAME] -= excess  # the name gets the room left
        fixed_words = [c for c in shown if self._model.typical_texts(c)]
        free = [c for c in shown if c not in fixed_words and c != StakeholderTableModel.NAME]
        for tier in (free, [StakeholderTableModel.NAME], fixed_words):
            if excess <= 0:
                break
            slack = {c: max(0, sizes[c] - self._least(c)) for c in tier}
            spare = sum(slack.values())
            if spare > 0:
                share = min(1.0, excess / spare)
                for column in tier:
                    given = math.ceil(slack[column] * share)
                    sizes[column] -= given
                    excess -= given
        self._sizing = True
        for column, size in sizes.items():
            self._header.resizeSection(column, size)
        self._sizing = False

    def _cap(self) -> None:
        """A remembered kind or stage column no wider than the cap (remembered from
        before there was one, it pushed the other columns out of view)."""
        for column in range(self._model.columnCount()):
            if self._model.typical_texts(column):
                size = self._header.sectionSize(column)
                self._header.resizeSection(column, min(size, self._cap_width()))

    def _sync_actions(self) -> None:
        for action in self.actions:
            action.blockSignals(True)
            action.setChecked(not self._header.isSectionHidden(int(action.data())))
            action.blockSignals(False)

    def _show_column(self, column: int, shown: bool) -> None:
        self._header.setSectionHidden(column, not shown)
        if self.fitting:
            self.fit()
        elif shown and self._header.sectionSize(column) < self._header.minimumSectionSize():
            self._header.resizeSection(column, self._header.defaultSectionSize())
        self._save()

    def _save(self) -> None:
        if self._settings is not None:
            self._settings.stakeholder_columns = self._header.saveState()

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self._header)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Columns"))
        menu.addActions(self.actions)
        menu.popup(self._header.mapToGlobal(position))
