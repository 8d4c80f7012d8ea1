"""The exhibition's days as a letter or a catalogue writes them: Jalali in Persian
("۱۲ تا ۱۵ مهر ۱۴۰۵"), Gregorian with the Jalali beside it in English
("4–7 October 2026 (12–15 Mehr 1405)")."""

from __future__ import annotations

from datetime import date

from ..messages import to_persian_digits
from ..model import EventInfo
from ..text.jalali import JALALI_MONTHS, to_jalali

JALALI_MONTHS_EN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
GREGORIAN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _span(first: tuple[int, int, int], last: tuple[int, int, int], months, join: str) -> str:
    """ "d1–d2 Month Year", or whole dates on each side when month or year differ."""
    (y1, m1, d1), (y2, m2, d2) = first, last
    if first == last:
        return f"{d1} {months[m1 - 1]} {y1}"
    if (y1, m1) == (y2, m2):
        return f"{d1}{join}{d2} {months[m1 - 1]} {y1}"
    if y1 == y2:
        return f"{d1} {months[m1 - 1]}{join}{d2} {months[m2 - 1]} {y1}"
    return f"{d1} {months[m1 - 1]} {y1}{join}{d2} {months[m2 - 1]} {y2}"


def jalali_span(start: str, end: str | None, language: str) -> str:
    a, b = to_jalali(start), to_jalali(end or start)
    first, last = (a.year, a.month, a.day), (b.year, b.month, b.day)
    if language == "fa":
        return to_persian_digits(_span(first, last, JALALI_MONTHS, " تا "))
    return _span(first, last, JALALI_MONTHS_EN, "–")


def event_dates(event: EventInfo, language: str) -> str:
    """The days of `event` in `language`; "" when it has no dates."""
    if not event.start:
        return ""
    jalali = jalali_span(event.start, event.end, language)
    if language == "fa":
        return jalali
    a, b = date.fromisoformat(event.start), date.fromisoformat(event.end or event.start)
    gregorian = _span((a.year, a.month, a.day), (b.year, b.month, b.day), GREGORIAN_MONTHS, "–")
    return f"{gregorian} ({jalali})"
