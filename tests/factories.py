"""Shared test factories: homes copied from one migrated template, seeded cities,
small matching worlds, CLI parsers and hand-made zips and bundles.

Fixtures live in ``tests/conftest.py``; everything a test module may import from
another place lives here, so no test module imports from another.
"""

from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import strategies as st
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from rrr_desktop.__main__ import main
from rrr_desktop.cli.peers.arguments import add_matching_parsers
from rrr_desktop.models.city import City, CityFreeTopic
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.paths import AppPaths, resolve_paths
from rrr_desktop.services.exchange.container import (
    Sender,
    SigningKey,
    public_key_bytes,
    sign,
    signing_key_from_seed,
    write_bundle,
)
from rrr_desktop.services.exchange.container.manifest import encode_public_key
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.peers.world import CityTopics, TopicGraph, World
from rrr_desktop.services.setup.cities import init_our_city

if TYPE_CHECKING:
    from rrr_desktop.views.briefs.page import BriefsPage
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.stakeholders.page import StakeholdersPage

REPO = Path(__file__).resolve().parent.parent


def _shared_data() -> Path:
    """``../shared/data`` beside the repository; in a git worktree (whose ``.git`` is a
    file naming the main checkout's), beside the main checkout when not beside it."""
    here = REPO.parent / "shared" / "data"
    dot_git = REPO / ".git"
    if here.exists() or not dot_git.is_file():
        return here
    git_dir = Path(dot_git.read_text(encoding="utf-8").partition(":")[2].strip())
    return git_dir.parents[2].parent / "shared" / "data"  # <main>/.git/worktrees/NAME


SHARED_DATA = _shared_data()  # real public data: tests using it skip when it is absent
REAL_WORLD = SHARED_DATA / "real-world"
SEED_UUIDS = {
    "Bilbao": "4e38b4a8-0d4d-4d3f-a059-d829f956cea5",
    "Rotterdam": "403ba106-216e-4f8a-8eb4-cb39c3fb9707",
    "Montréal": "946d3f7b-164e-4165-b215-f19965e0d859",
}


# --- homes ---------------------------------------------------------------------------------

