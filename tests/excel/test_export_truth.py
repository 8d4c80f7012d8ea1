"""The workbook says what is true and is written like a project save: the Booths sheet's
status (free, taken by whom, blocked, reserved), a filled Premium column, permissions and
symbolic links."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from qods_planner.excel import export_workbook, read_booths
from qods_planner.excel.export.filemode import current_umask
from qods_planner.model import BoothStatus

from .conftest import build_project


def _booths_sheet(path, title):
    ws = load_workbook(path)[title]
    head = [c.value for c in ws[1]]
    return {row[1]: dict(zip(head, row, strict=True)) for row in ws.iter_rows(2, values_only=True)}


def test_the_booths_sheet_says_who_holds_each_booth(tmp_path):
    project = build_project("en")
    booth = project.booths["b4"]
    project.put_booths([replace(booth, status=BoothStatus.RESERVED)])
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path)
    rows = _booths_sheet(path, "Booths")
    assert rows["A-1"]["Status"] == "taken by Alborz Parts"
    assert rows["A-2"]["Status"] == "free"
    assert rows["C-6"]["Status"] == "blocked"
    assert rows["B-4"]["Status"] == "reserved"
    assert rows["B-1"]["Status"].startswith("taken by ")  # a two-booth stand, both booths
    assert rows["B-2"]["Status"] == rows["B-1"]["Status"]
    for label, row in rows.items():  # a booth with an exhibitor is never called free
        if row["Exhibitor"]:
            assert row["Status"] == f"taken by {row['Exhibitor']}", label


def test_the_booths_sheet_in_persian(tmp_path):
    project = build_project("fa")
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path)
    rows = _booths_sheet(path, "غرفه‌ها")
    assert rows["A-1"]["وضعیت"] == "واگذارشده به قطعه‌سازان البرز"
    assert rows["A-2"]["وضعیت"] == "آزاد"
    assert rows["C-6"]["وضعیت"] == "مسدود"


def test_premium_is_filled_for_every_booth_and_reads_back(tmp_path):
    project = build_project("en")
    project.put_booths([replace(project.booths["a8"], premium=True)])
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path)
    rows = _booths_sheet(path, "Booths")
    assert all(row["Premium"] for row in rows.values())
    assert rows["A-8"]["Premium"] == "yes"  # set by the organiser
    # B-1…B-4 stand near hall 1's bottom door: derived premium
    assert rows["B-3"]["Premium"] == "yes (derived)"
    assert rows["A-1"]["Premium"] == "no (derived)"
    result = read_booths(path, project)
    assert result.ok, [str(p) for p in result.problems]
    assert {b.id: b for _, b in result.rows} == project.booths  # derived stays derived


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_workbook_gets_the_users_permissions(tmp_path):
    path = tmp_path / "plan.xlsx"
    old = os.umask(0o002)
    try:
        assert current_umask() == 0o002
        export_workbook(build_project(), path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o664


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")
def test_re_export_keeps_permissions_and_follows_links(tmp_path):
    real = tmp_path / "shared" / "plan.xlsx"
    real.parent.mkdir()
    export_workbook(build_project(), real)
    os.chmod(real, 0o640)
    link = tmp_path / "plan-link.xlsx"
    link.symlink_to(real)
    export_workbook(build_project("en"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.stat().st_mode & 0o777 == 0o640
    assert load_workbook(real).sheetnames[0] == "Assignments"
    assert not [p for p in real.parent.iterdir() if p.name.endswith(".tmp")]


def test_obstacle_labels_stay_inside_their_cells(tmp_path):
    from qods_planner.excel.export.floorplan import fits_cells
    from qods_planner.model import Obstacle, ObstacleKind, Rect

    assert fits_cells("ستون", 1, 2) and not fits_cells("ستون ۱۲", 1, 1)
    assert fits_cells("خروج اضطراری", 2, 3) and not fits_cells("خروج اضطراری", 1, 2)
    project = build_project("fa")
    project.put_obstacle(
        Obstacle("x1", "h1", ObstacleKind.FIRE_EXIT, Rect(2400, 1500, 600, 300), "خروج اضطراری")
    )
    project.put_obstacle(
        Obstacle("p2", "h1", ObstacleKind.PILLAR, Rect(2000, 1600, 100, 100), "ستون شماره ۱۲")
    )
    path = tmp_path / "plan.xlsx"
    export_workbook(project, path)
    ws = next(ws for ws in load_workbook(path) if "سالن ۱" in ws.title)
    texts = {c.value: c.coordinate for row in ws.iter_rows() for c in row if c.value}
    assert "ستون شماره ۱۲" not in texts  # one cell: the pillar is named by the legend
    fire = ws[texts["خروج اضطراری"]]
    merged = next(r for r in ws.merged_cells.ranges if fire.coordinate in r)
    assert merged.size["columns"] >= 3 and fire.alignment.wrap_text
    assert "خروج اضطراری، ستون" in texts  # the legend names the obstacles' kinds
