"""Load the app's and Qt's own translations for the user's language.

Translations live in ``resources/translations/rrr_desktop_<lang>.ts`` (edited with
Qt Linguist or by hand) and are compiled to ``.qm`` by ``python3 dev.py
translations``. Qt's ``qtbase`` catalogue translates the standard buttons and dialogs;
what it leaves in English in one of our languages (the file dialog's "Look in:", the
print dialog's duplex choices) is in ``qt_extra_<lang>.ts``, kept by hand and searched
after qtbase, so that Qt's own translation wins where it has one. The
services' messages (:mod:`rrr_desktop.messages`) follow the same language, so a
rejected input reads in the officer's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rrr_desktop.messages import set_language
from rrr_desktop.resources import resource_path

CATALOGUE = "rrr_desktop"
QT_EXTRA = "qt_extra"
# Qt ships Brazilian Portuguese only: a Portuguese window in Portugal uses it too.
QT_FALLBACKS = {"pt": "qtbase_pt_BR"}
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
    """Install every catalogue found for ``locale`` (default: the system's); name them.

    The message catalogue switches to the locale's language as well (English when
    the app does not speak it).
    """
    locale = locale or QLocale()
    language = locale.name().split("_")[0]
    set_language(language)
    install_english_plurals(app)
    ours = str(resource_path("translations"))
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # The last installed is searched first: qt_extra goes in before qtbase.
    installed = []
    for catalogue, folder in ((CATALOGUE, ours), (QT_EXTRA, ours), ("qtbase", qt)):
        translator = QTranslator(app)
        loaded = translator.load(locale, catalogue, "_", folder) or (
            catalogue == "qtbase" and language in QT_FALLBACKS
            and translator.load(QT_FALLBACKS[language], folder))
        if loaded:
            app.installTranslator(translator)
            installed.append(catalogue)
    return installed
