"""SCIP's best plan of a small fair (`solver/integer_plan.py`): best by enumeration, refused
when it breaks a rule the rows leave out, the holds kept, the same plan for every seed, and
stopped at once."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.solving import QUICK, solve_checked
from test_fair_search import _run
from test_tie_break import fairness_costs_a_wish

import solver.run.tie_break as tie_break_module
from qods_planner.validation import check
from solver.built_model import build_model
from solver.evaluate import is_valid, total
from solver.greedy import greedy
from solver.integer_plan import IntegerPlan
from solver.rank_repair import rank_repair
from solver.run.integer_first import integer_plan, integer_proven
from solver.run.state import Run


def _rows(n: int, booths: int, competitors: dict[str, tuple[str, ...]] | None = None):
    """Two rows of `booths` identical booths each and `n` one-booth exhibitors of three
    sectors: many plans share the best score."""
    b = TinyProject()
    b.row("A", booths, x=0, y=0)
    b.row("B", booths, x=0, y=600)
    for i in range(n):
        eid = f"e{i}"
        rivals = (competitors or {}).get(eid, ())
        b.exhibitor(
            eid, sector=("auto", "metal", "food")[i % 3], m2=9, max_m2=9, competitors=rivals
        )
    return b.project


def _integer(project, seconds: float = 30.0, placed=(), waiting=()) -> tuple[IntegerPlan, Run]:
    run = _run(project)
    bm = build_model(run.inst, record_rows=True)
    plan = IntegerPlan(bm, bm.objective.full(), seconds, placed=placed, waiting=waiting)
    plan.result(seconds + 5)
    return plan, run


@pytest.mark.parametrize(
    "n, booths, competitors",
    [(3, 2, None), (4, 2, {"e0": ("e3",)}), (4, 3, {"e1": ("e2",)}), (5, 2, None)],
)
def test_the_integer_plan_is_the_best_plan_by_enumeration(n, booths, competitors):
    project = _rows(n, booths, competitors)
    plan, run = _integer(project)
    best = max(check(project, p).score.total for p in valid_plans(project, 1))
    assert plan.proven and plan.value is not None and plan.value >= best
    if is_valid(run.inst, plan.assign):
        assert total(run.inst, plan.assign) == best == plan.value


def test_a_plan_the_fair_order_would_cost_points_is_refused():
    """Over the rows the best plan gives `lo` the booth `hi` chose (in the hall `lo` wishes
    for): an inversion whose repair costs the wish's points. SCIP's plan is refused, and the
    solve returns a fair plan of its own."""
    project = fairness_costs_a_wish()
    plan, run = _integer(project)
    assert plan.proven and is_valid(run.inst, plan.assign)
    assert total(run.inst, rank_repair(run.inst, plan.assign)) < total(run.inst, plan.assign)
    run.tree = plan
    assert integer_plan(run) is None
    result = solve_checked(project, fresh=True)  # fair, by the helper's check
    assert result.stats.get("integer_plan") is None and result.stands["hi"] == ("A1",)


def test_the_exhibitors_held_placed_keep_a_stand_and_the_bound_is_not_called_global():
    """A sold-out venue: held placed, the exhibitor the best plan of all leaves waiting must
    stand; the bound then holds for the held plans only, so it is not the plan's `value`."""
    project = _rows(5, 2)
    free, run = _integer(project)
    (waiting,) = [e for e, p in enumerate(free.assign.tolist()) if p < 0]
    other = (waiting + 1) % run.inst.n_ex
    placed = [e for e in range(run.inst.n_ex) if e != other]
    held, _held_run = _integer(project, placed=placed)
    assert held.proven and held.value is None and held.bound is not None
    assert free.value == free.bound
    assert all(held.assign[e] >= 0 for e in placed)
    assert held.bound <= free.bound
    # Kept waiting too (a proven least waitlist): a venue with room for both still waitlists it.
    roomy = _rows(5, 3)
    kept, _kept_run = _integer(roomy, waiting=[other])
    assert kept.proven and kept.assign[other] < 0
    assert all(p >= 0 for e, p in enumerate(kept.assign.tolist()) if e != other)


