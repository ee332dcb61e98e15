"""``Invite``: an email draft to the member cities' contact offices with the next
meeting as an iCalendar invitation (``METHOD:REQUEST`` with our contact office as
organizer, or ``PUBLISH`` when it has no address), for the officer's mail program.

Recipients are the email addresses written in each other member's contact office; the
body names the members without one, so the officer can add them by hand. The draft
is in English, the network's common language, like the bundle's draft.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.exchange.email_draft import Attachment, write_draft
from rrr_desktop.services.groups.calendar import calendar_text
from rrr_desktop.services.groups.shared import Group, Meeting
from rrr_desktop.text import email_addresses

CALENDAR_TYPE = ("text", "calendar")


def invitation_meeting(group: Group, now: datetime | None = None) -> Meeting:
    """The meeting an invitation is for: the next one; RejectedInput if none is planned."""
    meeting = group.next_meeting(now or datetime.now(UTC))
    if meeting is None:
        raise RejectedInput("workgroup.no_meetings", group=group.name)
    return meeting


def write_invitation(group: Group, eml_path: Path, meeting: Meeting | None = None,
                     now: datetime | None = None) -> Path:
    """Write the draft for ``meeting`` (default: the next one) to ``eml_path``."""
    meeting = meeting or invitation_meeting(group, now)
    others = [m for m in group.members if not m.is_ours]
    ours = next((m for m in group.members if m.is_ours), None)
    attendees = [(m.city, address) for m in others
                 for address in email_addresses(m.contact_office)[:1]]
    organizer = next(iter(email_addresses(ours.contact_office)), "") if ours else ""
    missing = [m.city for m in others if not email_addresses(m.contact_office)]
    # A request needs an organizer to answer to; without our office's address the
    # invitation is published instead (calendars still file it, and update it by UID).
    method = "REQUEST" if organizer else "PUBLISH"
    text = calendar_text(group, [meeting], method=method, now=now, organizer=organizer,
                         attendees=attendees if organizer else ())
    start = meeting.starts_at
    body = [f"Hello,\n\nYou are invited to the next meeting of the working group "
            f"\u201c{group.name}\u201d:\n",
            f"  {meeting.local_start():%A %d %B %Y, %H:%M} ({meeting.time_zone}), "
            f"{start:%H:%M} UTC, {meeting.duration_minutes} minutes"]
    if meeting.place:
        body.append(f"  Place: {meeting.place}")
    if meeting.link:
        body.append(f"  Online: {meeting.link}")
    if meeting.agenda:
        body += ["", "Agenda:", *(f"  {n}. {item}" for n, item in enumerate(meeting.agenda, 1))]
    body += ["", "The invitation is attached; your calendar shows it in your own time zone.",
             "", "Best regards,", ours.city if ours else ""]
    if missing:
        body += ["", f"(No contact office address for: {', '.join(missing)}.)"]
    try:
        write_draft(eml_path, f"Invitation: {group.name}, {meeting.local_start():%Y-%m-%d}",
                    "\n".join(body) + "\n",
                    [Attachment("invite.ics", CALENDAR_TYPE, text.encode("utf-8"),
                                {"method": method, "charset": "utf-8"})],
                    recipients=[address for _, address in attendees])
    except OSError as error:
        raise RejectedInput("workgroup.file_unwritable", field="file", path=eml_path,
                            reason=error.strerror or str(error)) from error
    return eml_path
