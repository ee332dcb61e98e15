"""``rrr-desktop profile ...``: show our city's profile, change its topics, export, import."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TextIO

from rrr_desktop.cli.parser import TOPIC_LISTS
from rrr_desktop.cli.setup.commands import profile_json
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message, message_text
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.dto import CityProfile, FreeTopicNote, TopicNote
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile import document as profile_document
from rrr_desktop.services.profile import topics as profile_topics
from rrr_desktop.services.profile.draft import ROLES, Role
from rrr_desktop.services.profile.read import NoCityOfOurOwn
from rrr_desktop.services.reference import language_name
from rrr_desktop.services.setup import directory
from rrr_desktop.services.setup.sources import source_words
from rrr_desktop.services.vocabulary import practice_kind_label, practice_stage_label

ROLE_OF_LIST: dict[str, Role] = dict(zip(TOPIC_LISTS, ROLES, strict=True))
YAML_SUFFIXES = (".yaml", ".yml")


def profile_show_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    city = directory.our_city(home.db)
    if city is None:
        raise NoCityOfOurOwn()
    if args.json:
        json.dump(profile_json(city), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_profile(city, out)
    return 0


def profile_add_topic_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    role = ROLE_OF_LIST[args.topic_list]
    change = profile_topics.add_topic(home.db, role, " ".join(args.topic), args.note)
    code = "profile.topic_added" if change.changed else "profile.topic_already_listed"
    print(message(code, topic=change.topic.name, id=change.topic.code,
                  list=message(f"topic_list.{role}")).text(), file=out)
    return 0


def profile_remove_topic_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    role = ROLE_OF_LIST[args.topic_list]
    change = profile_topics.remove_topic(home.db, role, " ".join(args.topic))
    code = "profile.topic_removed" if change.changed else "profile.topic_not_listed"
    print(message(code, topic=change.topic.name, id=change.topic.code,
                  list=message(f"topic_list.{role}")).text(), file=out)
    return 0


def profile_export_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    path = _yaml_path(args.file)
    draft = profile_document.export_profile(home.db, path)
    print(message("profile.exported", city=draft.city_name, path=path).text(), file=out)
    return 0


def profile_import_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    path = _yaml_path(args.file)
    saved = profile_document.import_profile(home.db, path)
    if saved.changed:
        print(message("profile.imported", city=saved.draft.city_name, path=path).text(),
              file=out)
    else:
        print(message("profile.import_unchanged", path=path).text(), file=out)
    return 0


def _yaml_path(name: str) -> Path:
    path = Path(name)
    if path.suffix.lower() not in YAML_SUFFIXES:
        raise RejectedInput("profile.not_yaml_name", file=path.name)
    return path


def _print_profile(city: CityProfile, out: TextIO) -> None:
    """The profile as lines, every label and coded word in the officer's language (the
    service names countries and topics in it already)."""
    print(f"{city.name} ({city.country_code}, {city.country_name})", file=out)
    _say(out, "cli_profile.languages",
         languages=", ".join(map(language_name, city.languages)) or "-")
    _say(out, "cli_profile.contact_office", office=city.contact_office or "-")
    if city.summary:
        _say(out, "cli_profile.summary", summary=city.summary)
    for role, notes, free in (("offers", city.offers, city.free_offers),
                              ("wants_to_learn", city.wants_to_learn, city.free_wants_to_learn),
                              ("shared_challenges", city.shared_challenges,
                               city.free_shared_challenges)):
        _print_topics(message(f"topic_list.{role}").text(), notes, free, out)
    _say(out, "cli_profile.practices" if city.practices else "cli_profile.no_practices")
    for practice in city.practices:
        _say(out, "cli_profile.practice_since" if practice.year_started else "cli_profile.practice",
             title=practice.title, kind=practice_kind_label(practice.kind),
             stage=practice_stage_label(practice.stage), year=str(practice.year_started))
        if practice.topic_labels:
            _say(out, "cli_profile.practice_topics", topics=", ".join(practice.topic_labels))
        if practice.link:
            print(f"    {practice.link}", file=out)
    _say(out, "cli_profile.assessments" if city.assessments else "cli_profile.no_assessments")
    for assessment in city.assessments:
        score = (message("cli_profile.not_assessed") if assessment.score is None
                 else message("cli_profile.assessed", score=assessment.score,
                              day=_day(assessment.assessed_on)))
        _say(out, "cli_profile.assessment", topic=assessment.label, id=assessment.topic_id,
             score=score)
    updated = city.profile_updated_at.date() if city.profile_updated_at else None
    source = source_words(city.profile_source) or "-"
    _say(out, "cli_profile.source", source=source, day=_day(updated))


def _print_topics(title: str, notes: tuple[TopicNote, ...], free: tuple[FreeTopicNote, ...],
                  out: TextIO) -> None:
    _say(out, "cli_profile.topics" if notes or free else "cli_profile.no_topics",
         list=title.capitalize())
    for note in notes:
        print(f"  - {note.label} [{note.topic_id}]" + (f": {note.note}" if note.note else ""),
              file=out)
    for own in free:
        text = message_text("cli_profile.own_words", {"text": own.text})
        print(f"  - {text}" + (f": {own.note}" if own.note else ""), file=out)


def _day(day: date | None) -> str:
    """A date as the officer's language writes it in a table (ISO in English)."""
    if day is None:
        return message_text("cli_profile.unknown_date")
    return Labels(current_language()).short_date(day)


def _say(out: TextIO, code: str, **params: object) -> None:
    print(message_text(code, params), file=out)
