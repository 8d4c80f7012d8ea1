"""Numbers and dates as the interface shows them, in the installed language.

Numbers follow the core's digits policy (`qods_planner.messages.digits`): Persian digits for
quantities people read (areas, counts), never for identifiers (ids, booth labels, phones).
Dates are stored as ISO Gregorian and shown in the Jalali calendar in Persian.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from PySide6.QtCore import QCalendar, QDate, Qt

from qods_planner import messages

from .language import current_language, locale_for

JALALI_FORMAT = "yyyy/MM/dd"
ISO_FORMAT = "yyyy-MM-dd"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")  # Qt's ISO parser also takes "1405/07/12"


def parse_iso(iso: str) -> QDate:
    """The date of an ISO Gregorian "YYYY-MM-DD"; ValueError for anything else."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate) if _ISO.fullmatch(iso) else QDate()
    if not date.isValid():
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {iso!r}")
    return date


def jalali_calendar() -> QCalendar:
    """Qt's Jalali (Solar Hijri) calendar, the one Iran uses."""
    return QCalendar(QCalendar.System.Jalali)


def format_number(
    value: float | int | Decimal, language: str | None = None, decimals: int = 2
) -> str:
    """`value` for reading: "۲٬۰۰۰" in Persian, "2,000" in English (None: the installed
    language). At most `decimals` decimals, trailing zeros cut."""
    return messages.format_number(value, language or current_language(), decimals)


def format_fixed(value: float, decimals: int, language: str | None = None) -> str:
    """`value` with exactly `decimals` decimals ("۱۲٫۵۰" / "12.50"): for numbers that change
    in place (the pointer's position), where trimmed zeros would make the text jump."""
    return locale_for(language or current_language()).toString(float(value), "f", decimals)


def format_area_m2(
    area_m2: float | int | Decimal, language: str | None = None, decimals: int = 1
) -> str:
    """An area with its unit: "۱۸ متر مربع" in Persian, "18 m²" in English."""
    return messages.format_area_m2(area_m2, language or current_language(), decimals)


def format_date(iso: str | None, language: str | None = None) -> str:
    """An ISO Gregorian date for reading: Jalali "۱۴۰۵/۰۷/۱۲" in Persian, the ISO date itself
    in English; "" for no date. Raises ValueError for text that is not an ISO date."""
    if not iso:
        return ""
    date = parse_iso(iso)
    if (language or current_language()) != "fa":
        return date.toString(ISO_FORMAT)
    return messages.to_persian_digits(date.toString(JALALI_FORMAT, jalali_calendar()))


# Unicode's "left-to-right isolate" and "pop directional isolate".
LRI, PDI = "\u2066", "\u2069"


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Persian, Arabic)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def isolated(text: str) -> str:
    """Left-to-right text isolated (LRI … PDI), so that a right-to-left table shows its
    quotes and punctuation where they belong ("Alborz Parts Co." keeps its dot at the end);
    right-to-left text as it is."""
    return text if not text or is_rtl(text) else f"{LRI}{text}{PDI}"


def left_to_right(text: str, language: str | None = None) -> str:
    """`text` (a file path, an id, a typed pattern) kept as one left-to-right run inside a
    Persian sentence, so its slashes and dots stay where they are written. English text is
    returned unchanged."""
    if not text or (language or current_language()) != "fa":
        return text
    return f"{LRI}{text}{PDI}"


def format_timestamp(iso: str, language: str | None = None) -> str:
    """A moment written "YYYY-MM-DD HH:MM[:SS]" (as the recovery files record it) for reading:
    Jalali date and Persian digits in Persian, unchanged in English. Text that is not such a
    timestamp is returned as it is."""
    date, _, time = iso.strip().partition(" ")
    if (language or current_language()) != "fa" or not _ISO.fullmatch(date):
        return iso
    shown = format_date(date, "fa")
    return f"{shown} {messages.to_persian_digits(time)}" if time else shown
