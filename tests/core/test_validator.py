"""The validator and the score on hand-made plans: each hard rule broken once, each soft rule
scored and not scored, with exact points.

The floor used by most tests (hall H1, 30 m × 20 m, 3 m × 3 m booths):

    y=0    A1 A2 A3 A4      perimeter row on the top wall (A1, A4 corners; A2, A3 inline)
           -- aisle 3 m --  A_i faces B_i
    y=600  B1 B2 B3 B4      island block: B faces the aisle above,
    y=900  C1 C2 C3 C4      C backs onto B (B_i back to back with C_i)
    I1 at (2400, 1500)      a lone island booth
"""

from __future__ import annotations

import dataclasses
import random

import pytest
from helpers.builders import TinyProject, plan_of

from qods_planner.layout import layout_of
from qods_planner.model import (
    BoothStatus,
    Entrance,
    Needs,
    NeighbourRules,
    PriorityTier,
    RuleWeights,
    Side,
    Wishes,
)
from qods_planner.validation import SCORE_TERMS, Report, Violation, check, score


def floor() -> TinyProject:
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.row("B", 4, x=600, y=600)
    b.row("C", 4, x=600, y=900)
    b.booth("I1", 2400, 1500)
    return b


def only(report: Report, rule: str) -> Violation:
    found = report.by_rule(rule)
    assert len(found) == 1, [v.message for v in report.violations]
    return found[0]


def hard_rules(report: Report) -> list[str]:
    return [v.rule for v in report.hard]


def terms(report_or_score) -> dict[str, int]:
    s = report_or_score.score if isinstance(report_or_score, Report) else report_or_score
    return {k: v for k, v in s.breakdown.items() if v}


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


def two_halls() -> TinyProject:
    b = floor()
    b.hall("H2", x=4000, width=2000, depth=2000)
    b.row("D", 2, x=4000, y=0, hall="H2")
    return b


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


# -- soft rules: scored and not scored -----------------------------------------------------


def test_same_sector_counts_per_booth_pair_and_relation():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.place(e1=["A1"], e2=["A2"])  # side by side: 10 × 2
    assert terms(check(b.project)) == {"same_sector": 20}
    b.place(e1=["B1"], e2=["C1"])  # back to back: 10 × 1
    assert terms(check(b.project)) == {"same_sector": 10}
    b.place(e1=["A1"], e2=["B1"])  # facing: 10 × 1
    assert terms(check(b.project)) == {"same_sector": 10}
    b.place(e1=["A1"], e2=["A3"])  # apart
    assert terms(check(b.project)) == {}


def test_same_sector_counts_every_booth_pair_between_two_stands_but_none_inside_one():
    b = floor()
    b.exhibitor("e1", m2=18)
    b.exhibitor("e2", m2=18)
    b.place(e1=["B1", "B2"], e2=["C1", "C2"])  # two back-to-back pairs
    assert terms(check(b.project)) == {"same_sector": 20}
    b.place(e1=["A1", "A2"], e2=["C3", "C4"])  # A1–A2 inside one stand count nothing
    assert terms(check(b.project)) == {}


def test_complementary_sectors_weighted_by_matrix_and_relation():
    b = floor()
    b.exhibitor("e1", sector="auto")
    b.exhibitor("e2", sector="metal")
    b.exhibitor("e3", sector="food")
    b.place(e1=["A1"], e2=["A2"], e3=["I1"])  # 4 × 2 × 2
    assert terms(check(b.project)) == {"complementary": 16}
    b.place(e1=["A1"], e2=["B1"], e3=["I1"])  # 4 × 2 × 1
    assert terms(check(b.project)) == {"complementary": 8}
    b.place(e1=["A1"], e3=["A2"], e2=["I1"])  # weight 0
    assert terms(check(b.project)) == {}


def test_premium_per_tier_on_a_set_premium_booth():
    b = floor()
    b.booth("P1", 0, 1700, premium=True)
    for tier, points in [
        (PriorityTier.SPONSOR, 18),
        (PriorityTier.RETURNING, 6),
        (PriorityTier.REGULAR, 0),
    ]:
        b.exhibitor("e1", priority=tier)
        b.place(e1=["P1"])
        assert terms(check(b.project)) == ({"premium": points} if points else {})
        b.place(e1=["A1"])
        assert terms(check(b.project)) == {}


