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

import bisect
import io
import re
import threading
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import BinaryIO

import openpyxl
from openpyxl.reader import excel as excel_reader
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._reader import WorksheetReader
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from ..messages import tr
from ..messages.os_errors import os_reason
from ..text import normalise
from .cell_kinds import CellError, UnsavedFormula
from .columns import Column, column_index, match_header
from .damage import diagnose
from .issues import ExcelError

Source = str | Path | bytes | BinaryIO
HEADER_SCAN_ROWS = 30
MIN_HEADER_MATCHES = 2


def open_workbook(source: Source) -> Workbook:
    """Parse a workbook from a path, bytes or a binary file. Formulas give their last saved
    values; a formula saved without one is kept as an `UnsavedFormula` (see `read_grid`).

    The one boundary between the file and the program: whatever openpyxl, zipfile, zlib or
    the XML parser raise becomes an `ExcelError` saying which file and what is damaged
    ("cannot read FILE: the workbook is damaged (sheet 'Registrations', XML error at line 3)").
    """
    name = str(source) if isinstance(source, str | Path) else tr("the workbook")
    try:
        if isinstance(source, str | Path):
            data = Path(source).read_bytes()
        elif isinstance(source, bytes):
            data = source
        else:
            data = source.read()
    except OSError as exc:
        raise ExcelError(
            tr("cannot read {path}: {reason}", path=name, reason=os_reason(exc))
        ) from None
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise ExcelError(
            tr(
                "cannot read {path}: {reason}",
                path=name,
                reason=tr(
                    "this is an old .xls workbook or a password-protected one; "
                    "save it as .xlsx (Excel Workbook) and try again"
                ),
            )
        )
    if data[:2] != b"PK":
        raise ExcelError(
            tr(
                "cannot read {path}: {reason}",
                path=name,
                reason=tr("not a readable .xlsx workbook ({reason})", reason=diagnose(data, None)),
            )
        )
    try:
        wb = _load(data, data_only=True)
        if _has_formulas(data):
            setattr(wb, UNSAVED_FORMULAS, _unsaved_formulas(wb, _load(data, data_only=False)))
    except Exception as exc:  # noqa: BLE001 -- the boundary: see the docstring
        raise ExcelError(
            tr(
                "cannot read {path}: {reason}",
                path=name,
                reason=tr("the workbook is damaged ({detail})", detail=diagnose(data, exc)),
            )
        ) from None
    if not wb.worksheets:  # a sheet listed but missing from the zip is skipped by openpyxl
        raise ExcelError(
            tr(
                "cannot read {path}: {reason}",
                path=name,
                reason=tr("the workbook is damaged ({detail})", detail=tr("it has no sheet")),
            )
        )
    return wb


UNSAVED_FORMULAS = "qods_unsaved_formulas"  # sheet → {(row, column): UnsavedFormula}


class _RecordMerges(WorksheetReader):
    """openpyxl's sheet reader, except that merged ranges are only recorded. openpyxl also
    turns every cell of every range into a `MergedCell` and sets its borders: half the time of
    reading a sheet of merged blocks, and nothing a reader needs. `read_grid` drops any value
    stored under a merge, as openpyxl would have."""

    def bind_merged_cells(self) -> None:
        if self.parser.merged_cells:
            refs = [cr.ref for cr in self.parser.merged_cells.mergeCell]
            self.ws.merged_cells = MultiCellRange([MergedCellRange(self.ws, r) for r in refs])


_LOADING = threading.Lock()  # the reader class is swapped for the time of one load


def _load(data: bytes, *, data_only: bool) -> Workbook:
    with _LOADING, warnings.catch_warnings():
        # openpyxl warns about features it drops (e.g. conditional formats); we only read.
        warnings.simplefilter("ignore")
        # openpyxl's stubs leave out the reader class its loader uses
        original = excel_reader.WorksheetReader  # type: ignore[attr-defined]
        excel_reader.WorksheetReader = _RecordMerges  # type: ignore[attr-defined]
        try:
            return openpyxl.load_workbook(io.BytesIO(data), data_only=data_only)
        finally:
            excel_reader.WorksheetReader = original  # type: ignore[attr-defined]


