"""A tighter bound on small problems: CP-SAT's LB-tree search on a copy of the model, on its
own thread while the annealer runs.

The LB-tree search is CP-SAT's MIP-style tree search that only lowers the bound (it keeps
every open node, so each "no better plan here" counts). Measured alone on one core with 30
deterministic seconds: at 50 exhibitors (≈ 1,200 pairs) it brings the bound from the LP's
1,308 to 1,242–1,257, where the max_lp worker with its cuts stalls near 1,273–1,293, and
proves one instance optimal in 16 s; at 200 exhibitors (≈ 18,600 pairs) its LP is too slow
to bring anything. So it runs only up to `SolveParams.bound_search_max` pairs. CP-SAT solves
with the GIL released, so it costs the annealer no time on a machine with two cores.
"""

from __future__ import annotations

import math
import threading

from ortools.sat.python import cp_model

from .progress import Watchdog, wait_for


class BoundSearch:
    """Runs the LB-tree search on `model` (which must carry the full objective, maximised) for
    `seconds` — deterministic seconds when `reproducible`, so the bound is the same run after
    run. `value` is the best bound so far (None until the first)."""

    def __init__(self, model: cp_model.CpModel, seconds: float, *, reproducible: bool, seed: int):
        self.value: int | None = None
        self.proven = False  # the search proved its bound is reached: the optimum
        self._stopped = threading.Event()
        self._solver = cp_model.CpSolver()
        p = self._solver.parameters
        p.num_workers = 1
        p.subsolvers.append("lb_tree_search")
        p.random_seed = seed
        if reproducible:
            p.max_deterministic_time = seconds
            p.max_time_in_seconds = 3 * seconds + 5  # a safety net only
        else:
            p.max_time_in_seconds = seconds
        self._solver.best_bound_callback = self._moved
        self._thread = threading.Thread(
            target=self._run, args=(model,), name="solver-bound-search", daemon=True
        )
        self._thread.start()

    def _moved(self, bound: float) -> None:
        # Scores are integers, so a bound may be rounded down.
        value = math.floor(bound + 1e-6)
        if self.value is None or value < self.value:
            self.value = value

    def _run(self, model: cp_model.CpModel) -> None:
        if self._stopped.is_set():
            return
        with Watchdog(self._solver, self._stopped):
            status = self._solver.solve(model)
        if self._stopped.is_set():
            return
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self._moved(self._solver.best_objective_bound)
            self.proven = status == cp_model.OPTIMAL

    def result(self, wait_s: float, cancel=None) -> int | None:
        """The bound, waiting at most `wait_s` seconds for the search to end, or until
        `cancel` (an event-like flag) is set; then it is stopped."""
        wait_for(self._thread, wait_s, cancel)
        if self._thread.is_alive():
            self.stop()
        return self.value

    def join(self, seconds: float) -> None:
        """Wait at most `seconds` for the thread to end (after `stop`)."""
        self._thread.join(seconds)

    def stop(self) -> None:
        self._stopped.set()
