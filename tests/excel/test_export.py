"""The exported workbook: real tables, print setup, right-to-left, floor plans, the hidden
sheet, and an edited export read back (locks and moves by id)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from qods_planner.excel import export_workbook, import_plan_from_export
from qods_planner.excel.export.labels import META_SHEET
from qods_planner.model import Plan

from .conftest import build_project

NOW = datetime(2026, 9, 20, 8, 30, tzinfo=UTC)
DATA_SHEETS_FA = [
    "تخصیص غرفه‌ها",
    "غرفه‌ها",
    "به تفکیک رسته",
    "فهرست انتظار",
    "تغییرات",
    "ترتیب اولویت",
]
DATA_SHEETS_EN = ["Assignments", "Booths", "By sector", "Waitlist", "Changes", "Fair order"]


@pytest.fixture
def exported(tmp_path, project):
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path, now=NOW)
    return path


def _table_rows(ws):
    (table,) = ws.tables.values()
    rows = [[c.value for c in row] for row in ws[table.ref]]
    return rows[0], rows[1:]


def test_sheets_tables_and_print_setup(exported):
    wb = load_workbook(exported)
    assert wb.sheetnames == [
        *DATA_SHEETS_FA,
        "نقشه - سالن ۱",
        "نقشه - سالن ۲",
        "گزارش فضا",
        META_SHEET,
    ]
    names = set()
    for title in DATA_SHEETS_FA:
        ws = wb[title]
        assert len(ws.tables) == 1
        (table,) = ws.tables.values()
        names.add(table.displayName)
        header, _ = _table_rows(ws)
        assert all(isinstance(h, str) and h for h in header)
        assert len(set(header)) == len(header)
        assert ws.auto_filter.ref is None  # never a sheet filter on top of a table
        assert ws.freeze_panes == "A2"
        assert ws.sheet_view.rightToLeft
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert 8 <= ws.column_dimensions["B"].width <= 60
    assert names == {"Assignments", "Booths", "BySector", "Waitlist", "Changes", "FairOrder"}
    assert wb[META_SHEET].sheet_state == "hidden"
    meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(max_row=5, values_only=True)}
    assert meta == {
        "format": "qods-planner-export",
        "format_version": 1,
        "project_id": "test-project",
        "exported_at": "2026-09-20T08:30:00+00:00",
        "language": "fa",
    }


def test_english_projects_get_left_to_right_sheets(tmp_path):
    path = tmp_path / "en.xlsx"
    export_workbook(build_project("en"), path)
    wb = load_workbook(path)
    assert wb.sheetnames[:6] == DATA_SHEETS_EN
    assert not wb["Assignments"].sheet_view.rightToLeft
    header, rows = _table_rows(wb["Assignments"])
    assert header[:5] == ["ID", "Company", "English name", "Sector", "Booths"]


def test_table_contents(exported):
    wb = load_workbook(exported)
    _, rows = _table_rows(wb["تخصیص غرفه‌ها"])
    assert [(r[0], r[4], r[5], r[6], r[7], r[9]) for r in rows] == [
        ("e1", "A-1", "سالن ۱", 9, 9, "بله"),
        ("e2", "A-5", "سالن ۱", 9, 9, "خیر"),
        ("e3", "B-1، B-2", "سالن ۱", 18, 18, "خیر"),  # the Persian comma
        ("e4", "C-1", "سالن ۲", 12, 12, "خیر"),
    ]
    _, booths = _table_rows(wb["غرفه‌ها"])
    assert len(booths) == 18
    c6 = next(r for r in booths if r[1] == "C-6")
    assert c6[13] == "مسدود" and c6[14] is None
    _, by_sector = _table_rows(wb["به تفکیک رسته"])
    assert ["قطعات خودرو", "همه سالن‌ها", 2, 18, 18] in by_sector
    _, waiting = _table_rows(wb["فهرست انتظار"])
    assert [(r[0], r[5]) for r in waiting] == [("e5", None), ("e6", "1405/05/12")]
    assert all(r[6] for r in waiting)  # every waitlisted exhibitor has a reason
    _, changes = _table_rows(wb["تغییرات"])
    assert [(r[0], r[2], r[3]) for r in changes] == [
        ("e2", "A-2", "A-5"),
        ("e5", "C-2", "فهرست انتظار"),
        ("e4", "—", "C-1"),
    ]


def test_floor_plan_sheet_draws_booths_in_sector_colours(exported, project):
    ws = load_workbook(exported)["نقشه - سالن ۱"]
    assert not ws.sheet_view.rightToLeft  # a drawing is not mirrored
    assert ws.page_setup.fitToHeight == 1 and ws.page_setup.fitToWidth == 1
    merged = [set(r.cells) for r in ws.merged_cells.ranges]
    for i, a in enumerate(merged):
        for b in merged[i + 1 :]:
            assert not a & b  # overlapping merges make Excel repair the file
    texts = {
        str(c.value).split("\n")[0]: c
        for row in ws.iter_rows()
        for c in row
        if c.value and "\n" in str(c.value)
    }
    assert texts["A-1"].value == "A-1\nقطعه‌سازان البرز"
    assert texts["A-1"].fill.start_color.rgb == "FFD62728"  # automotive parts
    assert texts["B-1"].fill.start_color.rgb == "FF7F7F7F"  # basic metals
    a2 = next(c for row in ws.iter_rows() for c in row if c.value == "A-2")
    assert a2.fill.start_color.rgb == "FFFFFFFF"  # free
    assert any(c.value == "ورودی" for row in ws.iter_rows() for c in row)


def test_export_then_import_gives_the_same_plan(exported, project):
    plan, report = import_plan_from_export(project, exported)
    assert report.ok and report.empty
    assert plan == project.plan


def test_edits_made_in_excel_come_back_by_id(exported, project, tmp_path):
    wb = load_workbook(exported)
    ws = wb["تخصیص غرفه‌ها"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["e2"], 5, "A-6")  # moved by hand
    ws.cell(rows["e3"], 10, "بله")  # locked
    ws.cell(rows["e1"], 10, "خیر")  # unlocked
    ws.cell(rows["e4"], 5).value = None  # taken off the plan
    ws.cell(ws.max_row + 1, 1, "e6")
    ws.cell(ws.max_row, 5, "C-3،C-4")  # a new stand, Persian comma
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    # Meanwhile, in the program: e5 was placed on C-2 (not touched in Excel: it stays).
    project.set_plan(project.plan.with_stand("e5", ("c2",)))
    plan, report = import_plan_from_export(project, edited)
    assert report.ok, [str(p) for p in report.problems]
    assert {m.exhibitor: m.after for m in report.moves} == {
        "e2": ("a6",),
        "e4": (),
        "e6": ("c3", "c4"),
    }
    assert report.locks == {"e3": True, "e1": False}
    assert plan == Plan(
        {"e1": ("a1",), "e2": ("a6",), "e3": ("b1", "b2"), "e5": ("c2",), "e6": ("c3", "c4")},
        frozenset({"e3"}),
    )


def test_edited_export_problems_are_pinned_to_cells(exported, project, tmp_path):
    wb = load_workbook(exported)
    ws = wb["تخصیص غرفه‌ها"]
    ws.cell(2, 5, "Z-1")  # e1: no such booth
    ws.cell(3, 1, "ghost")  # no such exhibitor
    ws.cell(4, 10, "شاید")  # e3: lock is not yes/no
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    plan, report = import_plan_from_export(project, edited)
    assert plan == project.plan
    assert [(p.cell, p.field) for p in report.problems] == [
        ("'تخصیص غرفه‌ها'!E2", "booths"),
        ("'تخصیص غرفه‌ها'!A3", "id"),
        ("'تخصیص غرفه‌ها'!J4", "locked"),
    ]


def test_an_edit_onto_a_booth_taken_since_is_refused(exported, project, tmp_path):
    wb = load_workbook(exported)
    ws = wb["تخصیص غرفه‌ها"]
    ws.cell(3, 5, "A-2")  # e2 → A-2 in Excel ...
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    project.set_plan(project.plan.with_stand("e5", ("a2",)))  # ... but e5 got A-2 meanwhile
    plan, report = import_plan_from_export(project, edited)
    assert plan == project.plan
    (problem,) = report.problems
    assert "A-2" in problem.message and problem.row == 3


def test_another_projects_export_is_refused(exported):
    other = build_project()
    other.id = "someone-else"
    plan, report = import_plan_from_export(other, exported)
    assert not report.ok and "another project" in report.problems[0].message
    assert plan == other.plan


def test_the_booths_sheet_of_an_export_reads_back_as_the_same_booths(exported, project):
    from qods_planner.excel import read_booths

    result = read_booths(exported, project)
    assert result.ok, [str(p) for p in result.problems]
    assert result.mapping.sheet == "غرفه‌ها"
    assert {b.id: b for _, b in result.rows} == project.booths


@st.composite
def plans(draw):
    """Any plan of the test project: some exhibitors on distinct free booths, some locked."""
    project = build_project()
    booths = [b for b in project.booths if b != "c6"]  # c6 is blocked
    chosen = draw(st.permutations(booths))
    stands = {}
    for eid in project.exhibitors:
        n = draw(st.integers(0, 2))
        if n and len(chosen) >= n:
            stands[eid], chosen = tuple(chosen[:n]), chosen[n:]
    locked = {e for e in stands if draw(st.booleans())}
    return Plan(stands, frozenset(locked))


@settings(max_examples=25, deadline=None)
@given(plans(), plans(), st.sampled_from(["fa", "en"]))
def test_any_plan_survives_export_and_import(tmp_path_factory, plan, edited, language):
    """Exported as is, a plan reads back unchanged; rewritten in Excel as another plan, it
    reads back as that plan."""
    project = build_project(language)
    project.set_plan(plan)
    path = tmp_path_factory.mktemp("roundtrip") / "plan.xlsx"
    export_workbook(project, path)
    back, report = import_plan_from_export(project, path)
    assert report.ok and report.empty
    assert back == plan
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.value = None
    labels = {b.id: b.label for b in project.booths.values()}
    yes, no = ("بله", "خیر") if language == "fa" else ("yes", "no")
    for r, (eid, stand) in enumerate(edited.stands.items(), start=2):
        ws.cell(r, 1, eid)
        ws.cell(r, 5, "، ".join(labels[b] for b in reversed(stand)))
        ws.cell(r, 10, yes if eid in edited.locked else no)
    wb.save(path)
    back, report = import_plan_from_export(project, path)
    assert report.ok, [str(p) for p in report.problems]
    assert back == edited


# -- the workbook's language is the project's, whatever the session speaks -------------------


def _sheet_rows(wb, title):
    return [list(r) for r in wb[title].iter_rows(min_row=2, values_only=True)]


@pytest.mark.parametrize("session", ["en", "fa"])
def test_a_persian_project_exports_in_persian_words_and_digits(tmp_path, session):
    from qods_planner.messages import set_language

    set_language(session)
    try:
        path = tmp_path / "plan.xlsx"
        export_workbook(build_project("fa"), path, now=NOW)
    finally:
        set_language("en")
    wb = load_workbook(path)
    assert wb.sheetnames[:6] == DATA_SHEETS_FA
    header, _ = _table_rows(wb["تخصیص غرفه‌ها"])
    assert header == [
        "شناسه",
        "نام شرکت",
        "نام انگلیسی",
        "رسته",
        "غرفه",
        "سالن",
        "متراژ درخواستی (متر مربع)",
        "متراژ داده‌شده (متر مربع)",
        "نوع غرفه",
        "قفل",
    ]
    assert [r[8] for r in _sheet_rows(wb, "تخصیص غرفه‌ها")] == ["یک‌بر", "یک‌بر", "سه‌بر", "یک‌بر"]
    waiting = _sheet_rows(wb, "فهرست انتظار")
    assert [r[6] for r in waiting] == ["جا داده نشده است (شاید با چیدمان دوباره جا بگیرد)"] * 2
    changes = {r[0]: r[4] for r in _sheet_rows(wb, "تغییرات")}
    assert changes == {
        "e2": "در چیدمان دوباره جابه‌جا شد",
        "e5": (  # registered, in the published plan, without a stand now: it lost its stand
            "غرفه‌اش را از دست می‌دهد: در فهرست انتظار:"
            " جا داده نشده است (شاید با چیدمان دوباره جا بگیرد)"
        ),
        "e4": "در نقشه پایه منتشرشده نبود",
    }
    plan = wb["نقشه - سالن ۱"]
    assert plan["C1"].value == "نمایشگاه صنایع قدس — سالن ۱"
    # quantities in Persian digits, kept in order in a left-to-right sheet by a right-to-left mark
    assert plan["C2"].value == "\u200f۳۰ × ۲۰ متر · هر خانه = ۱ متر"
    meta = {r[0]: r[1] for r in wb[META_SHEET].iter_rows(max_row=5, values_only=True)}
    assert meta["language"] == "fa" and meta["format"] == "qods-planner-export"  # machine words


def test_an_english_project_exports_in_english_in_a_persian_session(tmp_path):
    from qods_planner.messages import set_language

    set_language("fa")
    try:
        path = tmp_path / "plan.xlsx"
        export_workbook(build_project("en"), path)
    finally:
        set_language("en")
    wb = load_workbook(path)
    assert wb.sheetnames[:6] == DATA_SHEETS_EN
    assert {r[0]: r[4] for r in _sheet_rows(wb, "Changes")}["e2"] == "re-planned by the solver"
    assert wb["Plan - Hall 1"]["C2"].value == "30 × 20 m · each cell = 1 m"


@pytest.mark.parametrize(("made_in", "read_in"), [("fa", "en"), ("en", "fa")])
def test_an_export_reads_back_in_either_session_language(tmp_path, made_in, read_in):
    from qods_planner.messages import set_language

    project = build_project(made_in)
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ws.cell(3, 5, "A-6")  # e2 moved in Excel
    wb.save(path)
    set_language(read_in)
    try:
        plan, report = import_plan_from_export(project, path)
    finally:
        set_language("en")
    assert report.ok, [str(p) for p in report.problems]
    assert plan == project.plan.with_stand("e2", ("a6",))