def test_premium_counts_once_per_stand_and_derives_from_entrances():
    b = TinyProject()
    b.project.put_hall(
        dataclasses.replace(b.project.halls["H1"], entrances=(Entrance(Side.TOP, 0, 300),))
    )
    b.row("A", 2, x=0, y=0)  # within 8 m of the door
    b.row("F", 2, x=2400, y=0)  # 21 m away
    b.exhibitor("e1", m2=18, priority=PriorityTier.SPONSOR)
    b.place(e1=["A1", "A2"])
    assert terms(check(b.project)) == {"premium": 18}
    b.place(e1=["F1", "F2"])
    assert terms(check(b.project)) == {}


def test_corner_and_island_wishes():
    b = floor()
    b.exhibitor("e1", wishes=Wishes(corner=True, island=True))
    b.place(e1=["I1"])  # island: both met
    report = check(b.project)
    assert terms(report) == {"corner_wish": 8, "island_wish": 8}
    assert report.soft == []
    b.place(e1=["A1"])  # corner only
    report = check(b.project)
    assert terms(report) == {"corner_wish": 8}
    v = only(report, "wish_island_unmet")
    assert v.points == 8 and "Company e1 (e1)" in v.message and "corner stand A1" in v.message
    b.place(e1=["A2"])  # inline: neither
    report = check(b.project)
    assert terms(report) == {}
    assert only(report, "wish_corner_unmet").points == 8
    assert only(report, "wish_island_unmet").points == 8


def test_a_peninsula_stand_meets_a_corner_wish():
    b = floor()
    b.exhibitor("e1", m2=36, wishes=Wishes(corner=True))
    b.place(e1=["A1", "A2", "A3", "A4"])  # open on left, right and bottom
    assert terms(check(b.project)) == {"corner_wish": 8}


def test_hall_wish():
    b = two_halls()
    b.exhibitor("e1", wishes=Wishes(preferred_hall="H2"))
    b.place(e1=["D1"])
    assert terms(check(b.project)) == {"hall_wish": 12}
    b.place(e1=["A1"])
    report = check(b.project)
    assert terms(report) == {}
    v = only(report, "wish_hall_unmet")
    assert v.points == 12 and "Company e1 (e1)" in v.message and "H2" in v.message


def test_partners():
    b = floor()
    b.exhibitor("e1", partners=("e2",))
    b.exhibitor("e2", sector="food")
    b.place(e1=["A1"], e2=["B1"])
    assert terms(check(b.project)) == {"partners": 10}
    b.place(e1=["A1"], e2=["A3"])
    report = check(b.project)
    assert terms(report) == {}
    v = only(report, "partners_apart")
    assert v.points == 10 and v.exhibitors == ("e1", "e2")
    assert "Company e1 (e1)" in v.message and "Company e2 (e2)" in v.message
    b.place(e1=["A1"])  # e2 waitlisted: partners are not judged
    assert check(b.project).by_rule("partners_apart") == []


def test_waste_per_whole_square_metre_reported_from_three():
    b = floor()
    b.booth("W1", 0, 1600, 350, 300)  # 10.5 m²
    b.exhibitor("e1", m2=9)
    b.place(e1=["W1"])
    report = check(b.project)
    assert terms(report) == {"waste": -1} and report.violations == []
    b.place(e1=["A1", "A2"])  # 18 m² for 9 asked
    report = check(b.project)
    assert terms(report) == {"waste": -9}
    v = only(report, "wasted_area")
    assert v.points == 9 and "9 m² more" in v.message and "A1, A2" in v.message


def test_waitlist_per_tier():
    b = floor()
    b.exhibitor("s", priority=PriorityTier.SPONSOR)
    b.exhibitor("r", priority=PriorityTier.RETURNING)
    b.exhibitor("g")
    b.exhibitor("w", withdrawn=True)
    report = check(b.project)
    assert terms(report) == {"waitlist": -(15_000 + 10_000 + 5_000)}
    assert {v.exhibitors[0]: v.points for v in report.by_rule("waitlisted")} == {
        "s": 15_000,
        "r": 10_000,
        "g": 5_000,
    }
    assert "sponsor" in only_for(report, "waitlisted", "s").message
    assert report.ok and report.waitlisted == 3


def only_for(report: Report, rule: str, eid: str) -> Violation:
    return next(v for v in report.by_rule(rule) if v.exhibitors == (eid,))


