"""The integer optimum of the fewest waitlist and moves (solver/integer_bound.py, SCIP over the
hard rules' rows) is the brute-force best on tiny re-solves, and a re-solve whose relaxation
leaves that minimum open proves it with it."""

from __future__ import annotations

from helpers.builders import TinyProject
from helpers.solving import solve_checked
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_waitlist_first import blocked_re_solve, brute_force, tight_rows

import solver.run.resolve as resolve
from qods_planner.snapshot import build_problem
from qods_planner.validation import score
from solver.built_model import build_model
from solver.indexing import build_instance
from solver.integer_bound import integer_optimum
from solver.waitlist import waitlist_step


@settings(
    max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(tight_rows(), st.integers(0, 99))
def test_the_integer_optimum_is_the_best_plans_waitlist_and_moves(project, pick):
    reference = blocked_re_solve(project, pick)
    inst = build_instance(build_problem(project, reference=reference, keep_confirmed=False))
    hard = build_model(inst, soft=False, confirmed="hard", record_rows=True)
    exact = integer_optimum(hard, hard.objective.dominant(), 10.0)
    _minimum, plans = brute_force(project)
    terms = [score(project, p, reference).breakdown for p in plans]
    assert exact == max(t["waitlist"] + t["moves"] for t in terms)
    least = integer_optimum(hard, hard.objective.waitlist_less_moves(0), 10.0)
    assert least == max(t["waitlist"] for t in terms)


def _six_for_four():
    """Six exhibitors of 9 m² for a row of four booths, published, one held booth blocked:
    three wait, whatever moves."""
    tiny = TinyProject()
    tiny.row("A", 4, x=0, y=0)
    for i in range(6):
        tiny.exhibitor(f"e{i}", sector=("auto", "food")[i % 2], m2=9, max_m2=9)
    project = tiny.project
    return project, blocked_re_solve(project, 0)


def test_a_re_solve_the_relaxation_leaves_open_is_proven_by_the_integer_optimum(monkeypatch):
    """The relaxation's bound is made a waitlist step looser than it is: the integer optimum
    must bring it back to the plan's and prove the fewest moves."""
    project, reference = _six_for_four()
    real = resolve.relax_dominant

    def looser(hard, *args, **kwargs):
        bound, share, done = real(hard, *args, **kwargs)
        return bound + waitlist_step(hard.objective.inst), share, done

    monkeypatch.setattr(resolve, "relax_dominant", looser)
    result = solve_checked(project, reference=reference, keep_confirmed=False)
    terms = dict(result.breakdown)
    assert result.stats.get("moves_from_integer") == 1
    assert result.stats["moves_relaxation"] == terms["waitlist"] + terms["moves"]
    assert result.moves_proven_minimal


def test_the_least_waitlist_line_comes_from_the_integer_optimum_when_the_lp_leaves_it_open(
    monkeypatch,
):
    """The frontier's least-waitlist line from the LP is made a step looser than it is: the
    integer optimum's line must join it, at the least waitlist any plan has."""
    project, reference = _six_for_four()
    real_line, real_lines = resolve.waitlist_line, resolve._waitlist_lines

    def looser(hard, weight, seconds):
        line = real_line(hard, weight, seconds)
        return None if line is None else (line[0], line[1] + waitlist_step(hard.objective.inst))

    seen = []

    def lines(*args):
        seen.append(real_lines(*args))
        return seen[-1]

    monkeypatch.setattr(resolve, "waitlist_line", looser)
    monkeypatch.setattr(resolve, "_waitlist_lines", lines)
    solve_checked(project, reference=reference, keep_confirmed=False)
    _minimum, plans = brute_force(project)
    least = max(score(project, p, reference).breakdown["waitlist"] for p in plans)
    assert seen and (0, least) in seen[0]
