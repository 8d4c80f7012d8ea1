"""The validator on hand-made plans: a valid plan passes, and each hard rule is broken once."""

from __future__ import annotations

import dataclasses

import pytest
from helpers.builders import TinyProject, plan_of
from helpers.validator_floor import floor, hard_rules, only, two_halls

from qods_planner.model import BoothStatus, Needs, NeighbourRules, Wishes
from qods_planner.validation import SCORE_TERMS, check

# -- a valid plan --------------------------------------------------------------------------


def test_a_valid_plan_has_no_hard_violation_and_counts_stands():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2", sector="food", m2=18)
    b.place(e1=["A1"], e2=["C2", "C3"])
    report = check(b.project)
    assert report.ok and report.hard == []
    assert report.assigned == 2 and report.waitlisted == 0
    assert report.violations == []
    assert set(report.score.breakdown) == set(SCORE_TERMS)


def test_check_defaults_to_the_project_plan_and_accepts_another():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.place(e1=["A1"], e2=["A1"])
    assert not check(b.project).ok
    assert check(b.project, plan_of(e1=["A1"], e2=["A3"])).ok


# -- hard rules, one each ------------------------------------------------------------------


def test_booth_used_twice():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.place(e1=["A1"], e2=["A1"])
    v = only(check(b.project), "booth_used_twice")
    assert v.hard and v.points == 0
    assert v.exhibitors == ("e1", "e2") and v.booths == ("A1",)
    assert "A1" in v.message and "Company e1 (e1)" in v.message and "Company e2 (e2)" in v.message


def test_booths_are_named_by_label_not_id():
    b = TinyProject()
    b.booth("b-17", 0, 0, label="Hall1-17")
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.place(e1=["b-17"], e2=["b-17"])
    v = only(check(b.project), "booth_used_twice")
    assert "Hall1-17" in v.message and v.booths == ("b-17",)


def test_stand_not_straight_run():
    b = floor()
    b.exhibitor("e1", m2=18)
    b.place(e1=["A1", "A3"])
    v = only(check(b.project), "stand_not_straight_run")
    assert "Company e1 (e1)" in v.message and "A1, A3" in v.message
    assert v.booths == ("A1", "A3")


def test_adjacent_booths_of_one_row_are_a_straight_run():
    b = floor()
    b.exhibitor("e1", m2=27)
    b.place(e1=["A2", "A3", "A4"])
    assert check(b.project).ok


def test_area_outside_range():
    b = floor()
    b.exhibitor("e1", m2=18, min_m2=15, max_m2=24)
    b.place(e1=["A1"])
    v = only(check(b.project), "area_outside_range")
    assert "Company e1 (e1)" in v.message and "A1" in v.message
    assert "9 m²" in v.message and "15–24 m²" in v.message
    b.place(e1=["A1", "A2", "A3"])  # 27 m² is too large
    assert hard_rules(check(b.project)) == ["area_outside_range"]
    b.place(e1=["A1", "A2"])
    assert check(b.project).ok


def test_need_not_met():
    b = floor()
    b.booth("P1", 0, 1700, power=True)
    b.exhibitor("e1", needs=Needs(power=True, water=True))
    b.place(e1=["P1"])
    v = only(check(b.project), "need_not_met")
    assert "Company e1 (e1)" in v.message and "P1 lacks water" in v.message
    assert "power" not in v.message.split("lacks")[1]
    b.place(e1=["A1"])
    v = only(check(b.project), "need_not_met")
    assert "A1 lacks power, water" in v.message and v.booths == ("A1",)


def test_booth_blocked():
    b = floor()
    b.booth("X1", 0, 1700, status=BoothStatus.BLOCKED)
    b.exhibitor("e1")
    b.place(e1=["X1"])
    v = only(check(b.project), "booth_blocked")
    assert "Company e1 (e1)" in v.message and "X1" in v.message and v.booths == ("X1",)


def test_blocked_booth_is_a_violation_even_when_pinned():
    b = floor()
    b.booth("X1", 0, 1700, status=BoothStatus.BLOCKED)
    b.exhibitor("e1", pinned=("X1",))
    b.place(e1=["X1"])
    assert hard_rules(check(b.project)) == ["booth_blocked"]


def test_booth_reserved_for_another_exhibitor():
    b = floor()
    b.booth("R1", 0, 1700, status=BoothStatus.RESERVED)
    b.exhibitor("e1")
    b.exhibitor("estate", pinned=("R1",))
    b.place(e1=["R1"])
    report = check(b.project)
    v = only(report, "booth_reserved")
    assert v.exhibitors == ("e1",) and "Company e1 (e1)" in v.message and "R1" in v.message
    assert hard_rules(report) == ["booth_reserved", "pin_not_kept"]
    b.place(estate=["R1"])
    assert check(b.project).ok


