"""Plans that tie on the score: a fresh solve proven best returns one plan whatever the seed,
the one of least key among the best fair plans (checked by enumeration)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.solving import QUICK, solve_checked
from test_fair_search import _assign, _run

from qods_planner.model import Project, Wishes
from qods_planner.validation import check
from solver.evaluate import breakdown, total
from solver.objective import pair_key
from solver.rank_repair import rank_repair
from solver.run.tie_break import tie_break


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


def _three_on_four() -> TinyProject:
    b = TinyProject()
    b.row("A", 4, x=0, y=0)
    b.exhibitor("e1", sector="auto", m2=9, max_m2=9)
    b.exhibitor("e2", sector="metal", m2=9, max_m2=9)
    b.exhibitor("e3", sector="food", m2=9, max_m2=9, competitors=("e1",))
    return b


def test_the_plan_is_the_least_key_among_the_best_fair_plans():
    project = _three_on_four().project
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


def fairness_costs_a_wish() -> Project:
    """Booth A1 in hall H2, chosen by `hi`; `lo`, ranked lower, wishes for hall H2, and the
    wish (80) outweighs the choice: the best plan gives `lo` A1, an inversion."""
    b = TinyProject()
    b.hall("H2", x=4000, width=1000, depth=1000)
    b.booth("A1", 4000, 0, hall="H2")
    b.booth("B1", 0, 0)
    b.exhibitor("hi", m2=9, max_m2=9, choices=("A1",), priority_points=10)
    b.exhibitor("lo", m2=9, max_m2=9, wishes=Wishes(preferred_hall="H2"))
    settings = b.project.settings
    b.project.set_settings(replace(settings, weights=replace(settings.weights, hall_wish=80)))
    return b.project


def test_when_the_fair_order_costs_points_the_tie_is_broken_at_the_fair_score():
    """The search's best plan has an inversion: the lower-ranked `lo` stands on the booth
    `hi` chose, in the hall `lo` wishes for. Undoing it costs that wish's points. The plan
    returned is fair, of that lower score, no longer called proven best, and says what
    fairness cost."""
    run = _run(fairness_costs_a_wish())
    best = _assign(run, lo=("A1",), hi=("B1",))
    run.proven = True
    found = tie_break(run, best)
    inst = run.inst
    assert np.array_equal(rank_repair(inst, found), found)
    assert found[inst.eidx["hi"]] == inst.p_key[("A1",)]
    lost = total(inst, best) - total(inst, found)
    assert lost == 80 - breakdown(inst, found)["choice"] > 0
    assert run.stats["rank_repair_points"] == -lost and run.stats["tie_break"] == 1
    assert not run.proven


def test_an_unproven_plan_is_broken_among_the_plans_of_at_least_its_score():
    """The search ran out of time below the best score: every plan of that score it could
    have stopped at gives the same plan, the least-key one of at least that score (checked
    by enumeration), and the plan is still not called proven."""
    project = _three_on_four().project
    everyone = [p for p in valid_plans(project, 1) if len(p.stands) == 3]
    scores = {p: check(project, p).score.total for p in everyone}
    tied = sorted({s for s in scores.values() if list(scores.values()).count(s) > 1})
    below = [s for s in tied if s < max(scores.values())]
    assert below  # a score short of the best that several plans share
    score = below[-1]
    least = min((p for p, s in scores.items() if s >= score), key=_key)
    results = set()
    for plan in (p for p, s in scores.items() if s == score):
        run = _run(project)
        found = tie_break(run, _assign(run, **plan.stands))
        assert run.stats["tie_break"] == 1 and not run.proven
        assert total(run.inst, found) >= score
        assert np.array_equal(found, rank_repair(run.inst, _assign(run, **least.stands)))
        results.add(tuple(found.tolist()))
    assert len(results) == 1
