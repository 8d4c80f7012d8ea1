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
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

# The wheel's typed `python/` subpackage hides these generated modules from mypy.
from ortools.linear_solver import linear_solver_pb2, pywraplp  # type: ignore[attr-defined]
from ortools.linear_solver.python import model_builder_helper as mbh
from scipy import sparse

from .variables import ProtoModel

# Column generation: a column prices in when its reduced gain is above this; each round the
# best this many enter, or every one that prices in when more do (2,000 of the positive ones
# only took the 400-exhibitor late batch to its optimum in 8 rounds and 0.7 s; 500 in 9 rounds
# and 0.67 s; every positive one at once in 4 rounds and 1.2 s).
PRICE_EPS = 1e-6
PRICE_BATCH = 2000
ROUND_EPS = 1e-6
# Past this many rounds, or this share of the columns, the whole LP is solved instead.
MAX_ROUNDS = 4
ROUNDS_SHARE = 0.35  # ... or once the rounds took this share of the budget
FULL_SHARE = 0.5
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
        self._csc: sparse.csc_matrix | None = None
        self.infeasible = False
        self.glop_parameters = ""  # GLOP's own parameters, in its text format

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
        self._csc = None
        self.infeasible = False
        self.glop_parameters = ""
        return self

    def add_row(self, cols, coeffs, lo: float, hi: float) -> None:
        """One more row, `lo` ≤ Σ coeffs·x[cols] ≤ `hi`."""
        row = len(self.lo)
        self.row_of = np.concatenate([self.row_of, np.full(len(cols), row, dtype=np.int64)])
        self.cols = np.concatenate([self.cols, np.asarray(cols, dtype=np.int64)])
        self.coeffs = np.concatenate([self.coeffs, np.asarray(coeffs, dtype=np.float64)])
        self.lo = np.append(self.lo, lo)
        self.hi = np.append(self.hi, hi)
        self._csc = None

    def drop_last_row(self) -> None:
        """Undo the last `add_row` (its entries are the last ones)."""
        row = len(self.lo) - 1
        keep = len(self.row_of) - int(np.count_nonzero(self.row_of == row))
        self.row_of, self.cols, self.coeffs = (
            self.row_of[:keep],
            self.cols[:keep],
            self.coeffs[:keep],
        )
        self.lo, self.hi = self.lo[:row], self.hi[:row]
        self._csc = None

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
        reduced = self.reduced(y)
        best = np.maximum(reduced * self.upper, reduced * self.lower)
        value = self.constant + float(rows.sum()) + float(best.sum())
        return math.floor(value + 1e-6)

    def solve_duals(self, seconds: float, stopped: threading.Event | None = None, box=None):
        """PDLP's duals of the relaxation within `seconds` (zeros if it gives none, or if
        `stopped` is set before PDLP starts). `box` receives the solver so that another
        thread can interrupt it.

        PDLP runs through `pywraplp`, whose `InterruptSolve` stops it: the model builder's
        interrupt does not reach PDLP (a stop took 11.7 s at 400 exhibitors, measured). The
        model still goes over in bulk, as a model proto (0.08 s where filling it
        coefficient by coefficient took 0.38 s)."""
        nothing = np.zeros(len(self.lo))
        if stopped is not None and stopped.is_set():
            return nothing
        solver = pywraplp.Solver.CreateSolver("PDLP")
        solver.SetSolverSpecificParametersAsString(PDLP_PARAMETERS)
        solver.SetTimeLimit(max(1, int(seconds * 1000)))
        if solver.LoadModelFromProto(self.model_proto()):
            return nothing  # an error message: no model, no duals
        if box is not None:
            box.append(solver)
        if stopped is not None and stopped.is_set():
            return nothing
        status = solver.Solve()
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return nothing
        return np.array([c.dual_value() for c in solver.constraints()], dtype=np.float64)

    def model_proto(self) -> linear_solver_pb2.MPModelProto:
        """The whole relaxation as OR-Tools' model proto (without `constant`), written by the
        model builder."""
        proto = linear_solver_pb2.MPModelProto()
        with tempfile.TemporaryDirectory(prefix="qods-lp-") as folder:
            path = Path(folder) / "relaxation.pb"
            self._model().write_model_to_proto_file(str(path))
            proto.ParseFromString(path.read_bytes())
        return proto

    def solve_exact(
        self,
        seconds: float,
        start: np.ndarray | None = None,
        on_round: Callable[[np.ndarray, float], None] | None = None,
        box: list | None = None,
    ) -> tuple[np.ndarray, np.ndarray, bool]:
        """GLOP's (dual simplex) solution of the relaxation within `seconds`: the values,
        the duals and whether it finished (zeros when it gave none). A vertex, so nearly
        integral where the rows are. Sets `infeasible` when GLOP proves there is none.

        `start` (a mask of columns, which must hold a feasible solution) makes it column
        generation: the LP over those columns, then again with the columns its duals price
        in, until none has a positive reduced gain — then the restricted optimum is the whole
        LP's. `on_round` sees the values and objective of each round that raised the
        objective. `box` receives each GLOP solver, so that another thread can interrupt it.
        Measured on the 400-exhibitor late batch (83,618 columns): the whole LP took 1.05 s;
        from the plan's 9,261 columns the optimum's value came in the second round at 0.12 s.
        The proof comes from the whole LP after `MAX_ROUNDS` (see there)."""
        began = time.perf_counter()
        deadline = began + seconds
        cols = None if start is None else np.asarray(start, dtype=bool).copy()
        self.infeasible = False
        found = (np.zeros(self.n), np.zeros(len(self.lo)), False)
        last = -math.inf  # the last value shown to `on_round`
        rounds = 0
        while True:
            # The whole LP gets the whole budget, as it did before there were rounds (its
            # filling, 0.4 s at 400 exhibitors, was not counted then; the rounds are now).
            left = seconds if cols is None else deadline - time.perf_counter()
            solver, status = self._glop(cols, left, box)
            if status == mbh.SolveStatus.INFEASIBLE and cols is not None:
                cols = None  # the start was not feasible after all: the whole LP decides
                continue
            # No fractional plan at all: no plan either (proof of infeasibility for the caller).
            self.infeasible = status == mbh.SolveStatus.INFEASIBLE
            if status not in (mbh.SolveStatus.OPTIMAL, mbh.SolveStatus.FEASIBLE):
                return found
            values = np.zeros(self.n)
            values[slice(None) if cols is None else cols] = solver.variable_values()
            duals = np.asarray(solver.dual_values(), dtype=np.float64)
            optimal = status == mbh.SolveStatus.OPTIMAL
            if cols is None or not optimal:
                return values, duals, optimal
            # A restricted optimum: the whole LP's only once no column prices in.
            found = (values, duals, False)
            reduced = self.reduced(duals)
            entering = np.nonzero(~cols & (reduced > PRICE_EPS))[0]
            if not len(entering):
                return values, duals, True
            value = self.constant + float(self.gain @ values)
            if on_round is not None and value > last + ROUND_EPS:
                # The rounds' clock is GLOP's: what `on_round` spends (a search, in a
                # re-solve) must not decide between more rounds and the whole LP, or that
                # choice would follow the machine's load.
                paused = time.perf_counter()
                on_round(values, value)
                paused = time.perf_counter() - paused
                began, deadline = began + paused, deadline + paused
                last = value
            if time.perf_counter() >= deadline:
                return found
            # The best columns enter, positive or not: when few price in, the next best come
            # too, which saves the rounds that would each bring a handful.
            outside = np.nonzero(~cols)[0]
            best = np.argsort(-reduced[outside], kind="stable")[: max(PRICE_BATCH, len(entering))]
            cols[outside[best]] = True
            rounds += 1
            spent = time.perf_counter() - began
            many = rounds >= MAX_ROUNDS or spent > ROUNDS_SHARE * seconds
            if many or cols.sum() > FULL_SHARE * self.n:
                # Still pricing in: the whole LP now. The rounds' primal values settle in one
                # or two, their duals (the proof) may take a dozen that swing back and forth:
                # a sold-out venue with a stand freed took 13 rounds and 1.4 s, where the whole
                # LP takes 0.95 s; the 400 late batch 5 to 30. Four rounds cost 0.1–0.5 s,
                # less than filling the whole model one coefficient at a time did, and the
                # plans rounded from them are in hand.
                cols = None

    def reduced(self, duals: np.ndarray) -> np.ndarray:
        """Each column's reduced gain under `duals`: gain − (Aᵀy)."""
        return self.gain - np.bincount(
            self.cols, weights=self.coeffs * duals[self.row_of], minlength=self.n
        )

    def _glop(self, cols: np.ndarray | None, seconds: float, box: list | None = None):
        """GLOP run on the columns `cols` (all when None): (solver, status). `box` receives
        the solver first, so that another thread can interrupt it."""
        solver = mbh.ModelSolverHelper("glop")
        if self.glop_parameters:
            solver.set_solver_specific_parameters(self.glop_parameters)
        solver.set_time_limit_in_seconds(max(0.001, seconds))
        model = self._model(cols)
        if box is not None:
            box.append(solver)
        solver.solve(model)
        return solver, solver.status()

    def _model(self, cols: np.ndarray | None = None) -> mbh.ModelBuilderHelper:
        """The relaxation, over the columns `cols` (all when None), as one sparse matrix:
        filling OR-Tools' model coefficient by coefficient took 0.38 s at 400 exhibitors."""
        if self._csc is None:
            shape = (len(self.lo), self.n)
            self._csc = sparse.csc_matrix((self.coeffs, (self.row_of, self.cols)), shape=shape)
        matrix, lower, upper, gain = self._csc, self.lower, self.upper, self.gain
        if cols is not None:
            matrix, lower, upper, gain = matrix[:, cols], lower[cols], upper[cols], gain[cols]
        model = mbh.ModelBuilderHelper()
        # The binding's stubs spell a float array as ndarray[float64]: numpy's own types differ.
        sides = (lower, upper, gain, self.lo, self.hi)
        model.fill_model_from_sparse_data(*sides, matrix.tocsr())  # type: ignore[arg-type]
        model.set_maximize(True)
        return model


