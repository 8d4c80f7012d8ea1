"""The small exact search around a rounding: `kept_around` keeps everyone outside the
neighbourhood where the plan has them and leaves each free exhibitor exactly the stands that
stay valid beside them; the search stops at a plan that reaches the relaxation's bound."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model
from test_column_generation import late_batch  # noqa: F401  (a fixture)
from test_waitlist_first import tight_rows

from qods_planner.snapshot import build_problem
from solver.evaluate import is_valid
from solver.greedy import greedy
from solver.indexing import build_instance
from solver.neighbourhood import kept_around
from solver.progress import SolutionCallback, Tracker


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(tight_rows(), st.sets(st.integers(0, 5)))
def test_free_exhibitors_keep_exactly_the_stands_valid_beside_the_others(project, chosen):
    inst = build_instance(build_problem(project, fresh=True))
    plan = greedy(inst)
    free = sorted(e for e in chosen if e < inst.n_ex)
    small = kept_around(inst, plan, free)
    for e in range(inst.n_ex):
        if e in free or plan[e] < 0:
            # The validator decides, with everyone else kept and the other free ones away.
            alone = np.where([x in free or plan[x] < 0 for x in range(inst.n_ex)], -1, plan)
            valid = []
            for p in inst.cands[e].tolist():
                alone[e] = p
                if is_valid(inst, alone, confirmed=False):
                    valid.append(p)
            alone[e] = -1
            assert small.cands[e].tolist() == valid
        else:
            assert small.cands[e].tolist() == [int(plan[e])]
        assert len(small.cgain[e]) == len(small.cands[e])
    assert is_valid(small, plan)  # the plan itself stays possible: the search's hint


def test_a_search_stops_at_a_plan_that_is_enough():
    """The largest set of sixty items without a clashing pair, searched from the empty set:
    stopped at the first plan that is enough, it is not proven best, where left alone it
    is and finds a larger one."""
    rng = np.random.default_rng(7)
    model = cp_model.CpModel()
    xs = [model.new_bool_var(f"x{i}") for i in range(60)]
    for i in range(60):
        for j in range(i + 1, 60):
            if rng.random() < 0.1:
                model.add_bool_or([xs[i].Not(), xs[j].Not()])
    model.maximize(sum(xs))
    for x in xs:
        model.add_hint(x, 0)

    def run(enough):
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        tracker = Tracker(None, lambda a: a)
        callback = SolutionCallback(tracker, lambda s: s[:60], lambda a: int(a.sum()), None, enough)
        return solver.solve(model, callback), callback

    status, callback = run(lambda a: True)
    assert status == cp_model.FEASIBLE
    stopped = callback.best_score
    status, callback = run(None)
    assert status == cp_model.OPTIMAL and callback.best_score > stopped


def test_a_search_stopped_because_it_had_enough_is_no_stop_by_the_clock(late_batch):  # noqa: F811
    """The run's status must not say "time limit" for a search that ended on what it knew."""
    from solver import SolveParams
    from solver.progress import Tracker
    from solver.run.phase import run_phase
    from solver.run.state import Clock, Run

    inst, hard, plan = late_batch
    params = SolveParams(time_limit_s=10.0)
    run = Run(inst, params, Tracker(None, lambda a: None), None, Clock(params.wall_s))
    phase = run_phase(run, hard, "dominant", plan, 5.0, worker="waitlist", enough=lambda a: True)
    assert phase.status == cp_model.FEASIBLE and phase.assign is not None
    assert not run.clock_stop
