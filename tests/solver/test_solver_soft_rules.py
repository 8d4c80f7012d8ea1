"""Each soft rule: a tiny case where the solver earns it, and one where it cannot (the score
then shows the shortfall). Weights are the documented defaults (RuleWeights)."""

from __future__ import annotations

from helpers.builders import plan_of
from helpers.solving import solve_checked

from qods_planner.model import BoothStatus, PriorityTier, Wishes


# -- same sector / complementary neighbours -------------------------------------------------------
def test_two_exhibitors_of_one_sector_are_placed_side_by_side(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("a2", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("f1", sector="food", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert result.breakdown["same_sector"] == 10 * 2  # side by side counts double
    assert result.stands["f1"] != ("A2",)


def test_one_sector_far_apart_earns_no_neighbour_points(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("B1", 1800, 1200)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("a2", sector="auto", m2=9, max_m2=9)
    assert solve_checked(tiny.project).breakdown["same_sector"] == 0


def test_complementary_sectors_are_placed_side_by_side(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("m1", sector="metal", m2=9, max_m2=9)
    tiny.exhibitor("f1", sector="food", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert result.breakdown["complementary"] == 4 * 2 * 2  # weight × matrix 2 × side by side


def test_sectors_that_do_not_complement_each_other_earn_nothing(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("f1", sector="food", m2=9, max_m2=9)
    assert solve_checked(tiny.project).breakdown["complementary"] == 0


# -- premium booths by tier -----------------------------------------------------------------
def test_the_sponsor_gets_the_premium_booth(tiny):
    tiny.booth("A1", 600, 0, premium=True)
    tiny.booth("B1", 1800, 1200)
    tiny.exhibitor("r1", m2=9, max_m2=9)
    tiny.exhibitor("s1", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    result = solve_checked(tiny.project)
    assert result.stands["s1"] == ("A1",)
    assert result.breakdown["premium"] == 6 * 3


def test_without_premium_booths_there_are_no_premium_points(tiny):
    tiny.booth("A1", 600, 0)
    tiny.exhibitor("s1", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    assert solve_checked(tiny.project).breakdown["premium"] == 0


# -- corner, island and hall wishes ------------------------------------------------------------
def test_a_corner_wish_is_met_on_the_end_of_a_row(tiny):
    tiny.row("A", 3, x=600, y=0)  # A1 and A3 are corners, A2 inline
    tiny.exhibitor("c1", m2=9, max_m2=9, wishes=Wishes(corner=True))
    result = solve_checked(tiny.project)
    assert result.stands["c1"] in (("A1",), ("A3",))
    assert result.breakdown["corner_wish"] == 8


def test_a_corner_wish_between_walls_is_not_met(tiny):
    tiny.booth("A1", 0, 0, w=300, h=2000)  # along the left wall, top to bottom: one open side
    tiny.exhibitor("c1", m2=60, max_m2=60, wishes=Wishes(corner=True))
    result = solve_checked(tiny.project)
    assert result.stands["c1"] == ("A1",)
    assert result.breakdown["corner_wish"] == 0


def test_an_island_wish_is_met_by_a_freestanding_booth(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("I1", 1500, 900)
    tiny.exhibitor("i1", m2=9, max_m2=9, wishes=Wishes(island=True))
    result = solve_checked(tiny.project)
    assert result.stands["i1"] == ("I1",)
    assert result.breakdown["island_wish"] == 8


def test_an_island_wish_without_an_island_is_not_met(tiny):
    tiny.booth("A1", 600, 0)
    tiny.exhibitor("i1", m2=9, max_m2=9, wishes=Wishes(island=True))
    assert solve_checked(tiny.project).breakdown["island_wish"] == 0


def test_a_preferred_hall_is_chosen_when_it_has_room(tiny):
    tiny.hall("H2", x=4000, y=0)
    tiny.booth("A1", 600, 0)
    tiny.booth("C1", 4600, 0, hall="H2")
    tiny.exhibitor("h1", m2=9, max_m2=9, wishes=Wishes(preferred_hall="H2"))
    result = solve_checked(tiny.project)
    assert result.stands["h1"] == ("C1",)
    assert result.breakdown["hall_wish"] == 12


def test_a_preferred_hall_without_room_is_only_a_wish(tiny):
    tiny.hall("H2", x=4000, y=0)
    tiny.booth("A1", 600, 0)
    tiny.booth("C1", 4600, 0, hall="H2", status=BoothStatus.BLOCKED)
    tiny.exhibitor("h1", m2=9, max_m2=9, wishes=Wishes(preferred_hall="H2"))
    result = solve_checked(tiny.project)
    assert result.stands["h1"] == ("A1",)
    assert result.breakdown["hall_wish"] == 0


# -- partners near each other -------------------------------------------------------------------
def test_partners_are_placed_next_to_each_other(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("p1", sector="auto", m2=9, max_m2=9, partners=("p2",))
    tiny.exhibitor("p2", sector="food", m2=9, max_m2=9)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    assert solve_checked(tiny.project).breakdown["partners"] == 10


def test_partners_far_apart_earn_nothing(tiny):
    tiny.booth("A1", 600, 0)
    tiny.booth("B1", 1800, 1200)
    tiny.exhibitor("p1", m2=9, max_m2=9, partners=("p2",))
    tiny.exhibitor("p2", m2=9, max_m2=9)
    assert solve_checked(tiny.project).breakdown["partners"] == 0


# -- little wasted area ------------------------------------------------------------------------
def test_the_booth_closest_to_the_request_is_chosen(tiny):
    tiny.booth("A1", 600, 0, w=600)  # 18 m²
    tiny.booth("B1", 600, 1200)  # 9 m²
    tiny.exhibitor("w1", m2=9, max_m2=18)
    result = solve_checked(tiny.project)
    assert result.stands["w1"] == ("B1",)
    assert result.breakdown["waste"] == 0


def test_a_larger_booth_than_requested_costs_its_extra_square_metres(tiny):
    tiny.booth("A1", 600, 0, w=600)
    tiny.exhibitor("w1", m2=9, max_m2=18)
    assert solve_checked(tiny.project).breakdown["waste"] == -9


# -- waitlist --------------------------------------------------------------------------------------
def test_nobody_is_waitlisted_when_there_is_room(tiny):
    tiny.row("A", 2, x=600, y=0)
    tiny.exhibitor("r1", m2=9, max_m2=9, priority=PriorityTier.RETURNING)
    tiny.exhibitor("r2", m2=9, max_m2=9)
    assert solve_checked(tiny.project).breakdown["waitlist"] == 0


def test_the_returning_exhibitor_keeps_the_last_booth(tiny):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("r1", m2=9, max_m2=9, priority=PriorityTier.RETURNING)
    tiny.exhibitor("r2", m2=9, max_m2=9)
    result = solve_checked(tiny.project)
    assert dict(result.stands) == {"r1": ("A1",)}
    assert result.breakdown["waitlist"] == -5_000


# -- moves against the previous plan -----------------------------------------------------------
def test_re_solving_an_unchanged_plan_moves_nobody(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("a1", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("f1", sector="food", m2=9, max_m2=9)
    tiny.place(a1=["A1"], f1=["A3"])
    result = solve_checked(tiny.project)
    assert result.breakdown["moves"] == 0
    assert dict(result.stands) == {"a1": ("A1",), "f1": ("A3",)}
    assert result.changes == ()


def test_a_stand_that_breaks_a_rule_costs_one_move(tiny):
    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("a1", m2=9, max_m2=9)
    tiny.project.set_plan(plan_of(a1=["A2"]))
    tiny.booth("A2", 900, 0, status=BoothStatus.BLOCKED)
    result = solve_checked(tiny.project)
    assert result.breakdown["moves"] == -1_000
    assert result.moves == 1
