"""The frozen problem snapshot built from a project (qods_planner.snapshot)."""

from __future__ import annotations

import dataclasses

import pytest
from helpers.builders import TinyProject, plan_of

from qods_planner import messages
from qods_planner.model import BoothStatus, ModelError
from qods_planner.snapshot import ExhibitorData, build_problem


@pytest.fixture
def project():
    tiny = TinyProject()
    tiny.row("A", 3, x=600, y=0)
    tiny.booth("B1", 600, 1200, status=BoothStatus.BLOCKED)
    tiny.exhibitor("e2", m2=9, max_m2=27)
    tiny.exhibitor("e1", m2=9, max_m2=18, competitors=("e2",))
    tiny.exhibitor("gone", m2=9, withdrawn=True)
    tiny.project.set_plan(plan_of(e1=["A1"], gone=["A3"], locked=["e1"]))
    return tiny.project


def test_everything_is_sorted_by_id_and_frozen(project):
    problem = build_problem(project)
    assert [b.id for b in problem.booths] == ["A1", "A2", "A3", "B1"]
    assert [e.id for e in problem.exhibitors] == ["e1", "e2"]  # registered only
    assert problem.competitors == (("e1", "e2"),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.name = "x"


def test_straight_runs_that_fit_someone_are_candidate_shapes(project):
    shapes = {s.booths for s in build_problem(project).shapes}
    assert ("A1", "A2") in shapes and ("A2", "A3") in shapes
    assert ("A1", "A2", "A3") in shapes  # 27 m²: e2 accepts up to 27
    assert not any("B1" in s for s in shapes)  # blocked booths make no runs


def test_re_solve_counts_moves_against_the_plan_and_keeps_its_locks(project):
    problem = build_problem(project)
    assert problem.is_resolve
    assert dict(problem.reference) == {"e1": ("A1",), "gone": ("A3",)}
    assert problem.locked == ("e1",)
    assert problem.released == (("gone", ("A3",)),)


def test_fresh_counts_no_moves_but_keeps_locked_stands(project):
    problem = build_problem(project, fresh=True)
    assert not problem.is_resolve
    assert problem.start == (("e1", ("A1",)),)


def test_exhibitor_data_validates_with_exact_messages():
    with pytest.raises(ModelError, match="requested area must be > 0"):
        ExhibitorData("x", "X", "auto", 0, 0, 10)


def test_one_project_gives_one_snapshot_in_every_language(project):
    """The snapshot keeps both names; the reasons read the current language's at display."""
    ex = project.exhibitors["e2"]
    project.put_exhibitor(dataclasses.replace(ex, name_fa="شرکت دو", name_en="Company Two"))
    old = messages.get_language()
    try:
        messages.set_language("fa")
        in_persian = build_problem(project)
        persian_name = in_persian.exhibitors[1].name
        messages.set_language("en")
        in_english = build_problem(project)
        english_name = in_english.exhibitors[1].name
    finally:
        messages.set_language(old)
    assert in_persian == in_english
    assert (persian_name, english_name) == ("شرکت دو", "Company Two")
