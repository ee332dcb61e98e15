"""``rrr-desktop profile ...``: show our city's profile, change its topics, export, import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from rrr_desktop.cli.parser import TOPIC_LISTS
from rrr_desktop.cli.setup.commands import profile_json
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.services.dto import CityProfile, FreeTopicNote, TopicNote
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile import document as profile_document
from rrr_desktop.services.profile import topics as profile_topics
from rrr_desktop.services.profile.draft import ROLES, Role
from rrr_desktop.services.profile.read import NoCityOfOurOwn
from rrr_desktop.services.setup import directory

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
    print(f"{city.name} ({city.country_code}, {city.country_name})", file=out)
    print(f"Languages: {', '.join(city.languages) or '-'}", file=out)
    print(f"Contact office: {city.contact_office or '-'}", file=out)
    if city.summary:
        print(f"Summary: {city.summary}", file=out)
    # The listing's labels are not translated yet (issue 13): it stays English throughout.
    for role, notes, free in (("offers", city.offers, city.free_offers),
                              ("wants_to_learn", city.wants_to_learn, city.free_wants_to_learn),
                              ("shared_challenges", city.shared_challenges,
                               city.free_shared_challenges)):
        _print_topics(message(f"topic_list.{role}").text("en"), notes, free, out)
    print("Practices:" if city.practices else "Practices: -", file=out)
    for practice in city.practices:
        since = f", since {practice.year_started}" if practice.year_started else ""
        print(f"  - {practice.title} ({practice.kind}, {practice.stage}{since})", file=out)
        if practice.topic_labels:
            print(f"    topics: {', '.join(practice.topic_labels)}", file=out)
        if practice.link:
            print(f"    {practice.link}", file=out)
    print("Self-assessment (0-10):" if city.assessments else "Self-assessment: -", file=out)
    for assessment in city.assessments:
        score = ("not assessed" if assessment.score is None
                 else f"{assessment.score} (assessed {assessment.assessed_on})")
        print(f"  - {assessment.label} [{assessment.topic_id}]: {score}", file=out)
    when = city.profile_updated_at.date() if city.profile_updated_at else "unknown"
    print(f"Source: {city.profile_source or '-'}, updated {when}", file=out)


def _print_topics(title: str, notes: tuple[TopicNote, ...], free: tuple[FreeTopicNote, ...],
                  out: TextIO) -> None:
    title = title.capitalize()
    print(f"{title}:" if notes or free else f"{title}: -", file=out)
    for note in notes:
        print(f"  - {note.label} [{note.topic_id}]" + (f": {note.note}" if note.note else ""),
              file=out)
    for own in free:
        print(f"  - {own.text} (own words)" + (f": {own.note}" if own.note else ""), file=out)
