"""Which language the interface speaks, and installing it: translators, locale, direction.

Persian installs our `qods_planner_fa.qm` and Qt's own `qtbase_fa.qm` (the texts of Qt's
dialogs and standard buttons), makes Persian (Iran) the default `QLocale` so that spin boxes and
tables show Persian digits, and lays the application out right to left. English removes them
again and lays it out left to right.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from qods_planner import messages

log = logging.getLogger(__name__)

LANGUAGES = ("fa", "en")
# Each language's name written in that language: what a language picker shows.
LANGUAGE_NAMES = {"fa": "فارسی", "en": "English"}
SETTINGS_KEY = "ui/language"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
OUR_CATALOGUE = "qods_planner_fa"
QT_CATALOGUE = "qtbase_fa"
ENGLISH_PLURALS = "qods_planner_en"

# The translators this module installed, so a second call can take them out again.
_installed: list[QTranslator] = []


def qt_translations_dir() -> str:
    """The folder of Qt's own `.qm` files that ships with PySide6."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def locale_for(language: str) -> QLocale:
    """The QLocale whose digits and names `language` reads: Persian (Iran) or English (US)."""
    if language == "fa":
        return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def preferred_language(settings: QSettings, *, system: QLocale | None = None) -> str:
    """ "fa" or "en": the choice stored under `ui/language`, else Persian when the system's
    language is Persian (`system` stands in for `QLocale.system()` in tests), else English."""
    stored = settings.value(SETTINGS_KEY)
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    system = QLocale.system() if system is None else system
    return "fa" if system.language() == QLocale.Language.Persian else "en"


def store_language(settings: QSettings, language: str | None) -> None:
    """Remember the user's choice; None forgets it (follow the system again)."""
    if language is None:
        settings.remove(SETTINGS_KEY)
        return
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    settings.setValue(SETTINGS_KEY, language)


def current_language() -> str:
    """The language installed last (the core's messages follow it too)."""
    return messages.get_language()


def _load(name: str, folder: Path | str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, str(folder)):
        return translator
    log.warning("translation %s not found in %s; those texts stay in English", name, folder)
    return None


_catalogues: dict[str, QTranslator] = {}


def translate_into(language: str, context: str, text: str) -> str:
    """`text` in `language` whatever language is installed: for the few words that must be
    said in another language than the interface's (confirming a language change).
    English, or a text without a translation, is returned as written."""
    if language != "fa":
        return text
    if language not in _catalogues:
        translator = _load(OUR_CATALOGUE, TRANSLATIONS_DIR)
        if translator is None:
            return text
        _catalogues[language] = translator
    return _catalogues[language].translate(context, text) or text


def install_language(
    app: QCoreApplication, language: str | None = None, *, settings: QSettings | None = None
) -> str:
    """Put the interface in `language` ("fa"/"en"; None: `preferred_language(settings)`, the
    application's `QSettings()` by default).

    Call before the windows are built: texts already shown are not translated again.
    Returns the language installed.
    """
    if language is None:
        language = preferred_language(QSettings() if settings is None else settings)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    while _installed:
        app.removeTranslator(_installed.pop())
    catalogues = (
        ((QT_CATALOGUE, qt_translations_dir()), (OUR_CATALOGUE, TRANSLATIONS_DIR))
        if language == "fa"
        else ((ENGLISH_PLURALS, TRANSLATIONS_DIR),)  # "1 booth" / "2 booths" for "%n booth(s)"
    )
    for name, folder in catalogues:
        translator = _load(name, folder)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QGuiApplication):
        # Set after the translators: installing one makes Qt guess the direction again.
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight
        )
    messages.set_language(language)
    return language
