"""A small fair's best plan from SCIP, on a thread beside the annealer and CP-SAT.

On small fairs of interchangeable booths CP-SAT finds the best plan but cannot prove it: on
two rows of 20 identical booths and 24 exhibitors (960 candidate pairs) three seeds reached
512 in 10 s and none proved it, so the tie-break among plans of that score never ran and the
three seeds gave three plans. SCIP, over the model's rows with every variable integer,
proves 512 in 3.5 s there, and a generated fair of 40 exhibitors (692 pairs) in 3.5 s; at 50
exhibitors (1,155–1,704 pairs) it proved none of six within 20 s and its plans trailed
CP-SAT's (measured: benchmarks/analysis-fair-order.md). Hence `INTEGER_PLAN_MAX`.

SCIP is deterministic: a search it finishes returns the same plan for every seed of the run.
The rows leave out the constraints with enforcement literals: the holds, given to SCIP here
as bounds, and the explanations' literals. The plan is checked before it counts all the same
(and the fair order, which the rows do not know, must cost it nothing).

A plan best over the rows that scores SCIP's bound is best of every plan with the holds; the
rows' objective can credit a plan more than its score, so a plan short of the bound is only a
good one (`run.integer_first.integer_proven`). Unfinished, SCIP's bound still holds for every
plan with the holds: for every plan when nobody is held, as the LB-tree search's does; and
its best plan so far is still a plan, returned when it scores at least the search's (a
sold-out fair of 41 exhibitors in 38 booths, 10 s: −24,277 for every seed, where the seeds'
own searches reached −24,296 and −24,288 with two plans). It is the same for every seed only
as far as SCIP got equally far before its clock stopped it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np

from .built_model import BuiltModel
from .integer_bound import solve_integer
from .lp_bound import LinearRelaxation
from .progress import wait_for

# Up to this many candidate pairs a fresh solve asks SCIP for the best plan (see above).
INTEGER_PLAN_MAX = 1_000
# A solve whose CP-SAT search proved its own plan best waits at most this much longer for
# SCIP's, the plan every seed falls back on (where SCIP proved a plan it took 3.5 s or less).
INTEGER_AFTER_PROOF_S = 5.0
# A stopped SCIP returns within milliseconds; its bound is read after at most this wait.
STOP_WAIT_S = 0.5


class IntegerPlan:
    """SCIP on `bm`'s recorded rows under `objective` (variables, points, constant;
    maximised) for `seconds` of wall clock, every exhibitor in `placed` given a stand and
    every one in `waiting` waitlisted. `bound` is its bound once it ends (None before),
    `value` the same where it bounds every plan (nobody held placed; else None, as CP-SAT's
    bound with the holds is not reported), `proven` says it finished, and `assign` is its
    best plan (to be checked), finished or not."""

    def __init__(
        self,
        bm: BuiltModel,
        objective: tuple[list[int], list[int], int],
        seconds: float,
        placed: Sequence[int] = (),
        waiting: Sequence[int] = (),
    ) -> None:
        self.bound: int | None = None
        self.value: int | None = None
        self._global = not placed
        self.proven = False
        self.assign: np.ndarray | None = None
        # `run.integer_first`'s verdict, reached once: the plan made fair, None if refused.
        self.checked = False
        self.fair: np.ndarray | None = None
        self.score = 0  # the plan's score, once checked
        self.deadline = time.perf_counter() + seconds
        self._extract = bm.v.extract
        # Built here, not on the thread: the holds added to `bm` next must not reach it.
        self._relaxation = LinearRelaxation(bm.pm, *objective)
        for e in placed:  # kept placed: the fair waitlist's hold (`waitlist.hold_placed`)
            if e in bm.v.wait:
                self._relaxation.upper[bm.v.wait[e]] = 0
        for e in waiting:
            if e in bm.v.wait:
                self._relaxation.lower[bm.v.wait[e]] = 1
        self._solver: list = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(seconds,), name="solver-integer-plan", daemon=True
        )
        self._thread.start()

    def _run(self, seconds: float) -> None:
        found = solve_integer(
            self._relaxation, seconds, exact=True, box=self._solver, stopped=self._stopped
        )
        if found is None:
            return
        # Unfinished, its best plan so far may still beat the search's (see above).
        self.assign = self._extract(found.values)
        self.proven = found.optimal and not self._stopped.is_set()
        # Last: a reader that sees the bound sees the plan too.
        self.bound = found.bound
        if self._global:
            self.value = found.bound

    def result(self, wait_s: float, cancel=None) -> int | None:
        """`value`, waiting at most `wait_s` seconds for SCIP to finish (or until `cancel`
        is set); then it is stopped and its bound so far read."""
        wait_for(self._thread, wait_s, cancel)
        if self._thread.is_alive():
            self.stop()
            self._thread.join(STOP_WAIT_S)
        return self.value

    def left(self) -> float:
        """Seconds of its budget not yet used."""
        return max(0.0, self.deadline - time.perf_counter())

    def join(self, seconds: float) -> None:
        self._thread.join(seconds)

    def stop(self) -> None:
        self._stopped.set()
        for solver in self._solver:
            solver.InterruptSolve()
