"""Each hard rule alone: a tiny case where it can hold, and one where it cannot.

Waitlisting is always allowed, so a rule that cannot hold for an exhibitor waitlists it (with
a reason); only pinned and locked stands, which may not be waitlisted, make a problem
INFEASIBLE. Every plan is checked by the validator in `solve_checked`.
"""

from __future__ import annotations

from dataclasses import replace

from helpers.builders import plan_of
from helpers.solving import solve_checked

from qods_planner.model import BoothStatus, Needs, PriorityTier, Wishes
from solver import SolveStatus


def _waitlisted(result) -> dict[str, str]:
    return {w.exhibitor: w.reason for w in result.waitlist}


# -- a booth holds at most one stand; everyone gets one stand or the waitlist -------------------
def test_two_booths_give_two_exhibitors_a_stand_each(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("e2", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert result.stands == {"e1": ("A1",), "e2": ("A2",)} or result.stands == {
        "e1": ("A2",),
        "e2": ("A1",),
    }
    assert result.waitlist == ()


def test_one_booth_for_two_exhibitors_waitlists_the_lower_tier(tiny):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("e2", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    result = solve_checked(tiny.project)
    assert dict(result.stands) == {"e2": ("A1",)}
    assert "e1" in _waitlisted(result)
    assert result.breakdown["waitlist"] == -5_000


# -- a stand is one booth or a straight run whose area lies in the accepted range ------------------
def test_a_request_for_two_modules_gets_a_run_of_two_booths(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=18, max_m2=18)
    assert dict(solve_checked(tiny.project).stands) == {"e1": ("A1", "A2")}


def test_no_booth_or_run_large_enough_waitlists_with_the_size_as_reason(tiny):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("e1", m2=18, max_m2=36)
    result = solve_checked(tiny.project)
    assert result.stands == {}
    assert "18–36 m²" in _waitlisted(result)["e1"]


def test_booths_in_an_l_are_not_a_straight_run(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("A2", 900, 0)
    tiny.booth("B2", 900, 300, w=300, h=600)  # below A2, deeper: no row with A1–A2
    tiny.exhibitor("e1", m2=45, min_m2=45, max_m2=45)  # needs all three booths
    result = solve_checked(tiny.project)
    assert result.stands == {}
    assert "e1" in _waitlisted(result)


def test_three_booths_in_a_row_make_one_stand(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("e1", m2=27, max_m2=27)
    assert dict(solve_checked(tiny.project).stands) == {"e1": ("A1", "A2", "A3")}


# -- every booth meets the exhibitor's needs -------------------------------------------------------
def test_a_booth_with_power_takes_the_exhibitor_who_needs_power(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("B1", 600, 1200, power=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, needs=Needs(power=True))
    assert dict(solve_checked(tiny.project).stands) == {"e1": ("B1",)}


def test_without_a_booth_with_water_the_exhibitor_is_waitlisted(tiny):
    tiny.booth("A1", 600, 0, power=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, needs=Needs(water=True))
    result = solve_checked(tiny.project)
    assert result.stands == {}
    assert "water" in _waitlisted(result)["e1"]


# -- blocked booths are never used; reserved booths only by the exhibitor pinned there ------------
def test_a_blocked_booth_is_never_used(tiny):
    tiny.booth("A1", 600, 0, status=BoothStatus.BLOCKED)
    tiny.booth("B1", 600, 1200)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("e2", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert "A1" not in {b for stand in result.stands.values() for b in stand}
    assert len(result.waitlist) == 1
    assert "only 1 such booth is available (B1)" in result.waitlist[0].reason


def test_a_reserved_booth_goes_only_to_the_exhibitor_pinned_there(tiny):
    tiny.booth("A1", 600, 0, status=BoothStatus.RESERVED)
    tiny.exhibitor("e1", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    tiny.exhibitor("estate", m2=9, max_m2=9, pinned=("A1",))
    result = solve_checked(tiny.project)
    assert dict(result.stands) == {"estate": ("A1",)}
    assert "e1" in _waitlisted(result)


def test_a_reserved_booth_stays_empty_without_its_exhibitor(tiny):
    tiny.booth("A1", 600, 0, status=BoothStatus.RESERVED)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert result.stands == {}


# -- pinned and locked exhibitors keep their booths ---------------------------------------------
def test_a_pinned_exhibitor_gets_exactly_its_pinned_booth(tiny):
    tiny.row("A", 3, x=600, y=0, premium=True)
    tiny.booth("B1", 600, 1200)
    tiny.exhibitor("e1", m2=9, max_m2=9, pinned=("B1",), priority=PriorityTier.SPONSOR)
    assert solve_checked(tiny.project).stands["e1"] == ("B1",)


def test_a_pin_on_a_blocked_booth_is_infeasible_and_says_why(tiny):
    tiny.booth("A1", 600, 0, status=BoothStatus.BLOCKED)
    tiny.exhibitor("e1", m2=9, max_m2=9, pinned=("A1",))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    assert result.plan is None
    assert "pinned" in result.explanation[0] and "blocked" in result.explanation[0]


def test_a_locked_exhibitor_keeps_its_stand_on_re_solve(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.booth("B1", 600, 1200, premium=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    tiny.place(e1=["A1"], locked=["e1"])
    result = solve_checked(tiny.project)
    assert result.stands["e1"] == ("A1",)
    assert result.plan.locked == {"e1"}


def test_two_stands_locked_on_one_booth_are_infeasible(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("e2", m2=9, max_m2=9)
    tiny.project.set_plan(plan_of(e1=["A1"], e2=["A1"], locked=["e1", "e2"]))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    assert "A1" in result.explanation[0]
    assert "e1" in result.explanation[0] and "e2" in result.explanation[0]


# -- a required hall is respected -----------------------------------------------------------------
def _two_halls(tiny):
    tiny.hall("H2", x=4000, y=0)
    tiny.booth("A1", 600, 0, premium=True)
    tiny.booth("C1", 4600, 0, hall="H2")


def test_a_required_hall_is_respected_over_a_premium_booth_elsewhere(tiny):
    _two_halls(tiny)
    wishes = Wishes(preferred_hall="H2", hall_required=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, wishes=wishes, priority=PriorityTier.SPONSOR)
    assert dict(solve_checked(tiny.project).stands) == {"e1": ("C1",)}


def test_a_required_hall_without_a_fitting_booth_waitlists(tiny):
    _two_halls(tiny)
    wishes = Wishes(preferred_hall="H2", hall_required=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, wishes=wishes, needs=Needs(power=True))
    tiny.booth("A2", 600, 1200, power=True)
    result = solve_checked(tiny.project)
    assert result.stands == {}
    assert "power" in _waitlisted(result)["e1"]


# -- competitors are never side by side, back to back or facing ----------------------------------
def _competitors(tiny):
    tiny.exhibitor("e1", m2=9, max_m2=9, competitors=("e2",))
    tiny.exhibitor("e2", m2=9, max_m2=9)


def test_competitors_are_not_placed_side_by_side(tiny):
    tiny.row("A", 2, x=600, y=0)
    _competitors(tiny)
    result = solve_checked(tiny.project)
    assert len(result.stands) == 1 and len(result.waitlist) == 1


def test_competitors_fit_when_the_booths_are_apart(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("B1", 1800, 1200)
    _competitors(tiny)
    assert len(solve_checked(tiny.project).stands) == 2


def test_competitors_may_stand_side_by_side_when_that_relation_is_switched_off(tiny):
    tiny.row("A", 2, x=600, y=0)
    _competitors(tiny)
    settings = tiny.project.settings
    neighbours = replace(settings.neighbours, competitors_side_by_side=False)
    tiny.project.set_settings(replace(settings, neighbours=neighbours))
    assert len(solve_checked(tiny.project).stands) == 2


def test_competitors_are_not_placed_facing_across_an_aisle(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("B1", 600, 600)  # 3 m aisle between A1's front and B1's
    _competitors(tiny)
    assert len(solve_checked(tiny.project).stands) == 1
    settings = tiny.project.settings
    neighbours = replace(settings.neighbours, competitors_facing=False)
    tiny.project.set_settings(replace(settings, neighbours=neighbours))
    assert len(solve_checked(tiny.project).stands) == 2


def test_competitors_pinned_side_by_side_are_infeasible(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9, competitors=("e2",), pinned=("A1",))
    tiny.exhibitor("e2", m2=9, max_m2=9, pinned=("A2",))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    assert "competitors" in result.explanation[0] and "neighbours" in result.explanation[0]
