"""Reading a user's workbook without ever writing to it.

The file's bytes are read once and parsed from memory, so the workbook is never opened for
writing and never locked (Excel on Windows keeps a lock on files it has open; we only read).
A `SheetGrid` is one sheet's values with merged cells resolved:

- a merged range's value belongs to every row of the range's *first column* (a sector merged
  down over five rows applies to all five; a name merged across two columns stays one value);
- a row whose only content is one merged range spanning three or more columns is a section
  heading ("سالن ۲"), not data.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import BinaryIO

import openpyxl
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..messages import tr
from ..text import normalise
from .columns import Column, column_index, match_header
from .issues import ExcelError

Source = str | Path | bytes | BinaryIO
HEADER_SCAN_ROWS = 30
MIN_HEADER_MATCHES = 2


def open_workbook(source: Source) -> Workbook:
    """Parse a workbook from a path, bytes or a binary file; raises `ExcelError` if it is not
    a readable .xlsx. Formulas give their last computed values."""
    try:
        if isinstance(source, str | Path):
            data = Path(source).read_bytes()
        elif isinstance(source, bytes):
            data = source
        else:
            data = source.read()
    except OSError as exc:
        raise ExcelError(
            tr("cannot read {path}: {reason}", path=str(source), reason=exc.strerror or str(exc))
        ) from None
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise ExcelError(
            tr(
                "this is an old .xls workbook or a password-protected one; "
                "save it as .xlsx (Excel Workbook) and try again"
            )
        )
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (e.g. conditional formats); we only read.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ExcelError(tr("not a readable .xlsx workbook ({reason})", reason=str(exc))) from None


def display(value: object) -> str:
    """A cell value as text for headers, previews and matching."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime) and value.time() == time(0):
        value = value.date()
    return normalise(str(value))


@dataclass
class SheetGrid:
    """One sheet's non-empty values by (row, column), merged cells resolved (see module doc)."""

    name: str
    values: dict[tuple[int, int], object]
    merged_into: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    headings: set[int] = field(default_factory=set)
    list_validations: list[tuple[str, list[str], str]] = field(default_factory=list)

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.values), default=0)

    @property
    def max_column(self) -> int:
        return max((c for _, c in self.values), default=0)

    def value(self, row: int, column: int) -> object:
        return self.values.get((row, column))

    def row_values(self, row: int) -> dict[int, object]:
        return {c: v for (r, c), v in self.values.items() if r == row}

    def rows(self) -> dict[int, dict[int, object]]:
        out: dict[int, dict[int, object]] = {}
        for (r, c), v in sorted(self.values.items()):
            out.setdefault(r, {})[c] = v
        return out

    def validation_list_for(self, row: int, column: int) -> tuple[list[str], str] | None:
        """The drop-down list (values, where it comes from) that applies to a cell, if any."""
        for sqref, values, source in self.list_validations:
            for part in sqref.split():
                c0, r0, c1, r1 = range_boundaries(part)
                if c0 <= column <= c1 and r0 <= row <= r1:
                    return values, source
        return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not normalise(value))


def read_grid(wb: Workbook, sheet: str) -> SheetGrid:
    ws: Worksheet = wb[sheet]
    # `_cells` holds only the cells present in the file; iterating rows instead would create
    # every cell up to a stray formatted cell a million rows down.
    values = {k: c.value for k, c in ws._cells.items() if not _blank(c.value)}  # noqa: SLF001
    grid = SheetGrid(sheet, values)
    for merged in ws.merged_cells.ranges:
        top = (merged.min_row, merged.min_col)
        value = values.get(top)
        if value is None:
            continue
        for r in range(merged.min_row + 1, merged.max_row + 1):
            grid.values[(r, merged.min_col)] = value
            grid.merged_into[(r, merged.min_col)] = top
        if merged.max_col - merged.min_col >= 2:
            for r in range(merged.min_row, merged.max_row + 1):
                others = [c for (rr, c) in grid.values if rr == r and c != merged.min_col]
                if not others:
                    grid.headings.add(r)
    grid.list_validations = _list_validations(wb, ws)
    return grid