class LpBound:
    """Computes the LP bound on a thread while the search goes on (PDLP releases the GIL).
    `relaxation` is built on that thread too when given as a callable, so that a cancel
    during its construction is not kept waiting. `exact`: GLOP's dual simplex instead of
    PDLP, for LPs small enough to solve exactly (not interrupted: its time limit holds)."""

    def __init__(
        self,
        relaxation: LinearRelaxation | Callable[[], LinearRelaxation] | None,
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
        if self._stopped.is_set() or relaxation is None:
            return
        if self.exact:
            _values, duals, _optimal = relaxation.solve_exact(seconds, box=self._solver)
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

    def done(self) -> bool:
        """Whether the thread has ended (the bound found, given up or stopped)."""
        return not self._thread.is_alive()

    def join(self, seconds: float) -> None:
        """Wait at most `seconds` for the thread to end (after `stop`)."""
        self._thread.join(seconds)

    def stop(self) -> None:
        self._stopped.set()
        for solver in self._solver:
            # PDLP through pywraplp, GLOP through the model builder: each its own spelling.
            if isinstance(solver, mbh.ModelSolverHelper):
                solver.interrupt_solve()
            else:
                solver.InterruptSolve()


# One bound of a series (`LpBounds`): given the seconds left, the list that receives each
# solver (for `stop` to interrupt) and the stop flag, the bound, or None.
BoundStep = Callable[[float, list, threading.Event], "int | None"]


def fresh_bound(build: Callable[[], LinearRelaxation]) -> BoundStep:
    """A step that builds its relaxation and solves it from scratch (GLOP, `solve_exact`)."""

    def step(left: float, box: list, stopped: threading.Event) -> int | None:
        started = time.perf_counter()
        relaxation = build()
        # A stop during the build found no solver to interrupt: look again before GLOP.
        left -= time.perf_counter() - started
        if stopped.is_set() or left <= 0:
            return None
        _values, duals, _optimal = relaxation.solve_exact(left, box=box)
        return relaxation.bound(duals)

    return step


class WarmGlop:
    """One relaxation held in GLOP (dual simplex, through pywraplp, which keeps its basis),
    solved again after some rows' upper sides change: each solve starts from the last basis.
    `build` gives the relaxation and, for a value of its parameter (the movers' LP: the
    moves cap), the upper sides of the rows it moves. Measured on the movers' LP at 400
    exhibitors, the moves cap lowered one by one: 0.33–0.45 s a cap against 2.9 s from
    scratch."""

    def __init__(
        self, build: Callable[[], tuple[LinearRelaxation, Callable[[int], dict[int, float]]]]
    ) -> None:
        self.build = build
        self.relaxation: LinearRelaxation | None = None
        self.sides: Callable[[int], dict[int, float]] | None = None
        self.solver = None

    def step(self, value: int | None = None) -> BoundStep:
        """The step that solves for `value` of the parameter (None: as built)."""
        return partial(self._bound, value)

    def _bound(
        self, value: int | None, left: float, box: list, stopped: threading.Event
    ) -> int | None:
        started = time.perf_counter()
        if self.relaxation is None:
            self.relaxation, self.sides = self.build()
            solver = pywraplp.Solver.CreateSolver("GLOP")
            if solver is None or solver.LoadModelFromProto(self.relaxation.model_proto()):
                return None
            solver.SetSolverSpecificParametersAsString(self.relaxation.glop_parameters)
            self.solver = solver
        relaxation, solver = self.relaxation, self.solver
        if solver is None or self.sides is None:
            return None
        constraints = solver.constraints()
        for row, side in (self.sides(value) if value is not None else {}).items():
            relaxation.hi[row] = side
            constraints[row].SetUb(side)
        # In the box first: a stop from now on interrupts it, and one during the build, which
        # found no solver to interrupt, is seen here.
        box.append(solver)
        left -= time.perf_counter() - started
        if stopped.is_set() or left <= 0:
            return None
        solver.SetTimeLimit(max(1, int(left * 1000)))
        status = solver.Solve()
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return None
        return relaxation.bound(np.array([c.dual_value() for c in constraints]))


class LpBounds(LpBound):
    """`LpBound` for a series of bounds (`BoundStep`s: `fresh_bound`, `WarmGlop.step`)
    computed one after the other on one thread, in their order, within `seconds` in all:
    `values[i]` is the i-th's, None until it is found within the time. At least one step."""

    def __init__(self, steps: list[BoundStep], seconds: float) -> None:
        self.values: list[int | None] = [None] * len(steps)
        self.steps = steps
        super().__init__(None, seconds)  # the thread runs `_run` below

    def _run(self, seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        for i, step in enumerate(self.steps):
            left = deadline - time.perf_counter()
            if self._stopped.is_set() or left <= 0:
                return
            value = step(left, self._solver, self._stopped)
            if self._stopped.is_set():
                return
            self.values[i] = value
            if value is not None:
                self.value = value

    def results(self, wait_s: float) -> list[int | None]:
        """The bounds solved within `wait_s` more seconds (then the rest is stopped)."""
        self.result(wait_s)
        return list(self.values)
