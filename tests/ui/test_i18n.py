"""Persian first: Qt's and our translations, right-to-left, Vazirmatn, digits, Jalali dates."""

from __future__ import annotations

import ast
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jdatetime
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QSpinBox

from qods_planner import messages
from ui.i18n import (
    FONT_FAMILY,
    FONTS_DIR,
    LANGUAGE_NAMES,
    SETTINGS_KEY,
    current_language,
    format_area_m2,
    format_date,
    format_number,
    install_fonts,
    install_language,
    interface_font,
    locale_for,
    preferred_language,
    store_language,
)
from ui.widgets.jalali_date import JalaliDateEdit

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
tools = sys.modules.setdefault("update_translations", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(tools)

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


# --- the font --------------------------------------------------------------------------------


def test_vazirmatn_is_registered_and_is_the_application_font(language, qapp):
    assert install_fonts(qapp) == FONT_FAMILY == "Vazirmatn"
    assert install_fonts(qapp) == "Vazirmatn"  # twice is harmless
    assert "Vazirmatn" in QFontDatabase.families()
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles("Vazirmatn"))
    assert qapp.font().family() == "Vazirmatn"
    assert QFontInfo(qapp.font()).family() == "Vazirmatn"  # resolved, not a fallback


def test_the_painting_font_is_vazirmatn_with_persian_glyphs(language, qapp):
    install_fonts(qapp)
    font = interface_font(14, bold=True)
    info = QFontInfo(font)
    assert (info.family(), info.bold(), font.pointSizeF()) == ("Vazirmatn", True, 14)
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "غرفه‌سالن۰۱۲۳۴۵۶۷۸۹")


def test_the_font_licence_ships_beside_the_fonts():
    assert "SIL Open Font License" in (FONTS_DIR / "OFL-Vazirmatn.txt").read_text("utf-8")


# --- numbers and dates -----------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 7, 36, 2000, 1234567, -5, -2000])
def test_whole_numbers_read_as_qt_writes_them(n):
    assert format_number(n, "fa") == locale_for("fa").toString(n)
    assert format_number(n, "en") == locale_for("en").toString(n)


@pytest.mark.parametrize(("value", "decimals"), [(12.5, 1), (1234.75, 2), (-0.5, 1)])
def test_decimals_read_as_qt_writes_them(value, decimals):
    for lang in ("fa", "en"):
        assert format_number(value, lang) == locale_for(lang).toString(value, "f", decimals)


def test_numbers_follow_the_installed_language(language):
    language("fa")
    assert format_number(12.5) == "۱۲٫۵"
    assert format_area_m2(18) == "۱۸ متر مربع"
    language("en")
    assert format_number(12.5) == "12.5"
    assert format_area_m2(18) == "18 m²"


def test_dates_read_in_jalali_in_persian(language):
    assert format_date("2026-10-04", "fa") == "۱۴۰۵/۰۷/۱۲"
    assert format_date("2026-10-04", "en") == "2026-10-04"
    assert format_date(None, "fa") == format_date("", "fa") == ""
    with pytest.raises(ValueError):
        format_date("04/10/2026", "fa")
    language("fa")
    assert format_date("2026-03-21") == "۱۴۰۵/۰۱/۰۱"


# --- the Jalali date editor ------------------------------------------------------------------


def _type(edit: JalaliDateEdit, text: str) -> None:
    """Type the whole date and leave the field, as a person does."""
    edit.lineEdit().setText(text)
    edit.interpretText()


@pytest.fixture
def persian_date(qtbot):
    edit = JalaliDateEdit(language="fa")
    qtbot.addWidget(edit)
    return edit


def test_iso_in_jalali_shown_iso_out(persian_date):
    persian_date.set_iso("2026-10-04")
    assert persian_date.text() == "۱۴۰۵/۰۷/۱۲"
    assert persian_date.iso() == "2026-10-04"


