"""Explanations for instances whose cause is known by construction, in the organiser's words."""

from __future__ import annotations

from helpers.solving import solve_checked

from qods_planner.model import BoothStatus, Needs, PriorityTier, Wishes
from solver import SolveStatus


def _reasons(result) -> dict[str, str]:
    return {w.exhibitor: w.reason for w in result.waitlist}


def test_three_exhibitors_for_two_big_powered_booths_in_hall_b(tiny):
    tiny.hall("B", x=4000, y=0)  # named "Hall B"
    tiny.booth("B1", 4600, 0, w=600, h=600, hall="B", power=True)
    tiny.booth("B2", 5800, 0, w=600, h=600, hall="B", power=True)
    tiny.booth("B3", 4600, 1200, hall="B", power=True)  # 9 m²: too small
    tiny.booth("A1", 600, 0, w=600, h=600, power=True)  # big enough, but in hall H1
    needs, wishes = Needs(power=True), Wishes(preferred_hall="B", hall_required=True)
    for eid in ("x1", "x2", "x3"):
        tiny.exhibitor(eid, m2=36, max_m2=48, needs=needs, wishes=wishes)
    result = solve_checked(tiny.project)
    assert len(result.stands) == 2
    (reason,) = _reasons(result).values()
    assert reason.startswith(
        "3 exhibitors (Company x1 (x1), Company x2 (x2), Company x3 (x3)) need ≥ 36 m²"
    )
    assert "with power in Hall B; only 2 such booths are available (B1, B2)" in reason


def test_no_booth_of_the_size_asked_for(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=72, max_m2=80)
    reason = _reasons(solve_checked(tiny.project))["e1"]
    assert reason == "no booth or straight run of booths measures 72–80 m²"


def test_no_booth_of_the_size_with_the_services_asked_for(tiny):
    tiny.row("A", 2, x=600, y=0, power=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, needs=Needs(water=True, heavy_floor=True))
    reason = _reasons(solve_checked(tiny.project))["e1"]
    assert reason == "none of the 2 places of 9 m² offers water and heavy floor"


def test_every_fitting_booth_is_kept_for_a_pinned_exhibitor(tiny):
    tiny.booth("A1", 600, 0, status=BoothStatus.RESERVED)
    tiny.booth("A2", 900, 0)
    tiny.exhibitor("estate", m2=9, max_m2=9, pinned=("A1",))
    tiny.exhibitor("e1", m2=9, max_m2=9, competitors=("estate",))
    reason = _reasons(solve_checked(tiny.project))["e1"]
    assert "next to its competitor Company estate (estate), whose stand is fixed" in reason


def test_a_lower_priority_exhibitor_loses_the_last_booth_with_a_reason_naming_the_rival(tiny):
    tiny.booth("A1", 600, 0)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("s1", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    reason = _reasons(solve_checked(tiny.project))["e1"]
    assert "Company s1" in reason and "only 1 such booth is available (A1)" in reason


def test_competitors_with_only_neighbouring_booths(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9, competitors=("e2",), priority=PriorityTier.SPONSOR)
    tiny.exhibitor("e2", m2=9, max_m2=9)
    reason = _reasons(solve_checked(tiny.project))["e2"]
    assert "cannot keep competitors apart (Company e1 and Company e2)" in reason


def test_pins_that_clash_are_explained_by_name_and_booth(tiny):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9, pinned=("A1",))
    tiny.exhibitor("e2", m2=9, max_m2=9, pinned=("A1",))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    assert result.explanation == ("Company e1 (pinned) and Company e2 (pinned) both hold booth A1",)


def test_a_pin_on_a_stand_too_small_is_explained(tiny):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("e1", m2=18, max_m2=18, pinned=("A1",))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    assert result.explanation == (
        "Company e1 (e1) is pinned to A1, but that stand is 9 m²; it accepts 18 m²",
    )


def test_every_waitlisted_exhibitor_gets_a_reason(tiny):
    tiny.row("A", 3, x=600, y=0)
    for i in range(6):
        tiny.exhibitor(f"e{i}", m2=9, max_m2=9, needs=Needs(power=i % 2 == 0))
    result = solve_checked(tiny.project)
    assert len(result.waitlist) == 3
    assert all(w.reason for w in result.waitlist)
