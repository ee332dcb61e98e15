"""``Invite``: an email draft to the member cities' contact offices with the next
meeting as an iCalendar invitation (``METHOD:REQUEST`` with our contact office as
organizer, or ``PUBLISH`` when it has no address), for the officer's mail program.

Recipients are the email addresses written in each other member's contact office; the
members without one (:func:`cities_without_address`) are told to the officer by the
window or the command line, never written into the mail the partners read. The draft
is in the officer's language, then again in English, the network's working language,
for the members who speak another: the officer reads it, and can rewrite it, before
sending.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message_text
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.exchange.email_draft import Attachment, write_draft
from rrr_desktop.services.groups.calendar import calendar_text
from rrr_desktop.services.groups.shared import Group, Meeting
from rrr_desktop.text import email_addresses

CALENDAR_TYPE = ("text", "calendar")
# The network's working language (the OECD's, the project's news): the invitation says
# it again in this one after the officer's, for members who speak another.
NETWORK_LANGUAGE = "en"


def invitation_meeting(group: Group, now: datetime | None = None) -> Meeting:
    """The meeting an invitation is for: the next one; RejectedInput if none is planned."""
    meeting = group.next_meeting(now or datetime.now(UTC))
    if meeting is None:
        raise RejectedInput("workgroup.no_meetings", group=group.name)
    return meeting


def cities_without_address(group: Group) -> list[str]:
    """The other members whose contact office gives no email address: the draft has no
    recipient for them, and the officer adds theirs by hand."""
    return [m.city for m in group.members if not m.is_ours
            and not email_addresses(m.contact_office)]


def _body(group: Group, meeting: Meeting, language: str) -> list[str]:
    """The invitation's lines in ``language``."""
    local = meeting.local_start()
    dates = Labels(language)
    body = [message_text("invite.greeting", {"group": group.name}, language),
            message_text("invite.when", {
                "date": dates.long_date(local.date()), "time": f"{local:%H:%M}",
                "zone": meeting.time_zone, "utc": f"{meeting.starts_at:%H:%M}",
                "minutes": meeting.duration_minutes}, language)]
    if meeting.place:
        body.append(message_text("invite.place", {"place": meeting.place}, language))
    if meeting.link:
        body.append(message_text("invite.online", {"link": meeting.link}, language))
    if meeting.agenda:
        body += ["", message_text("invite.agenda", language=language),
                 *(f"  {n}. {item}" for n, item in enumerate(meeting.agenda, 1))]
    ours = next((m.city for m in group.members if m.is_ours), "")
    return [*body, "", message_text("invite.attached", language=language), "",
            message_text("invite.regards", language=language), ours]


def write_invitation(group: Group, eml_path: Path, meeting: Meeting | None = None,
                     now: datetime | None = None) -> Path:
    """Write the draft for ``meeting`` (default: the next one) to ``eml_path``."""
    meeting = meeting or invitation_meeting(group, now)
    others = [m for m in group.members if not m.is_ours]
    ours = next((m for m in group.members if m.is_ours), None)
    attendees = [(m.city, address) for m in others
                 for address in email_addresses(m.contact_office)[:1]]
    organizer = next(iter(email_addresses(ours.contact_office)), "") if ours else ""
    # A request needs an organizer to answer to; without our office's address the
    # invitation is published instead (calendars still file it, and update it by UID).
    method = "REQUEST" if organizer else "PUBLISH"
    text = calendar_text(group, [meeting], method=method, now=now, organizer=organizer,
                         attendees=attendees if organizer else ())
    local = meeting.local_start()
    language = current_language()
    dates = Labels(language)
    body = _body(group, meeting, language)
    if language != NETWORK_LANGUAGE:  # every member reads the network's language
        body += ["", "—" * 24, "", *_body(group, meeting, NETWORK_LANGUAGE)]
    try:
        write_draft(eml_path, message_text("invite.subject", {
                        "group": group.name, "date": dates.short_date(local.date())}),
                    "\n".join(body) + "\n",
                    [Attachment(message_text("file_name.invitation") + ".ics", CALENDAR_TYPE,
                                text.encode("utf-8"), {"method": method, "charset": "utf-8"})],
                    recipients=[address for _, address in attendees])
    except OSError as error:
        raise RejectedInput("workgroup.file_unwritable", field="file", path=eml_path,
                            reason=error.strerror or str(error)) from error
    return eml_path
