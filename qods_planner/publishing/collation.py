"""Alphabetical order for the catalogue's and the map's lists, without Qt or ICU.

Persian: a documented key, not code points (which put پ چ ژ گ after ی). Letters run

    آ ا ء أ إ ئ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ؤ ه ۀ ة ی

as ICU's Persian collation orders them (the order of Qt's `QCollator` for fa_IR, which the
printed index uses, and of Persian dictionaries: words in آ before words in ا). The text is
normalised first (ي → ی, ك → ک); diacritics and the zero-width non-joiner are ignored (they
only break a tie); a space sorts before every letter ("ماشین سازی" before "ماشینی"); digits
sort before letters, as numbers ("2" before "10"); Latin letters come after Persian ones.
English: case and accents ignored, digits as numbers.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import normalise

_ALPHABET = "آ ا ء أ إ ئ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ؤ ه ۀ ة ی"
PERSIAN_ALPHABET = tuple(_ALPHABET.split(" "))
_RANK = {letter: i for i, letter in enumerate(PERSIAN_ALPHABET)}
_IGNORED = re.compile("[\u064b-\u065f\u0670\u200c\u200d]")
_PARTS = re.compile(r"\d+|\D")
# Ranks of the groups a character may fall in: space, digits, Persian, Latin, anything else.
_SPACE, _DIGIT, _PERSIAN, _LATIN, _OTHER = range(5)


def _char_key(part: str) -> tuple[int, int | str]:
    if part.isdigit():
        return (_DIGIT, int(part))
    if part.isspace():
        return (_SPACE, 0)
    if part in _RANK:
        return (_PERSIAN, _RANK[part])
    base = unicodedata.normalize("NFKD", part)[0].casefold()
    if "a" <= base <= "z":
        return (_LATIN, base)
    return (_OTHER, base)


def persian_key(text: str) -> tuple:
    """A sort key that orders Persian names alphabetically (see the module doc)."""
    clean = normalise(text)
    primary = tuple(_char_key(p) for p in _PARTS.findall(_IGNORED.sub("", clean)))
    return (primary, clean)


def english_key(text: str) -> tuple:
    """A sort key that orders English names alphabetically, ignoring case and accents."""
    clean = normalise(text)
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", clean) if not unicodedata.combining(c)
    ).casefold()
    primary = tuple(_char_key(p) for p in _PARTS.findall(folded))
    return (primary, clean)


def sort_key(text: str, language: str) -> tuple:
    """`persian_key` for "fa", else `english_key`."""
    return persian_key(text) if language == "fa" else english_key(text)