def test_moves_against_a_baseline():
    b = floor()
    for eid in ("e1", "e2", "e3", "e4"):
        b.exhibitor(eid, sector="food")
    b.exhibitor("gone", sector="food", withdrawn=True)
    baseline = plan_of(e1=["A1"], e2=["A3"], e3=["B4"], gone=["C1"])
    plan = plan_of(e1=["A1"], e2=["C3"], e4=["I1"])  # e2 moved, e3 waitlisted
    assert terms(score(b.project, plan, baseline)) == {"moves": -2000, "waitlist": -5000}
    assert terms(score(b.project, plan)) == {"waitlist": -5000}
    report = check(b.project, plan, previous=baseline)
    assert [v.exhibitors for v in report.by_rule("moved_from_baseline")] == [("e2",), ("e3",)]
    assert all(v.points == 1000 for v in report.by_rule("moved_from_baseline"))
    assert "Company e2 (e2)" in report.by_rule("moved_from_baseline")[0].message


def test_check_counts_moves_against_the_published_baseline_by_default():
    b = floor()
    b.exhibitor("e1", sector="food")
    b.project.set_baseline(plan_of(e1=["A1"]))
    b.place(e1=["A2"])
    assert terms(check(b.project)) == {"moves": -1000}
    # the plan being re-solved from takes the baseline's place
    assert terms(check(b.project, previous=plan_of(e1=["A2"]))) == {}


def test_sector_isolated():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.exhibitor("e3", sector="food")
    b.place(e1=["A1"], e2=["I1"], e3=["A4"])
    report = check(b.project)
    isolated = report.by_rule("sector_isolated")
    # e2's booth I1 has no neighbour at all: no one of its sector could have stood beside it
    assert [v.exhibitors for v in isolated] == [("e1",)]
    assert all(v.points == 0 for v in isolated)
    assert "Automotive parts" in isolated[0].message and "Company e1 (e1)" in isolated[0].message
    b.place(e1=["A1"], e2=["A2"], e3=["A4"])
    assert check(b.project).by_rule("sector_isolated") == []


def test_custom_weights_change_the_points():
    b = floor()
    b.exhibitor("e1", wishes=Wishes(corner=True))
    b.exhibitor("e2")
    b.exhibitor("e3", priority=PriorityTier.RETURNING)
    weights = RuleWeights(same_sector=3, corner_wish=5, waitlist=100)
    b.project.set_settings(dataclasses.replace(b.project.settings, weights=weights))
    b.place(e1=["A1"], e2=["A2"])
    report = check(b.project)
    assert terms(report) == {"same_sector": 6, "corner_wish": 5, "waitlist": -200}
    assert only(report, "waitlisted").points == 200


def test_breakdown_sums_to_total_on_a_busy_plan():
    b = two_halls()
    b.booth("P1", 0, 1700, premium=True)
    b.exhibitor("e1", priority=PriorityTier.SPONSOR, wishes=Wishes(corner=True))
    b.exhibitor("e2", sector="metal", m2=18, partners=("e1",))
    b.exhibitor("e3", sector="food", wishes=Wishes(preferred_hall="H2"))
    b.exhibitor("e4", priority=PriorityTier.RETURNING)
    b.exhibitor("e5", m2=9, max_m2=30)
    b.exhibitor("e6", priority=PriorityTier.SPONSOR)
    plan = plan_of(e1=["A1"], e2=["B1", "B2"], e3=["D1"], e4=["P1"], e5=["C2", "C3"])
    baseline = plan_of(e5=["C1"])
    s = score(b.project, plan, baseline)
    assert s.total == sum(s.breakdown.values())
    assert s.breakdown == {
        "same_sector": 0,
        "complementary": 4 * 2 * 1 + 4 * 2 * 1,  # A1–B1 facing (auto–metal); B2–C2 back
        "premium": 6,  # e4 returning on P1
        "corner_wish": 8,
        "island_wish": 0,
        "hall_wish": 12,
        "choice": 0,
        "partners": 10,
        "waste": -9,  # e5: 18 m² for 9
        "waitlist": -15_000,  # e6 sponsor
        "moves": -1000,  # e5 moved from C1
    }
    assert check(b.project, plan, previous=baseline).score == s