@pytest.mark.parametrize("iso", ["2026-03-20", "2026-03-21", "2026-09-23", "2027-03-20"])
def test_the_jalali_date_shown_agrees_with_jdatetime(persian_date, iso):
    persian_date.set_iso(iso)
    jalali = jdatetime.date.fromgregorian(date=jdatetime.datetime.strptime(iso, "%Y-%m-%d").date())
    assert persian_date.text() == messages.to_persian_digits(jalali.strftime("%Y/%m/%d"))
    assert persian_date.iso() == iso


def test_a_typed_jalali_date_in_persian_or_ascii_digits_comes_out_iso(persian_date, qtbot):
    persian_date.set_iso("2026-10-04")
    with qtbot.waitSignal(persian_date.isoChanged) as signal:
        _type(persian_date, "۱۴۰۵/۰۱/۰۱")
    assert signal.args == ["2026-03-21"]
    _type(persian_date, "1405/08/01")
    assert persian_date.iso() == "2026-10-23"
    assert persian_date.text() == "۱۴۰۵/۰۸/۰۱"


def test_the_popup_calendar_is_jalali_from_saturday(persian_date):
    persian_date.set_iso("2026-10-04")
    popup = persian_date.calendarWidget()
    assert persian_date.calendarPopup()
    assert popup.calendar().name() == "Jalali"
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert (popup.yearShown(), popup.monthShown()) == (1405, 7)
    # Friday is the day of rest in Iran; Saturday and Sunday are working days.
    colour = {day: popup.weekdayTextFormat(day).foreground().color() for day in Qt.DayOfWeek}
    assert colour[Qt.DayOfWeek.Friday] == Qt.GlobalColor.red
    assert (
        colour[Qt.DayOfWeek.Saturday] == colour[Qt.DayOfWeek.Sunday] == colour[Qt.DayOfWeek.Monday]
    )
    assert colour[Qt.DayOfWeek.Saturday] != Qt.GlobalColor.red


def test_in_english_the_editor_is_gregorian_iso(qtbot):
    edit = JalaliDateEdit(language="en")
    qtbot.addWidget(edit)
    edit.set_iso("2026-10-04")
    assert edit.text() == "2026-10-04"
    assert edit.calendarWidget().calendar().name() == "Gregorian"
    _type(edit, "2026-09-23")
    assert edit.iso() == "2026-09-23"


def test_the_editor_takes_the_installed_language_and_direction(language, qtbot):
    language("fa")
    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.set_iso("2026-10-04")
    assert (edit.language, edit.text()) == ("fa", "۱۴۰۵/۰۷/۱۲")
    assert edit.isRightToLeft()


def test_an_optional_date_can_be_empty(qtbot):
    edit = JalaliDateEdit(language="fa", allow_empty=True)
    qtbot.addWidget(edit)
    assert edit.iso() is None
    edit.set_iso("2026-10-04")
    assert edit.iso() == "2026-10-04"
    with qtbot.waitSignal(edit.isoChanged) as signal:
        edit.set_iso(None)
    assert signal.args == [None]
    assert edit.iso() is None


def test_bad_dates_are_refused(persian_date):
    with pytest.raises(ValueError, match="ISO"):
        persian_date.set_iso("1405/07/12")
    with pytest.raises(ValueError, match="needs a date"):
        persian_date.set_iso(None)


# --- the translation files -------------------------------------------------------------------


def test_the_ts_file_is_persian():
    root = ET.parse(tools.TS_PATH).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "fa_IR"


def test_the_shipped_qm_holds_every_translation_of_the_shipped_ts():
    """A translation added to the .ts but not compiled would never be seen by a user."""
    shipped = QTranslator()
    assert shipped.load(str(tools.QM_PATH))
    stale = [
        f"[{e.context}] {e.source!r}"
        for e in tools.read_ts(tools.TS_PATH).values()
        if e.type not in ("vanished", "obsolete")
        and all(e.translations)
        and shipped.translate(e.context, e.source, e.comment or None, 1) != e.translations[0]
    ]
    assert not stale, "run: python scripts/update_translations.py\n" + "\n".join(stale)


