"""Problems found in a workbook, each pinned to a cell the way Excel names it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from openpyxl.utils import get_column_letter

from ..messages import tr

MAX_RAW_SHOWN = 80
_PLAIN_SHEET = re.compile(r"^[^\W\d]\w*$")


class ExcelError(Exception):
    """A file that cannot be read as a workbook at all (not .xlsx, damaged, encrypted)."""


class Severity(Enum):
    """ERROR keeps its row out of the import; FIXED says what the importer corrected itself."""

    ERROR = "error"
    FIXED = "fixed"


def sheet_ref(sheet: str) -> str:
    """A sheet name as Excel writes it in a reference: quoted unless it is one plain word."""
    return sheet if _PLAIN_SHEET.match(sheet) else "'" + sheet.replace("'", "''") + "'"


def cell_ref(sheet: str, row: int | None, column: int | None) -> str:
    """ "Sheet1!C7"; "Sheet1!7:7" for a whole row; "Sheet1" for the sheet."""
    if row is None:
        return sheet_ref(sheet)
    if column is None:
        return f"{sheet_ref(sheet)}!{row}:{row}"
    return f"{sheet_ref(sheet)}!{get_column_letter(column)}{row}"


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem (or automatic fix) at a cell: 1-based row and column as Excel shows them.

    `field` is the column's meaning (e.g. "area"), `raw` the cell's value as read,
    `suggestion` what to write instead (empty when there is nothing better to say).
    """

    sheet: str
    row: int | None
    column: int | None
    field: str
    raw: object
    message: str
    suggestion: str = ""
    severity: Severity = Severity.ERROR

    @property
    def cell(self) -> str:
        return cell_ref(self.sheet, self.row, self.column)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        """ "Sheet1!C7: message (cell holds 'x'); suggestion: …", in the current language; the
        cell reference and the value stay as Excel shows them."""
        fields = {"cell": self.cell, "message": self.message, "suggestion": self.suggestion}
        raw = self.raw
        if isinstance(raw, str) and len(raw) > MAX_RAW_SHOWN:
            raw = raw[:MAX_RAW_SHOWN] + "…"  # a 32,767-character paste is not a message
        if self.raw is None or self.raw == "":
            if self.suggestion:
                return tr("{cell}: {message}; suggestion: {suggestion}", **fields)
            return f"{self.cell}: {self.message}"  # no words of its own to translate
        if self.suggestion:
            return tr(
                "{cell}: {message} (cell holds {raw!r}); suggestion: {suggestion}",
                raw=raw,
                **fields,
            )
        return tr("{cell}: {message} (cell holds {raw!r})", raw=raw, **fields)