@functools.cache
def template_database() -> Path:
    """A database migrated to the newest schema and seeded, made once per test run.

    Migrating and seeding take a fifth of a second; copying the result takes well
    under a millisecond, so every test home starts as a copy of this file.
    """
    folder = Path(tempfile.mkdtemp(prefix="rrr-test-template-"))
    opened = open_home(resolve_paths(folder))
    opened.close()
    with closing(sqlite3.connect(opened.paths.database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    return opened.paths.database


def migrated_paths(folder: Path) -> AppPaths:
    """The paths of a new home in ``folder`` whose database is already migrated and seeded."""
    paths = resolve_paths(folder)
    assert not paths.database.exists(), f"{paths.database} exists already"
    paths.create_folders()
    shutil.copyfile(template_database(), paths.database)
    return paths


def open_test_home(folder: Path) -> Home:
    """A new home in ``folder``, opened as the app opens it (nothing left to migrate)."""
    return open_home(migrated_paths(folder))


def bilbao_briefs_page(qtbot: QtBot, home: Home) -> BriefsPage:
    """The Briefs page on a Bilbao home, shown, filled, its texts suggested."""
    from rrr_desktop.services.setup.cities import choose_seeded_city
    from rrr_desktop.views.briefs.page import BriefsPage

    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    shown = BriefsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    qtbot.waitUntil(lambda: "Bilbao" in shown.texts.texts["purpose"].toPlainText())
    return shown


def bilbao_window(qtbot: QtBot, paths: AppPaths,
                  prepare: Callable[[Home], object] | None = None) -> Iterator[MainWindow]:
    """The main window on a Bilbao home (``prepare`` adds to the home first), shown,
    active and with its pages filled, as an officer finds it; closed afterwards."""
    from PySide6.QtWidgets import QApplication

    from rrr_desktop.services.setup import cities
    from rrr_desktop.views.common import shared_settings
    from rrr_desktop.views.common.worker import wait_for_background_work
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.settings import Settings
    from rrr_desktop.views.startup import Startup

    home = open_test_home(paths.home)
    cities.init_our_city(home.db, "Bilbao", None, None)
    if prepare is not None:
        prepare(home)
    home.close()
    settings = Settings(paths.settings_file)
    shared_settings.use_settings(settings)
    made = MainWindow(paths, settings)
    qtbot.addWidget(made)
    startup = Startup(paths, made)
    made.firstShown.connect(startup.begin)
    with qtbot.waitSignal(made.pagesFilled, timeout=20_000):
        made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    yield made
    made.unsaved.close_anyway = True  # what a test leaves typed is not asked about
    made.close()
    wait_for_background_work()
    shared_settings._settings.clear()
    if startup.home is not None:
        startup.home.close()

def drag_column_edge(qtbot: QtBot, page: StakeholdersPage, column: int, width: int) -> None:
    """Size a column of the register as the officer does: show the page and drag the
    right edge of the column's title until it is ``width`` wide."""
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    target = header.sectionViewportPosition(column) + width - 1
    area = header.viewport()
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(area, QPoint((edge + target) // 2, y))
    qtbot.mouseMove(area, QPoint(target, y))
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=QPoint(target, y))
    assert header.sectionSize(column) == width


@contextmanager
def database_connection(home: Home) -> Iterator[Connection]:
    """A connection to the home's database, SQLite file or team database, in one
    transaction committed at the end: for tests that read or change rows directly
    (``?`` parameters; values come back as SQLite stores them)."""
    with home.db.session() as session:
        yield driver_connection(session)


def home_arguments(home: Home) -> list[str]:
    """``--home`` (and ``--db`` for a team database) that open ``home`` on the command
    line."""
    team = ["--db", home.paths.team_database] if home.paths.team_database else []
    return ["--home", str(home.paths.home), *team]


def open_city_home(folder: Path, city: str) -> Home:
    """A new home in ``folder`` whose own city is the shipped ``city``."""
    opened = open_test_home(folder)
    init_our_city(opened.db, city, None, None)
    return opened


def add_own_words(home: Home, city: str, role: TopicRole, text: str) -> None:
    """Give a seeded city a topic in its own words, as a bundle would."""
    with home.db.session() as session:
        found = session.scalar(select(City).where(City.uuid == uuid.UUID(SEED_UUIDS[city])))
        assert found is not None
        found.free_topics.append(CityFreeTopic(role=role, text=text))


HEAVY_MODULES = ("sqlalchemy", "alembic", "yaml", "pydantic", "pycountry")


def heavy_modules_loaded_by(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; which of ``HEAVY_MODULES`` did it import?"""
    probe = (f"{code}\nimport sys\n"
             f"print(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    return list(ast.literal_eval(result.stdout.strip().splitlines()[-1]))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``rrr-desktop ARGV`` in this process: its exit code, standard output and error."""
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse's usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def parse_peers_command(*argv: str) -> argparse.Namespace:
    """``argv`` parsed by the ``peers`` and ``groups`` command parsers alone."""
    parser = argparse.ArgumentParser(prog="rrr-desktop")
    commands = parser.add_subparsers(dest="command", required=True)
    peers = commands.add_parser("peers")
    peer_commands = peers.add_subparsers(dest="peers_command", required=True)
    add_matching_parsers(peer_commands, commands, argparse.ArgumentParser(add_help=False))
    return parser.parse_args(argv)


# --- small matching worlds where the right answer is known ---------------------------------

GRAPH = TopicGraph(
    labels={"sib": "Social impact bonds", "procurement": "Public procurement",
            "comms": "Transversal communication strategies",
            "vulnerable": "Reaching vulnerable communities", "trust": "Trust building",
            "co-impl": "Co-implementation", "collab": "Collaborative management",
            "partnerships": "Long-term partnerships", "hubs": "Co-design hubs"},
    synonyms={"sib": ("impact investing", "impact bonds")},
    related={"collab": frozenset({"partnerships"}), "partnerships": frozenset({"collab"}),
             "comms": frozenset({"trust"}), "trust": frozenset({"comms"})},
    leads_to={"co-impl": frozenset({"collab"})},
)
TOPICS = tuple(sorted(GRAPH.labels))


def city(name: str, offers: Iterable[str] = (), wants: Iterable[str] = (),
         challenges: Iterable[str] = (), **more: object) -> CityTopics:
    made = CityTopics(uuid=uuid.uuid5(uuid.NAMESPACE_URL, name), name=name,
                      offers=frozenset(offers), wants=frozenset(wants),
                      challenges=frozenset(challenges))
    return replace(made, **more)  # type: ignore[arg-type]


def world(*cities: CityTopics) -> World:
    return World(GRAPH, cities)


topic_sets = st.frozensets(st.sampled_from(TOPICS), max_size=4)
maturities = st.dictionaries(st.sampled_from(TOPICS), st.integers(0, 10), max_size=4)


@st.composite
def cities(draw: st.DrawFn, name: str) -> CityTopics:
    return city(name, offers=draw(topic_sets), wants=draw(topic_sets),
                challenges=draw(topic_sets), maturity=draw(maturities),
                free_wants=tuple(draw(st.lists(st.sampled_from(
                    ["urban gardens", "housing co-operatives", "repair cafés"]), max_size=2))),
                free_offers=tuple(draw(st.lists(st.sampled_from(
                    ["urban garden", "co-operative housing", "bike lanes"]), max_size=2))))


# --- hand-made zips and bundles: every header field can lie --------------------------------

KEY = signing_key_from_seed(bytes(range(32)))
OTHER_KEY = signing_key_from_seed(bytes(range(1, 33)))
THIRD_KEY = signing_key_from_seed(bytes(range(2, 34)))
SENDER = Sender(uuid.UUID("4e38b4a8-0d4d-4d3f-a059-d829f956cea5"), "Bilbao", "ES")
STAKEHOLDERS = [{"uuid": str(uuid.UUID(int=n)), "revision": 1, "name": f"Co-op {n}",
                 "updated_at": "2026-11-01T10:00:00Z", "influence": 3} for n in range(20)]
CONTENT: dict[str, bytes] = {
    "profile.yaml": dump_yaml({"name": "Bilbao", "country_code": "ES", "revision": 2}),
    "stakeholders.json": dump_json(STAKEHOLDERS),
}
UNIX_FILE = (0o100644 << 16)
MADE_BY_UNIX = (3 << 8) | 20


@dataclass(frozen=True)
class Member:
    """One zip member; ``None`` fields take the honest value."""

    name: str
    content: bytes
    method: int = zlib.DEFLATED
    flags: int = 0
    external_attr: int = UNIX_FILE
    made_by: int = MADE_BY_UNIX
    size: int | None = None
    crc: int | None = None
    local_name: str | None = None
    data: bytes | None = None  # the bytes stored, instead of compressing ``content``
    extra: bytes = b""
    descriptor: bytes | None = None  # written after the data (set flag 0x08 to announce it)
    local: bool = True  # False: only a central entry (give its offset to ``build_zip``)

    def stored_data(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.method == zlib.DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            return packer.compress(self.content) + packer.flush()
        return self.content


@dataclass
class Layout:
    """Where ``build_zip`` put things, for tests that aim at a place."""

    header_offsets: dict[str, int] = field(default_factory=dict)
    directory_offset: int = 0


def local_header(member: Member) -> bytes:
    name = (member.local_name or member.name).encode("utf-8")
    data = member.stored_data()
    sizes = (0, 0, 0) if member.flags & 0x08 else (_crc(member), len(data), _size(member))
    return struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, member.flags, member.method, 0, 0x5921,
                       *sizes, len(name), len(member.extra)) + name + member.extra


def build_zip(members: list[Member], *, offsets: Mapping[str, int] | None = None,
              comment: bytes = b"", layout: Layout | None = None,
              count: int | None = None) -> bytes:
    """A zip of ``members`` in order; ``offsets`` makes central entries point elsewhere."""
    body = bytearray()
    central = bytearray()
    layout = layout or Layout()
    for member in members:
        if member.local:
            layout.header_offsets[member.name] = len(body)
            body += local_header(member) + member.stored_data() + (member.descriptor or b"")
    for member in members:
        name = member.name.encode("utf-8")
        offset = (offsets or {}).get(member.name) or layout.header_offsets[member.name]
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", member.made_by, 20, member.flags,
                               member.method, 0, 0x5921, _crc(member),
                               len(member.stored_data()), _size(member), len(name),
                               len(member.extra), 0, 0, 0, member.external_attr,
                               offset) + name + member.extra
    layout.directory_offset = len(body)
    entries = len(members) if count is None else count
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries, entries, len(central),
                      len(body), len(comment))
    return bytes(body + central + end + comment)


def manifest_document(content: Mapping[str, bytes], key: SigningKey = KEY
                      ) -> dict[str, Any]:
    return {
        "format": "rrr-desktop/bundle", "format_version": 1, "app_version": "0.1.0",
        "created_at": "2026-11-25T10:00:00Z",
        "sender": {"city_uuid": str(SENDER.city_uuid), "name": SENDER.name,
                   "country_code": SENDER.country_code},
        "public_key": encode_public_key(public_key_bytes(key)),
        "members": [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    for name, data in content.items()],
    }


def bundle_members(content: Mapping[str, bytes] | None = None, *,
                   edit: Callable[[dict[str, Any]], object] | None = None,
                   manifest: bytes | None = None, signer: SigningKey = KEY,
                   signature: bytes | None = None) -> list[Member]:
    """The members of a signed bundle; ``edit`` changes the manifest before signing."""
    content = CONTENT if content is None else content
    document = manifest_document(content)
    if edit is not None:
        edit(document)
    manifest = dump_yaml(document) if manifest is None else manifest
    signature = sign(signer, manifest) if signature is None else signature
    return [Member("manifest.yaml", manifest), Member("manifest.sig", signature, method=0),
            *(Member(name, data) for name, data in content.items())]


def forged_bundle(content: Mapping[str, bytes] | None = None, **options: Any) -> bytes:
    return build_zip(bundle_members(content, **options))


def changed(members: list[Member], target: str, /, **fields: Any) -> list[Member]:
    """``members`` with the one named ``target`` changed."""
    return [replace(m, **fields) if m.name == target else m for m in members]


def _crc(member: Member) -> int:
    return zlib.crc32(member.content) if member.crc is None else member.crc


def _size(member: Member) -> int:
    return len(member.content) if member.size is None else member.size



# --- content-level helpers: what homes exchange in bundles --------------------------------

def add_stakeholders(db: Database, count: int, **values: Any) -> list[int]:
    """``count`` shareable organisations (values override the defaults); their ids."""
    with db.session() as session:
        added = [Stakeholder(**{"name": f"Co-op {n}", "kind": "cooperative",
                                "shareable": True, **values}) for n in range(count)]
        session.add_all(added)
        session.flush()
        return [record.id for record in added]


def content_bundle(path: Path, content: Mapping[str, Any], *, sender: Sender = SENDER,
                   key: SigningKey = KEY) -> Path:
    """A correctly signed bundle with hand-written members (dicts and lists, not bytes)."""
    members = {name: dump_yaml(data) if name.endswith(".yaml") else dump_json(data)
               for name, data in content.items()}
    write_bundle(path, sender, members, key, "test")
    return path


def city_card(sender: Sender = SENDER, revision: int = 5, **values: Any) -> dict[str, Any]:
    return {"city": {"uuid": str(sender.city_uuid), "name": sender.name,
                     "country_code": sender.country_code, "revision": revision,
                     "updated_at": "2026-11-01T10:00:00Z", **values}}


def peer_stakeholder(n: int, revision: int = 1, **values: Any) -> dict[str, Any]:
    return {"uuid": str(uuid.UUID(int=10_000 + n)), "revision": revision,
            "updated_at": "2026-11-01T10:00:00Z", "name": f"Peer co-op {n}",
            "kind": "cooperative", **values}


def posing_bundle(path: Any, city_uuid: uuid.UUID, called: str, country: str,
                  key: SigningKey, **card: Any) -> Any:
    """A correctly signed bundle of the city ``city_uuid`` calling itself ``called``."""
    sender = Sender(city_uuid, called, country)
    return content_bundle(path, {"profile.yaml": city_card(sender, **card)}, sender=sender,
                          key=key)


class MemoryKeyring(KeyringBackend):
    """A system keyring for tests: entries in a dict, ``(service, user) -> secret``."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_the_file_page(qtbot: QtBot, wizard: Any) -> None:
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.summary.isComplete)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
