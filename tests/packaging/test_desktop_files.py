"""The files that register bundles with the desktop: valid, and agreeing with each other."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.factories import REPO, forged_bundle

LINUX = REPO / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def mime_type() -> str:
    root = ET.parse(LINUX / "rrr-desktop-mime.xml").getroot()
    [declared] = root.findall(f"{MIME_NS}mime-type")
    return declared.attrib["type"]


def test_the_desktop_entry_opens_files_of_the_bundle_type() -> None:
    lines = (LINUX / "rrr-desktop.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    desktop = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert desktop["Exec"].split() == ["rrr-desktop", "%F"]
    assert mime_type() in desktop["MimeType"].split(";")
    assert mime_type() == "application/x-rrr-bundle"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "rrr-desktop.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings either


DETECT = """
from PySide6.QtCore import QMimeDatabase
import sys
print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())
"""


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) is not installed")
def test_a_bundle_is_recognised_by_its_name_and_by_its_content(tmp_path: Path) -> None:
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "rrr-desktop-mime.xml", packages)
    subprocess.run(["update-mime-database", str(packages.parent)], check=True,
                   capture_output=True)
    env = {**os.environ, "XDG_DATA_DIRS": f"{tmp_path / 'share'}:/usr/share",
           "XDG_DATA_HOME": str(tmp_path / "nothing")}
    named = tmp_path / "empty.rrrbundle"
    named.write_bytes(b"")
    unnamed = tmp_path / "attachment"
    unnamed.write_bytes(forged_bundle())
    other_zip = tmp_path / "other"
    other_zip.write_bytes(b"PK\x03\x04" + bytes(26) + b"content.xml" + bytes(40))

    def detected(path: Path) -> str:
        return subprocess.run([sys.executable, "-c", DETECT, str(path)], env=env,
                              capture_output=True, text=True, check=True).stdout.strip()

    assert detected(named) == mime_type()
    assert detected(unnamed) == mime_type()
    assert detected(other_zip) != mime_type()


def test_the_macos_bundle_declares_and_exports_the_bundle_type() -> None:
    spec = (REPO / "packaging" / "rrr-desktop.spec").read_text(encoding="utf-8")
    for key in ("CFBundleDocumentTypes", "UTExportedTypeDeclarations", "LSItemContentTypes",
                '"public.filename-extension": ["rrrbundle"]', "rrr-bundle.icns",
                f'"public.mime-type": ["{mime_type()}"]'):
        assert key in spec
    assert (REPO / "resources" / "icons" / "rrr-bundle.icns").is_file()