def _has_formulas(data: bytes) -> bool:
    """Whether any sheet holds a formula element (cheap: no second parse without one)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                if b"<f>" in xml or b"<f " in xml or b":f>" in xml or b":f " in xml:
                    return True
    return False


def _unsaved_formulas(
    values: Workbook, formulas: Workbook
) -> dict[str, dict[tuple[int, int], UnsavedFormula]]:
    """The cells that hold a formula in the file but no saved result."""
    found: dict[str, dict[tuple[int, int], UnsavedFormula]] = {}
    for ws in formulas.worksheets:
        if ws.title not in values.sheetnames:
            continue
        saved = values[ws.title]._cells  # noqa: SLF001 (see read_grid)
        for key, cell in ws._cells.items():  # noqa: SLF001
            if cell.data_type != "f":
                continue
            if key in saved and saved[key].value is not None:
                continue
            text = getattr(cell.value, "text", cell.value)  # ArrayFormula keeps it in .text
            found.setdefault(ws.title, {})[key] = UnsavedFormula(str(text or "="))
    return found


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
    """One sheet's non-empty values by (row, column), merged cells resolved (see module doc).

    Built once by `read_grid` and not changed afterwards (`rows()` is computed once)."""

    name: str
    values: dict[tuple[int, int], object]
    merged_into: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    headings: set[int] = field(default_factory=set)
    list_validations: list[tuple[str, list[str], str]] = field(default_factory=list)
    _rows: dict[int, dict[int, object]] | None = field(default=None, repr=False, compare=False)

    @property
    def max_row(self) -> int:
        return max(self.rows(), default=0)

    def value(self, row: int, column: int) -> object:
        return self.values.get((row, column))

    def row_values(self, row: int) -> dict[int, object]:
        return dict(self.rows().get(row, {}))

    def rows(self) -> dict[int, dict[int, object]]:
        """Row → column → value, rows and columns in order."""
        if self._rows is None:
            out: dict[int, dict[int, object]] = {}
            for (r, c), v in sorted(self.values.items()):
                out.setdefault(r, {})[c] = v
            self._rows = out
        return self._rows

    def validation_list_for(self, row: int, column: int) -> tuple[list[str], str] | None:
        """The drop-down list (values, where it comes from) that applies to a cell, if any."""
        for sqref, values, source in self.list_validations:
            for c0, r0, c1, r1 in _boundaries(sqref):
                if c0 <= column <= c1 and r0 <= row <= r1:
                    return values, source
        return None

    def first_validation_below(self, row: int, column: int) -> tuple[list[str], str] | None:
        """The drop-down list covering `column` nearest below `row` (without visiting every
        row: a range may reach row 1,048,576)."""
        best: tuple[int, list[str], str] | None = None
        for sqref, values, source in self.list_validations:
            for c0, r0, c1, r1 in _boundaries(sqref):
                if c0 <= column <= c1 and r1 > row:
                    first = max(r0, row + 1)
                    if best is None or first < best[0]:
                        best = (first, values, source)
        return (best[1], best[2]) if best else None


def _boundaries(sqref: str) -> list[tuple[int, int, int, int]]:
    out = []
    for part in sqref.split():
        try:
            c0, r0, c1, r1 = range_boundaries(part)
        except (ValueError, TypeError):
            continue
        out.append((c0 or 1, r0 or 1, c1 or 16_384, r1 or 1_048_576))
    return out


def _blank(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    if value[:1].isalnum() and value[0] != "\u0640":  # the usual case, without normalising
        return False
    return not normalise(value)


def read_grid(wb: Workbook, sheet: str) -> SheetGrid:
    """The sheet's values, merged cells meaning what a person sees (linear in the cells):

    - a merged range's value belongs to the rows of the range that hold data of their own
      outside it, in the range's first column (a sector merged down a block of companies);
      rows under a merge with nothing else in them are not rows;
    - a merged range's first row with nothing else in it, while rows below it have data, is
      no row either (the value only labels the rows beside it);
    - a row whose only content is one merged range three or more columns wide is a heading.

    Error cells are kept as `CellError`, formulas without a saved value as `UnsavedFormula`.
    """
    grids = wb.__dict__.setdefault(GRIDS, {})  # one reading per sheet: a grid is not changed
    if sheet not in grids:
        grids[sheet] = _read_grid(wb, sheet)
    return grids[sheet]


GRIDS = "qods_grids"


def _read_grid(wb: Workbook, sheet: str) -> SheetGrid:
    ws: Worksheet = wb[sheet]
    unsaved = getattr(wb, UNSAVED_FORMULAS, {}).get(sheet, {})
    # `_cells` holds only the cells present in the file; iterating rows instead would create
    # every cell up to a stray formatted cell a million rows down.
    values: dict[tuple[int, int], object] = {}
    for key, cell in ws._cells.items():  # noqa: SLF001
        value = cell.value
        if cell.data_type == "e" and isinstance(value, str):
            value = CellError(value)
        elif value is None and key in unsaved:
            value = unsaved[key]
        if not _blank(value):
            values[key] = value
    ranges = list(ws.merged_cells.ranges)
    _drop_hidden(values, ranges)
    grid = SheetGrid(sheet, values)
    merges = [m for m in ranges if (m.min_row, m.min_col) in values]
    tops = {(m.min_row, m.min_col) for m in merges if m.max_row > m.min_row}
    own: dict[int, list[int]] = {}  # row → columns holding data of their own
    for r, c in values:
        if (r, c) not in tops:
            own.setdefault(r, []).append(c)
    data_rows = sorted(own)

    def beside(r: int, c0: int, c1: int) -> bool:
        return any(c < c0 or c > c1 for c in own.get(r, ()))

    dropped: list[tuple[int, int]] = []
    for m in merges:
        top = (m.min_row, m.min_col)
        merged_value = values[top]
        lo = bisect.bisect_right(data_rows, m.min_row)
        hi = bisect.bisect_right(data_rows, m.max_row)
        below = [r for r in data_rows[lo:hi] if beside(r, m.min_col, m.max_col)]
        for r in below:
            grid.values[(r, m.min_col)] = merged_value
            grid.merged_into[(r, m.min_col)] = top
        top_alone = not beside(m.min_row, m.min_col, m.max_col)
        if below and top_alone and top in tops:
            dropped.append(top)
        elif top_alone and m.max_col - m.min_col >= 2:
            grid.headings.add(m.min_row)
    for top in dropped:
        if top not in grid.merged_into:
            del grid.values[top]
    grid.list_validations = _list_validations(wb, ws)
    return grid


def _drop_hidden(values: dict[tuple[int, int], object], ranges: list) -> None:
    """Remove values stored under a merged range (Excel shows only its first cell's)."""
    columns: dict[int, list[int]] = {}
    for r, c in values:
        columns.setdefault(r, []).append(c)
    rows = sorted(columns)
    for m in ranges:
        lo, hi = bisect.bisect_left(rows, m.min_row), bisect.bisect_right(rows, m.max_row)
        for r in rows[lo:hi]:
            for c in columns[r]:
                if m.min_col <= c <= m.max_col and (r, c) != (m.min_row, m.min_col):
                    values.pop((r, c), None)


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
