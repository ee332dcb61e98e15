"""The working group brief's data: the group for one meeting (the next one, else the
last), what each member brings to the theme, decisions so far, open actions by city
and what changed since the last meeting."""

from __future__ import annotations

from datetime import datetime

from rrr_desktop.models.database import Database
from rrr_desktop.services.briefs.data_labels import DataLabels
from rrr_desktop.services.briefs.inputs import (
    GroupActionRow,
    GroupBriefData,
    GroupChangeRow,
    GroupMemberRow,
    Provenance,
)
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.sources import bundles_used
from rrr_desktop.services.groups.shared import (
    Meeting,
    Source,
    find_group,
    stage_text,
    status_text,
)
from rrr_desktop.services.groups.theme import member_themes
from rrr_desktop.text import normalise

CHANGES_SHOWN = 40
_CHANGE_KEYS = {"group": "change_group", "meeting": "change_meeting", "action": "change_action",
                "note": "change_note"}


def group_brief_data(db: Database, name: str, options: BriefOptions,
                     now: datetime) -> GroupBriefData:
    """Everything the group brief prints, as of ``now`` (an aware datetime)."""
    if options.kind != BriefKind.GROUP:
        raise ValueError("group_brief_data needs group brief options")
    group = find_group(db, name)
    labels = Labels(options.language)
    language = options.language
    meeting = group.next_meeting(now) or group.last_meeting(now)
    last = group.last_meeting(now)
    names = DataLabels(language)
    themes = member_themes(db, group, names.topic)
    with db.reading() as connection:
        bundles = bundles_used(connection, [m.uuid for m in group.members if not m.is_ours])
    members = tuple(GroupMemberRow(t.city, labels("lead") if t.uuid == group.lead_uuid else "",
                                   t.offers, t.wants) for t in themes)
    today = now.date()
    actions = tuple(GroupActionRow(a.owner, a.title, a.due_on, status_text(a.status, language),
                                   a.overdue(today))
                    for a in sorted(group.open_actions(),
                                    key=lambda a: (normalise(a.owner), a.due_on or today,
                                                   a.title)))
    decisions = tuple((labels.short_date(m.local_start().date()), decision)
                      for m in group.meetings if m.starts_at <= now or m is meeting
                      for decision in m.decisions)
    since = last.local_start() if last is not None else None
    changes = tuple(GroupChangeRow(c.updated_at.astimezone(now.tzinfo),
                                   f"{labels(_CHANGE_KEYS[c.kind])}: {c.title}",
                                   _source(c.source))
                    for c in group.changes_since(since)[:CHANGES_SHOWN])
    return GroupBriefData(
        our_city=next((m.city for m in group.members if m.is_ours), ""), name=group.name,
        provenance=Provenance(now, bundles), purpose=group.purpose,
        stage=stage_text(group.stage, language), lead=group.lead_city,
        topics=tuple(names.topic(topic_id, label)
                     for topic_id, label in zip(group.topic_ids, group.topics, strict=True)),
        meeting=_when(meeting, labels) if meeting else "",
        members=members, agenda=meeting.agenda if meeting else (), decisions=decisions,
        actions=actions, changes=changes, since=since)


def _when(meeting: Meeting, labels: Labels) -> str:
    local = meeting.local_start()
    place = ", ".join(p for p in (meeting.place, meeting.link) if p)
    text = labels("meeting_when", local=labels.moment(local), zone=meeting.time_zone,
                  utc=f"{meeting.starts_at:%H:%M}", minutes=meeting.duration_minutes)
    return f"{text} · {place}" if place else text


def _source(source: Source | None) -> str:
    return "" if source is None else f"{source.sender} — {source.file_name}"
