"""Persian text: one normaliser for everything compared by name, and Jalali dates."""

from .jalali import DateError, format_jalali, parse_date, to_jalali
from .normalise import ZWNJ, normalise, normalise_key, to_ascii_digits

__all__ = [
    "ZWNJ",
    "DateError",
    "format_jalali",
    "normalise",
    "normalise_key",
    "parse_date",
    "to_jalali",
    "to_ascii_digits",
]
