"""requirements.lock pins, with hashes, a version every pyproject requirement accepts."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def locked() -> dict[str, tuple[str, str]]:
    """name -> (version, the entry's text) for every pin of the lock."""
    entries = re.split(r"\n(?=\S)", (REPO / "requirements.lock").read_text(encoding="utf-8"))
    pins = {}
    for entry in entries:
        if match := PIN.match(entry):
            pins[canonicalize_name(match[1])] = (match[2], entry)
    return pins


def requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(text) for text in
            [*project["dependencies"], *extras["dev"], *extras["package"]]]


def test_every_requirement_is_pinned_with_hashes_to_a_version_it_accepts() -> None:
    pins = locked()
    problems = []
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{name} is not in the lock")
            continue
        version, entry = pins[name]
        if not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{name}=={version} does not satisfy {requirement.specifier}")
        if "--hash=sha256:" not in entry:
            problems.append(f"{name} has no hash")
    assert problems == [], "run: python3 dev.py lock"


def test_every_pin_has_a_hash() -> None:
    assert [name for name, (_v, entry) in locked().items() if "--hash=" not in entry] == []
