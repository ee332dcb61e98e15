"""Render the RRR Desktop icons (the app's and the bundle file type's) into PNG, ICO and
ICNS files.

The single sources of truth are ``resources/icons/rrr-desktop.svg`` and ``rrr-bundle.svg``.
This script draws each with Qt's own SVG renderer (the same one the running app uses)
onto transparent images at every size that the platforms ask for, then packs those renders
into a Windows ``.ico`` and a macOS ``.icns`` with Pillow. Each size is rendered from the
vector source rather than scaled down from a large bitmap, so small sizes stay crisp.

Usage (from anywhere; paths are resolved relative to this file)::

    .venv/bin/python packaging/make_icons.py

Needs PySide6 (QtSvg) and Pillow (``pip install -e '.[icons]'``). Runs headless: it selects
Qt's ``offscreen`` platform unless ``QT_QPA_PLATFORM`` is already set.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO_ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = REPO_ROOT / "resources" / "icons"
ICONS = ("rrr-desktop", "rrr-bundle")  # the app, and .rrrbundle files
PNG_DIR = ICON_DIR / "png"

PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
"""Square pixel sizes rendered to ``png/rrr-desktop-<size>.png``."""

ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
"""Sizes packed into the ``.ico`` (256 is the largest that format holds)."""


def render_svg(renderer: QSvgRenderer, size: int) -> QImage:
    """Draw the SVG onto a new transparent ``size`` x ``size`` image, antialiased."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_path(icon: str, size: int) -> Path:
    """Where the PNG render of ``icon`` for ``size`` is written."""
    return PNG_DIR / f"{icon}-{size}.png"


def write_pngs(icon: str) -> dict[int, Path]:
    """Render ``icon`` at every size in :data:`PNG_SIZES` and return the written paths."""
    source = ICON_DIR / f"{icon}.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        msg = f"Qt could not parse the SVG: {source}"
        raise RuntimeError(msg)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_path(icon, size)
        if not render_svg(renderer, size).save(str(path)):
            msg = f"Could not write {path}"
            raise OSError(msg)
        written[size] = path
    return written


def load_rgba(path: Path) -> Image.Image:
    """Open a PNG fully into memory as RGBA, so the file handle is not kept open."""
    with Image.open(path) as image:
        return image.convert("RGBA")


def write_ico(icon: str, pngs: dict[int, Path]) -> Path:
    """Pack the exact-size renders into a multi-resolution Windows ``.ico``."""
    images = [load_rgba(pngs[size]) for size in ICO_SIZES]
    largest, *others = images[::-1]
    path = ICON_DIR / f"{icon}.ico"
    largest.save(
        path,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=others,
    )
    return path


def write_icns(icon: str, pngs: dict[int, Path]) -> Path:
    """Pack the renders into a macOS ``.icns`` (Pillow uses 16 to 1024 px slots)."""
    base = load_rgba(pngs[1024])
    others = [load_rgba(path) for size, path in pngs.items() if size != 1024]
    path = ICON_DIR / f"{icon}.icns"
    base.save(path, format="ICNS", append_images=others)
    return path


def main() -> int:
    """Regenerate every raster icon from the SVG source; return a process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for icon in ICONS:
        pngs = write_pngs(icon)
        written += [*pngs.values(), write_ico(icon, pngs), write_icns(icon, pngs)]
    del app
    for path in written:
        print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
