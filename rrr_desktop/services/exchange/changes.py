"""What changed in a record of a bundle, field by field, in words an officer reads.

The importer compares records as JSON values (:class:`FieldChange`); the preview
shows them as a :class:`ReadableChange`: list fields as the items added and removed
(topics by their labels, a note after its topic), other fields as before and after,
long texts shortened. Field names come labelled in the officer's language for the
command line (the catalogue's ``bundle_field.*``); the window translates them through
its own table keyed by the field code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rrr_desktop.messages import catalogue, message, message_text

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


def shortened(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """One line of at most ``limit`` characters, "…" where it was cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def field_label(field: str, language: str | None = None) -> str:
    """``field_label("contact_office", "es")`` -> ``"Oficina de contacto"``; a field the
    catalogue does not name (a newer bundle's) as its code reads."""
    code = f"bundle_field.{field}"
    if code not in catalogue("en"):
        return field.replace("_", " ").capitalize()
    return message_text(code, language=language)


def readable(change: FieldChange, topic_labels: Mapping[str, str]) -> ReadableChange:
    label = field_label(change.field)
    if change.field == "translations":
        change = FieldChange(change.field, _translation_lines(change.ours),
                             _translation_lines(change.theirs))
    if isinstance(change.ours, list) or isinstance(change.theirs, list):
        ours = [_item(change.field, item, topic_labels) for item in change.ours or []]
        theirs = [_item(change.field, item, topic_labels) for item in change.theirs or []]
        added = tuple(item for item in theirs if item not in ours)
        removed = tuple(item for item in ours if item not in theirs)
        return ReadableChange(change.field, label, added=added, removed=removed,
                              reordered=not added and not removed)
    return ReadableChange(change.field, label, before=_scalar(change.ours),
                          after=_scalar(change.theirs))


def readable_changes(changes: tuple[FieldChange, ...], topic_labels: Mapping[str, str]
                     ) -> tuple[ReadableChange, ...]:
    return tuple(readable(change, topic_labels) for change in changes)


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


def _translation_lines(value: Any) -> list[str]:
    """Translations ({language: {field: text or {entry: note}}}) as lines of a list:
    "es summary: …", "es offers co-design-hubs: …"."""
    lines = []
    for language, block in sorted((value or {}).items()):
        for name, text in block.items():
            entries = text.items() if isinstance(text, dict) else [("", text)]
            lines += [shortened(" ".join(part for part in (language, name, entry) if part)
                                + f": {note}") for entry, note in entries]
    return lines


def _scalar(value: Any) -> str | bool:
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    return shortened(str(value))


def _item(field: str, item: Any, topic_labels: Mapping[str, str]) -> str:
    """One entry of a list field, as a line: a topic by its label with its note after it."""
    if field == "self_assessment":
        topic, score, day = item
        shown = "–" if score is None else f"{score}/10"  # not assessed is not 0
        return f"{topic_labels.get(topic, topic)}: {shown}" + (f" ({day})" if day else "")
    if isinstance(item, list):
        first, note = item[0], item[1] if len(item) > 1 else ""
        name = topic_labels.get(first, first) if field in _TOPIC_LISTS else first
        return shortened(f"{name} — {note}" if note else str(name))
    if field == "topics":
        return topic_labels.get(item, item)
    return shortened(str(item))
