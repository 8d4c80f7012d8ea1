"""Cells checked for what they are: error cells, formulas without saved values, non-text in
text columns, implausible dates, huge numbers, long names, merged cells, duplicate headers,
and relation problems at the competitor/partner cell. Each fixture is made here."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from datetime import time as clock

import pytest
from openpyxl import Workbook

from qods_planner.excel import build_workbook, import_plan_from_export, read_booths, read_exhibitors

from .conftest import build_project
from .xlsx_surgery import build, set_cell

HEADER = ["نام شرکت", "رسته", "متراژ", "تاریخ ثبت‌نام", "رقبا", "همکاران"]


def workbook(rows, header=HEADER, merges=(), formats=None) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Registrations"
    ws.append(header)
    for row in rows:
        ws.append(row)
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    for ref in merges:
        ws.merge_cells(ref)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def problems(data, project=None):
    result = read_exhibitors(data, project or build_project())
    return {i.cell: i for i in result.problems}, result


def row(name="شرکت نو", sector="قطعات خودرو", area=12, date=None, comp=None, part=None):
    return [name, sector, area, date, comp, part]


@pytest.mark.parametrize("error", ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?"])
def test_error_cells_are_refused_with_the_errors_name(error):
    found, result = problems(workbook([row(name=error), row(name="فولاد نو", area=error)]))
    assert "the cell holds the error " + error in found["Registrations!A2"].message
    assert "the cell holds the error " + error in found["Registrations!C3"].message
    assert not result.rows
    assert len(found) == 2  # one problem per cell: no "unknown sector" or "missing" after it


@pytest.mark.parametrize(
    "value, kind",
    [
        (True, "a yes/no value"),
        (False, "a yes/no value"),
        (123, "a number"),
        (1.5, "a number"),
        (datetime(2026, 1, 2), "a date"),
        (clock(10, 30), "a time"),
    ],
)
def test_non_text_in_a_name_column_is_refused(value, kind):
    for where in ("name", "sector", "comp"):
        found, result = problems(workbook([row(**{where: value}), row(name="فولاد نو")]))
        cell = {"name": "A2", "sector": "B2", "comp": "E2"}[where]
        issue = found[f"Registrations!{cell}"]
        assert f"this column holds text, and the cell holds {kind}" in issue.message
        assert [r.row for r in result.rows] == [3]


def test_no_error_or_boolean_cell_is_ever_accepted_as_a_name():
    values = ["#N/A", "#NULL!", "#NUM!", True, False, 0, 1, "TRUE", " false "]  # text too
    found, result = problems(workbook([row(name=v) for v in values]))
    assert not result.rows
    assert set(found) == {f"Registrations!A{r}" for r in range(2, 2 + len(values))}


def test_formulas_without_saved_values_have_their_own_message():
    # openpyxl, like many scripts, writes formulas without their results.
    data = workbook([row(area="=3*4"), row(name='=UPPER("x")')])
    found, result = problems(data)
    assert found["Registrations!C2"].message == "formula without a saved value"
    assert (
        "open and save the workbook in Excel or LibreOffice" in found["Registrations!C2"].suggestion
    )
    assert found["Registrations!C2"].raw == "=3*4"
    assert "Registrations!A3" in found
    assert "requested area is missing" not in str(result.problems)


def test_formulas_with_saved_values_are_read():
    data = set_cell(build(), "C2", "12")  # the plain value first
    # <f> with a saved <v>: what Excel writes.
    from .xlsx_surgery import SHEET_XML, edit_part

    data = edit_part(
        data,
        SHEET_XML,
        lambda x: x.replace(b'<c r="C2"><v>12</v></c>', b'<c r="C2"><f>3*4</f><v>12</v></c>'),
    )
    result = read_exhibitors(data, build_project())
    assert not result.problems and result.rows[0].exhibitor.requested_m2 == 12


@pytest.mark.parametrize(
    "value, words",
    [
        (datetime(3928, 1, 1), "year 3928"),
        (datetime(5410, 6, 1), "year 5410"),
        (datetime(1850, 1, 1), "year 1850"),
        ("6242/01/01", "year 6242"),
        ("1250/01/01", "year 1250"),
        (datetime(1900, 1, 3), "a duration or a small number shown as a date"),
        (timedelta(hours=50), "a time or a duration"),
        (clock(9, 0), "a time or a duration"),
    ],
)
def test_implausible_dates_and_durations_are_refused(value, words):
    found, _ = problems(workbook([row(date=value)]))
    assert words in found["Registrations!D2"].message


def test_plausible_dates_still_read():
    data = workbook(
        [
            row(date=datetime(2026, 8, 1)),
            row(name="ب", date="1405/05/12"),
            row(name="پ", date=datetime(1405, 5, 12)),
        ]
    )
    result = read_exhibitors(data, build_project())
    assert not result.problems
    assert [r.exhibitor.registered_on for r in result.rows] == [
        "2026-08-01",
        "2026-08-03",
        "2026-08-03",
    ]


@pytest.mark.parametrize(
    "raw, t, cell, words",
    [
        ("9" * 400, None, "C2", "too large"),
        ("1E999", None, "C2", "must be a number"),
        ("-1E999", None, "C2", "must be a number"),
        ("1E999", None, "D2", "is not a date"),
        ("1E308", None, "D2", "is not a date"),
        ("9" * 400, None, "D2", "is not a date"),
        ("250000", None, "C2", "too large"),
        ("9" * 400, "str", "C2", "too large"),
    ],
)
def test_huge_numbers_and_infinities_injected_in_the_sheet_xml(raw, t, cell, words):
    data = set_cell(build(), cell, raw, t)
    found, _ = problems(data)
    assert words in found[f"Registrations!{cell}"].message


def test_booth_sizes_beyond_the_maximum_are_refused(project):
    wb = Workbook()
    ws = wb.active
    ws.append(["Label", "Hall", "X (m)", "Y (m)", "Width (m)", "Depth (m)"])
    ws.append(["Z-1", "Hall 1", 1, 1, 3, 3])  # x becomes 400 digits below
    ws.append(["Z-2", "Hall 1", 1, 1, 3, 3])  # x becomes 1E999 below
    ws.append([True, "Hall 1", 1, 1, 3, 3])
    ws.append(["#N/A", "Hall 1", 1, 1, 3, 3])
    ws.append([12, "Hall 1", 0, 15, 3, 3])  # a whole number is a fine label
    out = io.BytesIO()
    wb.save(out)
    result = read_booths(
        set_cell(set_cell(out.getvalue(), "C2", "9" * 400), "C3", "1E999"), project
    )
    cells = {i.cell: i.message for i in result.problems}
    assert "too large" in cells["Sheet!C2"]
    assert "must be a number" in cells["Sheet!C3"]
    assert "holds text" in cells["Sheet!A4"]
    assert "the cell holds the error #N/A" in cells["Sheet!A5"]
    assert [b.label for _, b in result.rows] == ["12"]


def test_names_are_at_most_200_characters():
    found, result = problems(workbook([row(name="ش" * 32_767), row(name="ش" * 200)]))
    assert "at most 200 characters; this one has 32767" in found["Registrations!A2"].message
    assert [r.row for r in result.rows] == [3]
    assert len(str(found["Registrations!A2"])) < 400  # the value shown is cut short


def test_a_sector_merged_far_down_applies_to_the_rows_with_data_only():
    rows = [row(name="ایران نو", sector="قطعات خودرو"), row(name="فولاد نو", sector=None)]
    data = workbook(rows, merges=["B2:B400"])
    found, result = problems(data)
    assert not found
    assert [(r.row, r.exhibitor.sector_id) for r in result.rows] == [(2, "auto"), (3, "auto")]


def test_a_merged_first_row_without_data_is_not_a_row():
    rows = [[None, "قطعات خودرو", None], ["ایران نو", None, 9], ["فولاد نو", None, 12]]
    data = workbook(rows, header=HEADER[:3], merges=["B2:B4"])
    found, result = problems(data)
    assert not found
    assert [r.row for r in result.rows] == [3, 4]


def test_a_heading_across_the_table_is_still_skipped():
    rows = [["سالن ۲", None, None], ["ایران نو", "قطعات خودرو", 9]]
    data = workbook(rows, header=HEADER[:3], merges=["A2:C2"])
    found, result = problems(data)
    assert not found and [r.row for r in result.rows] == [3]
    assert any("heading" in f.message for f in result.fixes)


def test_a_duplicate_header_names_both_cells():
    header = ["نام شرکت", "رسته", "متراژ", "Area"]
    found, result = problems(workbook([["ایران نو", "قطعات خودرو", 9, 12]], header=header))
    issue = found["Registrations!D1"]
    assert "Registrations!C1 and Registrations!D1 both name the column" in issue.message
    assert result.rows  # the data rows are fine: only valid-rows-only would import them


def test_competitor_and_partner_is_pinned_to_the_partner_cell_and_names_the_company():
    rows = [row(name="ایران نو"), row(name="فولاد نو", comp="ایران نو", part="ایران نو")]
    found, _ = problems(workbook(rows))
    issue = found["Registrations!F3"]
    assert issue.message == "'ایران نو' is both a competitor and a partner"
    assert "ex-" not in issue.message


def test_a_tiny_area_is_reported_on_the_area_cell():
    found, result = problems(workbook([row(area=0.00005), row(name="ب", area=1.5)]))
    assert list(found) == ["Registrations!C2"]  # not on the blank largest-area cell
    assert "at least 1 and at most 10,000 m²" in found["Registrations!C2"].message
    assert [r.row for r in result.rows] == [3]


def test_odd_cells_in_an_edited_export_are_problems(project, tmp_path):
    wb = build_workbook(project)
    ws = wb.worksheets[0]
    headers = {c.value: c.column for c in ws[1]}
    id_col = next(c for h, c in headers.items() if h in ("شناسه", "ID"))
    ws.cell(2, id_col).value = "#REF!"
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    plan, report = import_plan_from_export(project, path)
    assert plan == project.plan
    assert any("the cell holds the error #REF!" in i.message for i in report.problems)


def test_the_grid_lends_a_merged_value_only_to_rows_with_data():
    from qods_planner.excel.workbook import open_workbook, read_grid

    rows = [row(name="ایران نو", sector="قطعات خودرو"), row(name="فولاد نو", sector=None)]
    grid = read_grid(open_workbook(workbook(rows, merges=["B2:B400"])), "Registrations")
    assert sorted(grid.rows()) == [1, 2, 3]
    assert grid.merged_into == {(3, 2): (2, 2)}


def test_rows_with_only_a_row_number_beside_a_merge_are_not_rows():
    header = ["ردیف", "نام شرکت", "رسته", "متراژ"]
    rows = [[1, "ایران نو", "قطعات خودرو", 9], [2, "فولاد نو", None, 12]]
    rows += [[n, None, None, None] for n in range(3, 50)]
    found, result = problems(workbook(rows, header=header, merges=["C2:C50"]))
    assert not found
    assert [r.row for r in result.rows] == [2, 3]
