"""The LP bound: weak duality holds for any multipliers; PDLP's duals make it tight."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from helpers.solving import solve_checked

from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver import SolveParams, SolveStatus, solve
from solver.built_model import build_model
from solver.indexing import build_instance
from solver.lp_bound import LinearRelaxation, LpBound


def _relaxation(exhibitors: int = 20, seed: int = 3):
    project = generate_project(exhibitors, int(exhibitors * 1.2), 1, seed=seed)
    problem = build_problem(project, fresh=True)
    inst = build_instance(problem)
    bm = build_model(inst, record_rows=True)
    return problem, LinearRelaxation(bm.pm, *bm.objective.full())


@pytest.fixture(scope="module")
def proven():
    """A small problem, its relaxation and its proven optimum."""
    problem, relaxation = _relaxation()
    result = solve(
        problem, SolveParams(wall_limit_s=120, time_limit_s=20, anneal_share=0.1, explain=False)
    )
    assert result.status.value == "optimal"
    return relaxation, result.objective


def test_zero_multipliers_give_every_gain_at_once(proven):
    relaxation, optimum = proven
    zero = relaxation.bound(np.zeros(len(relaxation.lo)))
    assert zero == int(relaxation.constant + relaxation.gain[relaxation.gain > 0].sum())
    assert zero >= optimum


def test_any_multipliers_bound_the_optimum(proven):
    relaxation, optimum = proven
    rng = np.random.default_rng(0)
    for _ in range(20):
        duals = rng.normal(0.0, 3.0, len(relaxation.lo))
        assert relaxation.bound(duals) >= optimum


def test_pdlp_duals_bound_the_optimum_closely(proven):
    relaxation, optimum = proven
    bound = LpBound(relaxation, 20.0).result(30.0)
    assert bound is not None and optimum <= bound
    assert bound < relaxation.bound(np.zeros(len(relaxation.lo)))  # far below the trivial one


def test_a_bound_stopped_before_pdlp_starts_gives_nothing():
    _problem, relaxation = _relaxation(exhibitors=60, seed=4)
    lp = LpBound(relaxation, 20.0)
    lp.stop()
    assert lp.result(30.0) is None


def test_a_model_built_without_rows_has_no_relaxation():
    project = generate_project(10, 12, 1, seed=1)
    bm = build_model(build_instance(build_problem(project, fresh=True)))
    with pytest.raises(ValueError):
        LinearRelaxation(bm.pm, *bm.objective.full())


def test_negated_literals_are_relaxed_as_one_minus_the_variable():
    from solver.variables import ProtoModel

    pm = ProtoModel(record_rows=True)
    a, b = pm.new_bools(2)
    pm.at_most_one([a, -b - 1])  # a + (1 − b) ≤ 1  ⇔  a − b ≤ 0
    relaxation = LinearRelaxation(pm, [a], [5], 0)
    assert relaxation.hi[0] == 0 and list(relaxation.coeffs) == [1, -1]
    assert relaxation.bound(np.zeros(1)) == 5  # a = b = 1 is feasible: 5 is the optimum


def test_the_relaxation_may_be_built_on_the_bound_thread(proven):
    relaxation, optimum = proven
    built = []

    def build():
        built.append(1)
        return relaxation

    bound = LpBound(build, 20.0).result(30.0)
    assert built == [1] and bound is not None and bound >= optimum


def _a_bigger_stand_after_a_plan():
    """A generated fair planned by a short solve; then one exhibitor needs a bigger stand, so
    a re-solve has to move it (and perhaps one more) while everyone else keeps their stand."""
    project = generate_project(100, 120, 1, seed=5)
    first = solve(
        build_problem(project, fresh=True), SolveParams(wall_limit_s=120, time_limit_s=0.3)
    )
    project.set_plan(first.plan)
    grows = project.exhibitors[sorted(first.stands)[len(first.stands) // 4]]
    area = sum(project.booths[b].area for b in first.stands[grows.id]) / 10_000
    project.put_exhibitor(replace(grows, requested_m2=area + 9, min_m2=area + 1, max_m2=area + 18))
    return project


def test_a_re_solve_is_proven_best_by_the_lp_bound_with_moves_held():
    """With everyone but the movers held at home the LP is nearly integral: its bound proves
    the plan best, where CP-SAT's own bound proves nothing in the same (deterministic) time."""
    project = _a_bigger_stand_after_a_plan()
    params = SolveParams(wall_limit_s=120, time_limit_s=8, explain=False)
    result = solve_checked(project, params=params)
    assert result.status is SolveStatus.OPTIMAL and result.moves_proven_minimal
    assert result.bound == result.objective and result.bound_scope == "moves_fixed"
    # Stopping at the bound is no wall-clock cut: the run stays reproducible.
    assert result.reproducible and result.cut_by_clock == ()
    alone = solve_checked(project, params=replace(params, lp_bound_max=0))
    assert alone.status is SolveStatus.TIME_LIMIT and alone.bound > result.bound
    assert alone.moves == result.moves and alone.objective <= result.objective


def test_the_watchdog_stops_the_search_once_a_plan_reaches_the_bound():
    import threading

    from solver.progress import SolutionCallback, Watchdog

    class Search:
        def __init__(self) -> None:
            self.stopped = threading.Event()

        def stop_search(self) -> None:
            self.stopped.set()

    callback = SolutionCallback(None, None, None, None)
    assert not callback.reaches(100)  # no plan yet
    callback.best_score = 99
    assert not callback.reaches(None) and not callback.reaches(100)
    bound = [None]
    search = Search()
    with Watchdog(search, None, lambda: callback.reaches(bound[0])):
        assert not search.stopped.wait(0.2)  # no bound known yet
        bound[0] = 99
        assert search.stopped.wait(10.0)


def test_stopping_at_the_lp_bound_leaves_the_reproducible_plan_as_it_was():
    """CP-SAT reports only better plans, and none beats the bound: stopping when a plan
    reaches it returns the plan a search without the LP bound ends with."""
    project = _a_bigger_stand_after_a_plan()
    params = SolveParams(wall_limit_s=120, time_limit_s=8, explain=False)
    stopped = solve_checked(project, params=params)
    assert stopped.status is SolveStatus.OPTIMAL
    again = solve_checked(project, params=params)
    without = solve_checked(project, params=replace(params, lp_bound_max=0))
    assert dict(again.stands) == dict(stopped.stands) == dict(without.stands)
