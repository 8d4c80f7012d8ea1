"""The words import messages use for a column's meaning, in the current language.

A reader says "requested area is not a number" or "مقدار متراژ درخواستی عدد نیست": the
column is named by what it means, not by the header the sheet happens to use. One literal
`tr()` per word, so the Persian catalogue has each of them.
"""

from __future__ import annotations

from functools import cache

from ..messages import get_language, tr


def field_word(key: str) -> str:
    """The meaning of column `key` ("area", "heavy_floor", "x", …) as a word for messages;
    an unknown key is returned as it is."""
    return _words(get_language()).get(key, key)


@cache
def _words(language: str) -> dict[str, str]:
    """The words in `language` (the current one: `tr` reads it), made once per language;
    a sheet of 20,000 rows asks for them 100,000 times."""
    words = {
        "area": tr("requested area"),
        "min_area": tr("smallest area"),
        "max_area": tr("largest area"),
        "power": tr("power"),
        "water": tr("water"),
        "heavy_floor": tr("heavy floor"),
        "corner": tr("corner"),
        "island": tr("island"),
        "hall_required": tr("hall required"),
        "choices_only": tr("choices only"),
        "priority_points": tr("priority points"),
        "premium": tr("premium"),
        "locked": tr("locked"),
        "x": tr("x"),
        "y": tr("y"),
        "width": tr("width"),
        "depth": tr("depth"),
    }
    return words
