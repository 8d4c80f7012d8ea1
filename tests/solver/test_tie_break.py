"""Plans that tie on the score: a fresh solve proven best returns one plan whatever the seed,
the one of least key among the best fair plans (checked by enumeration)."""

from __future__ import annotations

from dataclasses import replace

from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.solving import QUICK, solve_checked

from qods_planner.validation import check
from solver.objective import pair_key


def _venue_of_ties() -> TinyProject:
    """Two rows of identical booths and six one-booth exhibitors: many plans share the best
    score (before the tie-break six seeds gave six different plans)."""
    b = TinyProject()
    b.row("A", 5, x=0, y=0)
    b.row("B", 5, x=0, y=600)
    for i, sector in enumerate(("auto", "metal", "food", "auto", "food", "metal")):
        b.exhibitor(f"e{i}", sector=sector, m2=9, max_m2=9)
    return b


def test_every_seed_returns_the_same_plan_when_the_best_plans_tie():
    project = _venue_of_ties().project
    plans = set()
    for seed in (1, 2, 3, 4):
        params = replace(QUICK, seed=seed, time_limit_s=5.0)
        result = solve_checked(project, fresh=True, params=params)
        assert result.status.value == "optimal" and result.stats.get("tie_break") == 1
        plans.add(tuple(sorted(result.stands.items())))
    assert len(plans) == 1


def _key(plan) -> int:
    return sum(pair_key(e, tuple(booths)) for e, booths in plan.stands.items())


def test_the_plan_is_the_least_key_among_the_best_fair_plans():
    b = TinyProject()
    b.row("A", 4, x=0, y=0)
    b.exhibitor("e1", sector="auto", m2=9, max_m2=9)
    b.exhibitor("e2", sector="metal", m2=9, max_m2=9)
    b.exhibitor("e3", sector="food", m2=9, max_m2=9, competitors=("e1",))
    project = b.project
    result = solve_checked(project, fresh=True, params=replace(QUICK, time_limit_s=5.0))
    assert result.status.value == "optimal"
    reports = {plan: check(project, plan) for plan in valid_plans(project, 1)}
    best = max(r.score.total for r in reports.values())
    fair = [
        plan
        for plan, r in reports.items()
        if r.score.total == best and not r.by_rule("priority_inversion")
    ]
    assert len(fair) > 1  # a real tie to break
    least = min(fair, key=_key)
    assert dict(result.stands) == dict(least.stands)


def test_a_sold_out_venue_gives_one_plan_too():
    """Someone waits: the plan is proven best only for the fair waitlist (the bounds cannot
    prove more), and the tie is broken among the plans that keep it."""
    b = _venue_of_ties()
    for i in range(6, 12):
        b.exhibitor(f"e{i}", sector=("auto", "metal", "food")[i % 3], m2=9, max_m2=9)
    project = b.project
    plans = set()
    for seed in (1, 2, 3):
        params = replace(QUICK, seed=seed, time_limit_s=5.0)
        result = solve_checked(project, fresh=True, params=params)
        assert len(result.waitlist) == 2 and result.stats.get("tie_break") == 1
        plans.add(tuple(sorted(result.stands.items())))
    assert len(plans) == 1
