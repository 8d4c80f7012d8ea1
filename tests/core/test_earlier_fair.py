"""Last year's place: an earlier fair's stands become returning exhibitors' first choices,
from its project file or its exported workbook, matched by id or by loosely spelt name."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.builders import TinyProject, plan_of

from qods_planner.cli.main import main
from qods_planner.earlier_fair import EarlierStand, copy_choices, earlier_stands
from qods_planner.excel.export.writer import export_workbook
from qods_planner.files import load_project, save_project
from qods_planner.messages import get_language, set_language


@pytest.fixture(autouse=True)
def english():
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def _last_year() -> TinyProject:
    b = TinyProject()
    b.row("A", 4, x=0, y=0)
    b.exhibitor("old-1", name_en="Qods Steel")
    b.exhibitor("e2")
    b.exhibitor("gone", name_en="Closed Co")
    b.project.set_plan(plan_of(**{"old-1": ["A3", "A4"], "e2": ["A1"], "gone": ["A2"]}))
    return b


def _this_year() -> TinyProject:
    b = TinyProject()
    b.row("A", 3, x=0, y=0)  # A4 is gone
    b.exhibitor("new-7", name_en="QODS  steel")  # a new id, the same name spelt loosely
    b.exhibitor("e2", choices=("A2",))
    b.exhibitor("e9")
    return b


def test_returning_exhibitors_get_their_booths_first(tmp_path):
    save_project(_last_year().project, tmp_path / "2025.qods.json")
    now = _this_year().project
    changed, report = copy_choices(now, earlier_stands(tmp_path / "2025.qods.json"))
    assert {e.id: e.choices for e in changed} == {"new-7": ("A3",), "e2": ("A1", "A2")}
    assert [s.id for s in report.unmatched] == ["gone"]
    assert report.missing_booths == {"new-7": ("A4",)}


def test_the_exported_workbook_serves_as_well(tmp_path):
    last = _last_year().project
    export_workbook(last, tmp_path / "2025.xlsx")
    stands = earlier_stands(tmp_path / "2025.xlsx")
    assert {s.id: s.labels for s in stands} == {
        "old-1": ("A3", "A4"),
        "e2": ("A1",),
        "gone": ("A2",),
    }
    changed, _report = copy_choices(_this_year().project, stands)
    assert {e.id for e in changed} == {"new-7", "e2"}


def test_the_command_writes_the_project_and_names_the_unmatched(tmp_path, capsys):
    save_project(_last_year().project, tmp_path / "2025.qods.json")
    save_project(_this_year().project, tmp_path / "2026.qods.json")
    code = main(
        [
            "copy-choices",
            str(tmp_path / "2026.qods.json"),
            "--from",
            str(tmp_path / "2025.qods.json"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "2 exhibitors" in out and "not matched: شرکت gone (gone)" in out
    assert "booths no longer in this venue: A4" in out
    assert load_project(tmp_path / "2026.qods.json").exhibitors["e2"].choices == ("A1", "A2")


def test_a_damaged_workbook_is_a_message_not_a_traceback(tmp_path, capsys):
    save_project(_this_year().project, tmp_path / "2026.qods.json")
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    code = main(
        ["copy-choices", str(tmp_path / "2026.qods.json"), "--from", str(tmp_path / "bad.xlsx")]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "copy-choices" in err


def test_copying_twice_changes_nothing_more():
    now = _this_year().project
    stands = earlier_stands_of(_last_year().project)
    changed, _ = copy_choices(now, stands)
    now.put_exhibitors(changed)
    again, report = copy_choices(now, stands)
    assert again == [] and report.copied == {}


def earlier_stands_of(project):
    return [
        EarlierStand(e, project.exhibitors[e].name_fa, project.exhibitors[e].name_en, s)
        for e, s in project.plan.stands.items()
    ]


def test_a_replaced_exhibitor_keeps_its_own_later_choices():
    now = _this_year().project
    now.put_exhibitor(replace(now.exhibitors["e2"], choices=("A3", "A1")))
    changed, _ = copy_choices(now, earlier_stands_of(_last_year().project))
    assert {e.id: e.choices for e in changed}["e2"] == ("A1", "A3")
