"""Writing files so that a crash or a full disk never leaves one half written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_file(path: Path, mode: str = "w", *, shared: bool = False,
                **options: Any) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``; replace ``path`` only once complete.

    The data is flushed to disk (fsync) before the rename, so after a power cut the
    file is either the old one or the whole new one. On any error the temporary
    file is removed and ``path`` is left as it was. The temporary file is readable by
    its owner only; a ``shared`` file (an export for colleagues) gets the permissions
    any new file gets (the umask's).
    """
    temporary = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed before the move
        mode, dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False,
        **options)
    try:
        with temporary:
            yield temporary
            temporary.flush()
            os.fsync(temporary.fileno())
        if shared:
            os.chmod(temporary.name, 0o666 & ~_umask())
        os.replace(temporary.name, path)
    except BaseException:
        Path(temporary.name).unlink(missing_ok=True)
        raise


def set_aside(path: Path) -> Path:
    """Move a file the app cannot read to ``<name>-unreadable-<time>`` beside it, and
    return where: never deleted, it may hold the only copy of someone's writing."""
    kept = path.with_name(f"{path.stem}-unreadable-{datetime.now(UTC):%Y%m%d-%H%M%S}"
                          f"{path.suffix}")
    path.replace(kept)
    return kept


def _umask() -> int:
    """The process's umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
