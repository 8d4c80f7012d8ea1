"""Reading one cell's value the way organisers write it.

Each reader returns the clean value or raises `CellProblem(message, suggestion)`. Readers that
had to correct something noticeable (a phone number that lost its leading zero, an area written
as text) also return a note, which the importer reports as a fix, not an error. Messages, notes
and suggestions are in the current language (`qods_planner.messages.tr`); `what` is the
column's meaning as a word of that language (`words.field_word`).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from ..messages import join, tr
from ..model import ExhibitorStatus, PriorityTier
from ..text import normalise, normalise_key, to_ascii_digits


class CellProblem(ValueError):
    def __init__(self, message: str, suggestion: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion


def text(value: object) -> str:
    """Any cell value as clean text ("" for blank); whole floats lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return normalise(str(value))


_UNITS = re.compile(
    r"(مترمربع|متر\s*مربع|متر|م\s*م|m\s*\^?\s*2|m²|sq\.?\s*m|sqm|square\s*metres?|"
    r"square\s*meters?|meters?|metres?|م)\s*\.?$",
    re.I,
)
_PRODUCT = re.compile(r"^(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)$", re.I)
_NUMBER = re.compile(r"^[+]?\d+(?:\.\d+)?$")
MAX_AREA_M2 = 10_000
MIN_AREA_M2 = 1  # less is a slip (0.00005 m² is a typing error, not a stand)
# No length or area at a fair comes near this; beyond it a number is a slip (or 400 digits
# that would overflow a float).
MAX_NUMBER = 100_000


def number(value: object, what: str, example: float = 18) -> tuple[float | None, str]:
    """A positive number of metres or m² (None for blank) and a note if it was written as text.

    Accepts 12, "12", "۱۲ متر", "12 m²", "12,5" (a decimal comma), "3×4" (= 12).
    """
    if value is None:
        return None, ""
    if isinstance(value, bool):
        raise CellProblem(tr("{what} must be a number, not a yes/no value", what=what))
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise CellProblem(tr("{what} must be a number", what=what))
        if abs(value) > MAX_NUMBER:
            raise _too_large(what)
        return round(float(value), 4), ""
    raw = text(value)
    if not raw:
        return None, ""
    clean = to_ascii_digits(raw).strip()
    clean = _UNITS.sub("", clean).strip()
    if re.fullmatch(r"\d+,\d{1,2}", clean):
        clean = clean.replace(",", ".")  # decimal comma; "1,250" would be ambiguous, so no
    if m := _PRODUCT.match(clean):
        width, depth = float(m[1]), float(m[2])
        if not width * depth <= MAX_NUMBER:
            raise _too_large(what)
        result = round(width * depth, 4)
        return result, tr(
            "read {raw!r} as {width:g} × {depth:g} = {result:g}",
            raw=raw,
            width=width,
            depth=depth,
            result=result,
        )
    if _NUMBER.match(clean):
        if len(clean) > 24 or not float(clean) <= MAX_NUMBER:
            raise _too_large(what)
        result = round(float(clean), 4)
        note = "" if clean == raw else tr("read {raw!r} as {result:g}", raw=raw, result=result)
        return result, note
    raise CellProblem(
        tr("{what} is not a number", what=what),
        tr("write a number, e.g. {example:g}", example=example),
    )


def _too_large(what: str) -> CellProblem:
    return CellProblem(
        tr("{what} is too large (more than {maximum:,})", what=what, maximum=MAX_NUMBER),
        tr("write metres or square metres, e.g. {example:g}", example=18),
    )


def area(value: object, what: str | None = None) -> tuple[float | None, str]:
    """An area in m²: from 1 to 10,000."""
    what = tr("area") if what is None else what
    result, note = number(value, what)
    if result is not None and not MIN_AREA_M2 <= result <= MAX_AREA_M2:
        raise CellProblem(
            tr(
                "{what} must be at least {minimum} and at most {maximum:,} m²",
                what=what,
                minimum=MIN_AREA_M2,
                maximum=MAX_AREA_M2,
            ),
            area_suggestion(),
        )
    return result, note


def points(value: object, what: str) -> int:
    """A whole number ≥ 0 (priority points); a blank is 0."""
    result, _note = number(value, what, example=10)
    if result is None:
        return 0
    if result < 0 or result != int(result):
        raise CellProblem(
            tr("{what} must be a whole number, 0 or more", what=what),
            tr("write a number, e.g. {example:g}", example=10),
        )
    return int(result)


def area_suggestion() -> str:
    return tr("write the area in square metres, e.g. {example:g}", example=18)


MOBILE_EXAMPLE, LANDLINE_EXAMPLE = "09121234567", "02146001234"  # identifiers: never converted
_PHONE_SPLIT = re.compile(r"\s*(?:[/،,;\n]|\s-\s|\sو\s)\s*")


