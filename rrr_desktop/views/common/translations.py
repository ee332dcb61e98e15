"""Load the app's and Qt's own translations for the user's language.

Translations live in ``resources/translations/rrr_desktop_<lang>.ts`` (edited with
Qt Linguist or by hand) and are compiled to ``.qm`` by ``python3 dev.py
translations``. Qt's ``qtbase`` catalogue translates the standard buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rrr_desktop.resources import resource_path

CATALOGUE = "rrr_desktop"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install every catalogue found for ``locale`` (default: the system's); name them."""
    locale = locale or QLocale()
    folders = {
        CATALOGUE: str(resource_path("translations")),
        "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    installed = []
    for catalogue, folder in folders.items():
        translator = QTranslator(app)
        if translator.load(locale, catalogue, "_", folder):
            app.installTranslator(translator)
            installed.append(catalogue)
    return installed
