"""What changed in a record of a bundle, field by field, in words an officer reads.

The importer compares records as JSON values (:class:`FieldChange`); the preview
shows them as a :class:`ReadableChange`: list fields as the items added and removed
(topics by their labels, a note after its topic), other fields as before and after,
long texts shortened. Everything is worded in the officer's language, for the window
and the command line alike: field names (the catalogue's ``bundle_field.*``; a field
without one is a defect, never shown as its code), coded values (kinds, stages,
statuses, countries, languages, sectors, topics by their labels), cities and groups by
name, dates as the language writes them, and a translated text with its language
named ("Summary (Portuguese)").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rrr_desktop.messages import catalogue, current_language, message, message_text
from rrr_desktop.models.group_vocabulary import ActionStatus, GroupStage
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.groups.shared import stage_text, status_text
from rrr_desktop.services.reference import country_name, language_name
from rrr_desktop.services.vocabulary import (
    kind_label,
    practice_kind_label,
    practice_stage_label,
    sector_label,
    stage_label,
)

MAX_SHOWN_CHARS = 80

_TOPIC_LISTS = frozenset({"offers", "wants_to_learn", "shared_challenges"})


@dataclass(frozen=True)
class FieldChange:
    """A field whose value differs: ours as stored, theirs as in the bundle (JSON values)."""

    field: str
    ours: Any
    theirs: Any


@dataclass(frozen=True)
class ReadableChange:
    """A list field as items ``added`` and ``removed`` (or only ``reordered``); any other
    as ``before``/``after`` (text, or a bool for yes/no fields: the reader says it in its
    language; "" for empty)."""

    field: str
    label: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    before: str | bool = ""
    after: str | bool = ""
    reordered: bool = False

    @property
    def is_list(self) -> bool:
        return bool(self.added or self.removed or self.reordered)


@dataclass(frozen=True)
class Wording:
    """What a record's values need to be worded beyond the catalogue: its entity (a
    ``stage`` is a stakeholder's, a practice's or a group's), the topics' labels, and
    the names of the cities and groups a record points to by UUID."""

    entity: str = "city"
    topic_labels: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)


class UnlabelledField(KeyError):
    """A field of a bundle's record that the catalogue does not name: a defect (every
    field a bundle can carry has its ``bundle_field.*``), never shown as its code."""


def shortened(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """One line of at most ``limit`` characters, "…" where it was cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def field_label(name: str, language: str | None = None) -> str:
    """``field_label("contact_office", "es")`` -> ``"Oficina de contacto"``."""
    code = f"bundle_field.{name}"
    if code not in catalogue("en"):
        raise UnlabelledField(name)
    return message_text(code, language=language)


def day_words(day: date) -> str:
    """A day as the officer's language writes it: "7 grudnia 2026"."""
    return Labels(current_language()).long_date(day)


def moment_words(moment: datetime) -> str:
    """An instant as the officer's language writes it: "7 grudnia 2026, godz. 18:59"
    (a bundle's times are UTC, as its sender and receiver may not share a time zone:
    the caller says so)."""
    return Labels(current_language()).moment(moment)


def readable(change: FieldChange, wording: Wording | Mapping[str, str]) -> ReadableChange:
    """``change`` in words; ``wording`` may be only the topics' labels (a city's record)."""
    if not isinstance(wording, Wording):
        wording = Wording(topic_labels=wording)
    label = field_label(change.field)
    if change.field == "translations":
        change = FieldChange(change.field, _translation_lines(change.ours, wording),
                             _translation_lines(change.theirs, wording))
    if isinstance(change.ours, list) or isinstance(change.theirs, list):
        ours = [_item(change.field, item, wording) for item in change.ours or []]
        theirs = [_item(change.field, item, wording) for item in change.theirs or []]
        added = tuple(item for item in theirs if item not in ours)
        removed = tuple(item for item in ours if item not in theirs)
        return ReadableChange(change.field, label, added=added, removed=removed,
                              reordered=not added and not removed)
    return ReadableChange(change.field, label, before=_scalar(change.field, change.ours, wording),
                          after=_scalar(change.field, change.theirs, wording))


