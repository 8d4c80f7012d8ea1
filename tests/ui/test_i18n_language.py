"""Installing Persian or English: Qt's and our translations, direction, digits, the preference."""

from __future__ import annotations

import pytest
from helpers.translation_tools import tools
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSpinBox

from qods_planner import messages
from ui.i18n import (
    LANGUAGE_NAMES,
    SETTINGS_KEY,
    current_language,
    install_language,
    preferred_language,
    store_language,
)

PERSIAN = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def language(qapp):
    """install_language, undone after the test: English, the old default locale and font."""
    locale, font = QLocale(), qapp.font()

    def install(lang: str | None, **kwargs) -> str:
        return install_language(qapp, lang, **kwargs)

    yield install
    install_language(qapp, "en")
    QLocale.setDefault(locale)
    qapp.setFont(font)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


# --- installing a language -------------------------------------------------------------------


def test_persian_puts_qt_own_dialogs_in_persian(language, qtbot):
    assert language("fa") == "fa"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "انصراف"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "تأیید"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "انصراف"


def test_english_takes_the_translations_out_again(language, qtbot):
    language("fa")
    language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_layout_direction_follows_the_language(language, qapp, qtbot):
    language("fa")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = QLabel("غرفه")
    qtbot.addWidget(label)
    assert label.isRightToLeft()
    language("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    label = QLabel("booth")
    qtbot.addWidget(label)
    assert label.isLeftToRight()


def test_persian_shows_persian_digits_in_number_widgets(language, qtbot):
    language("fa")
    assert QLocale().toString(2000) == "۲٬۰۰۰"
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 100)
    spin.setValue(36)
    assert spin.text() == "۳۶"
    language("en")
    assert QLocale().toString(36) == "36"


def test_our_compiled_translation_is_loaded(language):
    shipped = tools.read_ts(tools.TS_PATH)
    finished = [
        e for e in shipped.values() if e.finished and len(e.translations) == 1 and not e.comment
    ]
    assert finished, "the shipped .ts has no finished translation yet"
    language("fa")
    for entry in finished[:20]:
        assert QCoreApplication.translate(entry.context, entry.source) == entry.translations[0]
    language("en")
    sample = finished[0]
    assert QCoreApplication.translate(sample.context, sample.source) == sample.source


def test_the_core_messages_follow_the_installed_language(language):
    language("fa")
    assert current_language() == messages.get_language() == "fa"
    language("en")
    assert current_language() == messages.get_language() == "en"


def test_an_unknown_language_is_refused(language):
    with pytest.raises(ValueError, match="fa, en"):
        language("de")


def test_no_language_given_means_the_stored_preference(language, settings):
    store_language(settings, "fa")
    assert language(None, settings=settings) == "fa"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "انصراف"


# --- the preference --------------------------------------------------------------------------


def test_the_stored_choice_wins_over_the_system(settings):
    store_language(settings, "en")
    assert settings.value(SETTINGS_KEY) == "en"
    assert preferred_language(settings, system=PERSIAN) == "en"
    store_language(settings, "fa")
    assert preferred_language(settings, system=ENGLISH) == "fa"


def test_without_a_choice_persian_systems_get_persian(settings):
    assert preferred_language(settings, system=PERSIAN) == "fa"
    assert preferred_language(settings, system=ENGLISH) == "en"
    assert preferred_language(settings, system=QLocale(QLocale.Language.German)) == "en"


def test_a_forgotten_or_unknown_choice_follows_the_system(settings):
    store_language(settings, "en")
    store_language(settings, None)
    assert preferred_language(settings, system=PERSIAN) == "fa"
    settings.setValue(SETTINGS_KEY, "klingon")
    assert preferred_language(settings, system=PERSIAN) == "fa"
    with pytest.raises(ValueError):
        store_language(settings, "klingon")


def test_each_language_is_named_in_itself():
    assert LANGUAGE_NAMES == {"fa": "فارسی", "en": "English"}
