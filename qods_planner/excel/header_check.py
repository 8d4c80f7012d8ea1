"""A header row that names one column twice: the reader would take one and silently drop the
other, so it is a problem naming both cells."""

from __future__ import annotations

from ..messages import get_language, tr
from .columns import Column, by_key, column_index, match_header
from .issues import Issue, cell_ref
from .mapping import ColumnMapping
from .workbook import SheetGrid, display


def duplicate_headers(
    grid: SheetGrid, mapping: ColumnMapping, columns: tuple[Column, ...]
) -> list[Issue]:
    """One problem per header cell that names a column already read from another cell (unless
    the user mapped that cell to something else)."""
    index = column_index(columns)
    named = by_key(columns)
    used = set(mapping.columns.values())
    issues: list[Issue] = []
    for c, value in sorted(grid.row_values(mapping.header_row).items()):
        key = match_header(display(value), index)
        first = mapping.columns.get(key or "")
        if key is None or first is None or first == c or c in used:
            continue
        issues.append(
            Issue(
                mapping.sheet,
                mapping.header_row,
                c,
                key,
                display(value),
                tr(
                    "{first} and {second} both name the column {column}",
                    first=cell_ref(mapping.sheet, mapping.header_row, first),
                    second=cell_ref(mapping.sheet, mapping.header_row, c),
                    column=named[key].header(get_language()),
                ),
                tr(
                    "delete or rename one of them; now only {first} is read",
                    first=cell_ref(mapping.sheet, mapping.header_row, first),
                ),
            )
        )
    return issues
