"""Which sheet, which header row, which column is which: guessed, shown, confirmed, remembered.

The core never remembers anything itself: the UI stores `ColumnMapping.remembered()` (header
text key → field) in its settings and passes it back as `remembered` next time.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from openpyxl.workbook.workbook import Workbook

from ..messages import tr
from ..model import Project
from ..text import normalise_key
from .columns import EXHIBITOR_COLUMNS, Column, header_keys
from .issues import ExcelError
from .workbook import SheetGrid, Source, best_sheet, display, find_header, open_workbook, read_grid

PREVIEW_ROWS = 5


@dataclass(frozen=True)
class ColumnMapping:
    """The confirmed layout of a sheet: field → 1-based column, and, for sectors written in the
    sheet's own words, `sectors`: normalise_key(text in the sheet) → sector id."""

    sheet: str
    header_row: int
    columns: Mapping[str, int]
    sectors: Mapping[str, str] = field(default_factory=dict)

    def remembered(self, headers: Mapping[int, str]) -> dict[str, str]:
        """Header key → field, to store and pass back as `remembered` next time."""
        out: dict[str, str] = {}
        for key, column in self.columns.items():
            for k in header_keys(headers.get(column, "")):
                out[k] = key
        return out


@dataclass(frozen=True)
class SheetPreview:
    """What the mapping dialog shows: the sheets, the header found, sample values per column,
    the guessed mapping (None if no header row was recognised) and the sector words of the
    sheet (its drop-down list if it has one, then the values typed in the sector column)."""

    sheets: tuple[str, ...]
    sheet: str
    header_row: int | None
    headers: Mapping[int, str]
    samples: Mapping[int, tuple[str, ...]]
    mapping: ColumnMapping | None
    sector_values: tuple[str, ...] = ()
    sector_source: str = ""


def sector_index(project: Project) -> dict[str, str]:
    """normalise_key of each sector's id, Persian and English name → sector id."""
    index: dict[str, str] = {}
    for s in project.sectors.values():
        for name in (s.id, s.name_fa, s.name_en):
            if name and normalise_key(name):
                index.setdefault(normalise_key(name), s.id)
    return index


def closest(text: str, choices: Mapping[str, str], cutoff: float = 0.6) -> str | None:
    """The value of `choices` (key → value) whose key is closest to `text`'s key, if close."""
    found = difflib.get_close_matches(normalise_key(text), list(choices), n=1, cutoff=cutoff)
    return choices[found[0]] if found else None


def guess_sectors(values: tuple[str, ...] | list[str], project: Project) -> dict[str, str]:
    """Sheet sector words → sector ids, for the words that name a project sector exactly."""
    index = sector_index(project)
    return {normalise_key(v): index[normalise_key(v)] for v in values if normalise_key(v) in index}


def sector_words(
    grid: SheetGrid, header_row: int, column: int | None
) -> tuple[tuple[str, ...], str]:
    """The sheet's vocabulary of sectors: its drop-down list on the sector column, if any, then
    the distinct values written in that column that the list does not hold (typed past the
    drop-down: Excel only warns, LibreOffice may not check at all), each word once by its
    normalised key, so every word a row uses can be mapped or added."""
    if column is None:
        return (), ""
    found = grid.first_validation_below(header_row, column)
    listed, where = (tuple(found[0]), found[1]) if found else ((), "")
    values = [
        display(v.get(column))
        for r, v in grid.rows().items()
        if r > header_row and r not in grid.headings
    ]
    words: dict[str, str] = {}
    for word in (*listed, *values):
        key = normalise_key(word) if word else ""
        if key and key not in words:
            words[key] = word
    return tuple(words.values()), where


def preview(
    source: Source,
    project: Project | None = None,
    *,
    columns: tuple[Column, ...] = EXHIBITOR_COLUMNS,
    sheet: str | None = None,
    header_row: int | None = None,
    remembered: dict[str, str] | None = None,
) -> SheetPreview:
    """Look at a workbook and guess its layout (raises `ExcelError` if it is not one).

    `sheet` and `header_row` fix what the user chose; `remembered` is a stored mapping
    (`ColumnMapping.remembered`)."""
    return preview_workbook(
        open_workbook(source),
        project,
        columns=columns,
        sheet=sheet,
        header_row=header_row,
        remembered=remembered,
    )


def preview_workbook(
    wb: Workbook,
    project: Project | None = None,
    *,
    columns: tuple[Column, ...] = EXHIBITOR_COLUMNS,
    sheet: str | None = None,
    header_row: int | None = None,
    remembered: dict[str, str] | None = None,
) -> SheetPreview:
    """`preview` of a workbook already open."""
    if sheet is None:
        sheet, _ = best_sheet(wb, columns, remembered)
    elif sheet not in wb.sheetnames:
        raise ExcelError(tr("the workbook has no sheet {sheet!r}", sheet=sheet))
    grid = read_grid(wb, sheet)
    scan = grid if header_row is None else _only_row(grid, header_row)
    guess = find_header(scan, columns, remembered)
    row = header_row if header_row is not None else (guess.row if guess else None)
    if row is None:
        return SheetPreview(tuple(wb.sheetnames), sheet, None, {}, {}, None)
    headers = {c: display(v) for c, v in grid.row_values(row).items()}
    data_rows = sorted(r for r in grid.rows() if r > row and r not in grid.headings)
    samples = {
        c: tuple(display(grid.value(r, c)) for r in data_rows[:PREVIEW_ROWS]) for c in headers
    }
    mapped = dict(guess.columns) if guess else {}
    words, where = sector_words(grid, row, mapped.get("sector"))
    sectors = guess_sectors(words, project) if project is not None else {}
    mapping = ColumnMapping(sheet, row, mapped, sectors)
    return SheetPreview(tuple(wb.sheetnames), sheet, row, headers, samples, mapping, words, where)


def _only_row(grid: SheetGrid, row: int) -> SheetGrid:
    return SheetGrid(grid.name, {k: v for k, v in grid.values.items() if k[0] == row})
