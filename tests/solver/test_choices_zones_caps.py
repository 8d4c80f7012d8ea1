"""Booth choices, sector zones and caps, each alone on tiny venues whose answer is known by
construction: the solver keeps the rule, and the validator reports a plan that breaks it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.builders import TinyProject, plan_of
from helpers.solving import solve_checked

from qods_planner.messages import get_language, set_language
from qods_planner.validation import check


@pytest.fixture(autouse=True)
def english():
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def _row(n: int = 4) -> TinyProject:
    b = TinyProject()
    b.row("A", n, x=300, y=0)
    return b


# -- choices_only -------------------------------------------------------------------------
def test_an_exhibitor_accepting_only_its_choices_stands_inside_them():
    b = _row()
    b.exhibitor("e1", choices=("A4", "A3"), choices_only=True)
    result = solve_checked(b.project, fresh=True)
    assert result.stands["e1"] in (("A4",), ("A3",), ("A3", "A4"))


def test_choices_that_cannot_hold_the_stand_leave_it_waiting_with_the_reason():
    b = _row()
    b.exhibitor("e1", m2=18, max_m2=18, choices=("A1", "A3"), choices_only=True)
    result = solve_checked(b.project, fresh=True)
    assert "e1" not in result.stands
    (entry,) = result.waitlist
    assert "chosen booths" in entry.reason, entry.reason


def test_the_validator_reports_a_stand_outside_the_choices():
    b = _row()
    b.exhibitor("e1", choices=("A4",), choices_only=True)
    report = check(b.project, plan_of(e1=["A1"]))
    assert [v.rule for v in report.hard] == ["outside_choices"]
    assert check(b.project, plan_of(e1=["A4"])).ok


# -- the soft rule `choice` ---------------------------------------------------------------
def test_a_met_choice_scores_by_rank_and_the_solver_takes_the_best_one():
    b = _row()
    b.exhibitor("e1", choices=("A3", "A1"))
    first = check(b.project, plan_of(e1=["A3"])).score.breakdown["choice"]
    second = check(b.project, plan_of(e1=["A1"])).score.breakdown["choice"]
    none = check(b.project, plan_of(e1=["A2"]))
    assert (first, second, none.score.breakdown["choice"]) == (50, 40, 0)
    assert [v.rule for v in none.soft] == ["choice_unmet"]
    assert solve_checked(b.project, fresh=True).stands["e1"] == ("A3",)


# -- sector zones -------------------------------------------------------------------------
def test_a_booth_bound_to_a_sector_holds_only_its_exhibitors():
    b = TinyProject()
    b.booth("A1", 300, 0, sectors=("food",))
    b.booth("A2", 900, 0, sectors=("food",))
    b.exhibitor("auto1", sector="auto")
    b.exhibitor("food1", sector="food")
    result = solve_checked(b.project, fresh=True)
    assert "food1" in result.stands and "auto1" not in result.stands
    assert "kept for other sectors" in result.waitlist[0].reason
    report = check(b.project, plan_of(auto1=["A1"]))
    assert [v.rule for v in report.hard] == ["sector_zone"]


def test_a_hall_zone_binds_its_booths_unless_a_booth_names_its_own():
    b = TinyProject()
    hall = b.project.halls["H1"]
    b.project.put_hall(replace(hall, sectors=("food",)))
    b.booth("A1", 300, 0)
    b.booth("A2", 900, 0, sectors=("auto",))
    b.exhibitor("auto1", sector="auto")
    b.exhibitor("auto2", sector="auto")
    result = solve_checked(b.project, fresh=True)
    assert list(result.stands.values()) == [("A2",)]
    assert [v.rule for v in check(b.project, plan_of(auto1=["A1"])).hard] == ["sector_zone"]


# -- sector caps --------------------------------------------------------------------------
def test_a_capped_sector_gets_no_more_stands_than_its_cap():
    b = _row(6)
    b.project.put_sector(replace(b.project.sectors["food"], max_stands=2))
    for i in range(4):
        b.exhibitor(f"f{i}", sector="food")
    b.exhibitor("a1", sector="auto")
    result = solve_checked(b.project, fresh=True)
    food = [e for e in result.stands if e.startswith("f")]
    assert len(food) == 2 and "a1" in result.stands
    report = check(b.project, plan_of(f0=["A1"], f1=["A3"], f2=["A5"]))
    assert [v.rule for v in report.hard] == ["sector_cap"]


def test_a_cap_of_zero_closes_the_sector():
    b = _row()
    b.project.put_sector(replace(b.project.sectors["food"], max_stands=0))
    b.exhibitor("f1", sector="food")
    result = solve_checked(b.project, fresh=True)
    assert result.stands == {}


def test_the_waitlist_says_when_a_sector_is_full():
    b = _row(6)
    b.project.put_sector(replace(b.project.sectors["food"], max_stands=1))
    b.exhibitor("f1", sector="food")
    b.exhibitor("f2", sector="food")
    result = solve_checked(b.project, fresh=True)
    (entry,) = result.waitlist
    assert "is full (cap: 1)" in entry.reason, entry.reason
