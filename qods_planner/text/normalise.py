"""The one Persian text normaliser: every name the program compares goes through here.

`normalise(text)` is for storing and showing text: it fixes how the text is *encoded*, never
what it says. `normalise_key(text)` is for comparing: two spellings of one name give one key.
Both are idempotent: applying them twice gives what applying them once gave.

Why not `persiantools.characters.ar_to_fa`: besides ي/ك it strips the kasra from six letters
only, which makes "دِ" and "مِ" normalise differently; the mapping below is the whole rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ZWNJ = "\u200c"

# Arabic letters typed on Arabic keyboards (and by Word/Excel autocorrect) → Persian letters.
_LETTERS = {"ي": "ی", "ى": "ی", "ك": "ک"}
# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits → ASCII; Arabic decimal and thousands
# separators → '.' and ','.
_DIGITS = {chr(base + i): str(i) for base in (0x06F0, 0x0660) for i in range(10)}
_SEPARATORS = {"\u066b": ".", "\u066c": ","}
# Invisible characters that sneak in from copy-paste: bidi marks and embeddings, BOM, zero-width
# space and joiner, soft hyphen, and the kashida (tatweel) that only stretches a word.
_DROP = dict.fromkeys(
    [
        0x200B,
        0x200D,
        0x200E,
        0x200F,
        0x202A,
        0x202B,
        0x202C,
        0x202D,
        0x202E,
        0x2066,
        0x2067,
        0x2068,
        0x2069,
        0xFEFF,
        0x00AD,
        0x0640,
    ]
)
_TABLE = str.maketrans(_LETTERS | _DIGITS | _SEPARATORS) | _DROP

_SPACE = re.compile(r"[^\S\u200c]+")  # whitespace runs, except ZWNJ (which isspace() ignores)
_ZWNJ_RUN = re.compile(r"\u200c{2,}")
# A ZWNJ beside a space, with every space and ZWNJ around it ("‌ ‌"): one space. Taking the
# whole run at once is what makes `normalise` idempotent ("ت‌ ‌ز" → "ت ز" in one pass).
_ZWNJ_AT_SPACE = re.compile(r"[ \u200c]*\u200c[ \u200c]*")
# Letters that never join to the next letter: a ZWNJ after them does nothing.
_NON_JOINING = "اآأإدذرزژوؤۀءة"
_ZWNJ_USELESS = re.compile(f"(?<=[{_NON_JOINING}])\u200c")


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _presentation_forms(text: str) -> str:
    """Arabic presentation forms (from PDFs and old fonts) → the base letters (NFKC, only there)."""
    if not _PRESENTATION.search(text):
        return text
    return "".join(
        unicodedata.normalize("NFKC", ch)
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"
        else ch
        for ch in text
    )


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits (and Arabic decimal/thousands marks) → ASCII."""
    return text.translate(str.maketrans(_DIGITS | _SEPARATORS))  # type: ignore[arg-type]  # typeshed: an invariant dict of str


@lru_cache(maxsize=65_536)  # pure; a sheet repeats its sectors, yes/no words and areas
def normalise(text: str) -> str:
    """Canonical encoding of `text`: Persian ی/ک, ASCII digits, no invisible marks, ZWNJ only
    between two letters it actually separates, single spaces, no leading/trailing space.

    ZWNJ next to a space is dropped (the space already separates); a run of ZWNJs becomes one.
    """
    text = _presentation_forms(unicodedata.normalize("NFC", text)).translate(_TABLE)
    text = _SPACE.sub(" ", text)
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    text = _ZWNJ_AT_SPACE.sub(lambda m: " " if " " in m.group(0) else ZWNJ, text)
    text = _ZWNJ_USELESS.sub("", text).strip(" " + ZWNJ)
    # Dropping a mark can bring a letter and a combining hamza together: compose them again.
    return unicodedata.normalize("NFC", text)


# Spellings that differ only in how carefully they were typed.
_KEY_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ة": "ه", "ۀ": "ه", "ە": "ه"}
)
_KEY_DROP = re.compile(r"[\s\u200c\u064b-\u065f\u0670\-_.,،؛;:/\\()\[\]{}'\"«»`*]+")


@lru_cache(maxsize=65_536)
def normalise_key(text: str) -> str:
    """A key for comparing names: `normalise`, then case-fold, hamza/alef variants folded, and
    diacritics, spaces, ZWNJ and punctuation removed ("ایران‌خودرو" = "ايران خودرو")."""
    text = normalise(text).casefold().translate(_KEY_LETTERS)
    return _KEY_DROP.sub("", text)
