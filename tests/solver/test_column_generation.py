"""Column generation of the hard model's relaxation: from a plan's columns, the same optimum
as the whole LP, rounds seen on the way, and the whole LP when the start holds no solution."""

from __future__ import annotations

import numpy as np
import pytest
from helpers.stored_re_solve import stored_re_solve
from hypothesis import HealthCheck, given, settings
from test_waitlist_first import tight_rows

from qods_planner.snapshot import build_problem
from solver.built_model import build_model
from solver.greedy import greedy
from solver.indexing import build_instance
from solver.lp_bound import LinearRelaxation
from solver.repair import repair
from solver.waitlist_lp import relax_dominant, start_columns


def _hard(problem):
    inst = build_instance(problem)
    return inst, build_model(inst, soft=False, confirmed="hard", record_rows=True)


def _relaxation(hard) -> LinearRelaxation:
    return LinearRelaxation(hard.pm, *hard.objective.dominant())


def _value(relaxation: LinearRelaxation, values: np.ndarray) -> float:
    return float(relaxation.gain @ values)


@pytest.fixture(scope="module")
def late_batch():
    """A stored 200-exhibitor fair, its greedy plan published, then 10 % more exhibitors
    registering at once; the hard model of its re-solve and the repaired plan."""
    project = stored_re_solve("gen-0200-s3", "late_batch")
    inst, hard = _hard(build_problem(project))
    return inst, hard, repair(inst)[0]


def test_column_generation_reaches_the_whole_lps_optimum_in_rounds(late_batch):
    inst, hard, plan = late_batch
    whole = _relaxation(hard)
    values, duals, optimal = whole.solve_exact(30.0)
    assert optimal
    start = start_columns(hard, plan)
    assert start.sum() < 0.5 * len(start)  # a real restriction
    rounds: list[np.ndarray] = []
    generated = _relaxation(hard)
    g_values, g_duals, g_optimal = generated.solve_exact(
        30.0, start, lambda values, _value: rounds.append(values)
    )
    assert g_optimal and rounds  # columns had to be priced in
    assert _value(generated, g_values) == pytest.approx(_value(whole, values), abs=1e-6)
    assert generated.bound(g_duals) == whole.bound(duals)
    # every round is a solution of the relaxation, none better than the optimum
    assert all(_value(generated, r) <= _value(whole, values) + 1e-6 for r in rounds)
    assert _value(generated, rounds[0]) < _value(whole, values) - 1e-6


def test_the_re_solve_relaxation_from_the_plan_gives_the_whole_bound(late_batch):
    _inst, hard, plan = late_batch
    seen: list[np.ndarray] = []
    bound, share, optimal = relax_dominant(hard, 30.0, plan, lambda share, _v: seen.append(share))
    assert optimal and seen
    assert all(len(s) == hard.v.n_x for s in seen)
    assert len(share) == hard.v.n_x
    assert bound == relax_dominant(hard, 30.0)[0]


def test_a_start_without_a_solution_falls_back_to_the_whole_lp(late_batch):
    """With no placement at all, the confirmed exhibitors' rows cannot hold: the whole LP
    answers."""
    _inst, hard, _plan = late_batch
    start = np.ones(hard.pm.n_vars, dtype=bool)
    start[hard.v.x0 : hard.v.x0 + hard.v.n_x] = False
    whole = _relaxation(hard)
    values, _d, _o = whole.solve_exact(30.0)
    generated = _relaxation(hard)
    g_values, _gd, g_optimal = generated.solve_exact(30.0, start)
    assert g_optimal and not generated.infeasible
    assert _value(generated, g_values) == pytest.approx(_value(whole, values), abs=1e-6)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(tight_rows())
def test_on_tight_venues_the_greedy_plans_columns_lead_to_the_same_bound(project):
    inst, hard = _hard(build_problem(project, fresh=True))
    plan = greedy(inst)
    whole, generated = _relaxation(hard), _relaxation(hard)
    values, duals, _o = whole.solve_exact(10.0)
    g_values, g_duals, _go = generated.solve_exact(10.0, start_columns(hard, plan))
    assert generated.bound(g_duals) == whole.bound(duals)
    assert _value(generated, g_values) == pytest.approx(_value(whole, values), abs=1e-6)


def test_column_generation_cut_by_the_clock_says_so_and_its_bound_still_holds(late_batch):
    """A restricted optimum is not the whole LP's: cut after its first round (GLOP's first
    solve made to outlast the budget), the result is not called optimal, and the bound from
    its duals (weak duality over every column) is no lower than the whole LP's."""
    import time

    _inst, hard, plan = late_batch
    whole = _relaxation(hard)
    _v, duals, _o = whole.solve_exact(30.0)
    generated = _relaxation(hard)
    glop = generated._glop

    def slow(*args, **kwargs):
        found = glop(*args, **kwargs)
        time.sleep(1.1)
        return found

    generated._glop = slow  # type: ignore[method-assign]
    _gv, g_duals, g_optimal = generated.solve_exact(1.0, start_columns(hard, plan))
    assert not g_optimal
    assert generated.bound(g_duals) >= whole.bound(duals)


def test_the_rounds_clock_leaves_out_what_each_round_is_shown_for(late_batch):
    """A search after each round (a re-solve's) is not GLOP's time: a round shown to a slow
    `on_round` does not cut the column generation short, so the same rounds come whatever
    the machine's load does to that search."""
    import time

    _inst, hard, plan = late_batch
    rounds: list[float] = []

    def slow_search(_values, value: float) -> None:
        rounds.append(value)
        time.sleep(0.6)

    generated = _relaxation(hard)
    _gv, _g_duals, g_optimal = generated.solve_exact(1.0, start_columns(hard, plan), slow_search)
    assert g_optimal and len(rounds) >= 2


def test_after_the_last_round_the_whole_lp_decides(late_batch, monkeypatch):
    """With a single round allowed, the whole LP is solved next: the same optimum."""
    import solver.lp_bound as lp_bound

    monkeypatch.setattr(lp_bound, "MAX_ROUNDS", 1)
    _inst, hard, plan = late_batch
    whole = _relaxation(hard)
    values, duals, _o = whole.solve_exact(30.0)
    generated = _relaxation(hard)
    g_values, g_duals, g_optimal = generated.solve_exact(30.0, start_columns(hard, plan))
    assert g_optimal and generated.bound(g_duals) == whole.bound(duals)
    assert _value(generated, g_values) == pytest.approx(_value(whole, values), abs=1e-6)
