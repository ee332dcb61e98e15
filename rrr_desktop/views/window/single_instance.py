"""One window per home: a second launch hands its files to the running one.

The lock file stays the guard against two writers; this is only the courtesy on
top of it. The running window listens on a local socket (a named pipe on Windows)
whose name is derived from the home folder, so two homes never talk to each
other. A second launch sends one JSON line with its files and waits for ``ok``;
the first raises its window and opens them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ANSWER = b"ok\n"
WAIT_MS = 3000
# The running window listens once its pages are filled (``MainWindow.settled``, at most
# 2 s after it is made): a launch meanwhile keeps knocking this long before giving up.
STARTING_MS = 4000


def server_name(home: Path) -> str:
    """Short (Unix socket paths are limited) and the same for every spelling of a home."""
    digest = hashlib.sha256(str(home.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"rrr-desktop-{digest}"


def hand_over(home: Path, files: list[Path], *, starting_ms: int = STARTING_MS) -> bool:
    """Give ``files`` to the window already open on ``home``; False if none answers
    within ``starting_ms`` (that window may still be starting)."""
    socket = QLocalSocket()
    deadline = time.monotonic() + starting_ms / 1000
    while True:
        socket.connectToServer(server_name(home))
        if socket.waitForConnected(WAIT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    message = json.dumps({"files": [str(path) for path in files]}).encode("utf-8") + b"\n"
    socket.write(QByteArray(message))
    answer = b""
    if socket.waitForBytesWritten(WAIT_MS):
        while not answer.endswith(b"\n") and socket.waitForReadyRead(WAIT_MS):
            answer += socket.readAll().data()
    socket.disconnectFromServer()
    return answer == ANSWER


class InstanceServer(QObject):
    """Emits ``filesReceived(list[Path])`` for each later launch (possibly no files)."""

    filesReceived = Signal(list)

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        name = server_name(home)
        # We hold the home's lock, so a server of that name is left over from a crash.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning("Later launches cannot reach this window: %s",
                        self._server.errorString())

    def is_listening(self) -> bool:
        return self._server.isListening()

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            received = bytearray()
            socket.readyRead.connect(
                lambda socket=socket, received=received: self._read(socket, received))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += socket.readAll().data()
        if not received.endswith(b"\n"):
            return
        try:
            files = [Path(name) for name in json.loads(received.decode("utf-8"))["files"]]
        except (ValueError, KeyError, TypeError):
            log.warning("A later launch sent something unreadable: %r", bytes(received[:200]))
            socket.disconnectFromServer()
            return
        socket.write(QByteArray(ANSWER))
        socket.flush()
        self.filesReceived.emit(files)
