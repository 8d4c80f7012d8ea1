"""The validator's report and score as a whole: totals, ordering, serialising, random plans."""

from __future__ import annotations

import random

import pytest
from helpers.builders import plan_of
from helpers.validator_floor import floor, two_halls

from qods_planner.layout import layout_of
from qods_planner.model import PriorityTier, Wishes
from qods_planner.validation import Violation, check, score


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
