"""The LB-tree bound search: a valid bound, proofs of optimality, stopping on request."""

from __future__ import annotations

import threading

import pytest

from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver import SolveParams, SolveStatus, solve
from solver.bound_search import BoundSearch
from solver.built_model import build_model
from solver.indexing import build_instance


def _model(exhibitors: int, seed: int):
    problem = build_problem(generate_project(exhibitors, int(exhibitors * 1.2), 1, seed=seed))
    bm = build_model(build_instance(problem))
    bm.use_objective("full")
    return problem, bm.pm.model


@pytest.fixture(scope="module")
def proven():
    """A small problem, its model, and its optimum proven by the solver alone."""
    problem, model = _model(20, seed=3)
    result = solve(
        problem,
        SolveParams(
            wall_limit_s=120, time_limit_s=20, anneal_share=0.1, bound_search_max=0, explain=False
        ),
    )
    assert result.status is SolveStatus.OPTIMAL
    return model, result.objective


def test_the_search_proves_the_same_optimum(proven):
    model, optimum = proven
    search = BoundSearch(model.clone(), 20, reproducible=True, seed=0)
    assert search.result(60) == optimum
    assert search.proven


def test_a_stopped_search_still_holds_a_valid_bound(proven):
    model, optimum = proven
    search = BoundSearch(model.clone(), 20, reproducible=True, seed=0)
    search.stop()
    value = search.result(60)
    assert not search._thread.is_alive()
    assert value is None or value >= optimum


def test_a_bound_found_on_a_larger_problem_is_never_below_a_plan():
    problem, model = _model(40, seed=5)
    search = BoundSearch(model.clone(), 1.0, reproducible=True, seed=0)
    plan = solve(
        problem, SolveParams(wall_limit_s=120, time_limit_s=2, bound_search_max=0, explain=False)
    )
    value = search.result(30)
    assert value is not None and value >= plan.objective


def test_a_solve_whose_plan_meets_the_search_bound_ends_proven_best(monkeypatch):
    monkeypatch.setattr("solver.run.fresh.INTEGER_PLAN_MAX", 0)  # SCIP's place below that
    problem, _model_ = _model(20, seed=3)
    result = solve(problem, SolveParams(wall_limit_s=120, time_limit_s=20, explain=False))
    assert result.status is SolveStatus.OPTIMAL
    assert result.bound == result.objective == result.stats["bound_search"]


def test_no_search_above_its_size_limit():
    problem, _model_ = _model(20, seed=3)
    result = solve(
        problem, SolveParams(wall_limit_s=120, time_limit_s=1, bound_search_max=10, explain=False)
    )
    assert "bound_search" not in result.stats


def test_waiting_for_the_result_ends_when_the_solve_is_cancelled(proven):
    model, _optimum = proven
    search = BoundSearch(model.clone(), 600, reproducible=True, seed=0)
    cancel = threading.Event()
    cancel.set()
    search.result(600, cancel)  # returns at once instead of waiting out the search
    search._thread.join(30)
    assert not search._thread.is_alive()
