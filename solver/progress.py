"""Progress reports and cancellation while CP-SAT runs.

CP-SAT calls back on its own threads, so the callbacks here only count, decode the plan's
x variables and hand (seconds, objective, bound, plans found, plan) to `on_progress`; the
receiver must keep its work short (a GUI emits a signal). `stop_search()` is ignored before
the solve has started, so a watchdog thread keeps asking until the solve returns, and every
phase checks the cancel flag before it starts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np
from ortools.sat.python import cp_model

from .result import Progress

ProgressFn = Callable[[Progress], None]


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def is_cancelled(cancel: CancelFlag | None) -> bool:
    return cancel is not None and cancel.is_set()


def wait_for(thread: threading.Thread, seconds: float, cancel: CancelFlag | None) -> None:
    """Wait at most `seconds` for `thread` to end, or until `cancel` is set (looked at every
    50 ms)."""
    deadline = time.perf_counter() + seconds
    while thread.is_alive() and time.perf_counter() < deadline:
        if is_cancelled(cancel):
            return
        thread.join(min(0.05, max(0.0, deadline - time.perf_counter())))


class Tracker:
    """Shared by every phase of one solve: the clock, plans found, the best so far."""

    def __init__(self, on_progress: ProgressFn | None, to_plan: Callable[[np.ndarray], Any]):
        self.start = time.perf_counter()
        self.on_progress = on_progress
        self.to_plan = to_plan
        self.plans_found = 0
        self.first_solver_plan: float | None = None
        self.best_objective: int | None = None
        self.bound: int | None = None

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def plan_found(self, objective: int, assign: np.ndarray | None, *, solver: bool) -> None:
        self.plans_found += 1
        if solver and self.first_solver_plan is None:
            self.first_solver_plan = self.elapsed()
        if self.best_objective is None or objective > self.best_objective:
            self.best_objective = objective
            self._report(assign)

    def bound_moved(self, bound: int) -> None:
        """A valid bound arrived; the lowest so far is the one reported."""
        if self.bound is not None and bound >= self.bound:
            return
        self.bound = bound
        self._report(None)

    def _report(self, assign: np.ndarray | None) -> None:
        if self.on_progress is None:
            return
        plan = None if assign is None else self.to_plan(assign)
        self.on_progress(
            Progress(self.elapsed(), self.best_objective, self.bound, self.plans_found, plan)
        )


class SolutionCallback(cp_model.CpSolverSolutionCallback):
    """Decodes and reports each better CP-SAT plan (only the x variables), honours the
    cancel flag, and stops the search at a plan that is `enough` (one known to be best)."""

    def __init__(
        self,
        tracker: Tracker,
        decode: Callable[[np.ndarray], np.ndarray],
        score: Callable[[np.ndarray], int],
        cancel: CancelFlag | None,
        enough: Callable[[np.ndarray], bool] | None = None,
    ) -> None:
        super().__init__()
        self.enough = enough
        self.enough_met = False
        self.tracker = tracker
        self.decode = decode
        self.score = score
        self.cancel = cancel
        self.best_score: int | None = None

    def on_solution_callback(self) -> None:
        if is_cancelled(self.cancel):
            self.stop_search()
        solution = np.asarray(self.response_proto.solution, dtype=np.int64)
        assign = self.decode(solution)
        self.best_score = self.score(assign)
        self.tracker.plan_found(self.best_score, assign, solver=True)
        if self.enough is not None and self.enough(assign):
            self.enough_met = True
            self.stop_search()

    def reaches(self, bound: int | None) -> bool:
        """Whether the best plan so far scores `bound` (None: no bound known yet)."""
        return bound is not None and self.best_score is not None and self.best_score >= bound


class Watchdog:
    """Calls `solver.stop_search()` every 50 ms once `cancel` is set or `reached()` turns
    true (a plan reached a known bound), until stopped."""

    def __init__(
        self,
        solver: cp_model.CpSolver,
        cancel: CancelFlag | None,
        reached: Callable[[], bool] | None = None,
    ) -> None:
        self.solver = solver
        self.cancel = cancel
        self.reached = reached
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    def __enter__(self) -> Watchdog:
        if self.cancel is not None or self.reached is not None:
            self.thread = threading.Thread(target=self._watch, name="solver-watch", daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()

    def _watch(self) -> None:
        while not self.done.wait(0.05):
            if is_cancelled(self.cancel) or (self.reached is not None and self.reached()):
                self.solver.stop_search()
