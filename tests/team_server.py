"""A throwaway PostgreSQL server for the tests of the team database.

``RRR_TEST_POSTGRES_URL`` (a superuser's address, e.g.
``postgresql://postgres@localhost:5432/postgres``) names a server to use instead; else
one is made with Debian's PostgreSQL binaries (``postgresql`` package) or any
``initdb``/``pg_ctl`` on the PATH: ``initdb`` into a temporary folder, a free port on
127.0.0.1, its socket in the same folder, no fsync (the data is thrown away), stopped
and deleted at the end of the run. PostgreSQL refuses to run as root, so under root
(CI's container) the server runs as the unprivileged ``nobody``.

Each test gets a database of its own, copied from a template that is migrated and
seeded once (``CREATE DATABASE ... TEMPLATE``, as the SQLite homes copy one file).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

URL_ENV = "RRR_TEST_POSTGRES_URL"
TEMPLATE = "rrr_template"
_names = itertools.count(1)


class NoServer(Exception):
    """No PostgreSQL server can be had here; the message says why."""


@dataclass(frozen=True)
class TeamServer:
    """A running server: its superuser address (without a database name) and prefix."""

    base_url: str
    prefix: str

    def url(self, database: str) -> str:
        return f"{self.base_url}/{database}"

    def execute(self, *statements: str) -> None:
        """Run statements on the server's maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(_libpq(self.url("postgres")), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """The address of a new empty database (or a copy of ``template``)."""
        name = f"{self.prefix}_{os.getpid()}_{next(_names)}"
        copy = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def drop(self, url: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _binaries() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name))
    if not versions:
        raise NoServer("no PostgreSQL server binaries (initdb) are installed: install "
                       f"Debian's postgresql package, or set {URL_ENV}")
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def started_server() -> Iterator[TeamServer]:
    """A server for this test run (the one of ``RRR_TEST_POSTGRES_URL``, or a new one)."""
    if os.environ.get(URL_ENV):
        yield TeamServer(os.environ[URL_ENV].rstrip("/").rsplit("/", 1)[0], "rrr_test")
        return
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="rrr-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse root
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        run_as = ["runuser", "-u", "nobody", "--"]
    data, port = folder / "data", _free_port()

    def run(*command: str | Path) -> None:
        done = subprocess.run([*run_as, *map(str, command)], capture_output=True, text=True,
                              timeout=120, check=False)
        if done.returncode:
            raise NoServer(f"{Path(command[0]).name} failed: "
                           f"{(done.stderr or done.stdout).strip()[-500:]}")

    try:
        run(binaries / "initdb", "-D", data, "-A", "trust", "-U", "rrr", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync")
        run(binaries / "pg_ctl", "-D", data, "-l", folder / "server.log", "-w", "-t", "60",
            "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start")
    except (NoServer, OSError, subprocess.TimeoutExpired) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"a PostgreSQL server could not be started here: {error}") from error
    try:
        yield TeamServer(f"postgresql://rrr@127.0.0.1:{port}", "rrr_test")
    finally:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=60, check=False)
        shutil.rmtree(folder, ignore_errors=True)
