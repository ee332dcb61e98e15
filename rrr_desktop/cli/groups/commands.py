"""``groups list``, ``create``, ``show``, ``meeting``, ``action``, ``action-status``,
``ics`` and ``invite``: working groups shared between cities on the command line.

Times are printed in the zone each meeting was planned in, with its UTC offset; the
JSON carries the UTC instant and the zone.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from rrr_desktop.messages import message_text
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.calendar import write_ics
from rrr_desktop.services.groups.invite import cities_without_address, write_invitation
from rrr_desktop.services.groups.proposals import MIN_MEMBERS
from rrr_desktop.services.groups.shared import (
    Action,
    Group,
    Meeting,
    find_action,
    find_group,
    stage_text,
    status_text,
    working_groups,
)
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.topics import resolve_topic


def _say(out: TextIO, code: str, **values: object) -> None:
    print(message_text(code, values), file=out)


def groups_list_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    groups = working_groups(home.db)
    if args.json:
        _dump([group_json(g) for g in groups], out)
        return 0
    if not groups:
        _say(out, "cli_groups.none_yet")
    now = datetime.now(UTC)
    for group in groups:
        _say(out, "cli_groups.listed", name=group.name,
             topics=" + ".join(group.topics) or message_text("cli_groups.no_topic"),
             lead=group.lead_city or message_text("cli_groups.no_lead"), stage=_stage(group))
        if len(group.members) < MIN_MEMBERS:
            _say(out, "cli_groups.too_small")
        for member in group.members:
            print(f"   - {member.city}" + (f": {member.reason}" if member.reason else ""),
                  file=out)
        upcoming = group.next_meeting(now)
        if upcoming is not None:
            _say(out, "cli_groups.next_meeting", when=_when(upcoming))
        open_actions = group.open_actions()
        if open_actions:
            _say(out, "cli_groups.open_actions", count=len(open_actions))
    return 0


def groups_create_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    topics = [resolve_topic(home.db, text).code for text in args.theme]
    members = [name for name in args.members.split(",") if name.strip()]
    created = editing.create_group(home.db, args.name, topics, members, lead=args.lead,
                                   purpose=args.purpose)
    group = find_group(home.db, str(created))
    _say(out, "cli_groups.created", name=group.name, id=group.uuid, lead=group.lead_city,
         members=", ".join(m.city for m in group.members))
    return 0


def groups_show_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    if args.json:
        _dump(group_json(group), out)
        return 0
    print(f"{group.name}  [{_stage(group)}]", file=out)
    _say(out, "cli_groups.themes",
         topics=", ".join(group.topics) or message_text("cli_groups.no_topic"))
    if group.purpose:
        _say(out, "cli_groups.purpose", purpose=group.purpose)
    lead = group.lead_city or message_text("cli_groups.no_lead")
    if group.source:
        _say(out, "cli_groups.lead_from", lead=lead, source=_source(group.source))
    else:
        _say(out, "cli_groups.lead", lead=lead)
    if group.withdrawn_at is not None:
        _say(out, "cli_groups.withdrawn", date=f"{group.withdrawn_at:%Y-%m-%d}")
    _say(out, "cli_groups.members", members=", ".join(m.city for m in group.members))
    for meeting in group.meetings:
        where = "".join(f", {part}" for part in (meeting.place, meeting.link) if part)
        _say(out, "cli_groups.meeting", when=_when(meeting), where=where)
        for item in meeting.agenda:
            _say(out, "cli_groups.agenda_item", item=item)
        for decision in meeting.decisions:
            _say(out, "cli_groups.decided", decision=decision)
    today = date.today()
    for action in group.actions:
        status = _status(action)
        who = ", ".join(part for part in (
            action.owner, message_text("cli_groups.due", {"date": action.due_on.isoformat()})
            if action.due_on else "") if part)
        details = who + "; " + (message_text("cli_groups.overdue", {"status": status})
                                if action.overdue(today) else status)
        if action.source:
            _say(out, "cli_groups.action_from", title=action.title, details=details,
                 source=_source(action.source))
        else:
            _say(out, "cli_groups.action", title=action.title, details=details)
    for note in group.member_notes:
        _say(out, "cli_groups.note", city=note.city, text=note.text)
    return 0


def groups_meeting_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    local = meetings.parse_local(args.at)
    meetings.plan_meeting(home.db, group.uuid, local, args.tz,
                          duration_minutes=args.minutes, place=args.place, link=args.link,
                          agenda=args.agenda)
    starts = meetings.instant(local, args.tz)
    _say(out, "cli_groups.meeting_planned", group=group.name, local=args.at, zone=args.tz,
         utc=f"{starts:%Y-%m-%d %H:%M}")
    return 0


def groups_action_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    due = actions.parse_due(args.due) if args.due else None
    actions.add_action(home.db, group.uuid, args.title, args.owner, due_on=due)
    _say(out, "cli_groups.action_added", title=args.title, group=group.name)
    return 0


def groups_action_status_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    action = find_action(group, args.title)
    status = actions.parse_status(args.status)
    actions.change_action(home.db, action.uuid, status=status, notes=args.notes)
    _say(out, "cli_groups.action_status", title=action.title, status=status_text(status))
    return 0


def groups_ics_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    written = write_ics(group, Path(args.file))
    _say(out, "cli_groups.ics_written", group=group.name, file=written,
         count=len(group.meetings))
    return 0


def groups_invite_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    group = find_group(home.db, args.name)
    written = write_invitation(group, Path(args.file))
    _say(out, "cli_groups.invite_written", file=written)
    if missing := cities_without_address(group):
        _say(out, "invite.no_address", cities=", ".join(missing))
    return 0


def group_json(group: Group) -> dict[str, Any]:
    return {
        "id": str(group.uuid),
        "name": group.name,
        "topics": list(group.topics),
        "topic_ids": list(group.topic_ids),
        "purpose": group.purpose,
        "stage": group.stage.value,
        "lead": group.lead_city or None,
        "lead_id": str(group.lead_uuid) if group.lead_uuid else None,
        "revision": group.revision,
        "source": _source_json(group.source),
        "withdrawn_at": _iso(group.withdrawn_at) if group.withdrawn_at else None,
        "members": [{"city": m.city, "id": str(m.uuid), "reason": m.reason}
                    for m in group.members],
        "notes": group.notes,
        "meetings": [_meeting_json(m) for m in group.meetings],
        "actions": [_action_json(a) for a in group.actions],
        "member_notes": [{"city": n.city, "text": n.text, "source": _source_json(n.source)}
                         for n in group.member_notes],
    }


def _meeting_json(meeting: Meeting) -> dict[str, Any]:
    return {"id": str(meeting.uuid), "starts_at": _iso(meeting.starts_at),
            "time_zone": meeting.time_zone,
            "local_start": meeting.local_start().isoformat(timespec="minutes"),
            "duration_minutes": meeting.duration_minutes, "place": meeting.place,
            "link": meeting.link, "agenda": list(meeting.agenda), "minutes": meeting.minutes,
            "decisions": list(meeting.decisions), "sequence": meeting.sequence,
            "source": _source_json(meeting.source)}


def _action_json(action: Action) -> dict[str, Any]:
    return {"id": str(action.uuid), "title": action.title, "owner": action.owner,
            "owner_id": str(action.owner_uuid),
            "due_on": action.due_on.isoformat() if action.due_on else None,
            "status": action.status.value, "notes": action.notes,
            "overdue": action.overdue(date.today()), "source": _source_json(action.source)}


def _source_json(source: Any) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"file": source.file_name, "sender": source.sender,
            "bundle_created_at": _iso(source.bundle_created_at),
            "imported_at": _iso(source.imported_at)}


def _source(source: Any) -> str:
    return message_text("cli_groups.source", {"city": source.sender, "file": source.file_name})


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _when(meeting: Meeting) -> str:
    """The meeting in its own zone and, where this computer's clock differs, in ours too
    (the network spans UTC-8 to UTC+2)."""
    local = meeting.local_start()
    text = f"{local:%Y-%m-%d %H:%M} {meeting.time_zone} (UTC{local:%z})"
    mine = meeting.starts_at.astimezone()
    if mine.utcoffset() == local.utcoffset():
        return text
    shown = f"{mine:%H:%M}" if mine.date() == local.date() else f"{mine:%Y-%m-%d %H:%M}"
    return text + message_text("cli_groups.on_this_computer", {"time": shown})


def _stage(group: Group) -> str:
    return stage_text(group.stage)


def _status(action: Action) -> str:
    return status_text(action.status)


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    print(file=out)
