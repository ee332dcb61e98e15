"""Render the RRR Desktop application icon into PNG, ICO and ICNS files.

The single source of truth is ``resources/icons/rrr-desktop.svg``. This script draws it with
Qt's own SVG renderer (the same one the running app uses) onto transparent images at every size
that the platforms ask for, then packs those renders into a Windows ``.ico`` and a macOS
``.icns`` with Pillow. Each size is rendered from the vector source rather than scaled down from
a large bitmap, so small sizes stay crisp.

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
SOURCE_SVG = ICON_DIR / "rrr-desktop.svg"
PNG_DIR = ICON_DIR / "png"
ICO_PATH = ICON_DIR / "rrr-desktop.ico"
ICNS_PATH = ICON_DIR / "rrr-desktop.icns"

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


def png_path(size: int) -> Path:
    """Where the PNG render for ``size`` is written."""
    return PNG_DIR / f"rrr-desktop-{size}.png"


def write_pngs(source: Path) -> dict[int, Path]:
    """Render ``source`` at every size in :data:`PNG_SIZES` and return the written paths."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        msg = f"Qt could not parse the SVG: {source}"
        raise RuntimeError(msg)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_path(size)
        if not render_svg(renderer, size).save(str(path)):
            msg = f"Could not write {path}"
            raise OSError(msg)
        written[size] = path
    return written


def load_rgba(path: Path) -> Image.Image:
    """Open a PNG fully into memory as RGBA, so the file handle is not kept open."""
    with Image.open(path) as image:
        return image.convert("RGBA")


def write_ico(pngs: dict[int, Path]) -> None:
    """Pack the exact-size renders into a multi-resolution Windows ``.ico``."""
    images = [load_rgba(pngs[size]) for size in ICO_SIZES]
    largest, *others = images[::-1]
    largest.save(
        ICO_PATH,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=others,
    )


def write_icns(pngs: dict[int, Path]) -> None:
    """Pack the renders into a macOS ``.icns`` (Pillow uses 16 to 1024 px slots)."""
    base = load_rgba(pngs[1024])
    others = [load_rgba(path) for size, path in pngs.items() if size != 1024]
    base.save(ICNS_PATH, format="ICNS", append_images=others)


def main() -> int:
    """Regenerate every raster icon from the SVG source; return a process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = write_pngs(SOURCE_SVG)
    write_ico(pngs)
    write_icns(pngs)
    del app
    for path in [*pngs.values(), ICO_PATH, ICNS_PATH]:
        print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
