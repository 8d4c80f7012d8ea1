"""The hard rules' relaxation solved as an integer program (SCIP), for where its LP optimum is
fractional: on the sold-out 200-exhibitor venue the LP left the fewest waitlist and moves one
step open after a withdrawal and a priority upgrade, CP-SAT's bound stayed far off after 30 s,
and SCIP proved them in 0.8–0.9 s; the least waitlist after the priority upgrade (65,000 by
the LP, 70,000 the plan's) in 1.3 s (measured: benchmarks/analysis-resolve.md)."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from ortools.linear_solver import pywraplp  # type: ignore[attr-defined]

from .built_model import BuiltModel
from .lp_bound import LinearRelaxation

# The bound of a problem proven to have no integer point: below every score.
NO_POINT = -(1 << 62)
# Measured: 0.8–0.9 s at 15,000 candidate pairs, 10 s at 77,000 (a 439-exhibitor venue).
INTEGER_MAX_PAIRS = 20_000


def integer_optimum(
    hard: BuiltModel, objective: tuple[Sequence[int], Sequence[int], int], seconds: float
) -> int | None:
    """The optimum of `objective` (variables, points, constant; maximised) over the integer
    points of `hard`'s recorded rows, rounded down, or None unless SCIP proves it within
    `seconds`. The rows are every hard rule without enforcement literals, so the value bounds
    every valid plan's. SCIP is deterministic and only a finished search counts, so the value
    never follows the machine's load; whether it finishes in time can, as with the waitlist
    lines' LPs."""
    found = integer_solution(hard, objective, seconds)
    return None if found is None else found[0]


def integer_solution(
    hard: BuiltModel, objective: tuple[Sequence[int], Sequence[int], int], seconds: float
) -> tuple[int, np.ndarray] | None:
    """`integer_optimum` and the assignment of its solution (`hard.v.extract`; a plan the
    caller must check, as the rows leave out the rules with enforcement literals)."""
    found = solve_integer(LinearRelaxation(hard.pm, *objective), seconds)
    if found is None or not found.optimal:
        return None
    return found.bound, hard.v.extract(found.values)


@dataclass(frozen=True)
class IntegerSolve:
    """What SCIP ended with: `bound` rounded down (valid however the search ended, a stop
    included), the values of its best solution, and whether it finished (`optimal`)."""

    bound: int
    values: np.ndarray
    optimal: bool
    infeasible: bool = False  # SCIP proved there is no integer point (`values` then empty)


def solve_integer(
    relaxation: LinearRelaxation,
    seconds: float,
    *,
    exact: bool = False,
    box: list | None = None,
    stopped: threading.Event | None = None,
    report_infeasible: bool = False,
) -> IntegerSolve | None:
    """`relaxation`'s rows and objective with every variable integer, solved by SCIP within
    `seconds`; None without SCIP, time or a solution. `exact`: no relative gap (SCIP's default
    1e-4 may end a search a few points short of the optimum; the bound stays valid either
    way). `box` receives the solver, for a caller on another thread to interrupt; a caller
    that sets `stopped` first and then interrupts what `box` holds always stops the search.
    `report_infeasible`: a proof that there is no integer point is returned as such (else
    None, as for no solution in time)."""
    if seconds <= 0:
        return None
    proto = relaxation.model_proto()
    for variable in proto.variable:
        variable.is_integer = True
    solver = pywraplp.Solver.CreateSolver("SCIP")
    if solver is None or solver.LoadModelFromProto(proto):  # no SCIP, or an error message
        return None
    solver.SetTimeLimit(max(1, int(seconds * 1000)))
    parameters = pywraplp.MPSolverParameters()
    if exact:
        parameters.SetDoubleParam(parameters.RELATIVE_MIP_GAP, 0.0)
    if box is not None:
        box.append(solver)
    if stopped is not None and stopped.is_set():
        return None
    status = solver.Solve(parameters)
    if report_infeasible and status == pywraplp.Solver.INFEASIBLE:
        return IntegerSolve(NO_POINT, np.zeros(0, dtype=np.int64), True, infeasible=True)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return None
    values = np.rint([v.solution_value() for v in solver.variables()]).astype(np.int64)
    bound = math.floor(solver.Objective().BestBound() + relaxation.constant + 1e-6)
    return IntegerSolve(bound, values, status == pywraplp.Solver.OPTIMAL)
