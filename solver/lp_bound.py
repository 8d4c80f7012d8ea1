"""An upper bound on the score from the LP relaxation of the model, valid for any duals.

CP-SAT's own LP does not finish within a minute from 200 exhibitors on (docs/benchmarks.md),
so its bound stays at the counting bound. PDLP, OR-Tools' first-order LP solver, solves the
same relaxation in seconds, and its duals give the bound by weak duality: for any multipliers
y on the rows lo ≤ A·x ≤ hi and 0 ≤ x ≤ 1,

    score ≤ const + Σᵢ (yᵢ·hiᵢ if yᵢ > 0 else yᵢ·loᵢ) + Σⱼ max(0, gⱼ − (Aᵀy)ⱼ).

The bound is recomputed here from the duals in exact-enough float arithmetic, so it is valid
however loosely PDLP converged, or if it stopped at its time limit (a poorer y only gives a
higher bound). Rows with enforcement literals are left out, which only relaxes further.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import numpy as np
from ortools.linear_solver import pywraplp

from .variables import ProtoModel

PDLP_PARAMETERS = (
    "num_threads: 1 verbosity_level: 0 termination_criteria { simple_optimality_criteria "
    "{ eps_optimal_relative: 1e-5 eps_optimal_absolute: 1e-5 } }"
)


class LinearRelaxation:
    """The rows and objective of a model, as arrays. Reads only the recorded rows, never the
    proto, so it may be built on another thread while CP-SAT uses the model."""

    def __init__(self, pm: ProtoModel, variables, points, constant: int) -> None:
        if pm.rows is None:
            raise ValueError("the model was built without record_rows")
        self.n = pm.n_vars
        self.upper = np.ones(self.n)
        self.lower = np.zeros(self.n)
        for i, (lo, hi) in pm.int_domains.items():
            self.lower[i], self.upper[i] = lo, hi
        rows = pm.rows
        self.row_of = np.repeat(np.arange(len(rows)), np.array(rows.sizes, dtype=np.int64))
        self.cols = np.array(rows.cols, dtype=np.int64)
        self.coeffs = np.array(rows.coeffs, dtype=np.float64)
        self.lo = np.array(rows.lo, dtype=np.float64)
        self.hi = np.array(rows.hi, dtype=np.float64)
        self.gain = np.zeros(self.n)
        np.add.at(self.gain, np.asarray(variables, dtype=np.int64), points)
        self.constant = constant

    @classmethod
    def from_arrays(
        cls, n: int, rows, cols, coeffs, lo, hi, gain: np.ndarray, constant: int
    ) -> LinearRelaxation:
        """A relaxation over `n` variables in [0, 1] given as entries (row, column, coefficient)
        and row sides `lo` ≤ A·x ≤ `hi` (±inf for none), maximising `gain`·x + `constant`."""
        self = cls.__new__(cls)
        self.n = n
        self.lower, self.upper = np.zeros(n), np.ones(n)
        self.row_of = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.coeffs = np.asarray(coeffs, dtype=np.float64)
        self.lo = np.asarray(lo, dtype=np.float64)
        self.hi = np.asarray(hi, dtype=np.float64)
        self.gain = np.asarray(gain, dtype=np.float64)
        self.constant = constant
        return self

    def bound(self, duals: np.ndarray) -> int:
        """The weak-duality bound for multipliers `duals` (any values; infinite sides are
        given multiplier 0), rounded down to the integer scores can reach."""
        y = np.where(
            duals > 0,
            np.where(np.isfinite(self.hi), duals, 0.0),
            np.where(np.isfinite(self.lo), duals, 0.0),
        )
        rows = np.where(y > 0, y * np.where(np.isfinite(self.hi), self.hi, 0.0), 0.0)
        rows += np.where(y < 0, y * np.where(np.isfinite(self.lo), self.lo, 0.0), 0.0)
        reduced = self.gain - np.bincount(
            self.cols, weights=self.coeffs * y[self.row_of], minlength=self.n
        )
        best = np.maximum(reduced * self.upper, reduced * self.lower)
        value = self.constant + float(rows.sum()) + float(best.sum())
        return math.floor(value + 1e-6)

    def solve_duals(self, seconds: float, stopped: threading.Event | None = None, box=None):
        """PDLP's duals of the relaxation within `seconds` (zeros if it gives none, or if
        `stopped` is set before PDLP starts). `box` receives the solver so that another
        thread can interrupt it."""
        solver = pywraplp.Solver.CreateSolver("PDLP")
        solver.SetSolverSpecificParametersAsString(PDLP_PARAMETERS)
        solver.SetTimeLimit(max(1, int(seconds * 1000)))
        nothing = np.zeros(len(self.lo))
        built = self._fill(solver, stopped)
        if built is None:
            return nothing
        if box is not None:
            box.append(solver)
        if stopped is not None and stopped.is_set():
            return nothing
        status = solver.Solve()
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return nothing
        return np.array([c.dual_value() for c in built[1]], dtype=np.float64)

    def solve_exact(self, seconds: float) -> tuple[np.ndarray, np.ndarray, bool]:
        """GLOP's (dual simplex) solution of the relaxation within `seconds`: the values,
        the duals and whether it finished (zeros when it gave none). A vertex, so nearly
        integral where the rows are. Sets `infeasible` when GLOP proves there is none."""
        solver = pywraplp.Solver.CreateSolver("GLOP")
        solver.SetTimeLimit(max(1, int(seconds * 1000)))
        built = self._fill(solver)
        assert built is not None  # only a stop flag ends the filling early
        xs, rows = built
        status = solver.Solve()
        # No fractional plan at all: no plan either (proof of infeasibility for the caller).
        self.infeasible = status == pywraplp.Solver.INFEASIBLE
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return np.zeros(self.n), np.zeros(len(rows)), False
        values = np.array([x.solution_value() for x in xs], dtype=np.float64)
        duals = np.array([r.dual_value() for r in rows], dtype=np.float64)
        return values, duals, status == pywraplp.Solver.OPTIMAL

    def _fill(self, solver, stopped: threading.Event | None = None):
        """Write the variables, objective and rows into `solver`: (variables, rows), or None
        when `stopped` was set meanwhile."""

        def asked_to_stop(k: int) -> bool:
            # Building holds the GIL call by call; a stop must not wait for all of it.
            return k % 4096 == 0 and stopped is not None and stopped.is_set()

        xs = []
        for k, (lo, hi) in enumerate(zip(self.lower.tolist(), self.upper.tolist(), strict=True)):
            if asked_to_stop(k):
                return None
            xs.append(solver.NumVar(lo, hi, ""))
        objective = solver.Objective()
        for j in np.nonzero(self.gain)[0].tolist():
            objective.SetCoefficient(xs[j], float(self.gain[j]))
        objective.SetMaximization()
        inf = solver.infinity()
        constraints = []
        for k, (lo, hi) in enumerate(zip(self.lo.tolist(), self.hi.tolist(), strict=True)):
            if asked_to_stop(k):
                return None
            constraints.append(solver.Constraint(max(lo, -inf), min(hi, inf)))
        entries = zip(self.row_of.tolist(), self.cols.tolist(), self.coeffs.tolist(), strict=True)
        for k, (i, j, c) in enumerate(entries):
            if asked_to_stop(k):
                return None
            constraints[i].SetCoefficient(xs[j], c)
        return xs, constraints


class LpBound:
    """Computes the LP bound on a thread while the search goes on (PDLP releases the GIL).
    `relaxation` is built on that thread too when given as a callable, so that a cancel
    during its construction is not kept waiting. `exact`: GLOP's dual simplex instead of
    PDLP, for LPs small enough to solve exactly (not interrupted: its time limit holds)."""

    def __init__(
        self,
        relaxation: LinearRelaxation | Callable[[], LinearRelaxation],
        seconds: float,
        *,
        exact: bool = False,
    ) -> None:
        self.relaxation = relaxation
        self.exact = exact
        self.value: int | None = None
        self.deadline = time.perf_counter() + seconds + 1.0  # PDLP's limit, and building it
        self._solver: list = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(seconds,), name="solver-lp-bound", daemon=True
        )
        self._thread.start()

    def _run(self, seconds: float) -> None:
        relaxation = self.relaxation
        if callable(relaxation):
            relaxation = relaxation()
        if self._stopped.is_set():
            return
        if self.exact:
            _values, duals, _optimal = relaxation.solve_exact(seconds)
        else:
            duals = relaxation.solve_duals(seconds, self._stopped, box=self._solver)
        if not self._stopped.is_set():
            self.value = relaxation.bound(duals)

    def result(self, wait_s: float) -> int | None:
        """The bound, waiting at most `wait_s` seconds; None (and PDLP interrupted) if late."""
        self._thread.join(max(0.0, wait_s))
        if self._thread.is_alive():
            self.stop()
        return self.value

    def stop(self) -> None:
        self._stopped.set()
        for solver in self._solver:
            solver.InterruptSolve()
