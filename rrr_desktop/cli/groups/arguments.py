"""The arguments of the working-group commands: ``groups list``, ``create``, ``show``,
``meeting``, ``action``, ``action-status``, ``ics`` and ``invite``.

Kept apart from ``commands`` so that building the parser (which every start, the
window's included, does) imports nothing but argparse and the catalogue.
"""

from __future__ import annotations

import argparse

from rrr_desktop.cli.words import help_text, whole_number
from rrr_desktop.messages import message_text


def add_group_parsers(group_commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      after: argparse.ArgumentParser) -> None:
    """Add the working-group subcommands to ``groups``; ``after`` carries the location
    options accepted after the subcommand."""
    name, city = message_text("cli_metavar.name"), message_text("cli_metavar.city")
    text, title = message_text("cli_metavar.text"), message_text("cli_metavar.title")
    file = message_text("cli_metavar.file")
    listing = group_commands.add_parser("list", parents=[after],
                                        help=help_text("cli_help.groups_list"))
    listing.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    create = group_commands.add_parser("create", parents=[after],
                                       help=help_text("cli_help.groups_create"),
                                       description=message_text("cli_help.groups_create_about"))
    create.add_argument("name", metavar=name, help=help_text("cli_help.groups_create.name"))
    create.add_argument("--theme", action="append", default=[],
                        metavar=message_text("cli_metavar.topic"),
                        help=help_text("cli_help.groups_create.theme"))
    create.add_argument("--members", default="", metavar=f"{city},{city}",
                        help=help_text("cli_help.groups_create.members"))
    create.add_argument("--lead", metavar=city, help=help_text("cli_help.groups_create.lead"))
    create.add_argument("--purpose", default="", metavar=text,
                        help=help_text("cli_help.groups_create.purpose"))
    show = group_commands.add_parser("show", parents=[after],
                                     help=help_text("cli_help.groups_show"))
    show.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    show.add_argument("--json", action="store_true", help=help_text("cli_help.json"))
    meeting = group_commands.add_parser("meeting", parents=[after],
                                        help=help_text("cli_help.groups_meeting"),
                                        description=message_text("cli_help.groups_meeting_about"))
    meeting.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    meeting.add_argument("--at", required=True, metavar=message_text("cli_metavar.date_time"),
                         help=help_text("cli_help.groups_meeting.at"))
    meeting.add_argument("--tz", required=True, metavar=message_text("cli_metavar.zone"),
                         help=help_text("cli_help.groups_meeting.tz"))
    meeting.add_argument("--minutes", type=whole_number, default=90, metavar="N",
                         help=help_text("cli_help.groups_meeting.minutes", default=90))
    meeting.add_argument("--place", default="", metavar=text,
                         help=help_text("cli_help.groups_meeting.place"))
    meeting.add_argument("--link", default="", metavar="URL",
                         help=help_text("cli_help.groups_meeting.link"))
    meeting.add_argument("--agenda", action="append", default=[], metavar=text,
                         help=help_text("cli_help.groups_meeting.agenda"))
    action = group_commands.add_parser("action", parents=[after],
                                       help=help_text("cli_help.groups_action"))
    action.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    action.add_argument("title", metavar=title, help=help_text("cli_help.groups_action.title"))
    action.add_argument("--owner", required=True, metavar=city,
                        help=help_text("cli_help.groups_action.owner"))
    action.add_argument("--due", metavar=message_text("cli_metavar.date"),
                        help=help_text("cli_help.groups_action.due"))
    status = group_commands.add_parser(
        "action-status", parents=[after], help=help_text("cli_help.groups_action_status"),
        description=message_text("cli_help.groups_action_status_about"))
    status.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    status.add_argument("title", metavar=title,
                        help=help_text("cli_help.groups_action_status.title"))
    status.add_argument("status", metavar=message_text("cli_metavar.status"),
                        help=help_text("cli_help.groups_action_status.status"))
    status.add_argument("--notes", metavar=text,
                        help=help_text("cli_help.groups_action_status.notes"))
    ics = group_commands.add_parser("ics", parents=[after], help=help_text("cli_help.groups_ics"),
                                    description=message_text("cli_help.groups_ics_about"))
    ics.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    ics.add_argument("file", metavar=f"{file}.ics", help=help_text("cli_help.groups_ics.file"))
    invite = group_commands.add_parser("invite", parents=[after],
                                       help=help_text("cli_help.groups_invite"),
                                       description=message_text("cli_help.groups_invite_about"))
    invite.add_argument("name", metavar=name, help=help_text("cli_help.groups.name"))
    invite.add_argument("file", metavar=f"{file}.eml",
                        help=help_text("cli_help.groups_invite.file"))
