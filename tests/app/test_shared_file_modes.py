"""What the officer writes for others (bundles, briefs, email drafts, profile documents)
is readable by colleagues, as any file they save; the signing key stays private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.exchange.email_draft import write_email_draft
from tests.factories import run_cli


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("usual_umask")
def test_files_for_others_are_readable_and_the_key_is_not(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, city_homes: tuple[str, str]) -> None:
    bilbao = city_homes[0]
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli(capsys, "bundle", "export", str(out / "Bilbao"), "--home", bilbao)[0] == 0
    assert run_cli(capsys, "--home", bilbao, "brief", str(out / "brief.pdf"))[0] == 0
    assert run_cli(capsys, "--home", bilbao, "profile", "export", str(out / "p.yaml"))[0] == 0
    write_email_draft(out / "Bilbao.rrrbundle", out / "draft.eml", "Bilbao")
    assert {name: mode(out / name) for name in ("Bilbao.rrrbundle", "brief.pdf", "p.yaml",
                                                "draft.eml")} == dict.fromkeys(
        ("Bilbao.rrrbundle", "brief.pdf", "p.yaml", "draft.eml"), 0o644)
    assert mode(resolve_paths(bilbao).signing_key) == 0o600
