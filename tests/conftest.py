"""Shared fixtures: every test gets its own home; Qt runs offscreen."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rrr_desktop.paths import HOME_ENV, AppPaths, resolve_paths
from rrr_desktop.services.home import Home, open_home

SEED_UUIDS = {
    "Bilbao": "4e38b4a8-0d4d-4d3f-a059-d829f956cea5",
    "Rotterdam": "403ba106-216e-4f8a-8eb4-cb39c3fb9707",
    "Montréal": "946d3f7b-164e-4165-b215-f19965e0d859",
}
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_real_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the developer's real data folder."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "default-home"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "home")


@pytest.fixture
def home(paths: AppPaths) -> Iterator[Home]:
    opened = open_home(paths)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """One home with the sample data (our city, 300 stakeholders), shared by a module's
    tests that only read it."""
    from rrr_desktop.services.setup.sample_data import load_sample_data

    opened = open_home(resolve_paths(tmp_path_factory.mktemp("sample") / "home"))
    load_sample_data(opened.db)
    yield opened
    opened.close()


HEAVY_MODULES = ("sqlalchemy", "alembic", "yaml", "pydantic", "pycountry")


def heavy_modules_loaded_by(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; which of ``HEAVY_MODULES`` did it import?"""
    probe = (f"{code}\nimport sys\n"
             f"print(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    return list(ast.literal_eval(result.stdout.strip().splitlines()[-1]))
