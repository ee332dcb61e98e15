"""The working group brief's content: for one meeting of a group, its purpose and
stage, members and what each brings, the agenda, decisions so far, open actions by
city and what changed since the last meeting."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import empty_note, heading, markup, numbered, paragraphs
from rrr_desktop.services.briefs.inputs import GroupBriefData
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.options import BriefOptions
from rrr_desktop.services.briefs.options import GroupSection as S
from rrr_desktop.services.briefs.provenance import taken_at
from rrr_desktop.services.briefs.styles import styles
from rrr_desktop.services.briefs.tables import data_table

Builder = Callable[[], list[Flowable]]


class GroupBrief:
    """Builds the flowables of one working group brief."""

    def __init__(self, data: GroupBriefData, options: BriefOptions, width: float) -> None:
        self.data = data
        self.options = options
        self.labels = Labels(options.language)
        self.width = width

    def story(self) -> list[Flowable]:
        builders: dict[S, Builder] = {
            S.PURPOSE: self._purpose, S.MEMBERS: self._members, S.AGENDA: self._agenda,
            S.DECISIONS: self._decisions, S.ACTIONS: self._actions, S.CHANGES: self._changes,
        }
        story: list[Flowable] = []
        chosen = [s for s in S if self.options.shows(s)]
        for number, section in enumerate(chosen, start=1):
            story += [heading(str(number), self.labels(section)), *builders[section]()]
        return story

    def _nothing(self) -> list[Flowable]:
        return [empty_note(self.labels("nothing_recorded"))]

    def _line(self, key: str, value: str) -> Paragraph:
        return Paragraph(markup(f"{self.labels(key)}: {value}"), styles().body)

    def _purpose(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = paragraphs(data.purpose) if data.purpose.strip() else []
        story += [self._line("stage", data.stage), self._line("col_lead", data.lead or "—")]
        if data.topics:
            story.append(self._line("col_topics", ", ".join(data.topics)))
        story.append(self._line("meeting", data.meeting or self.labels("no_meeting")))
        return story

    def _members(self) -> list[Flowable]:
        if not self.data.members:
            return self._nothing()
        rows = [[f"{m.city}\n{m.role}".strip(), "\n".join(m.offers) or "—",
                 "\n".join(m.wants) or "—"] for m in self.data.members]
        headers = [self.labels(k) for k in ("col_city", "col_offers_theme", "col_wants_theme")]
        return [data_table(headers, rows, [0.24, 0.38, 0.38], self.width)]

    def _agenda(self) -> list[Flowable]:
        return [numbered(self.data.agenda)] if self.data.agenda else self._nothing()

    def _decisions(self) -> list[Flowable]:
        if not self.data.decisions:
            return self._nothing()
        headers = [self.labels(k) for k in ("col_date", "col_decision")]
        return [data_table(headers, [list(d) for d in self.data.decisions], [0.16, 0.84],
                           self.width)]

    def _actions(self) -> list[Flowable]:
        if not self.data.actions:
            return self._nothing()
        late = self.labels("overdue")
        rows = [[a.owner, a.title, self.labels.short_date(a.due) if a.due else "—",
                 f"{a.status} ({late})" if a.overdue else a.status] for a in self.data.actions]
        headers = [self.labels(k) for k in ("col_city", "col_action", "col_due", "col_status")]
        return [data_table(headers, rows, [0.2, 0.48, 0.14, 0.18], self.width)]

    def _changes(self) -> list[Flowable]:
        since = (self.labels("since_meeting", date=taken_at(self.data.since, self.labels))
                 if self.data.since else self.labels("since_start"))
        story: list[Flowable] = [Paragraph(markup(since), styles().small)]
        if not self.data.changes:
            return [*story, *self._nothing()]
        rows = [[taken_at(c.on, self.labels), c.what, c.source or self.labels("made_here")]
                for c in self.data.changes]
        headers = [self.labels(k) for k in ("col_date", "col_what", "col_source")]
        return [*story, data_table(headers, rows, [0.2, 0.5, 0.3], self.width)]
