"""Dates as Iranian organisers write them, stored as ISO Gregorian (YYYY-MM-DD).

Years 1300–1500 are Jalali (Solar Hijri), years 1900–2100 Gregorian: a registration date
outside these windows is a slip (3928, 1E999) and is refused. A date cell before
1900-03-01 is Excel's day 1–59, a duration or a small number shown as a date, and is
refused too; so are times and durations. The order is always
year, month, day ("1405/07/05", "۱۴۰۵-۷-۵", "2026-09-27"), or day, month name, year
("5 مهر 1405"). Anything else is refused with a message rather than guessed.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta

import jdatetime

from ..messages import tr
from .normalise import normalise

JALALI_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_MONTH_BY_NAME = {name: i + 1 for i, name in enumerate(JALALI_MONTHS)} | {"امرداد": 5}
_YMD = re.compile(r"^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$")
_DMY_NAMED = re.compile(r"^(\d{1,2})\s+(\S+)\s+(\d{4})$")
# Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug folded in).
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = range(20_000, 73_416)  # 1954-10-03..2100-12-31: a plausible registration date
JALALI_YEARS = (1300, 1500)
GREGORIAN_YEARS = (1900, 2100)
_FIRST_REAL_DAY = date(1900, 3, 1)  # Excel's day 61; days 1-59 are durations or small numbers
# What a message shows to type: identifiers of a sort, the same in every language.
EXAMPLE = "1405/07/05"
ISO_EXAMPLE = "2026-09-27"


class DateError(ValueError):
    """A value that is not a date this module can read; the message says what is accepted."""


def _from_parts(year: int, month: int, day: int) -> date:
    if JALALI_YEARS[0] <= year <= JALALI_YEARS[1]:
        try:
            return jdatetime.date(year, month, day).togregorian()
        except ValueError:
            raise DateError(
                tr("{date} is not a Jalali date", date=f"{year}/{month:02d}/{day:02d}")
            ) from None
    if GREGORIAN_YEARS[0] <= year <= GREGORIAN_YEARS[1]:
        try:
            return date(year, month, day)
        except ValueError:
            raise DateError(
                tr("{date} is not a date", date=f"{year}-{month:02d}-{day:02d}")
            ) from None
    raise DateError(
        tr(
            "year {year:d} is neither Jalali ({jalali_from:d}–{jalali_to:d}) nor Gregorian"
            " ({gregorian_from:d}–{gregorian_to:d})",
            year=year,
            jalali_from=JALALI_YEARS[0],
            jalali_to=JALALI_YEARS[1],
            gregorian_from=GREGORIAN_YEARS[0],
            gregorian_to=GREGORIAN_YEARS[1],
        )
    )


def parse_date(value: object) -> str | None:
    """A cell value or text → ISO Gregorian date, None for a blank; raises `DateError`.

    Accepts `date`/`datetime` (Excel date cells; one in the years 1300–1500 is a Jalali date
    that Excel took for Gregorian), Excel day serials, "1405/07/05", "۱۴۰۵-۰۷-۰۵",
    "5 مهر 1405" and ISO "2026-09-27".
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise DateError(tr("{value!r} is not a date", value=value))
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if JALALI_YEARS[0] <= day.year <= JALALI_YEARS[1]:
            # Excel read "1405/05/12" as a Gregorian date of the year 1405: it is Jalali.
            return _from_parts(day.year, day.month, day.day).isoformat()
        if day.year == GREGORIAN_YEARS[0] and day < _FIRST_REAL_DAY:
            raise DateError(
                tr(
                    "{value} is a duration or a small number shown as a date, not a date",
                    value=day.isoformat(),
                )
            )
        return _from_parts(day.year, day.month, day.day).isoformat()
    if isinstance(value, time | timedelta):
        raise DateError(tr("{value} is a time or a duration, not a date", value=str(value)))
    if isinstance(value, bool):
        raise DateError(tr("{value!r} is not a date", value=value))
    if isinstance(value, int | float):
        # No float() of an int: a 400-digit number would overflow. Infinities are no day.
        whole = isinstance(value, int) or (math.isfinite(value) and value.is_integer())
        if whole and int(value) in _EXCEL_SERIALS:
            return (_EXCEL_EPOCH + timedelta(days=int(value))).isoformat()
        shown = repr(value) if len(repr(value)) <= 24 else repr(value)[:24] + "…"
        raise DateError(
            tr("{value} is not a date; write it like {example}", value=shown, example=EXAMPLE)
        )
    text = normalise(str(value))
    if not text:
        return None
    if m := _YMD.match(text):
        return _from_parts(int(m[1]), int(m[2]), int(m[3])).isoformat()
    if (m := _DMY_NAMED.match(text)) and m[2] in _MONTH_BY_NAME:
        return _from_parts(int(m[3]), _MONTH_BY_NAME[m[2]], int(m[1])).isoformat()
    raise DateError(
        tr(
            "{value!r} is not a date; write it like {example} or {iso_example}",
            value=text,
            example=EXAMPLE,
            iso_example=ISO_EXAMPLE,
        )
    )


def to_jalali(iso: str) -> jdatetime.date:
    """ISO Gregorian (a date, or a date and time) → the Jalali date."""
    return jdatetime.date.fromgregorian(date=date.fromisoformat(iso[:10]))


def format_jalali(iso: str | None, *, persian_digits: bool = False) -> str:
    """ISO Gregorian → "1405/07/05", or "1405/07/05 09:30" with a time (Persian digits when
    asked); "" for None."""
    if not iso:
        return ""
    text = to_jalali(iso).strftime("%Y/%m/%d")
    if len(iso) > 10:
        text += " " + iso[11:16]
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if persian_digits else text
