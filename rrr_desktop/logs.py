"""Logging to a rotating file in the home's ``logs/`` folder."""

from __future__ import annotations

import faulthandler
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5


def configure_logging(log_file: Path) -> None:
    """Send the app's log records to ``log_file``, rotating it at about 1 MB."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


NATIVE_CRASH_LOG = "native-crashes.log"
_native_crash_file: list[object] = []  # kept open for the life of the process


def log_native_crashes(logs: Path) -> Path:
    """A crash inside Qt or another C library kills Python before any handler runs;
    ``faulthandler`` still writes every thread's Python stack to this file."""
    path = logs / NATIVE_CRASH_LOG
    stream = path.open("a", encoding="utf-8")  # stays open until the process ends
    _native_crash_file[:] = [stream]
    faulthandler.enable(file=stream, all_threads=True)
    return path
