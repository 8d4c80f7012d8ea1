"""Persian on screen: the Vazirmatn font, numbers and dates, and the Jalali date editor."""

from __future__ import annotations

import jdatetime
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics

from qods_planner import messages
from ui.i18n import (
    FONT_FAMILY,
    FONTS_DIR,
    format_area_m2,
    format_date,
    format_number,
    install_fonts,
    install_language,
    interface_font,
    locale_for,
)
from ui.widgets.jalali_date import JalaliDateEdit


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
