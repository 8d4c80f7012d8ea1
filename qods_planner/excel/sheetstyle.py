"""How our own workbooks look: bold shaded headers, frozen header rows, widths that fit the
text, landscape pages one page wide, right-to-left sheets in Persian."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

FONT = "Vazirmatn"  # bundled with the program; Excel falls back to a Persian system font
HEADER_FILL = PatternFill("solid", start_color="FF37474F")
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFFFF")
BODY_FONT = Font(name=FONT)
THIN = Side(style="thin", color="FF9E9E9E")


def style_header(ws: Worksheet, row: int, columns: int) -> None:
    for c in range(1, columns + 1):
        cell = ws.cell(row, c)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fit_widths(ws: Worksheet, minimum: int = 6, maximum: int = 50) -> None:
    """Each column as wide as its longest text (in characters, Persian counted a bit wider)."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            text = str(cell.value)
            longest = max((len(line) for line in text.splitlines()), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest * 1.15 + 2)
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, width))


def page_setup(ws: Worksheet, *, title_rows: str | None = "1:1", fit_height: bool = False) -> None:
    """Landscape, A4, fit to one page wide (and one page high if `fit_height`), header repeated
    on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if fit_height else 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if title_rows:
        ws.print_title_rows = title_rows


def right_to_left(ws: Worksheet, language: str) -> None:
    ws.sheet_view.rightToLeft = language == "fa"
