"""The arguments of the working-group commands: ``groups list``, ``create``, ``show``,
``meeting``, ``action``, ``action-status``, ``ics`` and ``invite``.

Kept apart from ``commands`` so that building the parser (which every start, the
window's included, does) imports nothing but argparse.
"""

from __future__ import annotations

import argparse


def add_group_parsers(group_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      after: argparse.ArgumentParser) -> None:
    """Add the working-group subcommands to ``groups``; ``after`` carries the location
    options accepted after the subcommand."""
    listing = group_commands.add_parser(
        "list", parents=[after], help="the working groups: members, lead, stage, meetings, "
                                      "actions")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    create = group_commands.add_parser(
        "create", parents=[after], help="create a working group of our city and peers",
        description="A new working group in the forming stage. Our city is always a member; "
                    "the lead is our city unless --lead names another member.")
    create.add_argument("name", metavar="NAME", help="the group's name")
    create.add_argument("--theme", action="append", default=[], metavar="TOPIC",
                        help="a theme topic (name, id or synonym); repeatable")
    create.add_argument("--members", default="", metavar="CITY,CITY",
                        help="the peer cities, comma-separated (names or UUIDs)")
    create.add_argument("--lead", metavar="CITY", help="the lead city (default: ours)")
    create.add_argument("--purpose", default="", metavar="TEXT", help="what the group is for")
    show = group_commands.add_parser("show", parents=[after],
                                     help="one group: members, meetings, decisions, actions")
    show.add_argument("name", metavar="NAME", help="the group's name or UUID")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    meeting = group_commands.add_parser(
        "meeting", parents=[after], help="plan a meeting of a group we lead",
        description="The time is local to --tz (an IANA zone such as Europe/Madrid or "
                    "America/Los_Angeles); every member sees it in their own zone.")
    meeting.add_argument("name", metavar="NAME", help="the group's name or UUID")
    meeting.add_argument("--at", required=True, metavar="YYYY-MM-DD HH:MM",
                         help="local date and time of the start")
    meeting.add_argument("--tz", required=True, metavar="ZONE", help="IANA time zone")
    meeting.add_argument("--minutes", type=int, default=90, metavar="N",
                         help="how long, in minutes (default: 90)")
    meeting.add_argument("--place", default="", help="where (a room, an address)")
    meeting.add_argument("--link", default="", help="the online meeting's web address")
    meeting.add_argument("--agenda", action="append", default=[], metavar="TEXT",
                         help="an agenda item; repeatable")
    action = group_commands.add_parser("action", parents=[after],
                                       help="add an action owned by a member city")
    action.add_argument("name", metavar="NAME", help="the group's name or UUID")
    action.add_argument("title", metavar="TITLE", help="what is to be done")
    action.add_argument("--owner", required=True, metavar="CITY", help="the member city doing it")
    action.add_argument("--due", metavar="YYYY-MM-DD", help="by when")
    status = group_commands.add_parser(
        "action-status", parents=[after], help="set an action's status",
        description="STATUS is open, in-progress, done or dropped. Only the owner city "
                    "changes its actions.")
    status.add_argument("name", metavar="NAME", help="the group's name or UUID")
    status.add_argument("title", metavar="TITLE", help="the action's title or UUID")
    status.add_argument("status", metavar="STATUS", help="open, in-progress, done or dropped")
    status.add_argument("--notes", metavar="TEXT", help="notes on how it went")
    ics = group_commands.add_parser(
        "ics", parents=[after], help="write the group's meetings as an iCalendar file",
        description="An .ics file (RFC 5545) with every meeting of the group; importing it "
                    "again after a meeting moved updates the calendar entry.")
    ics.add_argument("name", metavar="NAME", help="the group's name or UUID")
    ics.add_argument("file", metavar="FILE.ics", help="where to write it")
    invite = group_commands.add_parser(
        "invite", parents=[after], help="write an email draft inviting the members",
        description="An .eml draft to the member cities' contact offices with the next "
                    "meeting as an iCalendar invitation; open it in your mail program.")
    invite.add_argument("name", metavar="NAME", help="the group's name or UUID")
    invite.add_argument("file", metavar="FILE.eml", help="where to write the draft")