def phone(value: object) -> tuple[str, str]:
    """Phone numbers as text, restoring the leading zero a number cell dropped.

    Iranian numbers: mobiles 09xxxxxxxxx (11 digits), landlines 0 + area code + number
    (11 digits) or a local 8-digit number; +98 / 0098 become 0. Several numbers may be
    separated by '/', '،', ',' or ';'.
    """
    if value is None:
        return "", ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = text(value)
    if not raw:
        return "", ""
    numbers: list[str] = []
    notes: list[str] = []
    for part in _PHONE_SPLIT.split(to_ascii_digits(raw)):
        digits = re.sub(r"[\s\-().]", "", part)
        if not digits:
            continue
        if digits.startswith("+98"):
            digits = "0" + digits[3:]
        elif digits.startswith("0098"):
            digits = "0" + digits[4:]
        elif len(digits) == 12 and digits.startswith("98"):
            digits = "0" + digits[2:]
        if not digits.isdigit():
            raise CellProblem(
                tr("phone number has characters other than digits"),
                tr("write only digits, e.g. {example}", example=MOBILE_EXAMPLE),
            )
        if len(digits) == 10 and digits[0] != "0":
            notes.append(tr("restored the leading zero of {phone}", phone=digits))
            digits = "0" + digits
        if not (len(digits) == 11 and digits[0] == "0") and len(digits) != 8:
            raise CellProblem(
                tr("phone number {phone} has {count} digits", phone=digits, count=len(digits)),
                tr(
                    "write {length} digits with the leading zero ({mobile}, {landline}) "
                    "or an {local}-digit local number",
                    length=11,
                    mobile=MOBILE_EXAMPLE,
                    landline=LANDLINE_EXAMPLE,
                    local=8,
                ),
            )
        numbers.append(digits)
    return ", ".join(numbers), join(notes, "semicolon")


_YES = {
    "بله",
    "بلی",
    "آری",
    "دارد",
    "آره",
    "هست",
    "اوکی",
    "صحیح",
    "لازم",
    "می‌خواهد",
    "yes",
    "y",
    "true",
    "1",
    "x",
    "ok",
}
_NO = {"خیر", "نه", "ندارد", "نیست", "غلط", "لازم نیست", "نمی‌خواهد", "no", "n", "false", "0"}
_YES_SYMBOLS = {"✓", "✔", "☑", "*", "+", "√"}
_NO_SYMBOLS = {"-", "×", "✗", "✘", "☐"}
_YES_KEYS = {normalise_key(w) for w in _YES}
_NO_KEYS = {normalise_key(w) for w in _NO}


def flag(value: object, what: str) -> bool:
    """Yes/no: بله/خیر, yes/no, 1/0, ✓, x; blank is no."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    raw = text(value)
    if raw in _YES_SYMBOLS:
        return True
    if not raw or raw in _NO_SYMBOLS:
        return False
    key = normalise_key(raw)
    if key in _YES_KEYS:
        return True
    if key in _NO_KEYS:
        return False
    raise CellProblem(tr("{what} must be yes or no", what=what), tr("write بله or خیر (yes or no)"))


_PRIORITY = {
    PriorityTier.SPONSOR: ("حامی", "اسپانسر", "اسپانسور", "حامی مالی", "sponsor"),
    PriorityTier.RETURNING: (
        "قدیمی",
        "سابقه دار",
        "بازگشتی",
        "تکراری",
        "دوره قبل",
        "returning",
        "previous",
    ),
    PriorityTier.REGULAR: ("عادی", "جدید", "regular", "new", "normal"),
}
_PRIORITY_KEYS = {normalise_key(w): tier for tier, words in _PRIORITY.items() for w in words}


def priority(value: object) -> PriorityTier:
    key = normalise_key(text(value))
    if not key:
        return PriorityTier.REGULAR
    if key in _PRIORITY_KEYS:
        return _PRIORITY_KEYS[key]
    raise CellProblem(
        tr("priority must be sponsor, returning or regular"),
        tr("write حامی، سابقه‌دار or عادی (sponsor, returning or regular)"),
    )


_STATUS = {
    ExhibitorStatus.REGISTERED: (
        "ثبت نام",
        "ثبت‌نام شده",
        "ثبت نام شده",
        "قطعی",
        "فعال",
        "registered",
        "active",
        "confirmed",
    ),
    ExhibitorStatus.WITHDRAWN: (
        "انصراف",
        "انصراف داده",
        "لغو",
        "لغو شده",
        "withdrawn",
        "cancelled",
        "canceled",
    ),
}
_STATUS_KEYS = {normalise_key(w): s for s, words in _STATUS.items() for w in words}


def status(value: object) -> ExhibitorStatus:
    key = normalise_key(text(value))
    if not key:
        return ExhibitorStatus.REGISTERED
    if key in _STATUS_KEYS:
        return _STATUS_KEYS[key]
    raise CellProblem(
        tr("status must be registered or withdrawn"),
        tr("write ثبت‌نام or انصراف (registered or withdrawn)"),
    )


_LIST_SPLIT = re.compile(r"\s*[،,;؛\n|]\s*")


def items(value: object) -> list[str]:
    """A list written in one cell, separated by commas (Persian or Latin), ';' or new lines."""
    raw = text(value)
    return [p for p in _LIST_SPLIT.split(raw) if p] if raw else []


MAX_ID = 64
_ID_BAD = re.compile(r"[^A-Za-z0-9_.\-]+")


def identifier(value: object) -> str:
    """An id as typed: ASCII letters, digits, '_', '-', '.'; a number cell 7 becomes "7"."""
    if isinstance(value, bool):
        raise CellProblem(
            tr("an id may only use Latin letters, digits, '_', '-' and '.'"),
            tr("leave it blank for a new id"),
        )
    raw = to_ascii_digits(text(value)).strip()
    if not raw:
        return ""
    if len(raw) > MAX_ID:
        raise CellProblem(
            tr("an id is at most {limit} characters", limit=MAX_ID),
            tr("leave it blank for a new id"),
        )
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", raw):
        return raw
    suggestion = _ID_BAD.sub("-", raw).strip("-_.")
    raise CellProblem(
        tr("an id may only use Latin letters, digits, '_', '-' and '.'"),
        tr("write {id!r}, or leave it blank for a new id", id=suggestion)
        if suggestion
        else tr("leave it blank for a new id"),
    )
