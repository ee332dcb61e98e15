"""Where the seed files are and whether this database already has their content.

Kept apart from ``seed`` (which needs PyYAML, pydantic and the ORM) so that the
start-up check costs two file reads and one row read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.app_meta import app_meta_value
from rrr_desktop.resources import resource_path

TOPICS_FILE = "topics.yaml"
CITIES_FILE = "peer_cities.yaml"
TRANSLATIONS_FOLDER = "translations"  # the cities' texts in other languages, a file each
SEED_DIGEST_KEY = "seed_digest"


def read_seed_files(seed_dir: Path | None = None) -> tuple[bytes, bytes, str]:
    """The raw topics and cities files and their combined digest."""
    folder = seed_dir or resource_path("seed")
    topics = (folder / TOPICS_FILE).read_bytes()
    cities = (folder / CITIES_FILE).read_bytes()
    translated = b"".join(b"\0" + path.name.encode() + b"\0" + path.read_bytes()
                          for path in translation_files(folder))
    return topics, cities, hashlib.sha256(topics + b"\0" + cities + translated).hexdigest()


def translation_files(folder: Path) -> list[Path]:
    """The files of the cities' texts in other languages, by name."""
    return sorted((folder / TRANSLATIONS_FOLDER).glob("*.yaml"))


def seed_is_current(db: Database, seed_dir: Path | None = None) -> bool:
    """True when the database already received exactly these seed files."""
    digest = read_seed_files(seed_dir)[2]
    with db.reading() as connection:
        stored = app_meta_value(connection, SEED_DIGEST_KEY)
    return stored == digest
