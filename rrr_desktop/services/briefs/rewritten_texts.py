"""The texts an officer rewrote for a brief, kept in the home from one session to the next.

The Briefs page suggests its texts from the data; what the officer changes there (a part
of the city brief, the open questions for a peer meeting) is the officer's own writing,
and is kept in a small JSON file of the home until "Reset texts" brings the suggestions
back. It is the officer's, not the team's: with a team database the file stays on this
computer, like the profile's draft.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file, set_aside
from rrr_desktop.services.briefs.narrative_texts import Narrative

log = logging.getLogger(__name__)

FORMAT = 1
MAX_FILE_BYTES = 4_000_000
NARRATIVE_PARTS = frozenset(part.name for part in fields(Narrative))


@dataclass(frozen=True)
class RewrittenTexts:
    """Only what the officer changed: ``narrative`` by part of the city brief (a name of
    :class:`Narrative`), ``questions`` by peer city UUID, as typed (one per line)."""

    narrative: Mapping[str, str] = field(default_factory=dict)
    questions: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.narrative or self.questions)

    def questions_for(self, peer: str) -> tuple[str, ...] | None:
        """The open questions the officer wrote for ``peer`` (a UUID), if any."""
        text = self.questions.get(peer)
        return None if text is None else question_lines(text)

    def over(self, suggested: Narrative) -> Narrative:
        """The city brief's texts: the officer's where rewritten, else the suggestion."""
        return Narrative(**{part.name: self.narrative.get(part.name,
                                                          getattr(suggested, part.name))
                            for part in fields(Narrative)})


def question_lines(text: str) -> tuple[str, ...]:
    """Open questions as typed, one per line: the lines with something on them."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class UnreadableTexts(RejectedInput):
    """The file could not be read; it was moved aside (``kept``), not deleted."""

    def __init__(self, path: Path, kept: Path, problem: str) -> None:
        self.kept = kept
        super().__init__("brief.texts_unreadable", path=path, kept=kept, problem=problem)


def read_rewritten_texts(path: Path) -> RewrittenTexts:
    """The texts kept in ``path`` (none when there is no file).

    A file that cannot be read is moved aside, never deleted (it may hold the only copy
    of someone's writing), and reported with :class:`UnreadableTexts`.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return RewrittenTexts()
    except OSError as error:
        raise RejectedInput("brief.texts_unreadable_file", path=path,
                            reason=error.strerror or str(error)) from None
    try:
        return _texts_of(raw)
    except ValueError as problem:
        kept = set_aside(path)
        log.warning("Unreadable brief texts %s kept as %s: %s", path, kept, problem)
        raise UnreadableTexts(path, kept, str(problem)) from None


def rewritten_or_refusal(path: Path) -> tuple[RewrittenTexts, RejectedInput | None]:
    """The texts kept in ``path``, or none and why not: a brief is then made with the
    suggestions rather than not at all (the window and the command line say why)."""
    try:
        return read_rewritten_texts(path), None
    except RejectedInput as refusal:
        return RewrittenTexts(), refusal


def write_rewritten_texts(path: Path, texts: RewrittenTexts) -> None:
    """Keep ``texts`` in ``path`` atomically (no file when there is nothing to keep).

    RejectedInput when the disk refuses: the page says so and still holds the texts.
    """
    try:
        if not texts:
            path.unlink(missing_ok=True)
            return
        document = {"format": FORMAT, "narrative": dict(texts.narrative),
                    "questions": dict(texts.questions)}
        with atomic_file(path, "w", encoding="utf-8", newline="\n") as file:
            json.dump(document, file, ensure_ascii=False, indent=1)
    except OSError as error:
        raise RejectedInput("brief.texts_not_kept", path=path,
                            reason=error.strerror or str(error)) from None


def _texts_of(raw: bytes) -> RewrittenTexts:
    """ValueError (in words for the log and the message) when ``raw`` is not ours."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(str(error)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"not a format {FORMAT} file of brief texts")
    narrative = _texts_by_name(document.get("narrative", {}), "narrative")
    unknown = sorted(set(narrative) - NARRATIVE_PARTS)
    if unknown:
        raise ValueError(f"unknown parts of the brief: {', '.join(unknown)}")
    return RewrittenTexts(narrative, _texts_by_name(document.get("questions", {}),
                                                    "questions"))


def _texts_by_name(value: object, name: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(text, str)
                                              for text in value.values()):
        raise ValueError(f"{name!r} is not a set of texts")
    return value
