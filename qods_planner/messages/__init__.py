"""Core messages in the user's language: a tiny gettext for the core and the command line.

No Qt here (the core must not import it). The key of a message is its English text, a
`str.format` template with named placeholders; the Persian catalogue (`fa.py`) maps that
template to a Persian one with the same placeholders. Routing an f-string through it is a
one-line change::

    raise ModelError(f"exhibitor {self.id} requested area must be > 0 m²")
    raise ModelError(tr("exhibitor {id} requested area must be > 0 m²", id=self.id))

English output is exactly what `str.format` gives, so English messages do not change when
they are routed. In Persian, number parameters (int, float, Decimal) are quantities and come
out in Persian digits; text parameters (ids, booth labels, phone numbers) are left as given —
pass an identifier as `str` even when it looks like a number. A key missing from the Persian
catalogue falls back to English; so does a Persian template that cannot be formatted.

`set_language()` is called once at start-up: by the desktop program from its language setting
(`ui.i18n.install_language`), by the command line from `language_from_environment()`.
`Message` keeps a key and its parameters to render later, in the language of that moment.
`join(items, "comma" | "and" | "or" | "semicolon")` joins a list as the current language writes it
("A1, A2" / "A1، A2").
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .digits import format_area_m2, format_number, is_quantity, to_persian_digits
from .language_tables import catalogue

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Message",
    "catalogue",
    "format_area_m2",
    "format_number",
    "get_language",
    "join",
    "language_from_environment",
    "render",
    "set_language",
    "to_persian_digits",
    "tr",
]

LANGUAGES = ("fa", "en")
DEFAULT_LANGUAGE = "en"
ENVIRONMENT_VARIABLE = "QODS_PLANNER_LANGUAGE"

_current = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Make `language` ("fa" or "en") the language of every later `tr()`."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    _current = language


def get_language() -> str:
    """The language `tr()` renders in now."""
    return _current


class _Formatter(string.Formatter):
    """`str.format` whose number fields follow the digits policy of `language`."""

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if self.language != "fa" or not is_quantity(value):
            return super().format_field(value, format_spec)
        if format_spec:
            return to_persian_digits(format(value, format_spec))
        return format_number(value, "fa")


_PLACEHOLDER_OR_PLURAL = re.compile(r"\{(\w+)[^{}]*\}|\(s\)")


def english_plurals(template: str, params: Mapping[str, Any]) -> str:
    """English `word(s)` made "word" or "words" by the nearest number placed before it
    ("{n} row(s)" with n = 1 → "{n} row"); a `(s)` after no number stays as written."""
    out: list[str] = []
    count: Any = None
    last = 0
    for match in _PLACEHOLDER_OR_PLURAL.finditer(template):
        if match.group(1) is not None:
            value = params.get(match.group(1))
            if isinstance(value, int) and not isinstance(value, bool):
                count = value
            continue
        out.append(template[last : match.start()])
        out.append(match.group(0) if count is None else ("" if count == 1 else "s"))
        last = match.end()
    out.append(template[last:])
    return "".join(out)


def render(key: str, params: Mapping[str, Any], language: str) -> str:
    """The message `key` in `language`, its placeholders filled from `params`."""
    translated = catalogue(language)
    if key in translated:
        try:
            return _Formatter(language).vformat(translated[key], (), params)
        except (KeyError, IndexError, ValueError):
            pass  # a broken translation must not hide the message: say it in English
    return _Formatter("en").vformat(english_plurals(key, params), (), params)


# How each language separates the items of a list inside a sentence.
_SEPARATORS = {
    "comma": {"en": ", ", "fa": "، "},
    "and": {"en": " and ", "fa": " و "},
    "or": {"en": " or ", "fa": " یا "},
    "semicolon": {"en": "; ", "fa": "؛ "},
}


def join(items: Iterable[str], how: str = "comma", language: str | None = None) -> str:
    """`items` joined by a comma, "and", "or" or a semicolon of `language` (default: the
    current language)."""
    return _SEPARATORS[how][language or _current].join(items)


def tr(key: str, /, **params: Any) -> str:
    """The message whose English template is `key`, in the current language."""
    return render(key, params, _current)


@dataclass(frozen=True, slots=True)
class Message:
    """A message to render later (e.g. kept in a report shown after a language change)."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, /, **params: Any) -> Message:
        return cls(key, tuple(sorted(params.items())))

    def render(self, language: str | None = None) -> str:
        return render(self.key, dict(self.params), language or _current)

    def __str__(self) -> str:
        return self.render()


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: $QODS_PLANNER_LANGUAGE ("fa"/"en"), else the locale's
    ($LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG, first set wins, as gettext reads them): Persian
    when it starts with "fa", English otherwise."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENVIRONMENT_VARIABLE, "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return "fa" if value.lower().startswith("fa") else "en"
    return DEFAULT_LANGUAGE
