"""Which columns of the register show, in what order and width; remembered in settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.table_model import StakeholderTableModel

NAME_WIDTH = 240
# Room beside a cell's text: the 2-pixel focus margin Qt's styles give each side
# (PM_FocusFrameHMargin: asking the style for it cost start-up about 5 ms, the first use
# of QStyle from Python) and some air.
CELL_PADDING = 2 * 2 + 16


class ColumnChooser(QObject):
    """Checkable actions, one per column (the name column always shows).

    The actions appear when the header is right-clicked; the main window can put
    them in a View menu too (``chooser.actions``). The header's state (shown
    columns, order, widths) is saved to ``settings`` on every change.
    """

    def __init__(self, table: QTableView, settings: Settings | None) -> None:
        super().__init__(table)
        self._header = table.horizontalHeader()
        self._settings = settings
        model = table.model()
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
        if saved is not None:
            self._header.restoreState(saved)
        else:
            self._fit(table)
        self._header.setSectionHidden(StakeholderTableModel.NAME, False)
        self._sync_actions()
        self._header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._header.customContextMenuRequested.connect(self._menu)
        self._header.sectionMoved.connect(self._save)
        self._header.sectionResized.connect(self._save)

    def _fit(self, table: QTableView) -> None:
        """First widths: every kind, stage and date whole (free text columns keep the
        default width, the name a generous one); the list scrolls sideways if need be."""
        model = table.model()
        assert isinstance(model, StakeholderTableModel)
        metrics = table.fontMetrics()
        for column in range(model.columnCount()):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal)),
                     *model.typical_texts(column)]
            widest = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
            if column == StakeholderTableModel.NAME:
                widest = max(widest, NAME_WIDTH)
            elif not model.typical_texts(column):
                widest = max(widest, self._header.defaultSectionSize())
            self._header.resizeSection(column, widest)

    def _sync_actions(self) -> None:
        for action in self.actions:
            action.blockSignals(True)
            action.setChecked(not self._header.isSectionHidden(int(action.data())))
            action.blockSignals(False)

    def _show_column(self, column: int, shown: bool) -> None:
        self._header.setSectionHidden(column, not shown)
        if shown and self._header.sectionSize(column) < self._header.minimumSectionSize():
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
