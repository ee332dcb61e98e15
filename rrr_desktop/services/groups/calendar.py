"""A group's meetings as iCalendar (RFC 5545), written by hand.

Each meeting is a VEVENT whose UID is the meeting's UUID (stable across cities and
exports) and whose SEQUENCE is the meeting's: a moved meeting updates the calendar
entry instead of adding one. Start and end are local times with a TZID, and each zone
used gets a VTIMEZONE built from the system's zone data: every UTC offset change in
the years of the meetings (and the year before), after an observance from 1970 with
the offset in force before them. Lines end in CRLF and are folded at 75 octets;
text values are escaped (backslash, semicolon, comma, newline).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rrr_desktop import __version__
from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file
from rrr_desktop.services.groups.shared import Group, Meeting

CRLF = "\r\n"
MAX_OCTETS = 75
UID_DOMAIN = "rrr-desktop.network"
PRODID = f"-//RRR peer-city network//RRR Desktop {__version__}//EN"
_SCAN_STEP = timedelta(hours=1)


def calendar_text(group: Group, meetings: Sequence[Meeting] | None = None, *,
                  method: str = "PUBLISH", now: datetime | None = None,
                  organizer: str = "", attendees: Iterable[tuple[str, str]] = ()) -> str:
    """The iCalendar text of ``meetings`` (default: all the group's). ``attendees`` are
    (name, email) pairs; ``organizer`` an email (both only for an invitation)."""
    chosen = list(group.meetings if meetings is None else meetings)
    stamp = _utc(now or datetime.now(UTC))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_escape(PRODID)}",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    years = [m.starts_at.year for m in chosen]
    for zone in sorted({m.time_zone for m in chosen}):
        lines += timezone_lines(zone, min(years) - 1, max(years) + 1)
    people = list(attendees)
    for meeting in chosen:
        lines += _event(group, meeting, stamp, organizer, people)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def write_ics(group: Group, path: Path) -> Path:
    """Write every meeting of ``group`` to ``path``; RejectedInput if it has none or the
    file cannot be written."""
    if not group.meetings:
        raise RejectedInput("workgroup.no_meetings", group=group.name)
    try:
        with atomic_file(path, "wb") as handle:
            handle.write(calendar_text(group).encode("utf-8"))
    except OSError as error:
        raise RejectedInput("workgroup.file_unwritable", field="file", path=path,
                            reason=error.strerror or str(error)) from error
    return path


def _event(group: Group, meeting: Meeting, stamp: str, organizer: str,
           attendees: Sequence[tuple[str, str]]) -> list[str]:
    zone = meeting.time_zone
    lines = ["BEGIN:VEVENT", f"UID:{meeting.uuid}@{UID_DOMAIN}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={zone}:{_local(meeting.starts_at, zone)}",
             f"DTEND;TZID={zone}:{_local(meeting.ends_at, zone)}",
             f"SEQUENCE:{meeting.sequence}", f"SUMMARY:{_escape(group.name)}",
             f"LAST-MODIFIED:{_utc(meeting.updated_at)}"]
    description = [group.purpose] if group.purpose else []
    description += [f"{number}. {item}" for number, item in enumerate(meeting.agenda, 1)]
    if description:
        lines.append(f"DESCRIPTION:{_escape(chr(10).join(description))}")
    where = ", ".join(part for part in (meeting.place, meeting.link) if part)
    if where:
        lines.append(f"LOCATION:{_escape(where)}")
    if meeting.link:
        lines.append(f"URL:{meeting.link}")
    if organizer:
        lines.append(f"ORGANIZER;CN={_quoted(group.lead_city)}:mailto:{organizer}")
    lines += [f"ATTENDEE;CN={_quoted(name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
              f"RSVP=TRUE:mailto:{email}" for name, email in attendees]
    lines.append("END:VEVENT")
    return lines


def timezone_lines(name: str, first_year: int, last_year: int) -> list[str]:
    """A VTIMEZONE for ``name`` covering the years ``first_year`` to ``last_year``."""
    zone = ZoneInfo(name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    initial = start.astimezone(zone)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    lines += _observance(initial, initial, datetime(1970, 1, 1))
    for before, after in _transitions(zone, start, end):
        offset = before.utcoffset()
        assert offset is not None
        local_start = (after.astimezone(UTC) + offset).replace(tzinfo=None)
        lines += _observance(before, after, local_start)
    lines.append("END:VTIMEZONE")
    return lines


def _transitions(zone: ZoneInfo, start: datetime, end: datetime
                 ) -> Iterator[tuple[datetime, datetime]]:
    """(last moment before, first moment after) each offset change between the times."""
    moment, offset = start, start.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + _SCAN_STEP
        if following.astimezone(zone).utcoffset() != offset:
            low, high = moment, following  # narrow down to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            high = high.replace(second=0, microsecond=0)
            if high.astimezone(zone).utcoffset() == offset:
                high += timedelta(minutes=1)
            yield (high - timedelta(minutes=1)).astimezone(zone), high.astimezone(zone)
            offset = following.astimezone(zone).utcoffset()
        moment = following


def _observance(before: datetime, after: datetime, local_start: datetime) -> list[str]:
    kind = "DAYLIGHT" if after.dst() else "STANDARD"
    return [f"BEGIN:{kind}", f"DTSTART:{local_start:%Y%m%dT%H%M%S}",
            f"TZOFFSETFROM:{_offset(before)}", f"TZOFFSETTO:{_offset(after)}",
            f"TZNAME:{_escape(after.tzname() or _offset(after))}", f"END:{kind}"]


def _offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _local(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%Y%m%dT%H%M%S}"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def _quoted(text: str) -> str:
    """A parameter value: quoted, without the characters a quoted value cannot hold."""
    return '"' + "".join(c for c in text if c not in '"\r\n') + '"'


def fold(line: str) -> str:
    """``line`` folded into pieces of at most 75 octets, never inside a character."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not pieces else MAX_OCTETS - 1  # a continuation starts with " "
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)
