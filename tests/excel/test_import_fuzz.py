"""Whatever a generated workbook holds, the importer answers with its report or the project's
own `ExcelError`, never a crash, and whatever rows it accepts can be applied to the project.

Derandomised and small in CI (`QODS_FUZZ_EXAMPLES`, default 100 examples per test). The large
run whose result is in docs/excel.md::

    QODS_FUZZ_EXAMPLES=2000 python -m pytest tests/excel/test_import_fuzz.py -p no:randomly
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from qods_planner.cli.main import main
from qods_planner.excel import (
    EXHIBITOR_COLUMNS,
    ExcelError,
    apply_exhibitors,
    diff_exhibitors,
    read_booths,
    read_exhibitors,
)
from qods_planner.excel.cell_kinds import ERROR_CODES
from qods_planner.excel.issues import Issue
from qods_planner.files import load_project, save_project

from .conftest import build_project
from .xlsx_surgery import set_cell, with_shared_strings

EXAMPLES = int(os.environ.get("QODS_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LETTERS = "ابپتثجچحخدسشصعفقکگلمنوهیيكىۀةأ"
DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
HEADERS = [name for c in EXHIBITOR_COLUMNS for name in (c.fa, c.en)] + ["نام شركت", "متراژ "]
WORDS = [
    "قطعات خودرو",
    "Chemicals",
    "مواد غذايی",
    "دانش‌بنیان",
    "بله",
    "خیر",
    "۱۲ متر",
    "3×4",
    "1405/07/05",
    "۱۴۰۵-۰۵-۱۲",
    "A-1",
    "C-2",
    "Hall 1",
    "سالن ۲",
    "حامی",
    "انصراف",
    "ایران پیستون",
    "e1",
    "ex-1",
    "9121234567",
    "",
    " ",
    "\u200c",
]

text = st.text(
    alphabet=st.sampled_from(
        list(LETTERS + DIGITS) + [" ", "\u200c", "٫", "-", "/", "x", "×", ",", "،"]
    ),
    max_size=12,
)
cell = st.one_of(
    st.none(),
    st.none(),
    text,
    st.sampled_from(WORDS),
    st.sampled_from(HEADERS),
    st.integers(-5, 10**11),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
)


# Columns with values that are mostly right, so that rows get accepted as well as refused.
GOOD = {
    "نام شرکت": st.sampled_from(["ایران پیستون", "ايران پيستون", "شرکت نو", "Novin\u200cTech"]),
    "رسته": st.sampled_from(["قطعات خودرو", "Chemicals", "مواد غذايی", "دانش\u200cبنیان"]),
    "متراژ": st.sampled_from([9, "۱۲ متر", "3×4", 18.0, "٢٤"]),
    "برق": st.sampled_from(["بله", "خیر", None, 1, "✓"]),
    "تلفن": st.sampled_from([9121234567, "۰۹۱۲۱۲۳۴۵۶۷", None, "021-44556677"]),
    "تاریخ ثبت نام": st.sampled_from(["1405/07/05", "۱۴۰۵-۰۵-۱۲", None, datetime(2026, 8, 1)]),
    "رقبا": st.sampled_from([None, "ایران پیستون", "e5"]),
    "Competitors": st.sampled_from([None, "Shazand Petrochemical"]),
    "Hall": st.sampled_from([None, "Hall 1", "سالن ۲", "h2"]),
    "ID": st.sampled_from([None, "e1", "e2", "n-1", 7]),
}


@st.composite
def workbooks(draw) -> bytes:
    n_rows = draw(st.integers(0, 8))
    wb = Workbook()
    ws = wb.active
    ws.title = draw(st.sampled_from(["Sheet1", "ثبت‌نام", "My list"]))
    header_at = draw(st.integers(1, 3))
    headers = ["نام شرکت", "رسته", "متراژ"] + draw(
        st.lists(st.sampled_from(sorted(GOOD) + HEADERS), max_size=4)
    )
    headers = draw(st.permutations(headers))
    for c, header in enumerate(headers, start=1):
        if draw(st.integers(0, 9)):  # now and then a header is missing
            ws.cell(header_at, c, header)
    for r in range(1, n_rows + 1):
        for c, header in enumerate(headers, start=1):
            mostly_good = header in GOOD and draw(st.integers(0, 3)) > 0
            value = draw(GOOD[header] if mostly_good else cell)
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch.isprintable() or ch == "\u200c")
            ws.cell(header_at + r, c, value)
    n_cols = len(headers)
    taken: set[tuple[int, int]] = set()
    for _ in range(draw(st.integers(0, 3))):
        r0 = draw(st.integers(1, header_at + n_rows + 1))
        c0 = draw(st.integers(1, n_cols))
        r1 = r0 + draw(st.integers(0, 3))
        c1 = c0 + draw(st.integers(0, 3))
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        if len(cells) > 1 and not cells & taken:
            taken |= cells
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    if draw(st.booleans()):  # a drop-down on some column, sound or broken
        lists = wb.create_sheet("Lists")
        for r, word in enumerate(draw(st.lists(st.sampled_from(WORDS), max_size=4)), start=1):
            lists.cell(r, 1, word)
        formula = draw(
            st.sampled_from(
                [
                    "Lists!$A$1:$A$4",
                    '"قطعات خودرو,Chemicals,مواد غذايی"',
                    "Lists!$A:$A",
                    "$Z$1:$Z$3",
                    "NoSuchName",
                    "Missing!A1:A3",
                    '""',
                    "'Lists'!$A$1:$B$2",
                ]
            )
        )
        dv = DataValidation(type="list", formula1=formula)
        column = draw(st.integers(1, n_cols))
        dv.add(f"{chr(64 + column)}1:{chr(64 + column)}{header_at + n_rows + 2}")
        ws.add_data_validation(dv)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _check(result, sheets: list[str] | None = None) -> None:
    """Every problem names a cell or at least the sheet; no error or yes/no cell is a name."""
    for issue in result.problems + result.fixes:
        assert isinstance(issue, Issue) and issue.message
        assert issue.cell and issue.sheet  # always addressable
        assert "Traceback" not in str(issue)
    for row in getattr(result, "rows", ()):
        name = getattr(getattr(row, "exhibitor", None), "name_fa", "")
        assert name.strip().upper() not in ERROR_CODES | {"TRUE", "FALSE"}, name


@FUZZ
@given(workbooks())
def test_generated_workbooks_never_crash_the_importer(data):
    project = build_project()
    result = read_exhibitors(data, project)
    _check(result)
    accepted = result.exhibitors(valid_rows_only=True)
    assert len(accepted) == len(result.rows)
    apply_exhibitors(project, diff_exhibitors(project, accepted))
    for ex in accepted:
        assert project.exhibitors[ex.id] == ex


# Raw values as they can stand in a sheet's XML, whatever a program would write: huge and
# infinite numbers, text where numbers go, shared-string indices in and out of range, booleans,
# error codes, ISO dates that are not dates, unknown cell types, style indices out of range.
RAW = st.one_of(
    st.tuples(
        st.sampled_from(
            [
                "9" * 400,
                "1E999",
                "-1E999",
                "NaN",
                "inf",
                "",
                "abc",
                "1e308",
                "-0",
                "0x10",
                "1.5.5",
                " 12 ",
                "12",
                "45000",
                "-45000",
                "1E-320",
                "4" * 30,
            ]
        ),
        st.sampled_from([None, "n"]),
    ),
    st.tuples(st.integers(-3, 40).map(str) | st.sampled_from(["abc", "1E999", ""]), st.just("s")),
    st.tuples(st.sampled_from(["0", "1", "2", "true", ""]), st.just("b")),
    st.tuples(st.sampled_from(["#N/A", "#REF!", "#DIV/0!", "garbage", ""]), st.just("e")),
    st.tuples(st.sampled_from(["TRUE", "#N/A", "=A1", "x" * 300, "۱۲"]), st.just("str")),
    st.tuples(
        st.sampled_from(["2026-13-45", "9999-12-31T00:00:00", "abc", "1405-05-12", ""]),
        st.just("d"),
    ),
    st.tuples(st.sampled_from(["1", "abc"]), st.sampled_from(["inlineStr", "zz"])),
)


@st.composite
def injected(draw) -> bytes:
    data = draw(workbooks())
    if draw(st.booleans()):
        data = with_shared_strings(data)
    for _ in range(draw(st.integers(1, 4))):
        raw, kind = draw(RAW)
        column = draw(st.sampled_from("ABCDEFG"))
        ref = f"{column}{draw(st.integers(1, 8))}"
        data = set_cell(data, ref, raw, kind)
    return data


@FUZZ
@given(injected())
def test_raw_values_injected_into_the_sheet_xml_never_crash_a_reader(data):
    project = build_project()
    try:
        result = read_exhibitors(data, project)
    except ExcelError as exc:
        assert str(exc).startswith("cannot read the workbook: ")
        return
    _check(result)
    apply_exhibitors(project, diff_exhibitors(project, result.exhibitors(valid_rows_only=True)))
    _check(read_booths(data, build_project()))


@settings(
    max_examples=max(10, EXAMPLES // 4),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(injected(), st.sampled_from(["import-exhibitors", "import-booths"]), st.booleans())
def test_the_commands_answer_with_a_report_or_one_line(data, command, valid_rows_only):
    """Through the command: exit 0, 1 or 2, never a traceback; the project file is only
    written by a successful import."""
    with tempfile.TemporaryDirectory() as folder:
        project_file, book = Path(folder) / "fair.qods.json", Path(folder) / "list.xlsx"
        save_project(build_project(), project_file)
        book.write_bytes(data)
        before = project_file.read_bytes()
        out, err = io.StringIO(), io.StringIO()
        argv = ["--language", "en", command, str(project_file), str(book)]
        argv += ["--valid-rows-only"] if valid_rows_only else []
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        assert code in (0, 1, 2)
        assert "Traceback" not in out.getvalue() + err.getvalue()
        if code == 2:
            assert err.getvalue().count("\n") == 1 and "cannot read" in err.getvalue()
        if code != 0:
            assert project_file.read_bytes() == before
        else:
            load_project(project_file)  # what was written opens again
