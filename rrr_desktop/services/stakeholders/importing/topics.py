"""The vocabulary topics an imported row names, by id, label or synonym.

A row's topics cell ("digital-inclusion; Social enterprise awards") is read as a list
of names (values.py); each is looked up in the vocabulary, ignoring case and accents.
A name that is no topic, or could be several, is left out with a warning on the row.
Topics are set on the records an import adds; an update leaves topics as they are.
"""

from __future__ import annotations

from rrr_desktop.messages import message_text
from rrr_desktop.models.database import Database
from rrr_desktop.text import normalise


class TopicNames:
    """The vocabulary, read once per import."""

    def __init__(self, db: Database) -> None:
        # Loaded only for a file with a topics column: the profile's modules load pydantic.
        from rrr_desktop.services.profile.topics import topic_names

        self._labels, self._names = topic_names(db)

    def resolve(self, values: dict[str, object], warnings: list[str]) -> None:
        """Replace the names in ``values["topic_ids"]`` with topic ids, in place."""
        names = values.pop("topic_ids", None)
        if not isinstance(names, list):
            return
        found: list[str] = []
        for name in names:
            ids = self._names.get(normalise(str(name)), set())
            if len(ids) == 1:
                found.extend(ids)
            else:
                warnings.append(message_text("import.topic_unknown", {"value": repr(name)}))
        if found:
            values["topic_ids"] = sorted(set(found))
