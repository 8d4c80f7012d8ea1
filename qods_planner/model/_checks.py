"""Small helpers that validate fields with exact messages.

`what` gives the field's name as a noun phrase in the user's language, e.g.
`lambda: tr("booth {id} label", id=booth_id)`. It is a function so that the name is rendered
only when a check fails: entities are built by the thousand and nearly always pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from ..messages import tr
from .model_error import ModelError

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Examples shown in messages: identifiers, so they stay as written in every language.
COLOUR_EXAMPLE = "#1f77b4"
DATE_EXAMPLE = "2026-10-05"
MOMENT_EXAMPLE = "2026-10-05T09:30"
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$")

What = Callable[[], str]


def check_id(value: object, what: What) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise ModelError(
            tr(
                "{what} id must be letters, digits, '_', '-' or '.', starting with a letter or"
                " digit; got {value!r}",
                what=what(),
                value=value,
            )
        )


def check_text(value: object, what: What, *, required: bool = True) -> None:
    if not isinstance(value, str):
        raise ModelError(tr("{what} must be text, got {value!r}", what=what(), value=value))
    if required and not value.strip():
        raise ModelError(tr("{what} must not be empty", what=what()))


def check_colour(value: object, what: What) -> None:
    if not isinstance(value, str) or not _COLOUR.match(value):
        raise ModelError(
            tr(
                "{what} must be a colour like {example}, got {value!r}",
                what=what(),
                example=COLOUR_EXAMPLE,
                value=value,
            )
        )


def _not_a_date(value: object, what: What) -> ModelError:
    return ModelError(
        tr(
            "{what} must be an ISO date like {example}, got {value!r}",
            what=what(),
            example=DATE_EXAMPLE,
            value=value,
        )
    )


def check_iso_date(value: object, what: What) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise _not_a_date(value, what)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _not_a_date(value, what) from None


def check_moment(value: object, what: What) -> None:
    """None, an ISO date, or an ISO date and time to the minute or second."""
    if value is None:
        return
    try:
        if not isinstance(value, str) or not _MOMENT.match(value):
            raise ValueError
        datetime.fromisoformat(value)
    except ValueError:
        raise ModelError(
            tr(
                "{what} must be an ISO date like {example}, optionally with a time like"
                " {moment}; got {value!r}",
                what=what(),
                example=DATE_EXAMPLE,
                moment=MOMENT_EXAMPLE,
                value=value,
            )
        ) from None


def check_ids(values: object, what: What) -> None:
    if not isinstance(values, tuple):
        raise ModelError(
            tr("{what} must be a tuple of ids, got {values!r}", what=what(), values=values)
        )
    for v in values:
        check_id(v, what)
    if len(set(values)) != len(values):
        raise ModelError(tr("{what} lists an id twice: {values!r}", what=what(), values=values))
