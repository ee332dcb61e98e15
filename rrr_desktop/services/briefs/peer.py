"""The peer meeting brief's content: one peer city, what to learn and offer, and
what to raise at the meeting."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Paragraph  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import (
    bullets,
    empty_note,
    heading,
    label_line,
    markup,
    numbered,
    paragraphs,
    rich_item,
)
from rrr_desktop.services.briefs.city import profile_facts
from rrr_desktop.services.briefs.inputs import PeerBriefData, Practice, ReasonedTopic
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.options import BriefOptions
from rrr_desktop.services.briefs.options import PeerSection as S
from rrr_desktop.services.briefs.styles import styles
from rrr_desktop.services.briefs.tables import data_table

Builder = Callable[[], list[Flowable]]
HEADING_KEYS = {S.PROFILE: "peer_profile", S.EXCHANGES: "exchange_history"}


class PeerBrief:
    """Builds the flowables of one peer meeting brief."""

    def __init__(self, data: PeerBriefData, options: BriefOptions, width: float) -> None:
        self.data = data
        self.options = options
        self.labels = Labels(options.language)
        self.width = width

    def story(self) -> list[Flowable]:
        builders: dict[S, Builder] = {
            S.PROFILE: self._profile,
            S.LEARN: lambda: self._topics(self.data.learn),
            S.OFFER: lambda: self._topics(self.data.offer),
            S.PRACTICES: self._practices,
            S.SHARED_STAKEHOLDERS: self._shared,
            S.EXCHANGES: self._exchanges,
            S.OPEN_QUESTIONS: self._questions,
        }
        # Before every section: any of them may show a text in the peer's language.
        story: list[Flowable] = [empty_note(self.data.texts_note)] if self.data.texts_note else []
        chosen = [s for s in S if self.options.shows(s)]
        for number, section in enumerate(chosen, start=1):
            title = self.labels(HEADING_KEYS.get(section, section))
            story += [heading(str(number), title), *builders[section]()]
        return story

    def _nothing(self) -> list[Flowable]:
        return [empty_note(self.labels("nothing_recorded"))]

    def _profile(self) -> list[Flowable]:
        story = profile_facts(self.data.peer, self.labels, self.width)
        if self.data.match_score is not None:
            score = self.labels.points(self.data.match_score)
            story.append(Paragraph(markup(self.labels("match_score", score=score)),
                                   styles().small))
        return story or self._nothing()

    def _topics(self, topics: tuple[ReasonedTopic, ...]) -> list[Flowable]:
        story: list[Flowable] = []
        for topic in topics:
            item: list[Flowable] = [rich_item(topic.topic)]
            if topic.reasons:
                item.append(bullets(topic.reasons))
            story.append(KeepTogether(item))
        return story or self._nothing()

    def _practice(self, practice: Practice) -> list[Flowable]:
        facts = [practice.kind, practice.stage]
        if practice.year_started:
            facts.append(self.labels("started_in", year=practice.year_started))
        story: list[Flowable] = [label_line(practice.title)]
        details = " · ".join(f for f in facts if f.strip())
        if details:
            story.append(Paragraph(markup(details), styles().small))
        story += paragraphs(practice.description)
        if practice.link.strip():
            story.append(Paragraph(markup(practice.link), styles().small))
        return story

    def _practices(self) -> list[Flowable]:
        return [f for p in self.data.practices for f in self._practice(p)] or self._nothing()

    def _shared(self) -> list[Flowable]:
        if not self.data.shared_stakeholders:
            return self._nothing()
        rows = [[s.name, s.kind, s.note] for s in self.data.shared_stakeholders]
        headers = [self.labels(k) for k in ("col_name", "col_kind", "col_note")]
        return [data_table(headers, rows, [0.34, 0.2, 0.46], self.width)]

    def _exchanges(self) -> list[Flowable]:
        if not self.data.exchanges:
            return self._nothing()
        rows = [[self.labels.short_date(e.on), e.what] for e in self.data.exchanges]
        headers = [self.labels(k) for k in ("col_date", "col_what")]
        return [data_table(headers, rows, [0.16, 0.84], self.width)]

    def _questions(self) -> list[Flowable]:
        questions = [q for q in self.data.open_questions if q.strip()]
        return [numbered(questions)] if questions else self._nothing()
