"""Importing booths from a sheet."""

from __future__ import annotations

import json

import pytest

from qods_planner.excel import ImportBlocked
from qods_planner.excel.booth_import import apply_booths, read_booths, restore_booths
from qods_planner.model import BoothStatus, Rect, project_problems

from .conftest import FIXTURES


def test_every_known_bad_booth_cell_is_reported_and_nothing_else(project):
    expected = json.loads((FIXTURES / "booths.expected.json").read_text("utf-8"))
    result = read_booths(FIXTURES / "booths.xlsx", project)
    assert sorted((i.cell, i.field) for i in result.problems) == sorted(
        (e["cell"], e["field"]) for e in expected
    )
    assert [b.label for _, b in result.rows] == ["D-1", "D-2", "D-3"]


def test_good_booth_rows_are_read_in_metres(project):
    result = read_booths(FIXTURES / "booths.xlsx", project)
    d1, d2, d3 = (b for _, b in result.rows)
    assert d1.rect == Rect(0, 1700, 300, 300) and d1.power and d1.hall_id == "h1"
    assert d2.rect.x == 300 and d2.hall_id == "h1"  # Persian digits, Persian hall name
    assert d3.rect.w == 300 and d3.status is BoothStatus.BLOCKED  # "3 متر"
    assert len({d1.id, d2.id, d3.id} - set(project.booths)) == 3


def test_booth_import_applies_as_one_change_and_restores(project):
    result = read_booths(FIXTURES / "booths.xlsx", project)
    with pytest.raises(ImportBlocked):
        result.booths()
    before = dict(project.booths)
    changes = []
    project.subscribe(changes.append)
    undo = apply_booths(project, result.booths(valid_rows_only=True))
    assert [c.kind for c in changes] == ["booth"]
    assert project_problems(project) == []
    restore_booths(project, undo)
    assert project.booths == before
