"""What the officer keeps about peers: private notes, hidden and pinned peers, the
matching weights, and one peer's details with where each piece of data came from.

Reads use plain SQL (``Database.reading``) so the Peer cities page fills without
importing SQLAlchemy; writes use ORM sessions, imported on the first write.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import workspace as queries
from rrr_desktop.services.dto import CityProfile, PracticeInfo
from rrr_desktop.services.peers.matching import DEFAULT_WEIGHTS, Weights
from rrr_desktop.services.setup import directory
from rrr_desktop.services.setup.sources import source_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

WEIGHTS_KEY = "matching.weights"
MAX_NOTE_LENGTH = 20_000

# A peer's data older than this is flagged, in the window and on the command line.
STALE_AFTER = timedelta(days=365)


def peer_data_dates(db: Database) -> dict[UUID, datetime | None]:
    """Each peer's data date, as its detail shows it (see :func:`stale_age`)."""
    from rrr_desktop.models.peer_dates import peer_data_dates as read_dates

    with db.reading() as connection:
        return read_dates(connection)


def stale_age(moment: datetime | None, now: datetime | None = None,
              after: timedelta = STALE_AFTER) -> timedelta | None:
    """How old ``moment`` is, if older than ``after`` (the window's is a preference)."""
    if moment is None:
        return None
    age = (now or datetime.now(UTC)) - moment
    return age if age >= after else None


@dataclass(frozen=True)
class PeerPreferences:
    """The peers the officer hid from suggestions or pinned to the top."""

    hidden: frozenset[UUID] = frozenset()
    pinned: frozenset[UUID] = frozenset()


@dataclass(frozen=True)
class Provenance:
    """Where a piece of peer data came from.

    From a bundle: its file, sender, the date the sender wrote it and when we imported
    it. Otherwise (seeded, or typed here): the source text and its date.
    """

    source: str
    dated: datetime | None
    bundle_file: str = ""
    sender: str = ""
    imported_at: datetime | None = None

    @property
    def from_bundle(self) -> bool:
        return bool(self.bundle_file)


@dataclass(frozen=True)
class PeerPractice:
    practice: PracticeInfo
    provenance: Provenance


@dataclass(frozen=True)
class SharedStakeholder:
    """A stakeholder the peer shared with us in a bundle (not withdrawn)."""

    uuid: UUID
    name: str
    kind: str
    locality: str
    website: str
    description: str
    topic_ids: tuple[str, ...]
    modified_at: datetime | None
    provenance: Provenance


@dataclass(frozen=True)
class PeerDetail:
    """One peer as the detail view shows it, with our own note and choices."""

    profile: CityProfile
    provenance: Provenance
    practices: tuple[PeerPractice, ...]
    stakeholders: tuple[SharedStakeholder, ...]
    note: str
    note_updated_at: datetime | None
    hidden: bool
    pinned: bool


def peer_preferences(db: Database) -> PeerPreferences:
    with db.reading() as connection:
        rows = queries.peer_preferences(connection)
    return PeerPreferences(hidden=frozenset(u for u, hidden, _ in rows if hidden),
                           pinned=frozenset(u for u, _, pinned in rows if pinned))


def set_hidden(db: Database, city_uuid: UUID, hidden: bool) -> None:
    """Hide a peer from suggestions (a hidden peer is unpinned), or show it again."""
    _set_preference(db, city_uuid, hidden=hidden, pinned=False if hidden else None)


def set_pinned(db: Database, city_uuid: UUID, pinned: bool) -> None:
    """Pin a peer to the top of the suggestions (a pinned peer is shown), or unpin it."""
    _set_preference(db, city_uuid, hidden=False if pinned else None, pinned=pinned)


def _set_preference(db: Database, city_uuid: UUID, *, hidden: bool | None,
                    pinned: bool | None) -> None:
    from rrr_desktop.models.workspace import PeerPreference

    with db.session() as session:
        city_id = peer_row_id(session, city_uuid)
        found = session.get(PeerPreference, city_id) or PeerPreference(
            city_id=city_id, hidden=False, pinned=False)
        if hidden is not None:
            found.hidden = hidden
        if pinned is not None:
            found.pinned = pinned
        session.add(found)


def note(db: Database, city_uuid: UUID) -> str:
    with db.reading() as connection:
        return queries.peer_note(connection, city_uuid) or ""


