"""What a cell *is*, before what it says: error cells, formulas without a saved value, and
values of the wrong kind for a text column.

`read_grid` keeps an error cell (`#N/A`, `#REF!`, …) as a `CellError` and a formula that was
saved without its result (workbooks written by scripts) as an `UnsavedFormula`; both are `str`
so that previews show them as Excel does, and both are refused wherever they are read.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..messages import tr

ERROR_CODES = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    }
)


class CellError(str):
    """An Excel error value (`#N/A`, `#DIV/0!`, `#REF!`, `#VALUE!`, `#NAME?`, `#NUM!`, …)."""

    __slots__ = ()


class UnsavedFormula(str):
    """A formula (its text, "=B2*C2") whose result was never saved in the file."""

    __slots__ = ()


def odd_cell(value: object, *, text_column: bool = False) -> tuple[str, str] | None:
    """(message, suggestion) when `value` cannot be read whatever the column means, or, for
    a text column (names, sectors, companies), is a yes/no, number, date or time; else None."""
    if isinstance(value, CellError):
        return (
            tr("the cell holds the error {error}", error=str(value)),
            tr("correct the formula or type the value"),
        )
    if isinstance(value, UnsavedFormula):
        return (
            tr("formula without a saved value"),
            tr("open and save the workbook in Excel or LibreOffice, or type the value"),
        )
    if not text_column or value is None:
        return None
    if isinstance(value, str):
        # Text that only *looks* like an error or a yes/no (pasted as values, read from a
        # CSV) is no company or sector either.
        word = value.strip()
        if word.upper() in ERROR_CODES:
            return (
                tr("the cell holds the error {error}", error=word),
                tr("correct the formula or type the value"),
            )
        if word.upper() not in ("TRUE", "FALSE"):
            return None
        kind = tr("a yes/no value (TRUE/FALSE)")
    elif isinstance(value, bool):
        kind = tr("a yes/no value (TRUE/FALSE)")
    elif isinstance(value, datetime | date):
        kind = tr("a date")
    elif isinstance(value, time | timedelta):
        kind = tr("a time")
    elif isinstance(value, int | float):
        kind = tr("a number")
    else:
        kind = type(value).__name__
    return (
        tr("this column holds text, and the cell holds {kind}", kind=kind),
        tr("type the text itself (format the cell as Text if Excel changes it)"),
    )
