"""Small helpers that validate fields with exact messages."""

from __future__ import annotations

import re
from datetime import date

from .errors import ModelError

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def check_id(value: object, what: str) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise ModelError(
            f"{what} id must be letters, digits, '_', '-' or '.', starting with a letter or digit;"
            f" got {value!r}"
        )


def check_text(value: object, what: str, *, required: bool = True) -> None:
    if not isinstance(value, str):
        raise ModelError(f"{what} must be text, got {value!r}")
    if required and not value.strip():
        raise ModelError(f"{what} must not be empty")


def check_colour(value: object, what: str) -> None:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise ModelError(f"{what} must be a colour like #1f77b4, got {value!r}")


def check_iso_date(value: object, what: str) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ModelError(f"{what} must be an ISO date like 2026-10-05, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ModelError(f"{what} must be an ISO date like 2026-10-05, got {value!r}") from None


def check_ids(values: object, what: str) -> None:
    if not isinstance(values, tuple):
        raise ModelError(f"{what} must be a tuple of ids, got {values!r}")
    for v in values:
        check_id(v, what)
    if len(set(values)) != len(values):
        raise ModelError(f"{what} lists an id twice: {values!r}")
