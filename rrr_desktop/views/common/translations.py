"""Load the app's and Qt's own translations for the user's language.

Translations live in ``resources/translations/rrr_desktop_<lang>.ts`` (edited with
Qt Linguist or by hand) and are compiled to ``.qm`` by ``python3 dev.py
translations``. Qt's ``qtbase`` catalogue translates the standard buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rrr_desktop.resources import resource_path

CATALOGUE = "rrr_desktop"
# English has translations too, of counted texts only ("%Ln stakeholders" says
# "1 stakeholder" and "2 stakeholders"): resources/translations/plurals/, compiled
# next to the others. Installed first, it is searched last: any language's own wins.
ENGLISH_PLURALS = f"{CATALOGUE}_en"


def install_english_plurals(app: QCoreApplication) -> bool:
    """Counted texts read right in English, whatever else is installed."""
    translator = QTranslator(app)
    translator.setObjectName(ENGLISH_PLURALS)
    if not translator.load(ENGLISH_PLURALS, str(resource_path("translations"))):
        return False
    return app.installTranslator(translator)


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install every catalogue found for ``locale`` (default: the system's); name them."""
    locale = locale or QLocale()
    install_english_plurals(app)
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
