#!/usr/bin/env python3
"""Developer entry point that needs nothing but python3.

    python3 dev.py start [ARGS]   launch RRR Desktop (ARGS go to rrr-desktop)
    python3 dev.py test           ruff, mypy (strict, whole package), then pytest
    python3 dev.py package        build the one-folder executable and smoke-test it
    python3 dev.py bench          start-up benchmark
    python3 dev.py translations   refresh resources/translations/*.ts and compile the .qm files
    python3 dev.py lock           refresh requirements.lock after changing pyproject.toml

On first use it creates ``.venv`` and installs the exact versions of ``requirements.lock``
(with their hashes), then the project itself; it reinstalls when either file changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".rrr-desktop-installed"
EXTRAS = "dev,package"
LOCK = ROOT / "requirements.lock"


def _run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(part) for part in command], cwd=ROOT, env=env)


def ensure_environment() -> None:
    """Create or refresh the virtual environment when pyproject.toml or the lock changed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()
                            + EXTRAS.encode()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installing RRR Desktop and its tools (first time only) ...", flush=True)
    pip = [PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    if (_run(*pip, "--upgrade", "pip")
            or _run(*pip, "--require-hashes", "--requirement", LOCK)
            or _run(*pip, "--no-deps", "--editable", ".")):
        sys.exit("Installing the dependencies failed; see the messages above.")
    STAMP.write_text(wanted)


def start(args: list[str]) -> int:
    return _run(PYTHON, "-m", "rrr_desktop", *args)


def test(args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ("ruff", [PYTHON, "-m", "ruff", "check", "."]),
        ("mypy", [PYTHON, "-m", "mypy"]),
        ("pytest", [PYTHON, "-m", "pytest", *args]),
    ]
    for name, command in steps:
        print(f"== {name}", flush=True)
        if code := _run(*command, env=env):
            print(f"== {name} failed (exit {code})", flush=True)
            return code
    return 0


def package(args: list[str]) -> int:
    return _run(PYTHON, "packaging/build.py", "--smoke", *args)


def bench(args: list[str]) -> int:
    return _run(PYTHON, "benchmarks/startup.py", *args)


def translations(args: list[str]) -> int:
    """Collect every tr() string into the .ts files, then compile them to .qm."""
    views = ROOT / "rrr_desktop" / "views"
    sources = sorted(str(p.relative_to(ROOT)) for p in views.rglob("*.py"))
    folder = ROOT / "resources" / "translations"
    catalogues = sorted(folder.glob("rrr_desktop_*.ts"))
    for catalogue in catalogues:
        relative = str(catalogue.relative_to(ROOT))
        if _run(BIN / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources,
                "-ts", relative):
            return 1
        if _run(BIN / "pyside6-lrelease", "-silent", relative,
                "-qm", relative.removesuffix(".ts") + ".qm"):
            return 1
    # Qt's dialog texts that qtbase leaves in English (qt_extra_*.ts) are kept by hand:
    # compiled only, never refreshed by lupdate (-no-obsolete would empty them).
    for extra in sorted(folder.glob("qt_extra_*.ts")):
        relative = str(extra.relative_to(ROOT))
        if _run(BIN / "pyside6-lrelease", "-silent", relative,
                "-qm", relative.removesuffix(".ts") + ".qm"):
            return 1
    # English: only the counted texts ("%Ln stakeholders"), compiled next to the others.
    english = str((folder / "plurals" / "rrr_desktop_en.ts").relative_to(ROOT))
    if _run(BIN / "pyside6-lupdate", "-pluralonly", "-no-obsolete", "-locations", "none",
            *sources, "-ts", english) or _run(
            BIN / "pyside6-lrelease", "-silent", english,
            "-qm", str((folder / "rrr_desktop_en.qm").relative_to(ROOT))):
        return 1
    print(f"{len(catalogues) + 1} translations updated in {folder.relative_to(ROOT)}")
    return 0


def lock(args: list[str]) -> int:
    """Resolve pyproject.toml (with the dev and package extras) for every platform, with
    hashes, into requirements.lock; uv does it in seconds and across platforms."""
    if _run(PYTHON, "-m", "uv", "--version"):
        _run(PYTHON, "-m", "pip", "install", "--quiet", "uv")
    extras = [part for name in EXTRAS.split(",") for part in ("--extra", name)]
    return _run(PYTHON, "-m", "uv", "pip", "compile", "pyproject.toml", "--universal",
                "--generate-hashes", "--python-version", "3.11", *extras,
                "--output-file", LOCK.name, *args)


COMMANDS = {
    "start": start, "test": test, "package": package, "bench": bench,
    "translations": translations, "lock": lock,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    ensure_environment()
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
