"""Load the app's and Qt's own translations for the user's language.

Translations live in ``resources/translations/rrr_desktop_<lang>.ts`` (edited with
Qt Linguist or by hand) and are compiled to ``.qm`` by ``python3 dev.py
translations``. Qt's ``qtbase`` catalogue translates the standard buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rrr_desktop.resources import resource_path

CATALOGUE = "rrr_desktop"
# Language names in their own language: an officer finds theirs whatever the window's.
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português",
                "it": "Italiano", "nl": "Nederlands", "pl": "Polski"}


def chosen_locale(language: str) -> QLocale:
    """The locale for the language chosen in Preferences ("" = the system's), made the
    default so that dates, numbers and the briefs' language follow it too. The country
    stays the system's: it decides the usual paper size."""
    if language in NATIVE_NAMES:
        QLocale.setDefault(QLocale(QLocale(language).language(), QLocale.system().territory()))
    return QLocale()


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
