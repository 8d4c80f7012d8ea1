"""Numbers as people read them: Persian digits and separators in Persian, ASCII in English.

The digits policy of the whole program: quantities a person reads (areas, counts, scores,
lengths) are shown in the reader's digits; identifiers that are typed into other systems
(ids, booth labels, phone numbers, file names) are never converted. Parsing typed digits back
is the normaliser's job (`qods_planner.text`), not this module's.
"""

from __future__ import annotations

import math
from decimal import Decimal
from numbers import Real

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
# Persian thousands separator (U+066C), decimal separator (U+066B), and a minus sign (U+2212)
# behind a left-to-right mark so that "−۵" stays "−۵" inside a right-to-left line, as Qt does.
_TO_PERSIAN = str.maketrans(
    {str(i): d for i, d in enumerate(PERSIAN_DIGITS)}
    | {",": "\u066c", ".": "\u066b", "-": "\u200e\u2212"}
)
_AREA_UNIT = {"fa": "متر مربع", "en": "m²"}


def to_persian_digits(text: str) -> str:
    """ASCII digits and the ',' '.' '-' of a formatted number → their Persian forms."""
    return text.translate(_TO_PERSIAN)


def is_quantity(value: object) -> bool:
    """True for the numbers the digits policy converts: int, float, Decimal — not bool."""
    return isinstance(value, Real | Decimal) and not isinstance(value, bool)


def format_number(value: float | int | Decimal, language: str, decimals: int = 2) -> str:
    """`value` with thousands separators and at most `decimals` decimals, trailing zeros cut.

    `format_number(2000, "fa") == "۲٬۰۰۰"`, `format_number(12.5, "en") == "12.5"`.
    """
    if not is_quantity(value):
        raise TypeError(f"format_number needs a number, got {value!r}")
    if isinstance(value, int):
        text = f"{value:,}"
    elif not math.isfinite(value):
        return str(value)  # nan and inf say something went wrong; show it as Python says it
    else:
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text == "-0":  # a tiny negative rounded away is zero, not "minus zero"
            text = "0"
    return to_persian_digits(text) if language == "fa" else text


def format_area_m2(area_m2: float | int | Decimal, language: str, decimals: int = 1) -> str:
    """An area in square metres with its unit: "۱۲ متر مربع" in Persian, "12 m²" in English."""
    unit = _AREA_UNIT.get(language, _AREA_UNIT["en"])
    return f"{format_number(area_m2, language, decimals)} {unit}"
