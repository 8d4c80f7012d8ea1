"""Solving off the GUI thread: a `SolveWorker` runs `solver.solve` on a job's snapshot.

The solve runs in a pool thread. Its progress callback (called on the solver's own threads)
only emits a signal of a bridge object living in the GUI thread; Qt queues the call, so every
conversion, preview and widget update happens in the GUI thread. Ticks are coalesced: at most
one `progress` per `TICK_MS` and one `better_plan` per `PREVIEW_MS`, so a fast solver cannot
flood the window.

Cancel sets an event the solver polls; it is honoured also when asked before the solve has
started (the job then ends at once with status cancelled and no plan).
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from solver.result import Progress, SolveStatus

from .job import SolveJob
from .outcome import Outcome, outcome_from_result

TICK_MS = 100  # at most ten progress updates a second
PREVIEW_MS = 300  # and a better plan drawn at most about three times a second
SolveFn = Callable[..., Any]


def default_solve() -> SolveFn:
    """The solver's public `solve`, loaded off the GUI thread on first use.

    Loading OR-Tools takes half a second, too long for the GUI thread, so it happens in a
    short-lived thread of its own. Not in the pool's thread: OR-Tools loaded in a pool thread
    made the *second* solve in that thread crash (CP-SAT 9.15, Linux; reproduced every time).
    """
    if "solver.api" not in sys.modules:  # `solver` alone is light: its names load lazily
        loader = threading.Thread(target=importlib.import_module, args=("solver.api",))
        loader.start()
        loader.join()
    from solver import solve

    return solve


def solver_params(job: SolveJob) -> Any:
    """The `params` argument of `solver.solve`: the job's solver settings (time limit, seed,
    workers, reproducible profile) as the solver's `SolveParams`, with a re-solve's shorter
    limit (`SolveParams.for_problem`)."""
    from solver.params import SolveParams

    return SolveParams.from_settings(job.settings.solver).for_problem(job.problem.is_resolve)


class _Bridge(QObject):
    """Lives in the GUI thread; the solver's threads only emit these signals."""

    ticked = Signal(int, object)  # job id, what the solver reported
    ended = Signal(int, object)  # job id, the SolveResult, or ("error", text), or None


class _Run:
    """One job's run, handed to the pool as a plain callable.

    Not a QRunnable subclass: the pool reads its runnable after `run()` returns, and a Python
    runnable freed by the GUI thread at that moment crashes. Qt owns the wrapper it makes for
    a callable, so nothing here can be freed too early.
    """

    def __init__(self, job: SolveJob, solve: SolveFn | None, params_for, bridge: _Bridge) -> None:
        self.job = job
        self.solve = solve
        self.params_for = params_for
        self.bridge = bridge
        self.cancel = threading.Event()

    def run(self) -> None:
        job_id = self.job.id
        if self.cancel.is_set():  # cancelled while waiting for a thread
            self._emit(self.bridge.ended, job_id, None)
            return
        try:
            # Imported here, in the pool thread: loading OR-Tools takes half a second.
            solve = self.solve or default_solve()
            result = solve(
                self.job.problem,
                self.params_for(self.job),
                on_progress=lambda report: self._emit(self.bridge.ticked, job_id, report),
                cancel=self.cancel,
            )
        except BaseException:  # noqa: BLE001 — a solver bug must reach the window, not kill it
            result = ("error", traceback.format_exc())
        self._emit(self.bridge.ended, job_id, result)

    def _emit(self, signal, job_id: int, value: Any) -> None:
        try:
            signal.emit(job_id, value)
        except RuntimeError:  # the window went away while solving; nobody is listening
            self.cancel.set()


class SolveWorker(QObject):
    """Runs one solve at a time in `pool` (its own one-thread pool by default). Signals arrive
    in the GUI thread, for the current job only; `solve` defaults to `solver.solve`."""

    started = Signal(object)  # SolveJob
    progress = Signal(object)  # Progress
    better_plan = Signal(object)  # Plan
    finished = Signal(object, object)  # SolveJob, Outcome

    def __init__(
        self,
        solve: SolveFn | None = None,
        params: Callable[[SolveJob], Any] | None = None,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._solve = solve
        self._params = params or solver_params
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._bridge = _Bridge(self)
        self._bridge.ticked.connect(self._on_tick)
        self._bridge.ended.connect(self._on_end)
        self._run: _Run | None = None
        self._runs: list[_Run] = []  # runs whose thread may still be going
        self._started_at = 0.0
        self._pending: Progress | None = None
        self._pending_plan = None
        self._plan_shown_at = float("-inf")
        self.last_progress: Progress | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._flush)

    # -- control -----------------------------------------------------------------------------
    @property
    def job(self) -> SolveJob | None:
        return self._run.job if self._run is not None else None

    def is_running(self) -> bool:
        return self._run is not None

    def is_cancelling(self) -> bool:
        return self._run is not None and self._run.cancel.is_set()

    def elapsed(self) -> float:
        return time.monotonic() - self._started_at if self._run is not None else 0.0

    def start(self, job: SolveJob) -> None:
        """Run `job` in the pool. Raises RuntimeError while another job runs."""
        if self._run is not None:
            raise RuntimeError("a solve is already running")
        run = _Run(job, self._solve, self._params, self._bridge)
        self._run = run
        self._runs.append(run)
        self._started_at = time.monotonic()
        self._pending = self._pending_plan = self.last_progress = None
        self._plan_shown_at = float("-inf")
        self.started.emit(job)
        self._pool.start(run.run)

    def cancel(self) -> None:
        """Ask the running solve to stop; it ends with the best plan found so far."""
        if self._run is not None:
            self._run.cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool thread is idle (for shutdown and tests); True when it is."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        """Cancel and wait (the application is closing)."""
        self.cancel()
        self.wait(msecs)

    # -- from the solver (queued into the GUI thread) ----------------------------------------
    @Slot(int, object)
    def _on_tick(self, job_id: int, tick: Progress) -> None:
        if self._run is None or job_id != self._run.job.id:
            return
        if tick.plan is not None:
            self._pending_plan = tick.plan
        self._pending = tick
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        tick, self._pending = self._pending, None
        if tick is not None:
            self.last_progress = tick
            self.progress.emit(tick)
        if self._pending_plan is None:
            return
        now = time.monotonic()
        if now - self._plan_shown_at >= PREVIEW_MS / 1000:
            plan, self._pending_plan = self._pending_plan, None
            self._plan_shown_at = now
            self.better_plan.emit(plan)
        else:
            self._timer.start()  # the newest plan waits for its turn

    @Slot(int, object)
    def _on_end(self, job_id: int, result: Any) -> None:
        self._runs = [r for r in self._runs if r.job.id != job_id]
        if self._run is None or job_id != self._run.job.id:
            return
        self._timer.stop()
        self._pending_plan = None  # the outcome carries the final plan
        self._flush()
        job = self._run.job
        elapsed = self.elapsed()
        self._run = None
        if result is None:
            outcome = Outcome(SolveStatus.CANCELLED, seconds=elapsed)
        elif isinstance(result, tuple) and result and result[0] == "error":
            outcome = Outcome(SolveStatus.ERROR, seconds=elapsed, error=str(result[1]))
        else:
            try:
                outcome = outcome_from_result(result)
            except Exception:  # noqa: BLE001 — a malformed result is reported, not raised
                outcome = Outcome(SolveStatus.ERROR, seconds=elapsed, error=traceback.format_exc())
        self.finished.emit(job, outcome)