def set_note(db: Database, city_uuid: UUID, text: str) -> None:
    """Keep our private note about a peer (an empty note is removed)."""
    if len(text) > MAX_NOTE_LENGTH:
        raise RejectedInput("peer.note_too_long", field="note", length=len(text),
                            limit=MAX_NOTE_LENGTH)
    from rrr_desktop.models.workspace import PeerNote

    with db.session() as session:
        city_id = peer_row_id(session, city_uuid)
        found = session.get(PeerNote, city_id)
        if not text.strip():
            if found is not None:
                session.delete(found)
            return
        if found is None:
            session.add(PeerNote(city_id=city_id, text=text))
        elif found.text != text:
            found.text = text


def load_weights(db: Database) -> Weights:
    """The saved matching weights (the defaults for any not saved or no longer valid)."""
    with db.reading() as connection:
        saved = queries.preference(connection, WEIGHTS_KEY)
    if not isinstance(saved, dict):
        return DEFAULT_WEIGHTS
    known = {f.name for f in fields(Weights)}
    try:
        return Weights(**{k: v for k, v in saved.items() if k in known})
    except (RejectedInput, TypeError):
        return DEFAULT_WEIGHTS


def save_weights(db: Database, weights: Weights) -> None:
    """Keep the weights for the window, the command line and the briefs alike."""
    from rrr_desktop.models.workspace import Preference

    with db.session() as session:
        found = session.get(Preference, WEIGHTS_KEY)
        if found is None:
            session.add(Preference(key=WEIGHTS_KEY, value=asdict(weights)))
        else:
            found.value = asdict(weights)


def reset_weights(db: Database) -> Weights:
    """Forget the saved weights: the documented defaults apply again."""
    from rrr_desktop.models.workspace import Preference

    with db.session() as session:
        found = session.get(Preference, WEIGHTS_KEY)
        if found is not None:
            session.delete(found)
    return DEFAULT_WEIGHTS


def peer_detail(db: Database, city_uuid: UUID) -> PeerDetail:
    """A peer's profile, practices and shared stakeholders, each with its provenance."""
    profile = next((p for p in directory.peer_cities(db) if p.uuid == city_uuid), None)
    if profile is None:
        raise RejectedInput("peer.gone")
    with db.reading() as connection:
        sources = queries.peer_sources(connection, city_uuid)
        assert sources is not None  # the directory has just read it
        city_id, source, updated, bundle_id = sources
        bundles = _bundles(connection)
        seeded = Provenance(source_words(str(source)), updated)
        practices = {u: bundles.get(b, seeded)
                     for u, b in queries.practice_sources(connection, city_id)}
        # Every bundle carries the sender's profile: the newest one still imported confirms
        # it, even when nothing in it changed (then the record still names an older source).
        confirmed = queries.newest_import_from(connection, city_uuid)
        stakeholders = tuple(
            SharedStakeholder(u, name, kind, locality, website, description, tuple(topics),
                              modified, bundles.get(b, Provenance("", modified)))
            for u, name, kind, locality, website, description, topics, modified, b
            in queries.shared_stakeholders(connection, city_id))
        note_row = queries.note_with_time(connection, city_id)
        hidden, pinned = queries.hidden_and_pinned(connection, city_id)
    return PeerDetail(
        profile=profile, provenance=_newest(bundles.get(bundle_id, seeded),
                                            bundles.get(confirmed[0]) if confirmed else None),
        practices=tuple(PeerPractice(p, practices.get(p.uuid, seeded))
                        for p in profile.practices),
        stakeholders=stakeholders,
        note=note_row[0] if note_row else "",
        note_updated_at=note_row[1] if note_row else None,
        hidden=hidden, pinned=pinned)


def _bundles(connection: Connection) -> dict[int, Provenance]:
    return {
        bundle_id: Provenance(source=f"{sender}: {file_name}", dated=created,
                              bundle_file=str(file_name), sender=str(sender),
                              imported_at=imported)
        for bundle_id, file_name, sender, created, imported in queries.bundle_imports(connection)}


def _newest(written: Provenance, confirmed: Provenance | None) -> Provenance:
    """The profile's provenance: the bundle that last confirmed it, if newer."""
    if confirmed is None or confirmed.dated is None:
        return written
    if written.dated is not None and written.dated > confirmed.dated:
        return written
    return confirmed


def peer_row_id(session: Session, city_uuid: UUID) -> int:
    """The row id of a peer city (not ours), or a message when there is none."""
    from sqlalchemy import select

    from rrr_desktop.models.city import City

    found = session.scalar(select(City.id).where(City.uuid == city_uuid, City.is_ours.is_(False)))
    if found is None:
        raise RejectedInput("peer.gone")
    return found
