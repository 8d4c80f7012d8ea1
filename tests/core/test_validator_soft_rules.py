"""The score on hand-made plans: each soft rule scored and not scored, with exact points."""

from __future__ import annotations

import dataclasses

from helpers.builders import TinyProject, plan_of
from helpers.validator_floor import floor, only, only_for, terms, two_halls

from qods_planner.model import Entrance, PriorityTier, RuleWeights, Side, Wishes
from qods_planner.validation import check, score

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