def test_lupdate_finds_the_strings_of_python_sources(tmp_path):
    source = tmp_path / "window.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class HallPanel(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        '        self.setWindowTitle(self.tr("Halls"))\n'
        'TITLE = QCoreApplication.translate("Menus", "Solve")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "out.ts"
    tools.run_lupdate([source], ts)
    assert set(tools.read_ts(ts)) == {("HallPanel", "Halls", ""), ("Menus", "Solve", "")}
    shipped = tools.read_ts(tools.TS_PATH)
    missing = tools.untranslated(tools.TS_PATH, [source])
    assert {e.key for e in missing} == set(tools.read_ts(ts)) - {
        k for k, e in shipped.items() if e.finished
    }


def test_every_interface_string_has_a_finished_persian_translation():
    missing = tools.untranslated(tools.TS_PATH, tools.ui_sources())
    listing = "\n".join(f"[{e.context}] {e.source!r}" for e in missing)
    assert not missing, (
        f"{len(missing)} untranslated; run scripts/update_translations.py and translate:\n"
        + listing
    )


# --- strings lupdate can see, under the context Qt looks up ---------------------------------

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def translation_call_problems(source: str, name: str = "<source>") -> list[str]:
    """Calls of `tr`/`translate` whose text lupdate cannot file under the context that Qt
    looks it up in at run time; empty when every call can be found and matched.

    - `self.tr("…")` only: lupdate files `x.tr("…")` under the context "x", Qt under x's class;
      a bare `tr(…)`/`_tr(…)` (a wrapper) gets no context at all, or is not seen.
    - the context and the text literals (an f-string or a variable is never in the catalogue);
    - `translate(ctx, text, disambiguation, n)` with `n` a plain name: lupdate skips a call
      whose count is an expression such as `len(x)`.
    """
    problems: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args
        where = f"{name}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "tr_", "_"}:
            problems.append(f"{where}: {func.id}(…) has no context lupdate can see")
        elif isinstance(func, ast.Attribute) and func.attr in {"tr", "_tr"}:
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self") or func.attr == "_tr":
                problems.append(f"{where}: {ast.unparse(func)}(…): call self.tr or translate")
            elif not _literal(args[0] if args else None):
                problems.append(f"{where}: self.tr needs a literal text")
        elif (isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES) or (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in {"QCoreApplication", "QApplication"}
        ):
            if len(args) < 2 or not (_literal(args[0]) and _literal(args[1])):
                problems.append(f"{where}: {ast.unparse(func)} needs a literal context and text")
            elif len(args) >= 4 and not isinstance(args[3], ast.Name):
                problems.append(f"{where}: pass the count of a plural as a plain name")
    return problems


def test_the_call_checker_catches_what_lupdate_misses():
    bad = (
        "def _tr(t):\n    return QCoreApplication.translate('Commands', t)\n"
        "x = _tr('Hello')\n"
        "y = self.editor.tr('Move')\n"
        "z = tr('Zoom')\n"
        "w = translate('Commands', f'Add {n}')\n"
        "v = translate('Commands', 'Add %n booth(s)', None, len(booths))\n"
    )
    # the wrapper's own call (a variable text) and the five calls
    assert len(translation_call_problems(bad)) == 6
    good = (
        "a = self.tr('Hello')\n"
        "b = translate('Commands', 'Add %n booth(s)', None, count)\n"
        "c = QCoreApplication.translate('Rules', 'pillar')\n"
        "d = QT_TRANSLATE_NOOP('MainWindow', 'Language')\n"
        "e = self.tr('%n booths selected', '', len(booths))\n"
    )
    assert translation_call_problems(good) == []


def test_every_translation_call_in_the_interface_is_found_under_its_run_time_context():
    problems = [
        problem
        for path in tools.ui_sources()
        for problem in translation_call_problems(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert not problems, "\n".join(problems)


def test_the_shipped_catalogue_has_no_context_that_qt_never_looks_up():
    """`self.editor.tr` once filed texts under "self.editor", a wrapper under ""."""
    contexts = {e.context for e in tools.read_ts(tools.TS_PATH).values()}
    odd = {c for c in contexts if not c.isidentifier() or c[0].islower()}
    assert not odd, odd