def readable_changes(changes: tuple[FieldChange, ...], wording: Wording | Mapping[str, str]
                     ) -> tuple[ReadableChange, ...]:
    return tuple(readable(change, wording) for change in changes)


def describe(change: ReadableChange) -> list[str]:
    """Lines for the command line, in the officer's language: ``Label: + item`` /
    ``- item`` or ``Label: before → after``."""
    if change.reordered:
        return [message("bundle_cli.reordered", label=change.label).text()]
    if change.is_list:
        return [f"{change.label}:", *(f"  + {item}" for item in change.added),
                *(f"  - {item}" for item in change.removed)]
    return [f"{change.label}: {_worded(change.before)} → {_worded(change.after)}"]


def _worded(value: str | bool) -> str:
    if isinstance(value, bool):
        return message("bundle_cli.yes" if value else "bundle_cli.no").text()
    return value or message("bundle_cli.empty").text()


def _translation_lines(value: Any, wording: Wording) -> list[str]:
    """Translations ({language: {field: text or {entry: note}}}) as lines of a list:
    "Summary (Spanish): …", "What we offer (Spanish) — Co-design hubs: …"."""
    lines = []
    for language, block in sorted((value or {}).items()):
        for name, text in block.items():
            label = message_text("bundle_field.translated", {
                "field": field_label(name), "language": language_name(language)})
            entries = text.items() if isinstance(text, dict) else [("", text)]
            for entry, note in entries:
                shown = wording.topic_labels.get(entry, entry) if name in _TOPIC_LISTS else entry
                lines.append(shortened(f"{label} — {shown}: {note}" if shown
                                       else f"{label}: {note}"))
    return lines


def _coded(entity: str) -> dict[str, Callable[[str], str]]:
    """How each coded field of ``entity`` is worded."""
    stage: Callable[[str], str] = {
        "practice": practice_stage_label, "group": lambda code: stage_text(GroupStage(code)),
    }.get(entity, stage_label)
    return {
        "kind": practice_kind_label if entity == "practice" else kind_label,
        "stage": stage,
        "status": lambda code: status_text(ActionStatus(code)),
        "country_code": country_name,
        "text_language": language_name,
        "due_on": lambda day: day_words(date.fromisoformat(day)),
        "starts_at": lambda moment: moment_words(datetime.fromisoformat(moment)) + " UTC",
    }


_NAMED = frozenset({"lead", "owner", "group", "city"})


def _scalar(name: str, value: Any, wording: Wording) -> str | bool:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return value
    worded = _coded(wording.entity).get(name)
    if worded is not None:
        return worded(value)
    if name in _NAMED:
        return wording.names.get(str(value), str(value))
    return shortened(str(value))


_ITEM_WORDS: dict[str, Callable[[str], str]] = {"languages": language_name,
                                               "sectors": sector_label}


def _item(name: str, item: Any, wording: Wording) -> str:
    """One entry of a list field, as a line: a topic by its label with its note after it,
    a code by its words."""
    labels = wording.topic_labels
    if name == "self_assessment":
        topic, score, day = item
        shown = "–" if score is None else f"{score}/10"  # not assessed is not 0
        return (f"{labels.get(topic, topic)}: {shown}"
                + (f" ({day_words(date.fromisoformat(day))})" if day else ""))
    if name == "members":
        return f"{item[1]} ({country_name(item[2])})"
    if isinstance(item, list):
        first, note = item[0], item[1] if len(item) > 1 else ""
        topic = labels.get(first, first) if name in _TOPIC_LISTS else first
        return shortened(f"{topic} — {note}" if note else str(topic))
    if name == "topics":
        return labels.get(item, item)
    return _ITEM_WORDS.get(name, shortened)(str(item))
