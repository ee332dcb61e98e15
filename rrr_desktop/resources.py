"""Find files shipped with the app, from a source checkout, a wheel or a frozen build.

In a checkout the files live in ``<repo>/resources``; a wheel maps that folder to
``rrr_desktop/resources``; PyInstaller unpacks it to ``<bundle>/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder that holds ``seed/``, ``icons/`` and the other shipped resources."""
    package_dir = Path(__file__).resolve().parent
    candidates = []
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir:
        candidates.append(Path(frozen_dir) / "resources")
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / "seed").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"The app's resources folder is missing (looked in {searched}).")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("seed", "topics.yaml")``."""
    return resources_root().joinpath(*parts)
