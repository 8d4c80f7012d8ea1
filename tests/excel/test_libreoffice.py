"""A real client: LibreOffice (headless) opens the exported workbook and reads the same values;
a workbook LibreOffice saved again still reads back as the same plan."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from qods_planner.excel import export_workbook, import_plan_from_export
from qods_planner.excel.export.labels import META_SHEET

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; scripts/bootstrap.sh installs "
    "libreoffice-calc-nogui",
)
# Every sheet to its own CSV (token 12 = -1), UTF-8 (76), values as stored, not as shown.
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A LibreOffice profile of our own, so parallel runs never share a lock."""
    return tmp_path_factory.mktemp("lo-profile").as_uri()


def _soffice(profile: str, convert_to: str, source, outdir) -> None:
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _same(ours: object, theirs: str) -> bool:
    if ours is None:
        return theirs == ""
    if isinstance(ours, int | float) and not isinstance(ours, bool):
        return abs(float(theirs) - float(ours)) < 1e-9
    return str(ours) == theirs


def test_libreoffice_reads_the_same_values(tmp_path, project, profile):
    book = tmp_path / "plan.xlsx"
    export_workbook(project, book)
    _soffice(profile, ALL_SHEETS_CSV, book, tmp_path)
    wb = load_workbook(book)
    checked = 0
    for ws in wb.worksheets:
        if ws.title == META_SHEET:
            continue
        with open(tmp_path / f"plan-{ws.title}.csv", encoding="utf-8", newline="") as f:
            theirs = list(csv.reader(f))
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            for c, value in enumerate(row):
                got = theirs[r][c] if r < len(theirs) and c < len(theirs[r]) else ""
                assert _same(value, got), (ws.title, r + 1, c + 1, value, got)
                checked += value is not None
    assert checked > 300


def test_a_workbook_saved_by_libreoffice_reads_back_as_the_same_plan(tmp_path, project, profile):
    book = tmp_path / "plan.xlsx"
    export_workbook(project, book)
    outdir = tmp_path / "lo"
    outdir.mkdir()
    _soffice(profile, "xlsx:Calc MS Excel 2007 XML", book, outdir)
    resaved = outdir / "plan.xlsx"
    assert resaved.read_bytes() != book.read_bytes()
    plan, report = import_plan_from_export(project, resaved)
    assert report.ok and report.empty, [str(p) for p in report.problems]
    assert plan == project.plan
