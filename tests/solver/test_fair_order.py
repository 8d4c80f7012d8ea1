"""The fair order: who waits and who gets a chosen booth is decided by rank, never by the seed.

Cases whose answer is known by construction, the validator's `priority_inversion` on hand-made
plans, and a brute force over every valid plan of tiny venues: the solver's plan has the least
waitlist cost any plan has, and no inversion.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from helpers.brute import valid_plans
from helpers.builders import TinyProject, plan_of
from helpers.solving import QUICK, solve_checked

from qods_planner.messages import get_language, set_language
from qods_planner.model import ExhibitorStatus, Plan, PriorityTier, Settings
from qods_planner.model.fair_order import fair_order
from qods_planner.validation import check, fairness_certificate


@pytest.fixture(autouse=True)
def english():
    before = get_language()
    set_language("en")
    yield
    set_language(before)


def test_the_order_reads_tier_then_points_then_registration_then_id():
    b = TinyProject()
    b.exhibitor("z", priority=PriorityTier.SPONSOR)
    b.exhibitor("y", priority_points=5, registered_on="2026-09-01")
    b.exhibitor("x", priority_points=5, registered_on="2026-08-01T10:00")
    b.exhibitor("w", priority_points=5, registered_on="2026-08-01")
    b.exhibitor("v", priority_points=5)
    b.exhibitor("a")
    order = fair_order(b.project.exhibitors.values())
    assert order == ["z", "w", "x", "y", "v", "a"]
    reordered = ("registered_on", "tier", "priority_points", "id")
    assert fair_order(b.project.exhibitors.values(), reordered)[:3] == ["w", "x", "y"]


def _one_booth_two_takers(**points: int) -> TinyProject:
    b = TinyProject()
    b.booth("A1", 300, 0)
    for eid in ("e1", "e2", "e3"):
        b.exhibitor(eid, priority_points=points.get(eid, 0))
    return b


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_highest_ranked_gets_the_last_booth_whatever_the_seed(seed):
    b = _one_booth_two_takers(e3=4, e2=1)
    params = replace(QUICK, seed=seed)
    assert list(solve_checked(b.project, fresh=True, params=params).stands) == ["e3"]


def test_the_settings_order_decides():
    b = _one_booth_two_takers(e3=4)
    b.project.put_exhibitor(replace(b.project.exhibitors["e1"], registered_on="2026-01-01"))
    order = ("registered_on", "priority_points", "tier", "id")
    b.project.set_settings(Settings(priority_order=order))
    assert list(solve_checked(b.project, fresh=True).stands) == ["e1"]


def test_the_validator_names_a_waitlist_inversion():
    b = _one_booth_two_takers(e3=4)
    report = check(b.project, plan_of(e1=["A1"]))
    inversions = report.by_rule("priority_inversion")
    assert [v.exhibitors for v in inversions] == [("e3", "e1")]  # e1 ranks above e2 by id
    assert "ranks above" in inversions[0].message
    assert not check(b.project, plan_of(e3=["A1"])).by_rule("priority_inversion")


def test_a_pinned_holder_keeps_its_place():
    b = _one_booth_two_takers(e3=4)
    b.project.put_exhibitor(replace(b.project.exhibitors["e1"], pinned_booths=("A1",)))
    assert not check(b.project, plan_of(e1=["A1"])).by_rule("priority_inversion")


def test_a_higher_rank_costs_no_more_waitlist_than_a_sponsor():
    """A regular exhibitor ranked first by the settings does not displace a sponsor: waitlisting
    the sponsor would cost more."""
    b = _one_booth_two_takers()
    b.project.put_exhibitor(replace(b.project.exhibitors["e2"], priority=PriorityTier.SPONSOR))
    b.project.set_settings(
        Settings(priority_order=("id", "tier", "priority_points", "registered_on"))
    )
    assert not check(b.project, plan_of(e2=["A1"])).by_rule("priority_inversion")
    assert list(solve_checked(b.project, fresh=True).stands) == ["e2"]


def test_a_higher_ranked_exhibitor_gets_the_booth_it_chose_before_a_lower_ones_wish():
    b = TinyProject()
    b.row("A", 4, x=0, y=0)
    b.exhibitor("e1", priority_points=3, choices=("A1",))
    b.exhibitor("e2", choices=("A1",))
    result = solve_checked(b.project, fresh=True)
    assert result.stands["e1"] == ("A1",)
    report = check(b.project, plan_of(e1=["A3"], e2=["A1"]))
    (inversion,) = report.by_rule("priority_inversion")
    assert inversion.exhibitors == ("e1", "e2") and "could trade" in inversion.message


def _tiny_random(seed: int) -> TinyProject:
    rng = random.Random(seed)
    b = TinyProject()
    n = rng.choice([3, 4])
    booths = b.row("A", n, x=0, y=0)
    for i in range(rng.choice([3, 4])):
        choices = tuple(rng.sample(booths, rng.randint(0, 2)))
        b.exhibitor(
            f"e{i}",
            sector=rng.choice(["auto", "food"]),
            m2=9,
            max_m2=rng.choice([9, 18]),
            priority_points=rng.randint(0, 2),
            choices=choices,
            choices_only=bool(choices) and rng.random() < 0.3,
            competitors=("e0",) if i == 2 and rng.random() < 0.5 else (),
        )
    if rng.random() < 0.4:
        b.project.put_sector(replace(b.project.sectors["food"], max_stands=1))
    return b


def _inversions_by_exchange(project, plan) -> set[tuple[str, str]]:
    """The inversions of the module doc, found the long way: make the exchange and ask the
    validator whether the whole plan still keeps every hard rule."""
    registered = [e for e in project.exhibitors.values() if e.registered]
    rank = {e: i for i, e in enumerate(fair_order(registered))}
    cost = {"sponsor": 3, "returning": 2, "regular": 1}
    found = set()
    stands = dict(plan.stands)
    for h in (e.id for e in registered if e.id not in stands):
        for low, theirs in stands.items():
            ex_h, ex_l = project.exhibitors[h], project.exhibitors[low]
            if rank[h] > rank[low] or cost[ex_l.priority.value] > cost[ex_h.priority.value]:
                continue
            changed = {k: v for k, v in stands.items() if k != low} | {h: theirs}
            if check(project, Plan(changed)).ok:
                found.add((h, low))
    for h, own in stands.items():
        ex = project.exhibitors[h]
        met = ex.choice_met(own)
        better = set(ex.choices[: (met or len(ex.choices) + 1) - 1])
        for low, theirs in stands.items():
            if low == h or rank[low] < rank[h] or not better & set(theirs):
                continue
            if check(project, Plan(stands | {h: theirs, low: own})).ok:
                found.add((h, low))
    return found


@pytest.mark.parametrize("seed", range(12))
def test_the_solver_leaves_the_least_waitlist_and_no_inversion_on_tiny_venues(seed):
    b = _tiny_random(seed)
    plans = valid_plans(b.project, largest=2)
    least = min(-check(b.project, p).score.breakdown["waitlist"] for p in plans)
    result = solve_checked(b.project, fresh=True, params=replace(QUICK, seed=seed))
    assert -result.breakdown["waitlist"] == least  # solve_checked also asserts no inversion


@pytest.mark.parametrize("seed", range(6))
def test_the_validators_inversions_are_exactly_the_exchanges_that_keep_every_hard_rule(seed):
    b = _tiny_random(seed)
    for plan in valid_plans(b.project, largest=2):
        reported = {v.exhibitors for v in check(b.project, plan).by_rule("priority_inversion")}
        assert reported == _inversions_by_exchange(b.project, plan), plan.stands


def test_every_seed_gives_the_same_plan_when_plans_tie():
    b = TinyProject()
    b.row("A", 2, x=0, y=0)
    for i in range(4):
        b.exhibitor(f"e{i}", m2=9, max_m2=9)
    plans = {
        tuple(sorted(solve_checked(b.project, fresh=True, params=replace(QUICK, seed=s)).stands))
        for s in range(4)
    }
    assert plans == {("e0", "e1")}


def test_the_certificate_says_who_holds_each_refused_place_and_why():
    b = TinyProject()
    b.row("A", 3, x=0, y=0)
    b.exhibitor("top", priority_points=9, choices=("A1",))
    b.exhibitor("pin", pinned=("A2",))
    b.exhibitor("mid", priority_points=5, choices=("A2", "A1", "A3"))
    b.exhibitor("late", choices=("A1",))
    plan = plan_of(top=["A1"], pin=["A2"], mid=["A3"])
    cert = fairness_certificate(b.project, plan)
    assert cert["inversions"] == 0
    unmet = [(r["exhibitor"], r["choice"], r["holder"], r["reason"]) for r in cert["unmet_choices"]]
    assert unmet == [("mid", 1, "pin", "keeps_place"), ("mid", 2, "top", "higher_rank")]
    waiting = [(r["exhibitor"], r["holder"], r["reason"]) for r in cert["waitlisted"]]
    assert waiting == [("late", "top", "higher_rank")]
    # The same place given the other way round is an inversion, and the certificate says so.
    swapped = fairness_certificate(b.project, plan_of(late=["A1"], pin=["A2"], mid=["A3"]))
    # top fits late's and mid's stands; mid would trade with late for its second choice
    assert swapped["inversions"] == 3
    assert [(r["exhibitor"], r["reason"]) for r in swapped["waitlisted"]] == [("top", "inversion")]


def test_a_freed_booth_goes_to_the_highest_ranked_waitlisted_exhibitor_that_chose_it():
    b = TinyProject()
    b.row("A", 2, x=0, y=0)
    b.exhibitor("e1")
    b.exhibitor("e2")
    b.exhibitor("low", choices=("A1",))
    b.exhibitor("high", priority_points=4, choices=("A1",))
    published = plan_of(e1=["A1"], e2=["A2"])
    b.project.set_plan(published)
    b.project.set_baseline(published)
    b.project.put_exhibitor(replace(b.project.exhibitors["e1"], status=ExhibitorStatus.WITHDRAWN))
    result = solve_checked(b.project)
    assert result.stands.get("high") == ("A1",) and "low" not in result.stands
    (placed,) = [c for c in result.changes if c.exhibitor == "high"]
    assert placed.why == "newly placed on its choice 1 (A1)"