_QUOTED_LIST = re.compile(r'^"(.*)"$', re.S)


def _list_validations(wb: Workbook, ws: Worksheet) -> list[tuple[str, list[str], str]]:
    """Every list-type data validation: (cells it covers, allowed values, source text)."""
    found: list[tuple[str, list[str], str]] = []
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list" or not dv.formula1:
            continue
        formula = dv.formula1.strip().lstrip("=")
        values: list[str] = []
        if m := _QUOTED_LIST.match(formula):
            values = [display(v) for v in m[1].split(",")]
        else:
            values = _range_values(wb, ws, formula)
        values = [v for v in values if v]
        if values:
            found.append((str(dv.sqref), values, formula))
    return found


def _range_values(wb: Workbook, ws: Worksheet, ref: str) -> list[str]:
    """Values of a range reference ("Lists!$A$2:$A$13", "$H$2:$H$9") or a defined name."""
    target_ws, target = ws, ref
    name = wb.defined_names.get(ref) or ws.defined_names.get(ref)
    if name is not None:
        destinations = list(name.destinations)
        if not destinations:
            return []
        sheet_name, target = destinations[0]
        if sheet_name not in wb.sheetnames:
            return []
        target_ws = wb[sheet_name]
    elif "!" in ref:
        sheet_name, target = ref.rsplit("!", 1)
        sheet_name = sheet_name.strip("'").replace("''", "'")
        if sheet_name not in wb.sheetnames:
            return []
        target_ws = wb[sheet_name]
    try:
        c0, r0, c1, r1 = range_boundaries(target.replace("$", ""))
    except ValueError:
        return []
    cells = target_ws._cells  # noqa: SLF001 (see read_grid)
    return [
        display(cells[(r, c)].value)
        for (r, c) in sorted(cells)
        if (c0 or 1) <= c <= (c1 or 10**6) and (r0 or 1) <= r <= (r1 or 10**7)
    ]


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header row is and which column each known field sits in (1-based)."""

    row: int
    columns: dict[str, int]
    headers: dict[int, str]


def find_header(
    grid: SheetGrid, columns: tuple[Column, ...], remembered: dict[str, str] | None = None
) -> HeaderGuess | None:
    """The row among the first 30 that names the most known columns (at least two).

    `remembered` maps header keys (see `header_keys`) to fields from a mapping the user confirmed
    before; it wins over the built-in names. The first header naming a field wins.
    """
    index = column_index(columns)
    if remembered:
        index = index | remembered
    best: HeaderGuess | None = None
    rows = grid.rows()
    for r in sorted(rows)[:HEADER_SCAN_ROWS]:
        headers = {c: display(v) for c, v in rows[r].items() if isinstance(v, str | int | float)}
        found: dict[str, int] = {}
        for c in sorted(headers):
            key = match_header(headers[c], index)
            if key and key not in found:
                found[key] = c
        score = len([k for k in found if k != "ignore"])
        if score >= MIN_HEADER_MATCHES and (best is None or score > len(best.columns)):
            best = HeaderGuess(r, {k: c for k, c in found.items() if k != "ignore"}, headers)
    return best


def best_sheet(
    wb: Workbook, columns: tuple[Column, ...], remembered: dict[str, str] | None = None
) -> tuple[str, HeaderGuess | None]:
    """The visible sheet whose header names the most known columns (the first sheet if none)."""
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] or wb.sheetnames
    scored: list[tuple[int, int, str, HeaderGuess | None]] = []
    for i, name in enumerate(visible):
        guess = find_header(read_grid(wb, name), columns, remembered)
        scored.append((-(len(guess.columns) if guess else 0), i, name, guess))
    _, _, name, guess = min(scored, key=lambda s: (s[0], s[1]))
    return name, guess
