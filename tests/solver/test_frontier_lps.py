"""The movers' LPs (solver/movers_lp.py), started beside the quality phase, reach the frontier:
they bring its points' bounds down where the searches prove nothing, and change no plan."""

from __future__ import annotations

import threading

from helpers.stored_re_solve import stored_re_solve

import solver.run.resolve as resolve
from qods_planner.snapshot import build_problem
from solver import SolveParams, solve
from solver.frontier import usable_lines
from solver.lp_bound import LpBounds, WarmGlop
from solver.movers_lp import cap_relaxation, cap_rows_relaxation


def test_the_movers_lps_lower_the_frontiers_bounds_and_change_no_plan(monkeypatch):
    project = stored_re_solve("gen-0050-s1", "late_registration")
    # The points' searches get a hundredth of a deterministic second: their bounds stay weak
    # and the same run after run, where with a second each the wall clock decided how far
    # CP-SAT's bounds came down (measured: 900 or 944 at m + 4 on the same input).
    params = SolveParams(time_limit_s=10, reproducible=True, frontier_point_s=0.01)
    with_lps = solve(build_problem(project), params)
    monkeypatch.setattr(resolve, "frontier_lps", lambda *args, **kwargs: None)
    without = solve(build_problem(project), params)
    assert len(with_lps.frontier) == len(without.frontier) == 6
    assert [p.score for p in with_lps.frontier] == [p.score for p in without.frontier]
    pairs = list(zip(with_lps.frontier, without.frontier, strict=True))
    assert all(a.bound is not None and a.score <= a.bound for a, _b in pairs)
    assert all(b.bound is None or a.bound <= b.bound for a, b in pairs)
    assert sum(b.bound is None or a.bound < b.bound for a, b in pairs) >= 4


def _lps(project, monkeypatch):
    """The frontier's LPs of `project`'s re-solve, as the re-solve starts them."""
    seen: dict = {}
    real = resolve.frontier_lps

    def spy(inst, best, **kwargs):
        seen.update(inst=inst, best=best, **kwargs)
        return None

    monkeypatch.setattr(resolve, "frontier_lps", spy)
    solve(build_problem(project), SolveParams(time_limit_s=5, frontier_point_s=0.01))
    inst, best = seen.pop("inst"), seen.pop("best")
    return inst, best, seen, real


def test_the_tighter_caps_from_the_loosest_caps_basis_bound_as_their_own_lps(monkeypatch):
    """m + K − 1 … m + 2 are solved from m + K's basis with the cap lowered: each bound holds
    between its own LP's and the loosest's (the looser cap's candidates stay in)."""
    project = stored_re_solve("gen-0050-s1", "late_registration")
    inst, best, kwargs, frontier_lps = _lps(project, monkeypatch)
    lps = frontier_lps(inst, best, **{**kwargs, "seconds": 60})
    values = lps.lps.results(60)
    assert None not in values
    m, loosest = lps.caps[0], lps.caps[1]
    assert lps.caps == [m, loosest, m + 1, loosest, *range(loosest - 1, m + 1, -1)]
    at = dict(zip(lps.caps[3:], values[3:], strict=True))
    lines = usable_lines(inst, best, kwargs["waitlist_lines"])
    for cap in range(m + 2, loosest):
        own = cap_relaxation(kwargs["cap_bound"], inst, cap, waitlist_lines=lines)
        own_value = own.bound(own.solve_exact(30)[1])
        assert own_value <= at[cap] <= at[cap + 1], (cap, own_value, at)
        # here as tight as its own LP (the bound from the loosest LP's duals with the cap
        # lowered but GLOP not solving again is one point above at m + 2)
        assert at[cap] == own_value, (cap, own_value, at)
    assert at[m + 2] < at[loosest]  # the cap row binds


def test_a_stop_interrupts_the_solver_a_step_is_running():
    """`LpBounds.stop` interrupts what a step put in the box (pywraplp's spelling)."""
    interrupted, started = threading.Event(), threading.Event()

    class Glop:  # stands in for a pywraplp solver
        def InterruptSolve(self) -> bool:  # noqa: N802 (pywraplp's name)
            interrupted.set()
            return True

    def step(left, box, stopped):
        box.append(Glop())
        started.set()
        interrupted.wait(10)
        return None

    lps = LpBounds([step], 30)
    assert started.wait(10)
    lps.stop()
    lps.join(5.0)
    assert interrupted.is_set() and not lps._thread.is_alive()


def test_the_warm_lp_is_in_the_box_before_it_looks_for_a_stop(monkeypatch):
    """A stop that came during the build is seen, and the solver is where a later stop finds
    it."""
    project = stored_re_solve("gen-0050-s1", "late_registration")
    inst, best, kwargs, _frontier_lps = _lps(project, monkeypatch)
    lines = usable_lines(inst, best, kwargs["waitlist_lines"])

    def build():
        relaxation, rows = cap_rows_relaxation(kwargs["cap_bound"], inst, 8, waitlist_lines=lines)
        return relaxation, rows.sides

    warm, box, stopped = WarmGlop(build), [], threading.Event()
    stopped.set()
    assert warm.step(7)(30, box, stopped) is None
    assert box == [warm.solver] and warm.solver is not None
    assert warm.step(7)(30, [], threading.Event()) is not None  # not stopped: a bound
