"""A date editor in the user's calendar: Jalali with Persian digits in Persian, ISO Gregorian
in English. Whatever it shows, it takes and gives ISO Gregorian dates ("2026-10-04"), the form
the project file stores.

In Persian it shows `۱۴۰۵/۰۷/۱۲` and accepts what is typed in Persian or ASCII digits; its
pop-up calendar shows Jalali months (Farvardin…Esfand) with weeks starting on Saturday.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCalendar, QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from ..i18n import current_language, jalali_calendar, locale_for
from ..i18n.formatting import ISO_FORMAT, JALALI_FORMAT, parse_iso

# Shown as "no date" when empty dates are allowed: Qt's date edit has no empty state, so the
# lowest date it accepts stands for none (Qt's special-value idiom). Far before any fair.
_NO_DATE = QDate(1900, 1, 1)


def _as_written(date_format: str, edit: QDateEdit) -> str:
    """The display format that makes `edit` show `date_format` as people write it.

    In a right-to-left widget Qt lays a date edit's sections out from the right (it reverses
    the format: year at the right). Persian writes a date year/month/day as one left-to-right
    run of digits, year at the left, as labels and tables show it; handing Qt the format
    reversed undoes its reversal. Qt keeps the text as it is when the direction changes later.
    """
    if not edit.isRightToLeft():
        return date_format
    parts = re.split(r"([^yMd]+)", date_format)
    return "".join(reversed(parts))


def _mark_weekend(popup: QCalendarWidget) -> None:
    """Paint the locale's days of rest as Qt paints weekends: QCalendarWidget marks Saturday
    and Sunday whatever the locale, but in Iran Saturday is a working day and Friday is not."""
    weekend = popup.weekdayTextFormat(Qt.DayOfWeek.Sunday)
    working_day = popup.weekdayTextFormat(Qt.DayOfWeek.Monday)
    working = set(popup.locale().weekdays())
    for day in Qt.DayOfWeek:
        popup.setWeekdayTextFormat(day, working_day if day in working else weekend)


class JalaliDateEdit(QDateEdit):
    """A `QDateEdit` in the calendar of `language` (None: the installed language).

    `iso()`/`set_iso()` are the model side; `isoChanged` carries the new ISO date, or None
    when `allow_empty` and the date was emptied.
    """

    isoChanged = Signal(object)  # str | None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        allow_empty: bool = False,
    ) -> None:
        super().__init__(parent)
        self._language = language or current_language()
        self._allow_empty = allow_empty
        persian = self._language == "fa"
        calendar = jalali_calendar() if persian else QCalendar(QCalendar.System.Gregorian)
        self.setLocale(locale_for(self._language))
        self.setCalendar(calendar)
        self.setDisplayFormat(_as_written(JALALI_FORMAT if persian else ISO_FORMAT, self))
        self.setCalendarPopup(True)
        popup = self.calendarWidget()
        popup.setLocale(self.locale())
        popup.setCalendar(calendar)
        popup.setFirstDayOfWeek(self.locale().firstDayOfWeek())
        _mark_weekend(popup)
        if allow_empty:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(self.tr("(no date)"))
            self.setDate(_NO_DATE)
        self.dateChanged.connect(lambda _date: self.isoChanged.emit(self.iso()))

    @property
    def language(self) -> str:
        return self._language

    def iso(self) -> str | None:
        """The date as ISO Gregorian "YYYY-MM-DD"; None when empty."""
        if self._allow_empty and self.date() == _NO_DATE:
            return None
        return self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, iso: str | None) -> None:
        """Show the ISO Gregorian date `iso`; None or "" empties it (only with `allow_empty`)."""
        if not iso:
            if not self._allow_empty:
                raise ValueError("this date editor needs a date")
            self.setDate(_NO_DATE)
            return
        self.setDate(parse_iso(iso))