def test_the_integer_plan_is_called_best_only_when_it_scores_scips_bound():
    """The rows' objective may credit a plan more than its score: SCIP's plan is then a good
    plan, not a proven one."""
    plan, run = _integer(_rows(4, 3))
    run.tree = plan
    assert integer_plan(run) is not None and plan.bound == plan.score
    assert integer_proven(run)
    plan.bound = plan.score + 1
    assert not integer_proven(run)


def test_every_seed_gets_the_integer_plan_when_the_least_key_is_not_proven(monkeypatch):
    """The tie-break given no time: the plan returned is SCIP's made fair, for every seed,
    called proven best."""
    monkeypatch.setattr("solver.run.tie_break.TIE_BREAK_SHARE", 1e-6)
    project = _rows(8, 6)
    plan, run = _integer(project)
    expected = rank_repair(run.inst, plan.assign)
    for seed in (1, 2):
        params = replace(QUICK, seed=seed, time_limit_s=6.0)
        result = solve_checked(project, fresh=True, params=params)
        assert result.status.value == "optimal" and result.stats["integer_plan"] == 1
        got = {run.inst.ex[e].id: run.inst.stand(int(p)) for e, p in enumerate(expected) if p >= 0}
        assert dict(result.stands) == got


def test_a_stopped_integer_plan_ends_at_once_with_a_bound_above_every_plan():
    project = _rows(20, 16)
    run = _run(project)
    bm = build_model(run.inst, record_rows=True)
    plan = IntegerPlan(bm, bm.objective.full(), 60)
    time.sleep(0.3)
    start = time.perf_counter()
    value = plan.result(0.0)
    assert time.perf_counter() - start < 2.0
    assert not [t for t in threading.enumerate() if t.name == "solver-integer-plan"]
    assert not plan.proven
    assert value is None or value >= total(run.inst, greedy(run.inst))


def test_an_unfinished_integer_plan_keeps_its_best_plan_so_far_not_proven():
    """SCIP out of time: its best plan so far is there for the solve to weigh against the
    search's, and its bound still bounds every plan."""
    project = _rows(20, 16)
    plan, run = _integer(project, seconds=1.0)
    assert not plan.proven and plan.assign is not None
    assert is_valid(run.inst, plan.assign)
    assert plan.bound is not None and plan.bound >= total(run.inst, plan.assign)


def test_a_solve_cancelled_while_scip_works_leaves_no_solver_thread():
    project = _rows(20, 16)
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)
    timer.start()
    try:
        result = solve_checked(
            project, fresh=True, params=replace(QUICK, time_limit_s=30.0), cancel=cancel
        )
    finally:
        timer.cancel()
    assert result.status.value == "cancelled" and result.times.total < 10
    assert not [t.name for t in threading.enumerate() if t.name.startswith("solver-")]


def test_the_tie_break_takes_one_seed_whatever_the_runs(monkeypatch):
    """From the same plan the tie-break's search must end the same way for every seed: it
    takes its own seed, as the fair order's polish does."""
    seeds = []
    real = tie_break_module.run_phase

    def spy(*args, **kwargs):
        seeds.append(kwargs.get("seed"))
        return real(*args, **kwargs)

    monkeypatch.setattr(tie_break_module, "run_phase", spy)
    project = _rows(4, 3)
    for seed in (1, 2):
        solve_checked(project, fresh=True, params=replace(QUICK, seed=seed, time_limit_s=3.0))
    assert len(seeds) == 2 and seeds[0] == seeds[1] is not None


def test_a_plan_scoring_below_scips_bound_replaces_no_better_plan(monkeypatch):
    """An integer plan short of its bound (the rows over-crediting it) is kept only when it
    scores at least the search's plan: here it is the greedy's, and the search's stays."""
    first: list = []

    class ShortPlan(IntegerPlan):
        def __init__(self, bm, objective, seconds, placed=(), waiting=()):
            super().__init__(bm, objective, 0.0, placed=placed, waiting=waiting)
            self.join(5.0)
            inst = bm.objective.inst
            self.assign = greedy(inst)
            self.bound = total(inst, self.assign) + 1000
            self.proven = True
            first.append(total(inst, self.assign))

    monkeypatch.setattr("solver.run.fresh.IntegerPlan", ShortPlan)
    result = solve_checked(_rows(8, 6), fresh=True, params=replace(QUICK, time_limit_s=3.0))
    assert first and result.objective > first[0]
    assert result.stats.get("integer_plan") is None
