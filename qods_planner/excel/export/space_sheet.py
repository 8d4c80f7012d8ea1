"""The space report's sheet: the three tables of `publishing.space` (halls, sectors, stand
kinds) one under the other, each a real Excel table under a bold title, areas in m²."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ...model import Project
from ...publishing.space import space_report, space_tables
from ..sheetstyle import BODY_FONT, fit_widths, page_setup, right_to_left, style_header
from .tables import TABLE_STYLE

SHEET_TITLE = {"fa": "گزارش فضا", "en": "Space"}
TABLE_NAMES = {"halls": "SpaceHalls", "sectors": "SpaceSectors", "kinds": "SpaceKinds"}


def write_space_sheet(ws: Worksheet, project: Project, language: str) -> None:
    """Fill `ws` with the space report of `project`'s current plan, in `language`."""
    row = 1
    for table in space_tables(project, space_report(project), language):
        ws.cell(row, 1, table.title).font = Font(bold=True, size=12)
        row += 1
        top = row
        for c, header in enumerate(table.headers, start=1):
            ws.cell(row, c, header)
        style_header(ws, row, len(table.headers))
        for values in table.rows:
            row += 1
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row, c, value)
                cell.font = BODY_FONT
                if not isinstance(value, str):
                    cell.number_format = "0.0" if isinstance(value, float) else "0"
        ref = f"A{top}:{get_column_letter(len(table.headers))}{row}"
        excel = Table(displayName=TABLE_NAMES[table.key], ref=ref)
        excel.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        ws.add_table(excel)
        row += 2
    right_to_left(ws, language)
    fit_widths(ws, minimum=8, maximum=40)
    page_setup(ws, title_rows=None)
