"""The working groups the matching proposes for the network, each member with why it is
in, on the Peer cities page; "Start this group…" asks the Working groups page to make
one (the view only shows and asks)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from rrr_desktop.services.peers.reasons import member_sentence
from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label

if TYPE_CHECKING:
    from rrr_desktop.services.groups.proposals import GroupProposal

_Role = Qt.ItemDataRole.UserRole


def proposal_key(topic_ids: tuple[str, ...]) -> frozenset[str]:
    """Proposals and groups about the same themes match: the group was started from it."""
    return frozenset(topic_ids)


class ProposedGroupsView(QWidget):
    startRequested = Signal(object)  # GroupProposal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals: list[GroupProposal] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Proposed working groups"))
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.hint = plain_label(self.tr(
            "Groups of three to six cities that the matching proposes for the network, "
            "around topics some want to learn and others offer; under each city, why it is "
            "in. Start one to plan its meetings and actions on the Working groups page."),
            role="hint")
        self.start_button = QPushButton(self.tr("&Start this group…"))
        self.start_button.setToolTip(self.tr(
            "Make a working group of our city and these cities: check its name, members and "
            "lead, then find it on the Working groups page"))
        self.start_button.clicked.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._enable()

    def show_proposals(self, proposals: list[GroupProposal],
                       started: Mapping[frozenset[str], str]) -> None:
        """``started``: the name of the group we already have about a proposal's themes."""
        chosen = self.current_proposal()
        self.proposals = proposals
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for number, group in enumerate(proposals):
            text = self.tr("{topics} (lead: {lead})").format(
                topics=" + ".join(group.topics), lead=show_controls(group.lead_city))
            name = started.get(proposal_key(group.topic_ids))
            if name is not None:
                text += " · " + self.tr("started as “{name}”").format(name=show_controls(name))
            item = QTreeWidgetItem([text])
            item.setData(0, _Role, number)
            item.setFont(0, bold)
            for member in group.members:
                child = QTreeWidgetItem(item, [show_controls(member.city)])
                for reason in member.reasons:
                    QTreeWidgetItem(child, [member_sentence(reason)])
            self.tree.addTopLevelItem(item)
            if number == 0 or chosen == group:
                self.tree.setCurrentItem(item)
                item.setExpanded(True)
                for index in range(item.childCount()):
                    if expandable := item.child(index):
                        expandable.setExpanded(True)
        if not proposals:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr(
                "No group to propose yet: groups form around topics that some cities want "
                "to learn and others offer (the cities' profiles).")]))
        self._enable()

    def current_proposal(self) -> GroupProposal | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        number = item.data(0, _Role) if item is not None else None
        return self.proposals[int(number)] if isinstance(number, int) else None

    def _start(self) -> None:
        proposal = self.current_proposal()
        if proposal is not None:
            self.startRequested.emit(proposal)

    def _enable(self) -> None:
        self.start_button.setEnabled(self.current_proposal() is not None)
