"""Importing registrations: the messy-but-valid sheet, the sheet of known mistakes, mapping,
re-import by id with a diff, valid rows only, and the promise never to write the workbook."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from openpyxl import Workbook

from qods_planner.excel import (
    ColumnMapping,
    ImportBlocked,
    Severity,
    apply_exhibitors,
    diff_exhibitors,
    preview,
    read_exhibitors,
    restore_exhibitors,
)
from qods_planner.model import ExhibitorStatus, PriorityTier

from .conftest import FIXTURES

MESSY = FIXTURES / "registrations-messy.xlsx"
BAD = FIXTURES / "registrations-bad.xlsx"


def _book(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_messy_sheet_imports_without_problems(project):
    result = read_exhibitors(MESSY, project)
    assert result.problems == []
    assert result.mapping.header_row == 3
    by_row = {r.row: r.exhibitor for r in result.rows}
    assert sorted(by_row) == [4, 5, 6, 9, 10, 11]  # row 7 blank, row 8 a heading
    alborz, piston, casting, dairy, tech, petro = (by_row[r] for r in (4, 5, 6, 9, 10, 11))
    # Matched to existing exhibitors by name, whatever the spelling (ي/ك, spaces, ZWNJ).
    assert (alborz.id, piston.id, dairy.id, tech.id, petro.id) == ("e1", "e2", "e4", "e6", "e5")
    assert alborz.name_fa == "قطعه‌سازان البرز"  # same name spelt differently: kept as it was
    assert casting.name_fa == "ریخته‌گری تهران" and casting.id not in project.exhibitors
    # A sector merged down over three rows applies to each of them.
    assert alborz.sector_id == piston.sector_id == casting.sector_id == "auto"
    assert (alborz.requested_m2, casting.requested_m2, dairy.requested_m2) == (9, 18, 12)
    assert tech.requested_m2 == 12.5  # Arabic-Indic digits and the Arabic decimal mark
    assert alborz.phone == "09121234567" and dairy.phone == "02144556677"
    assert casting.phone == "02144556677" and tech.phone == "09120001111"
    assert alborz.registered_on == "2026-08-03"  # 1405/05/12
    assert dairy.registered_on == "2026-07-27"  # 5 مرداد 1405
    assert casting.registered_on == "2026-08-20"  # a real date cell
    assert piston.needs.power and not petro.needs.power
    assert alborz.competitors == ("e2",) and tech.competitors == ("e5",)
    assert alborz.priority is PriorityTier.SPONSOR  # not in the sheet: kept
    fixed = {(i.cell, i.field) for i in result.fixes}
    assert ("'ثبت‌نام'!G4", "phone") in fixed
    assert ("'ثبت‌نام'!D5", "sector") in fixed  # from the merged cell
    assert ("'ثبت‌نام'!8:8", "") in fixed  # the heading row
    assert all(i.severity is Severity.FIXED for i in result.fixes)


def test_sector_words_come_from_the_drop_down(project):
    found = preview(MESSY, project)
    assert found.sector_source == "Lists!$A$1:$A$5"
    assert found.sector_values[0] == "قطعات خودرو" and len(found.sector_values) == 5
    assert set(found.mapping.sectors.values()) == set(project.sectors)


def test_every_known_bad_cell_is_reported_and_nothing_else(project):
    expected = json.loads((FIXTURES / "registrations-bad.expected.json").read_text("utf-8"))
    result = read_exhibitors(BAD, project)
    assert sorted((i.cell, i.field) for i in result.problems) == sorted(
        (e["cell"], e["field"]) for e in expected
    )
    for issue in result.problems:
        assert issue.message and issue.sheet == "Registrations"
        assert str(issue).startswith(issue.cell)
    bad_rows = {int(e["cell"].split("!")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) for e in expected}
    assert set(result.error_rows) == bad_rows
    assert [r.row for r in result.rows] == [3, 19]


def test_problems_carry_raw_value_and_suggestion(project):
    result = read_exhibitors(BAD, project)
    by_cell = {i.cell: i for i in result.problems}
    sector = by_cell["Registrations!C4"]
    assert sector.raw == "Automotive part" and "قطعات خودرو" in sector.suggestion
    assert by_cell["Registrations!J7"].raw == 12345
    assert "Hall 2" in by_cell["Registrations!G16"].suggestion


def test_nothing_is_applied_with_problems_unless_valid_rows_only(project):
    result = read_exhibitors(BAD, project)
    with pytest.raises(ImportBlocked):
        result.exhibitors()
    chosen = result.exhibitors(valid_rows_only=True)
    assert [e.id for e in chosen] == ["n1", "n17"]
    saipa = chosen[0]
    assert saipa.competitors == ("e2",) and saipa.wishes.preferred_hall == "h1"
    assert chosen[1].pinned_booths == ("c2",) and chosen[1].sector_id == "food"


def test_valid_rows_only_drops_references_to_left_out_rows(project):
    data = _book(
        [
            ["Company", "Sector", "Area", "Competitors"],
            ["Good One", "Chemicals", 9, "Broken One"],
            ["Broken One", "Chemicals", "lots", None],
        ]
    )
    result = read_exhibitors(data, project)
    assert [i.cell for i in result.problems] == ["Sheet1!C3"]
    (good,) = result.exhibitors(valid_rows_only=True)
    assert good.competitors == ()


def test_reimport_updates_by_id_and_shows_differences(project):
    data = _book(
        [
            ["ID", "Company", "Sector", "Area", "Status"],
            ["e2", "Iran Piston Co", "Automotive parts", 18, "withdrawn"],
            ["e3", "فولاد قدس", "Basic metals", 18, None],
            ["new-1", "Fresh Foods", "مواد غذایی", 9, None],
        ]
    )
    result = read_exhibitors(data, project)
    assert result.ok
    diff = diff_exhibitors(project, result.exhibitors())
    assert [e.id for e in diff.added] == ["new-1"]
    (change,) = diff.changed
    assert change.old.id == "e2"
    assert {f.field: (f.old, f.new) for f in change.fields} == {
        "name_fa": ("ایران پیستون", "Iran Piston Co"),
        "requested_m2": (9, 18.0),
        "min_m2": (9, 18.0),  # the old smallest no longer fits a bigger request
        "max_m2": (13.5, 27.0),
        "status": ("registered", "withdrawn"),
    }
    assert diff.unchanged == ("e3",)
    assert set(diff.not_in_sheet) == {"e1", "e4", "e5", "e6"}
    before = dict(project.exhibitors)
    changes = []
    project.subscribe(changes.append)
    undo = apply_exhibitors(project, diff)
    assert [c.kind for c in changes] == ["exhibitor"]  # one change
    assert project.exhibitors["e2"].status is ExhibitorStatus.WITHDRAWN
    assert project.exhibitors["new-1"].name_fa == "Fresh Foods"
    restore_exhibitors(project, undo)
    assert project.exhibitors == before


def test_user_mapping_wins_and_is_remembered(project):
    data = _book(
        [
            ["Firma", "Branche", "Fläche"],
            ["Teheran Guss", "Basic metals", 18],
        ]
    )
    found = preview(data, project)
    assert found.mapping is None  # nothing recognised
    mapping = ColumnMapping("Sheet1", 1, {"name_fa": 1, "sector": 2, "area": 3})
    result = read_exhibitors(data, project, mapping)
    assert result.ok and result.rows[0].exhibitor.requested_m2 == 18
    remembered = mapping.remembered({1: "Firma", 2: "Branche", 3: "Fläche"})
    again = preview(data, project, remembered=remembered)
    assert again.mapping.columns == {"name_fa": 1, "sector": 2, "area": 3}
    assert read_exhibitors(data, project, remembered=remembered).ok


def test_sheet_sector_words_can_be_mapped(project):
    data = _book([["Company", "Sector", "Area"], ["Casting Co", "Foundry", 18]])
    assert [i.field for i in read_exhibitors(data, project).problems] == ["sector"]
    mapping = preview(data, project).mapping
    mapping = ColumnMapping(
        mapping.sheet, mapping.header_row, mapping.columns, {"foundry": "metal"}
    )
    result = read_exhibitors(data, project, mapping)
    assert result.ok and result.rows[0].exhibitor.sector_id == "metal"


def test_missing_columns_and_missing_header_are_reported(project):
    no_header = read_exhibitors(_book([["a", "b"], [1, 2]]), project)
    assert not no_header.ok and no_header.problems[0].row is None
    no_area = read_exhibitors(_book([["Company", "Sector"], ["X", "Chemicals"]]), project)
    assert no_area.problems[0].cell == "Sheet1!1:1" and "Area" in no_area.problems[0].message
    assert no_area.rows == []


def test_the_workbook_is_never_written(project, tmp_path):
    path = tmp_path / "mine.xlsx"
    path.write_bytes(BAD.read_bytes())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = path.stat().st_mtime_ns
    path.chmod(0o444)  # a read-only file reads fine
    result = read_exhibitors(path, project)
    assert result.problems
    result.exhibitors(valid_rows_only=True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert path.stat().st_mtime_ns == mtime


def test_not_a_workbook_is_a_clear_error(project, tmp_path):
    from qods_planner.excel import ExcelError

    path = tmp_path / "notes.xlsx"
    path.write_text("hello")
    with pytest.raises(ExcelError, match="not a readable .xlsx"):
        read_exhibitors(path, project)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ExcelError, match="save it as .xlsx"):
        read_exhibitors(old, project)
