"""One sheet, one real Excel table: unique text headers, banded rows, no sheet auto-filter
(the table has its own filter buttons; a sheet filter over a table makes Excel repair the
file), frozen header, fitted widths, landscape print one page wide."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ..sheetstyle import BODY_FONT, fit_widths, page_setup, right_to_left, style_header

TABLE_STYLE = "TableStyleMedium2"


def write_table(
    ws: Worksheet,
    name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    language: str,
    centred: Sequence[int] = (),
    latin: Sequence[int] = (),
) -> None:
    """Fill `ws` with a table called `name` (ASCII, unique in the workbook) from row 1.

    A table needs at least one data row, so an empty table gets one blank row. Columns in
    `centred` (1-based) hold short codes and numbers: centring them keeps a Latin code from
    sticking to the Persian text next to it in a right-to-left sheet. Columns in `latin` hold
    Latin text (English names): in a right-to-left sheet they keep a character's space on their
    left, so they do not run into the Persian text of the next column either."""
    if len(set(headers)) != len(headers) or not all(isinstance(h, str) and h for h in headers):
        raise ValueError(f"table {name}: headers must be unique, non-empty text: {headers!r}")
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    last_row = max(2, len(rows) + 1)
    middle = Alignment(horizontal="center")
    apart = Alignment(horizontal="left", indent=1)
    for r in range(2, last_row + 1):
        for c in range(1, len(headers) + 1):
            ws.cell(r, c).font = BODY_FONT
            if c in centred:
                ws.cell(r, c).alignment = middle
            elif c in latin and language == "fa":
                ws.cell(r, c).alignment = apart
    style_header(ws, 1, len(headers))
    ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"
    right_to_left(ws, language)
    fit_widths(ws, minimum=8, maximum=60)
    page_setup(ws)