def test_report_orders_hard_first_and_serialises():
    b = floor()
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.exhibitor("e3")
    b.place(e1=["A1"], e2=["A1"])
    report = check(b.project)
    assert [v.hard for v in report.violations] == sorted(
        (v.hard for v in report.violations), reverse=True
    )
    doc = report.as_dict()
    assert doc["ok"] is False and doc["hard_count"] == 1
    assert doc["soft_count"] == len(report.soft) and "waitlisted" in {v.rule for v in report.soft}
    assert doc["violations"][0]["rule"] == "booth_used_twice"
    assert doc["score"]["total"] == report.score.total


def test_violation_rejects_unknown_rules_and_wrong_hardness():
    with pytest.raises(ValueError, match="unknown rule"):
        Violation("no_such_rule", True, "x")
    with pytest.raises(ValueError, match="soft"):
        Violation("waitlisted", True, "x")


def test_waitlisted_exhibitors_get_no_wish_shortfalls():
    b = floor()
    b.exhibitor("e1", wishes=Wishes(corner=True, island=True), partners=("e2",))
    b.exhibitor("e2", priority_points=1)  # e2 ranks first: its stand is not owed to e1
    b.place(e2=["A1"])
    assert [v.rule for v in check(b.project).violations] == ["waitlisted"]


def naive_pair_terms(project, plan) -> dict[str, int]:
    """Sector and partner terms by comparing every two stands booth by booth (quadratic)."""
    layout = layout_of(project)
    w = project.settings.weights
    out = {"same_sector": 0, "complementary": 0, "partners": 0}
    stands = sorted(plan.stands.items())
    for i, (ea, sa) in enumerate(stands):
        for eb, sb in stands[i + 1 :]:
            xa, xb = project.exhibitors[ea], project.exhibitors[eb]
            near = False
            for a in sa:
                for b in sb:
                    rel = layout.relation(a, b)
                    if rel is None:
                        continue
                    near = True
                    if xa.sector_id == xb.sector_id:
                        out["same_sector"] += w.same_sector * rel.factor
                    else:
                        c = project.complementarity.weight(xa.sector_id, xb.sector_id)
                        out["complementary"] += w.complementary * c * rel.factor
            if near and (eb in xa.partners or ea in xb.partners):
                out["partners"] += w.partners
    return out


@pytest.mark.parametrize("seed", range(20))
def test_random_plans_match_a_naive_count_and_their_shortfalls(seed):
    rnd = random.Random(seed)
    b = floor()
    runs = [["I1"]] + [[f"{r}{i}"] for r in "ABC" for i in range(1, 5)]
    runs += [[f"{r}{i}", f"{r}{i + 1}"] for r in "ABC" for i in range(1, 4)]
    eids = [f"e{i}" for i in range(10)]
    for eid in eids:
        b.exhibitor(
            eid,
            sector=rnd.choice(["auto", "metal", "food"]),
            wishes=Wishes(corner=rnd.random() < 0.4, island=rnd.random() < 0.2),
            priority=rnd.choice(list(PriorityTier)),
            partners=tuple(rnd.sample([e for e in eids if e != eid], 1))
            if rnd.random() < 0.3
            else (),
        )
    stands, used = {}, set()
    for eid in eids:
        run = rnd.choice(runs)
        if rnd.random() < 0.8 and not used & set(run):
            stands[eid] = run
            used |= set(run)
    plan = plan_of(**stands)
    baseline = plan_of(**{e: rnd.choice(runs) for e in rnd.sample(eids, 3)})
    report = check(b.project, plan, previous=baseline)
    s = report.score
    assert report.ok  # stands are runs of free booths, 9 m² asked, up to 18 m² accepted
    assert s.total == sum(s.breakdown.values())
    assert {k: s.breakdown[k] for k in ("same_sector", "complementary", "partners")} == (
        naive_pair_terms(b.project, plan)
    )

    def lost(rule: str) -> int:
        return sum(v.points for v in report.by_rule(rule))

    assert s.breakdown["waitlist"] == -lost("waitlisted")
    assert s.breakdown["moves"] == -lost("moved_from_baseline")
    wishers = [e for e in stands if b.project.exhibitors[e].wishes.corner]
    assert s.breakdown["corner_wish"] + lost("wish_corner_unmet") == 8 * len(wishers)
    islanders = [e for e in stands if b.project.exhibitors[e].wishes.island]
    assert s.breakdown["island_wish"] + lost("wish_island_unmet") == 8 * len(islanders)
    # 9 m² booths, 9 m² asked: every extra booth wastes 9 m²
    assert s.breakdown["waste"] == -sum(9 * (len(run) - 1) for run in stands.values())
