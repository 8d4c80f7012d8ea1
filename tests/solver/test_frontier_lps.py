"""The movers' LPs (solver/movers_lp.py), started beside the quality phase, reach the frontier:
they bring its points' bounds down where the searches prove nothing, and change no plan."""

from __future__ import annotations

from helpers.stored_re_solve import stored_re_solve

import solver.run.resolve as resolve
from qods_planner.snapshot import build_problem
from solver import SolveParams, solve


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
