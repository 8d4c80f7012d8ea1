"""The CP-SAT model against the validator, the specification: its objective on any valid plan
is the validator's score, and its own plans break no hard rule. (docs/solver.md: a broken
model must fail here, not hide behind the greedy's or the annealer's plan.)"""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest
from helpers.builders import TinyProject
from helpers.solving import solve_checked
from ortools.sat.python import cp_model

from qods_planner.generate import SHAPES, generate_project, generate_tight
from qods_planner.model import Plan
from qods_planner.snapshot import build_problem
from qods_planner.validation import check, score
from solver import SolveParams
from solver.api import to_plan
from solver.built_model import build_model
from solver.evaluate import is_valid
from solver.greedy import greedy
from solver.indexing import build_instance
from solver.params import cp_parameters


def cp_sat_objective(bm, assign: np.ndarray) -> int:
    """The best objective CP-SAT finds on a copy of the model with every placement fixed to
    `assign`: the value of its soft-rule links where they lie free."""
    bm.use_objective("full")
    model = bm.pm.model.clone()
    values = bm.v.values(assign)
    fixed = [*range(bm.v.x0, bm.v.x0 + bm.v.n_x), *bm.v.wait.values()]
    for var in fixed:
        model.add(model.get_bool_var_from_proto_index(var) == int(values[var]))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def random_valid_plans(inst, rng: random.Random, count: int) -> list[np.ndarray]:
    """Valid assignments: exhibitors in a random order each take a random candidate that keeps
    the plan valid, or wait."""
    plans = []
    for _ in range(count):
        assign = np.full(inst.n_ex, -1, dtype=np.int64)
        for e, p in enumerate(inst.fixed):
            if p is not None:
                assign[e] = p
        for e in rng.sample(range(inst.n_ex), inst.n_ex):
            if inst.fixed[e] is not None or rng.random() < 0.1:
                continue
            for p in rng.sample(inst.cands[e].tolist(), len(inst.cands[e])):
                assign[e] = p
                if is_valid(inst, assign):
                    break
                assign[e] = -1
        plans.append(assign)
    return plans


PROJECTS = {
    "generated": lambda: generate_project(40, 46, 1, seed=7),
    "tight-clique": lambda: generate_tight(40, 40, 1, 5, SHAPES["clique"]),
    "tight-odd": lambda: generate_tight(40, 40, 1, 6, SHAPES["odd"]),
}


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_the_model_objective_on_random_valid_plans_is_the_validators_score(name):
    project = PROJECTS[name]()
    problem = build_problem(project, fresh=True)
    inst = build_instance(problem)
    bm = build_model(inst)
    rng = random.Random(name)
    plans = [greedy(inst), *random_valid_plans(inst, rng, 12)]
    for assign in plans:
        plan = to_plan(inst, assign)
        assert check(project, plan).ok
        assert cp_sat_objective(bm, assign) == score(project, plan).total


def test_cp_sat_alone_keeps_competitors_apart():
    """Two rows facing each other, all one sector, every exhibitor the competitor of every
    other: the same-sector reward pulls them together; only the hard rule keeps them apart."""
    tiny = TinyProject()
    tiny.row("A", 4, x=0, y=0)
    tiny.row("B", 4, x=0, y=600)
    ids = [f"e{i}" for i in range(4)]
    for eid in ids:
        tiny.exhibitor(eid, m2=9, max_m2=9, competitors=tuple(i for i in ids if i != eid))
    inst = build_instance(build_problem(tiny.project, fresh=True))
    bm = build_model(inst)
    bm.use_objective("full")
    solver = cp_parameters(SolveParams(time_limit_s=5.0, workers=1), 5.0)
    solver.solve(bm.pm.model)
    assign = bm.v.extract(np.asarray(solver.response_proto.solution, dtype=np.int64))
    assert check(tiny.project, to_plan(inst, assign)).ok
    assert (assign >= 0).sum() >= 3  # apart is possible for most of them


def test_a_solve_that_leans_on_cp_sat_discards_no_plan():
    """Without the annealer CP-SAT's plans are the ones returned; `solve_checked` asserts none
    was discarded for breaking a hard rule."""
    project = generate_tight(40, 40, 1, 8, SHAPES["mixed"])
    params = SolveParams(wall_limit_s=120, time_limit_s=2.0, anneal_share=0.0, explain=False)
    result = solve_checked(project, fresh=True, params=params)
    assert result.plan is not None and isinstance(result.plan, Plan)
    params = replace(params, windows_above=100, anneal_share_windows=0.0)
    solve_checked(project, fresh=True, params=params)
