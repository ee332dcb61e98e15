"""Our city's profile as a YAML file: export, import, and the editor's draft file.

Files from elsewhere are read defensively: at most ``MAX_FILE_BYTES``, UTF-8, with
the safe loader bundles use (``exchange.container.safe_yaml``: no aliases, which a few
lines could expand into billions of nodes, no tags such as ``!!python/...``, no
duplicate keys, bounded nesting, no values Python cannot hold), then the strict
document shape of ``profile_schema``. Files are written atomically, so a
crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import yaml

from rrr_desktop import __version__
from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file, set_aside
from rrr_desktop.models.database import Database
from rrr_desktop.services.exchange.container.errors import UnsafeDocument
from rrr_desktop.services.exchange.container.safe_yaml import load_yaml
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
        with atomic_file(path, "w", encoding="utf-8", newline="\n", shared=True) as file:
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
        kept = set_aside(path)
        log.warning("Unreadable profile draft %s kept as %s: %s", path, kept, problem)
        raise CorruptDraftFile(path, kept, problem) from None


def discard_draft_file(path: Path) -> None:
    """Forget the unsaved edits (after a save, or when the officer discards them)."""
    path.unlink(missing_ok=True)


def _load_yaml(raw: bytes) -> object:
    """The one safe YAML loader of bundles: no aliases, tags, merge keys or duplicate keys,
    bounded depth, and values Python cannot hold (a 31 February, a 5,000-digit number)
    refused rather than crashing."""
    try:
        return load_yaml(raw, max_bytes=MAX_FILE_BYTES)
    except UnsafeDocument as problem:
        raise RejectedInput("profile.unsafe_yaml", field=problem.field,
                            problem=problem) from None


class _Dumper(yaml.SafeDumper):
    """Writes long and multi-line texts as readable blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)
