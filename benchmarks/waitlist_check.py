"""An independent check of the solver's waitlist claims: the smallest tier-weighted waitlist.

A plain CP-SAT model written here, not with `solver.model`, `solver.constraints` or
`solver.objective`: one Boolean per (exhibitor, candidate placement), each booth in at most
one stand, fixed stands kept, competitors never on touching placements across an 'apart'
edge, minimise Σ waitlist cost of the unplaced. It shares only the indexed instance (the
candidate placements) with the solver. `minimum_waitlist(problem)` returns (cost, proven,
seconds); the benchmarks compare the solver's waitlist with it.

Run alone: `python -m benchmarks.waitlist_check PROJECT [--seconds S]`.
"""

from __future__ import annotations

import argparse
import time
from itertools import product

from ortools.sat.python import cp_model

from qods_planner.files import load_project
from qods_planner.snapshot import Problem, build_problem
from solver.greedy import greedy
from solver.instance import build_instance


def minimum_waitlist(problem: Problem, seconds: float = 60.0) -> tuple[int | None, bool, float]:
    """(smallest waitlist cost found — None when no plan was found in time —, whether it is
    proven, wall seconds)."""
    start = time.perf_counter()
    inst = build_instance(problem)
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    at: dict[int, list[tuple[int, int]]] = {}  # booth -> (exhibitor, placement) on it
    by_e: dict[int, list[int]] = {}
    for e in range(inst.n_ex):
        fixed = inst.fixed[e]
        cands = [int(p) for p in inst.cands[e]] if fixed is None else [fixed]
        for p in (p for p in cands if p >= 0):
            x[e, p] = model.new_bool_var(f"x{e}_{p}")
            by_e.setdefault(e, []).append(p)
            for b in inst.p_booths[p]:
                at.setdefault(b, []).append((e, p))
        model.add_at_most_one(x[e, p] for p in by_e.get(e, []))
        if fixed is not None and fixed >= 0:
            model.add(x[e, fixed] == 1)
    for pairs in at.values():
        model.add_at_most_one(x[k] for k in pairs)
    for e, comps in enumerate(inst.competitors):
        for c in comps:
            if c <= e:
                continue
            for p, q in product(by_e.get(e, []), by_e.get(c, [])):
                if _touch_apart(inst, p, q):
                    model.add_bool_or([x[e, p].Not(), x[c, q].Not()])
    placed = {e: sum(x[e, p] for p in ps) for e, ps in by_e.items()}
    model.minimize(
        sum(int(inst.wcost[e]) * (1 - placed[e]) for e in placed)
        + sum(int(inst.wcost[e]) for e in range(inst.n_ex) if e not in placed)
    )
    start_plan = greedy(inst)  # a hint, so that a plan comes even when the proof does not
    for (e, p), var in x.items():
        model.add_hint(var, int(start_plan[e] == p))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = seconds
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, False, time.perf_counter() - start
    cost = int(round(solver.objective_value))
    return cost, status == cp_model.OPTIMAL, time.perf_counter() - start


def _touch_apart(inst, p: int, q: int) -> bool:
    other = set(inst.p_booths[q])
    return any(n in other and apart for b in inst.p_booths[p] for n, _f, apart in inst.nbrs[b])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    problem = build_problem(load_project(args.project), fresh=True)
    cost, proven, seconds = minimum_waitlist(problem, args.seconds)
    print(f"minimum waitlist cost {cost} ({'proven' if proven else 'not proven'}, {seconds:.1f} s)")


if __name__ == "__main__":
    main()
