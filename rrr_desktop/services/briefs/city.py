"""The city brief's content: the six parts of a briefing note, with our data in
Background and Current situation."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from rrr_desktop.services.briefs import charts
from rrr_desktop.services.briefs.blocks import (
    empty_note,
    facts_table,
    heading,
    label_line,
    markup,
    paragraphs,
    rich_item,
    table_style,
)
from rrr_desktop.services.briefs.inputs import CityBriefData, CitySummary, TopicNote
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.narrative import default_narrative
from rrr_desktop.services.briefs.options import BriefOptions
from rrr_desktop.services.briefs.options import CitySection as S
from rrr_desktop.services.briefs.styles import styles
from rrr_desktop.services.briefs.tables import data_table, key_stakeholders_table

Builder = Callable[[], list[Flowable]]


def profile_facts(city: CitySummary, labels: Labels, width: float) -> list[Flowable]:
    """Country, region, population, languages and website, then the summary."""
    facts = [
        (labels("country"), city.country),
        (labels("region"), city.region),
        (labels("population"),
         labels.number(city.population) if city.population is not None else ""),
        (labels("languages"), ", ".join(city.languages)),
        (labels("website"), city.website),
    ]
    story: list[Flowable] = []
    if any(value.strip() for _, value in facts):
        story += [facts_table(facts, width), Spacer(1, 6)]
    return story + paragraphs(city.summary)


class CityBrief:
    """Builds the flowables of one city brief."""

    def __init__(self, data: CityBriefData, options: BriefOptions, width: float) -> None:
        self.data = data
        self.options = options
        self.labels = Labels(options.language)
        self.width = width

    def story(self) -> list[Flowable]:
        narrative = self.data.narrative or default_narrative(self.data, self.options.language)
        parts: list[tuple[S, str, list[tuple[S, Builder]]]] = [
            (S.PURPOSE, narrative.purpose, []),
            (S.BACKGROUND, narrative.background, [
                (S.PROFILE, self._profile), (S.OFFERS_WANTS, self._offers_wants)]),
            (S.CURRENT_SITUATION, narrative.current_situation, [
                (S.STAKEHOLDER_CHARTS, self._charts), (S.STAKEHOLDER_MAP, self._map),
                (S.KEY_STAKEHOLDERS, self._key_stakeholders), (S.FOLLOW_UPS, self._follow_ups),
                (S.PEERS, self._peers), (S.WORKING_GROUPS, self._working_groups),
                (S.EXCHANGES, self._exchanges)]),
            (S.CONSIDERATIONS, narrative.considerations, []),
            (S.OPTIONS, narrative.options, []),
            (S.RECOMMENDATION, narrative.recommendation, []),
        ]
        story: list[Flowable] = []
        number = 0
        for section, text, subsections in parts:
            chosen = [(s, build) for s, build in subsections if self.options.shows(s)]
            body = paragraphs(text) if self.options.shows(section) else []
            if not body and not chosen:
                continue
            number += 1
            story += [heading(str(number), self.labels(section)), *body]
            for sub_number, (sub, build) in enumerate(chosen, start=1):
                story += [heading(f"{number}.{sub_number}", self.labels(sub), level=2),
                          *build()]
        return story

    def _nothing(self) -> list[Flowable]:
        return [empty_note(self.labels("nothing_recorded"))]

    def _profile(self) -> list[Flowable]:
        return profile_facts(self.data.city, self.labels, self.width) or self._nothing()

    def _topic_list(self, title: str, topics: tuple[TopicNote, ...]) -> list[Flowable]:
        items: list[Flowable] = [rich_item(t.topic, t.note) for t in topics]
        return [label_line(title), *(items or self._nothing())]

    def _offers_wants(self) -> list[Flowable]:
        return (self._topic_list(self.labels("we_offer"), self.data.offers)
                + self._topic_list(self.labels("we_want"), self.data.wants))

    def _charts(self) -> list[Flowable]:
        data = self.data
        if not any(count.count for count in (*data.by_kind, *data.by_stage)):
            return self._nothing()  # an empty register: no empty charts
        total = sum(c.count for c in data.by_kind) or sum(c.count for c in data.by_stage)
        half = (self.width - 18) / 2
        pair = Table([[charts.bar_chart(self.labels("by_kind"), data.by_kind, half, self.labels),
                       charts.bar_chart(self.labels("by_stage"), data.by_stage, half,
                                        self.labels)]],
                     colWidths=[half + 18, half], hAlign="LEFT")
        pair.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
        total_line = Paragraph(
            markup(self.labels("stakeholders_total", count=total)),
            styles().body)
        total_line.keepWithNext = 1  # the count goes with its charts
        return [total_line, pair]

    def _map(self) -> list[Flowable]:
        if not self.data.map_points:
            return self._nothing()
        stages = [c.label for c in self.data.by_stage]
        drawing = charts.influence_interest_map(self.data.map_points, stages, self.labels,
                                                self.width)
        return [drawing, Spacer(1, 4), Paragraph(markup(self.labels("map_caption")),
                                                 styles().small)]

    def _key_stakeholders(self) -> list[Flowable]:
        if self.data.nobody_stands_out:  # the alphabet would pick them: say so instead
            said: list[Flowable] = [Paragraph(markup(self.labels("nobody_stands_out")),
                                              styles().body)]
            if self.options.shows(S.STAKEHOLDER_CHARTS):
                return said  # the register by kind is charted above
            rows = [[c.label, self.labels.number(c.count)] for c in self.data.by_kind]
            return [*said, data_table([self.labels("col_kind"), self.labels("col_count")],
                                      rows, [0.6, 0.4], self.width * 0.6)]
        if not self.data.key_stakeholders:
            return self._nothing()
        return [key_stakeholders_table(self.data.key_stakeholders, self.labels, self.width,
                                       self.options.include_personal_data)]

    def _follow_ups(self) -> list[Flowable]:
        if not self.data.overdue:
            return self._nothing()
        rows = [[self.labels.short_date(f.due), f.stakeholder, f.action, f.owner]
                for f in self.data.overdue]
        headers = [self.labels(k) for k in ("col_due", "col_name", "col_action", "col_owner")]
        story: list[Flowable] = []
        if self.data.overdue_total > len(self.data.overdue):
            story.append(Paragraph(markup(self.labels(
                "oldest_of", shown=len(self.data.overdue),
                count=self.labels.number(self.data.overdue_total))), styles().small))
        return [*story, data_table(headers, rows, [0.13, 0.27, 0.38, 0.22], self.width)]

    def _peers(self) -> list[Flowable]:
        if not self.data.peers:
            return self._nothing()
        rows = [[f"{p.city}\n{p.country}".strip(), self.labels.points(p.score),
                 "\n".join(f"• {reason}" for reason in p.reasons)] for p in self.data.peers]
        headers = [self.labels(k) for k in ("col_city", "col_score", "col_reasons")]
        return [data_table(headers, rows, [0.24, 0.11, 0.65], self.width)]

    def _working_groups(self) -> list[Flowable]:
        if not self.data.working_groups:
            return self._nothing()
        rows = [[g.name, ", ".join(g.topics), ", ".join(g.members), g.lead]
                for g in self.data.working_groups]
        headers = [self.labels(k) for k in ("col_name", "col_topics", "col_members", "col_lead")]
        return [data_table(headers, rows, [0.24, 0.24, 0.34, 0.18], self.width)]

    def _exchanges(self) -> list[Flowable]:
        if not self.data.exchanges:
            return self._nothing()
        rows = [[self.labels.short_date(e.on), e.peer, e.what] for e in self.data.exchanges]
        headers = [self.labels(k) for k in ("col_date", "col_peer", "col_what")]
        return [data_table(headers, rows, [0.14, 0.22, 0.64], self.width)]