def test_pin_not_kept():
    b = floor()
    b.exhibitor("e1", pinned=("A1",))
    b.place(e1=["A2"])
    v = only(check(b.project), "pin_not_kept")
    assert "Company e1 (e1)" in v.message and "pinned to A1" in v.message and "A2" in v.message
    assert v.booths == ("A1", "A2")
    b.place()
    v = only(check(b.project), "pin_not_kept")
    assert "waitlisted" in v.message and v.booths == ("A1",)
    b.place(e1=["A1"])
    assert check(b.project).ok


def test_pins_of_withdrawn_exhibitors_are_not_required():
    b = floor()
    b.exhibitor("e1", pinned=("A1",), withdrawn=True)
    assert check(b.project).ok


def test_lock_not_kept_only_against_the_previous_plan():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    previous = plan_of(e1=["A1"], e2=["A3"], locked=["e1"])
    moved = plan_of(e1=["A2"], e2=["A3"])
    v = only(check(b.project, moved, previous=previous), "lock_not_kept")
    assert "Company e1 (e1)" in v.message and "A1" in v.message and "A2" in v.message
    assert v.exhibitors == ("e1",)
    assert check(b.project, moved).ok  # no previous plan: no lock to keep
    # e2 was not locked: moving it is only a soft shortfall
    moved_e2 = plan_of(e1=["A1"], e2=["A4"])
    report = check(b.project, moved_e2, previous=previous)
    assert report.ok and [v.exhibitors for v in report.by_rule("moved_from_baseline")] == [("e2",)]
    waitlisted = plan_of(e2=["A3"])
    v = only(check(b.project, waitlisted, previous=previous), "lock_not_kept")
    assert "waitlisted" in v.message


def test_a_withdrawal_releases_the_lock():
    b = floor()
    b.exhibitor("e1", withdrawn=True)
    previous = plan_of(e1=["A1"], locked=["e1"])
    assert check(b.project, plan_of(), previous=previous).ok


def test_hall_required():
    b = two_halls()
    b.exhibitor("e1", wishes=Wishes(preferred_hall="H2", hall_required=True))
    b.place(e1=["A1"])
    report = check(b.project)
    v = only(report, "hall_required")
    assert "Company e1 (e1)" in v.message and "H2" in v.message and "A1" in v.message
    assert report.by_rule("wish_hall_unmet") == []
    b.place(e1=["D1"])
    assert check(b.project).ok


def test_stand_spans_halls():
    b = two_halls()
    b.exhibitor("e1", m2=18)
    b.place(e1=["A4", "D1"])
    report = check(b.project)
    v = only(report, "stand_spans_halls")
    assert "Company e1 (e1)" in v.message and "A4, D1" in v.message
    assert report.by_rule("stand_not_straight_run") == []


@pytest.mark.parametrize(
    ("other", "relation"),
    [("A2", "side by side"), ("B1", "facing across the aisle")],
)
def test_competitors_adjacent(other, relation):
    b = floor()
    b.exhibitor("e1", competitors=("e2",))
    b.exhibitor("e2")
    b.place(e1=["A1"], e2=[other])
    v = only(check(b.project), "competitors_adjacent")
    assert v.exhibitors == ("e1", "e2") and v.booths == ("A1", other)
    assert "Company e1 (e1)" in v.message and "Company e2 (e2)" in v.message
    assert f"A1 and {other} are {relation}" in v.message


def test_competitors_back_to_back_and_named_by_either_side():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2", competitors=("e1",))
    b.place(e1=["B2"], e2=["C2"])
    v = only(check(b.project), "competitors_adjacent")
    assert "B2 and C2 are back to back" in v.message


def test_competitors_apart_or_with_the_relation_switched_off():
    b = floor()
    b.exhibitor("e1", competitors=("e2",))
    b.exhibitor("e2")
    b.place(e1=["A1"], e2=["A3"])
    assert check(b.project).ok
    b.place(e1=["A1"], e2=["B1"])
    assert not check(b.project).ok
    settings = b.project.settings
    b.project.set_settings(
        dataclasses.replace(settings, neighbours=NeighbourRules(competitors_facing=False))
    )
    assert check(b.project).ok
    b.place(e1=["A1"], e2=["A2"])
    assert hard_rules(check(b.project)) == ["competitors_adjacent"]


def test_withdrawn_assigned():
    b = floor()
    b.exhibitor("e1", withdrawn=True)
    b.place(e1=["A1"])
    report = check(b.project)
    v = only(report, "withdrawn_assigned")
    assert "Company e1 (e1)" in v.message and "A1" in v.message
    assert report.assigned == 0 and report.waitlisted == 0


def test_unknown_exhibitor():
    b = floor()
    b.place(ghost=["A1"])
    v = only(check(b.project), "unknown_exhibitor")
    assert "'ghost'" in v.message and "A1" in v.message and v.exhibitors == ("ghost",)


def test_unknown_booth():
    b = floor()
    b.exhibitor("e1", m2=18)
    b.place(e1=["A1", "Z9"])
    report = check(b.project)
    v = only(report, "unknown_booth")
    assert "Company e1 (e1)" in v.message and "'Z9'" in v.message and v.booths == ("Z9",)
    assert hard_rules(report) == ["unknown_booth"]  # shape and area are not judged
