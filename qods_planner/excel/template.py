"""The blank registration workbook organisers send out (`qods-planner template FILE.xlsx`).

One sheet with every registration column, drop-down lists (sectors, yes/no, priority, status,
halls), an example row in grey italics, and a sheet listing the sectors. The example row is
recognised on import by its company name (`EXAMPLE_NAMES`) and skipped, so forgetting to
delete it does no harm. Phone and date columns are text cells, so that Excel keeps a phone's
leading zero and does not turn the Jalali date 1405/05/12 into a Gregorian one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Hall, Sector
from .columns import EXHIBITOR_COLUMNS, IGNORE, Column
from .sheetstyle import FONT, fit_widths, page_setup, right_to_left, style_header

EXAMPLE_NAMES = ("شرکت نمونه (این ردیف را پاک کنید)", "Example Co. (delete this row)")
TEMPLATE_ROWS = 500  # drop-downs and text formats reach this far
TEXT_COLUMNS = ("id", "phone", "registered_on", "pinned", "choices")
_YES_NO = {"fa": ("بله", "خیر"), "en": ("yes", "no")}
_CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "priority": {"fa": ("عادی", "سابقه‌دار", "حامی"), "en": ("regular", "returning", "sponsor")},
    "status": {"fa": ("ثبت‌نام", "انصراف"), "en": ("registered", "withdrawn")},
}
_FLAGS = ("power", "water", "heavy_floor", "corner", "island", "hall_required")


def template_columns() -> tuple[Column, ...]:
    return tuple(c for c in EXHIBITOR_COLUMNS if c.key != IGNORE)


def _example(column: Column, language: str, sector: Sector | None, hall: Hall | None) -> object:
    if column.key == "name_fa":
        return EXAMPLE_NAMES[0]
    if column.key == "name_en":
        return EXAMPLE_NAMES[1]
    if column.key == "id":
        return None
    if column.key == "sector":
        return sector.name(language) if sector else None
    if column.key == "hall":
        return hall.name(language) if hall else None
    if column.key in _FLAGS:
        return _YES_NO[language][0 if column.key in ("power", "corner") else 1]
    if column.key in _CHOICES:
        return _CHOICES[column.key][language][0]
    return column.example


def write_template(
    path: str | Path,
    sectors: Sequence[Sector],
    *,
    halls: Sequence[Hall] = (),
    language: str = "fa",
) -> None:
    """Write the blank registration workbook to `path` (a new file we own)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook has one worksheet
    ws.title = "ثبت‌نام" if language == "fa" else "Registrations"
    right_to_left(ws, language)
    columns = template_columns()
    lists = wb.create_sheet("رسته‌ها" if language == "fa" else "Sectors")
    right_to_left(lists, language)
    lists.append(["رسته" if language == "fa" else "Sector", "شناسه" if language == "fa" else "ID"])
    style_header(lists, 1, 2)
    for s in sectors:
        lists.append([s.name(language), s.id])
    if halls:
        lists.cell(1, 4, "سالن" if language == "fa" else "Hall")
        for i, h in enumerate(halls, start=2):
            lists.cell(i, 4, h.name(language))
        style_header(lists, 1, 4)
    fit_widths(lists)

    for c, column in enumerate(columns, start=1):
        cell = ws.cell(1, c, column.header(language))
        help_text = column.help_fa if language == "fa" else column.help_en
        if help_text:
            cell.comment = Comment(help_text, "Qods Planner")
    style_header(ws, 1, len(columns))
    ws.freeze_panes = "A2"
    example_font = Font(name=FONT, italic=True, color="FF808080")
    sector = sectors[0] if sectors else None
    hall = halls[0] if halls else None
    for c, column in enumerate(columns, start=1):
        ws.cell(2, c, _example(column, language, sector, hall)).font = example_font  # type: ignore[call-overload]  # examples are texts and numbers
    last = TEMPLATE_ROWS + 1
    for c, column in enumerate(columns, start=1):
        letter = get_column_letter(c)
        for r in range(3, last + 1):
            if column.key in TEXT_COLUMNS:
                ws.cell(r, c).number_format = "@"
        ws.cell(2, c).number_format = "@" if column.key in TEXT_COLUMNS else "General"
        formula = _list_formula(column.key, language, lists.title, len(sectors), len(halls))
        if formula:
            dv = DataValidation(type="list", formula1=formula, allow_blank=True)
            dv.error = (
                "یکی از گزینه‌های فهرست را انتخاب کنید"
                if language == "fa"
                else "choose one of the list"
            )
            dv.showErrorMessage = column.key == "sector"
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    fit_widths(ws, minimum=10)
    page_setup(ws)
    wb.save(Path(path))


def _list_formula(key: str, language: str, sheet: str, n_sectors: int, n_halls: int) -> str:
    if key == "sector" and n_sectors:
        return f"{quote_sheetname(sheet)}!$A$2:$A${n_sectors + 1}"
    if key == "hall" and n_halls:
        return f"{quote_sheetname(sheet)}!$D$2:$D${n_halls + 1}"
    if key in _FLAGS:
        return '"' + ",".join(_YES_NO[language]) + '"'
    if key in _CHOICES:
        return '"' + ",".join(_CHOICES[key][language]) + '"'
    return ""
