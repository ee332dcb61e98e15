"""Our city's profile as a YAML file: export, import, and the editor's draft file.

Files from elsewhere are read defensively: at most ``MAX_FILE_BYTES``, UTF-8,
``yaml.safe_load`` rules plus no aliases (``*name``: a few lines could expand
into billions of nodes) and no tags (``!!python/...``, ``!!binary``), then the
strict document shape of ``profile_schema``. Files are written atomically, so a
crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from rrr_desktop import __version__
from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file
from rrr_desktop.models.database import Database
from rrr_desktop.services.profile.draft import ProfileDraft
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.schema import draft_to_data, parse_document
from rrr_desktop.services.profile.store import SavedProfile, save_profile

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 2 * 1024 * 1024


class CorruptDraftFile(RejectedInput):
    """The draft file could not be read; it was moved aside (``kept``), not deleted."""

    def __init__(self, path: Path, kept: Path, problem: RejectedInput) -> None:
        self.path = path
        self.kept = kept
        super().__init__("profile.draft_unreadable", path=path, kept=kept, problem=problem)


def export_profile(db: Database, path: Path) -> ProfileDraft:
    """Write our city's profile to ``path`` (YAML); returns what was written."""
    draft = load_profile(db)
    write_document(path, draft)
    return draft


def import_profile(db: Database, path: Path) -> SavedProfile:
    """Make the profile in ``path`` our city's, in one transaction.

    Refused (RejectedInput, nothing changed) if the file is not a valid profile
    document or is another city's profile. Importing the same file again changes
    nothing (``SavedProfile.changed`` is False).
    """
    draft = read_document(path)
    try:
        return save_profile(db, draft)
    except RejectedInput as problem:
        raise RejectedInput("profile.in_file", field=problem.field, file=path.name,
                            problem=problem) from None


def write_document(path: Path, draft: ProfileDraft) -> None:
    """Write ``draft`` as a profile document, atomically; OSError becomes RejectedInput."""
    header = (f"# Profile of {' '.join(draft.city_name.split())}, written by RRR Desktop "
              f"{__version__} on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.\n")
    text = header + yaml.dump(draft_to_data(draft), Dumper=_Dumper, allow_unicode=True,
                              sort_keys=False, width=100)
    try:
        with atomic_file(path, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
    except OSError as error:
        raise RejectedInput("profile.file_unwritable", path=path,
                            reason=error.strerror or str(error)) from error


def read_document(path: Path) -> ProfileDraft:
    """The draft in a profile document, shape-checked; RejectedInput names the problem."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise RejectedInput("profile.file_unreadable", path=path,
                            reason=error.strerror or str(error)) from error
    if len(raw) > MAX_FILE_BYTES:
        raise RejectedInput("profile.file_too_large", file=path.name,
                            mb=MAX_FILE_BYTES // (1024 * 1024))
    try:
        return parse_document(_load_yaml(raw))
    except RejectedInput as problem:
        raise RejectedInput("profile.in_file", field=problem.field, file=path.name,
                            problem=problem) from None


def write_draft_file(path: Path, draft: ProfileDraft) -> None:
    """Keep unsaved edits (even unfinished ones) in ``path``, atomically.

    RejectedInput when the disk refuses: the editor should say so and keep the
    draft in memory.
    """
    write_document(path, draft)


def read_draft_file(path: Path) -> ProfileDraft | None:
    """The unsaved edits kept in ``path``; None if there are none.

    A draft file that cannot be read is moved aside (never deleted: it may hold
    the only copy of someone's text) and reported with :class:`CorruptDraftFile`.
    """
    if not path.exists():
        return None
    try:
        return read_document(path)
    except RejectedInput as problem:
        kept = path.with_name(f"{path.stem}-unreadable-{datetime.now(UTC):%Y%m%d-%H%M%S}"
                              f"{path.suffix}")
        path.replace(kept)
        log.warning("Unreadable profile draft %s kept as %s: %s", path, kept, problem)
        raise CorruptDraftFile(path, kept, problem) from None


def discard_draft_file(path: Path) -> None:
    """Forget the unsaved edits (after a save, or when the officer discards them)."""
    path.unlink(missing_ok=True)


class _Loader(yaml.SafeLoader):
    """``yaml.safe_load`` without aliases or explicit tags."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            raise RejectedInput("profile.yaml_alias", line=line)
        if getattr(event, "tag", None) is not None:
            raise RejectedInput("profile.yaml_tag", line=line)
        return super().compose_node(parent, index)


def _load_yaml(raw: bytes) -> object:
    try:
        return yaml.load(raw, Loader=_Loader)  # a SafeLoader, stricter still
    except yaml.reader.ReaderError:
        raise RejectedInput("profile.not_utf8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "unreadable"
        if mark is None:
            raise RejectedInput("profile.not_yaml", problem=problem) from None
        raise RejectedInput("profile.not_yaml_at", line=mark.line + 1, problem=problem) from None
    except RecursionError:
        raise RejectedInput("profile.too_deep") from None


class _Dumper(yaml.SafeDumper):
    """Writes long and multi-line texts as readable blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)
