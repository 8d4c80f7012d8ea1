"""Cancel before and during the search; the reproducible profile gives the same plan twice."""

from __future__ import annotations

import threading

import pytest
from helpers.solving import solve_checked

from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver import SolveParams, SolveStatus, solve


def test_cancel_before_the_search_returns_the_first_plan():
    project = generate_project(30, 36, 1, seed=3)
    cancel = threading.Event()
    cancel.set()
    result = solve_checked(
        project, params=SolveParams(wall_limit_s=120, time_limit_s=30), cancel=cancel
    )
    assert result.status is SolveStatus.CANCELLED
    assert not result.reproducible  # where a cancel lands is chance
    assert result.plans_found == 1 and len(result.stands) == 30


def test_cancel_during_the_search_returns_the_best_plan_so_far():
    project = generate_project(120, 144, 1, seed=4)
    cancel = threading.Event()
    seen: list[tuple] = []

    def on_progress(report):
        seen.append(
            (report.seconds, report.objective, report.bound, report.plans_found, report.plan)
        )
        if report.plans_found >= 2:  # the greedy's plan, then CP-SAT's first: stop now
            cancel.set()

    params = SolveParams(wall_limit_s=120, time_limit_s=60, reproducible=False)
    result = solve_checked(project, params=params, on_progress=on_progress, cancel=cancel)
    assert result.status is SolveStatus.CANCELLED
    assert result.times.total < params.time_limit_s  # it did not run to the limit
    assert result.objective >= result.greedy_objective
    plans = [s for s in seen if s[4] is not None]
    assert plans[0][3] == 1 and plans[0][4].stands  # the greedy's plan came first


def test_cancel_set_from_another_thread_stops_the_search():
    """No solver thread outlives the result either: the LP bound and the bound search ran on
    past it, and a process that then exited while CP-SAT still ran on one aborted ("terminate
    called without an active exception", 2 of 4 benchmark runs)."""
    project = generate_project(120, 144, 1, seed=5)
    cancel = threading.Event()
    timer = threading.Timer(1.0, cancel.set)
    timer.start()
    try:
        result = solve(
            build_problem(project), SolveParams(wall_limit_s=120, time_limit_s=60), cancel=cancel
        )
    finally:
        timer.cancel()
    assert result.status is SolveStatus.CANCELLED
    assert result.times.total < 60
    assert result.plan is not None
    assert not [t.name for t in threading.enumerate() if t.name.startswith("solver-")]


def test_a_re_solve_cancelled_before_its_frontier_stops_the_frontiers_lps(monkeypatch):
    """The frontier's LPs start beside the quality phase; cancelled there, the frontier
    never runs, and the result must still stop their thread."""
    import solver.run.resolve as resolve
    from benchmarks.changes import APPLY
    from solver.api import to_plan
    from solver.greedy import greedy
    from solver.indexing import build_instance

    project = generate_project(60, 72, 1, seed=5)
    fresh = build_instance(build_problem(project, fresh=True))
    published = to_plan(fresh, greedy(fresh))
    project.set_plan(published)
    project.set_baseline(published)
    APPLY["bigger_stand"](project)
    cancel = threading.Event()
    started = []

    def start_then_cancel(*args, **kwargs):
        lps = resolve_lps(*args, **kwargs)
        started.append(lps)
        cancel.set()
        return lps

    resolve_lps = resolve.frontier_lps
    monkeypatch.setattr(resolve, "frontier_lps", start_then_cancel)
    result = solve(build_problem(project), SolveParams(time_limit_s=30), cancel=cancel)
    assert result.status is SolveStatus.CANCELLED and not result.frontier
    assert started and started[0] is not None
    assert not [t.name for t in threading.enumerate() if t.name.startswith("solver-")]


@pytest.mark.parametrize("windows_above", [10_000, 100])  # one model / window by window
def test_the_reproducible_profile_gives_the_same_plan_twice(windows_above):
    project = generate_project(40, 48, 1, seed=7)
    params = SolveParams(wall_limit_s=120, time_limit_s=0.5, seed=11, windows_above=windows_above)
    first = solve(build_problem(project), params)
    second = solve(build_problem(project), params)
    assert first.status.has_plan
    assert dict(first.stands) == dict(second.stands)
    assert first.objective == second.objective


_SCRIPT = """
import json, sys
from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver import SolveParams, solve
project = generate_project(40, 48, 2, seed=8)
result = solve(build_problem(project), SolveParams(wall_limit_s=120, time_limit_s=0.5, seed=3))
print(json.dumps(dict(result.stands), sort_keys=True))
"""


def test_the_same_plan_in_separate_processes_with_different_string_hashing():
    import subprocess
    import sys

    plans = []
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            capture_output=True,
            text=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": hash_seed},
            check=True,
        )
        plans.append(done.stdout)
    assert plans[0] == plans[1] and plans[0].strip() not in ("", "{}")


class _FlipsAfter:
    """A cancel flag that turns true after it has been asked `calls` times."""

    def __init__(self, calls: int) -> None:
        self.calls = calls

    def is_set(self) -> bool:
        self.calls -= 1
        return self.calls < 0


def test_a_cancel_while_the_model_is_built_returns_the_first_plan():
    project = generate_project(60, 72, 1, seed=6)
    result = solve_checked(
        project, params=SolveParams(wall_limit_s=120, time_limit_s=30), cancel=_FlipsAfter(1)
    )
    assert result.status is SolveStatus.CANCELLED
    assert len(result.stands) == 60


def test_large_instances_are_improved_window_by_window():
    project = generate_project(60, 72, 1, seed=9)
    params = SolveParams(
        wall_limit_s=120, time_limit_s=1.0, windows_above=100
    )  # force the window search
    result = solve_checked(project, params=params)
    assert result.stats["windows"] >= 1
    assert result.objective >= result.greedy_objective
    assert result.bound_scope == "full" and result.bound >= result.objective
