"""An independent check of the smallest waitlist, in another solver: HiGHS's MIP.

The solver's waitlist bound comes from GLOP's relaxation and its plans from CP-SAT and its own
heuristics; this check shares neither model nor solver. It is a plain integer program written
here and solved by HiGHS (through scipy): one binary per (exhibitor, candidate placement),
each booth in at most one stand, each exhibitor in at most one, fixed stands kept,
competitors never on placements that touch across an 'apart' edge; minimise the tier-weighted
cost of the unplaced. It shares only the indexed instance (the candidate placements, the
booth graph and the fair order's ranks) with the solver. `minimum_waitlist(problem)` returns
(cost, proven, seconds); `placeable_waitlisted(problem, stands)` checks that the waitlist is
the lowest-ranked of its cost.

Run alone: `python -m benchmarks.waitlist_milp PROJECT [--seconds S]`.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import defaultdict

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from qods_planner.files import load_project
from qods_planner.snapshot import Problem, build_problem
from solver.indexing import build_instance


def minimum_waitlist(problem: Problem, seconds: float = 60.0) -> tuple[int | None, bool, float]:
    """(smallest waitlist cost found — None when HiGHS found no plan in time —, whether it is
    proven optimal, wall seconds)."""
    start = time.perf_counter()
    inst = build_instance(problem)
    program = _Program(inst)
    if program.n == 0:
        cost = int(inst.wcost.sum())
        return cost, True, time.perf_counter() - start
    result = milp(
        -program.weight,
        integrality=np.ones(program.n),
        bounds=Bounds(program.lower, np.ones(program.n)),
        constraints=program.constraints(),
        options={"time_limit": seconds, "disp": False},
    )
    elapsed = time.perf_counter() - start
    if result.x is None:
        return None, False, elapsed
    total = program.total
    cost = total - int(round(float(program.weight @ np.round(result.x))))
    proven = result.status == 0
    if not proven and getattr(result, "mip_dual_bound", None) is not None:
        lowest = total + math.floor(result.mip_dual_bound + 1e-6)
        proven = lowest >= cost
    return cost, proven, elapsed


def placeable_waitlisted(
    problem: Problem, stands: dict[str, tuple[str, ...]], seconds: float = 60.0
) -> dict:
    """The check of the lowest-ranked waitlist: for each exhibitor waiting in the plan
    (`stands`, exhibitor id -> booth ids) while someone ranked below it stands, whether a plan
    of no greater waitlist cost places it together with everyone placed above it (by the
    fair order). None should: such a plan would place a higher-ranked set. Returns the count
    asked, found placeable (their ids) and left undecided in `seconds` each, and the wall
    seconds."""
    start = time.perf_counter()
    inst = build_instance(problem)
    program = _Program(inst)
    placed = {inst.eidx[e] for e in stands}
    cost = int(sum(inst.wcost[e] for e in range(inst.n_ex) if e not in placed))
    order = sorted(range(inst.n_ex), key=lambda e: inst.ex[e].rank)
    last = max((at for at, e in enumerate(order) if e in placed), default=-1)
    asked, placeable, undecided = 0, [], 0
    for at, e in enumerate(order[:last]):
        if e in placed or not program.by_e.get(e):
            continue
        asked += 1
        held = [h for h in order[:at] if h in placed] + [e]
        extra = [
            LinearConstraint(program.rows_of(held), 1.0, np.inf),
            LinearConstraint(program.weight[np.newaxis, :], program.total - cost, np.inf),
        ]
        result = milp(
            np.zeros(program.n),
            integrality=np.ones(program.n),
            bounds=Bounds(program.lower, np.ones(program.n)),
            constraints=[*program.constraints(), *extra],
            options={"time_limit": seconds, "disp": False},
        )
        if result.x is not None:
            placeable.append(inst.ex[e].id)
        elif result.status != 2:  # 2: proven infeasible
            undecided += 1
    return {
        "asked": asked,
        "placeable": placeable,
        "undecided": undecided,
        "seconds": time.perf_counter() - start,
    }


class _Program:
    """The integer program's columns and rows: one binary per (exhibitor, candidate
    placement); each booth in at most one stand, each exhibitor in at most one, fixed stands
    kept, competitors never on placements that touch across an 'apart' edge."""

    def __init__(self, inst) -> None:
        pairs: list[tuple[int, int]] = []  # column -> (exhibitor, placement)
        lower: list[float] = []
        on_booth: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for e in range(inst.n_ex):
            fixed = inst.fixed[e]
            cands = [int(p) for p in inst.cands[e]] if fixed is None else [fixed]
            for p in (p for p in cands if p >= 0):
                col = len(pairs)
                pairs.append((e, p))
                lower.append(1.0 if fixed is not None else 0.0)
                for b in inst.p_booths[p]:
                    on_booth[int(b)][e].append(col)
        rows: list[list[int]] = []
        booth_rows = [sum(by_e.values(), []) for by_e in on_booth.values()]
        rows.extend(r for r in booth_rows if len(r) > 1)
        self.by_e: dict[int, list[int]] = defaultdict(list)
        for col, (e, _p) in enumerate(pairs):
            self.by_e[e].append(col)
        rows.extend(cols for cols in self.by_e.values() if len(cols) > 1)
        rows.extend([a, b] for a, b in _apart_pairs(inst, pairs, on_booth))
        self.n = len(pairs)
        self.rows = rows
        self.lower = np.array(lower)
        self.weight = np.array([float(inst.wcost[e]) for e, _p in pairs])
        self.total = int(inst.wcost.sum())

    def constraints(self) -> list[LinearConstraint]:
        """Every row at most 1."""
        return [LinearConstraint(self._matrix(self.rows), -np.inf, 1.0)] if self.rows else []

    def rows_of(self, exhibitors: list[int]):
        """One row per exhibitor: the sum of its columns (at least 1 places it)."""
        return self._matrix([self.by_e.get(e, []) for e in exhibitors])

    def _matrix(self, rows: list[list[int]]):
        data_rows = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
        data_cols = np.fromiter((c for r in rows for c in r), dtype=np.int64)
        shape = (len(rows), self.n)
        return coo_matrix((np.ones(len(data_cols)), (data_rows, data_cols)), shape=shape)


def _apart_pairs(inst, pairs, on_booth) -> set[tuple[int, int]]:
    """Column pairs (a < b) of competitors on placements touching across an 'apart' edge."""
    out: set[tuple[int, int]] = set()
    for col, (e, p) in enumerate(pairs):
        rivals = set(int(c) for c in inst.competitors[e])
        if not rivals:
            continue
        for b in inst.p_booths[p]:
            for nb, _facing, apart in inst.nbrs[int(b)]:
                if not apart:
                    continue
                for c, cols in on_booth.get(int(nb), {}).items():
                    if c in rivals:
                        out.update((min(col, o), max(col, o)) for o in cols)
    return out


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
