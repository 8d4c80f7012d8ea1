"""A model's copy (`BuiltModel.copy`, the frontier's model taken before the quality phase
holds the waitlist and moves) is the same model, and what is added to either stays there."""

from __future__ import annotations

import numpy as np
from ortools.sat.python import cp_model

from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver.built_model import build_model
from solver.greedy import greedy
from solver.indexing import build_instance


def test_a_copy_is_the_same_model_and_changes_to_either_stay_there():
    inst = build_instance(build_problem(generate_project(12, 15, 1, seed=3), fresh=True))
    original = build_model(inst, record_rows=True)
    copy = original.copy()
    assert str(copy.pm.proto) == str(original.pm.proto) and copy.pm.rows is None
    rows, constraints = len(original.pm.rows), len(original.pm.proto.constraints)
    plan = greedy(inst)
    e = next(e for e in range(inst.n_ex) if plan[e] >= 0 and inst.fixed[e] is None)
    x = copy.v.x0 + int(np.flatnonzero((copy.v.xe == e) & (copy.v.xp == plan[e]))[0])
    copy.pm.linear([x], [1], 1, 1)  # the copy keeps e's greedy stand
    copy.use_objective("full")
    assert len(original.pm.proto.constraints) == constraints
    assert len(original.pm.rows) == rows and not original.pm.proto.has_objective()
    original.pm.linear([x], [1], 0, 0)  # the original forbids it
    assert len(copy.pm.proto.constraints) == constraints + 1
    for bm, value in ((copy, 1), (original, 0)):
        bm.hint(plan)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.max_time_in_seconds = 10
        assert solver.solve(bm.pm.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        assert np.asarray(solver.response_proto.solution)[x] == value
