"""The state of one solve: what every phase reads and leaves for the next, declared in one
place, and the few helpers that only read and keep it (the plan a cancel returns, the search's
budget, model builds and their statistics)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from ..bound import counting_bound
from ..bound_search import BoundSearch
from ..built_model import BuiltModel, build_model
from ..clock import Clock
from ..evaluate import is_valid, total
from ..frontier import CapLps
from ..instance import Instance
from ..integer_plan import IntegerPlan
from ..lp_bound import LpBound
from ..move_bound import MoveBound
from ..params import SolveParams
from ..progress import Tracker, is_cancelled
from ..result import FrontierPoint
from ..waitlist import waitlist_cost

# A reproducible run's deterministic budget, as a share of its limit: deterministic seconds
# run slower than wall seconds once model building, the annealer's Python and a second worker
# count (measured: a 30 s budget took 36–72 s of wall time), and the wall clock now ends the
# run at the limit in every profile.
DETERMINISTIC_SHARE = 0.6


def reserve_for(params: SolveParams) -> float:
    """Seconds kept from the search for the waitlist reasons."""
    return min(params.explain_time_s, 0.1 * params.time_limit_s) if params.explain else 0.0


class Run:
    """One solve's inputs (the indexed problem, parameters, progress, cancel flag and clock)
    and everything its phases find out: plans, bounds, proofs, times and statistics."""

    def __init__(
        self, inst: Instance, params: SolveParams, tracker: Tracker, cancel, clock: Clock
    ) -> None:
        self.inst, self.params, self.tracker, self.cancel = inst, params, tracker, cancel
        self.times: dict[str, float] = {}
        self.stats: dict[str, int] = {"exhibitors": inst.n_ex, "booths": inst.n_booths}
        self.bound: int | None = None
        self.scope = "none"
        self.proven = False
        self.clock_stop = False
        self.moves_proven: bool | None = None
        self.dropped: dict[int, str] = {}
        self.lp: LpBound | None = None
        self.lp_value: int | None = None
        self.tree: BoundSearch | IntegerPlan | None = None
        self.tree_value: int | None = None
        # The search ends early enough for the explanations to end within the limit too.
        self.reserve = reserve_for(params)
        self.clock = clock
        self.waitlist_bound: int | None = None  # no plan waitlists less (tier-weighted)
        self.waitlist_proven: bool | None = None
        self.held_waitlist: int | None = None  # plans must not waitlist more than this
        # kept a stand in the search (`placed_held`): CP-SAT's bound holds for this set only
        self.held_placed: list[int] = []
        self.best_held = False  # the search proved its plan best with the holds in place
        self.discarded = 0  # plans from a search that failed the hard rules (a bug if any)
        self.deterministic_spent = 0.0  # by the waitlist phase, out of the reproducible budget
        self.soft_bound = 0  # the soft rules' counting bound, set once the waitlist phase runs
        self.waitlist_step = 1  # the waitlist costs' common divisor (see `global_from_held`)
        self.frontier: list[FrontierPoint] = []
        self.bound_at_fewest: int | None = None  # the frontier's bound at the fewest moves
        self.frontier_model: BuiltModel | None = None  # the quality phase's, before its holds
        self.frontier_lps: CapLps | None = None  # the frontier's movers' LPs, once started
        self.frontier_seeds: list[np.ndarray] = []  # valid plans the frontier also starts from
        self.cap_bounds: MoveBound | None = None
        # the most waitlist + moves any valid plan scores (a re-solve's relaxation or proof)
        self.dominant_ceiling: int | None = None
        # more lines (w, c) of `waitlist_ceiling` than the move weight's (`waitlist_lines`)
        self.extra_lines: list[tuple[int, int]] = []
        self.greedy_objective: int | None = None  # the first plan's score
        self.kept: np.ndarray | None = None  # the plan a cancel returns

    def waitlist_lines(self) -> list[tuple[int, int]]:
        """Lines (w, c): waitlist − w × moves ≤ c in every valid plan (`waitlist_ceiling`)."""
        lines = list(self.extra_lines)
        if self.dominant_ceiling is not None:
            lines.append((self.inst.problem.weights.move, self.dominant_ceiling))
        return lines

    def cap_bound(self) -> MoveBound:
        """The reference plan's bound per moves cap (`move_bound`), made once per re-solve."""
        if self.cap_bounds is None:
            self.cap_bounds = MoveBound(self.inst)
        return self.cap_bounds

    def fewer_waitlisted(self, best: np.ndarray, other: np.ndarray | None) -> np.ndarray:
        """`other` if it is a valid plan with a cheaper waitlist, else `best`; a plan from a
        search that fails the hard rules is counted (see `discarded`)."""
        inst = self.inst
        if other is None:
            return best
        if not is_valid(inst, other):
            self.discarded += 1
            return best
        if waitlist_cost(inst, other) >= waitlist_cost(inst, best):
            return best
        self.kept = other
        self.times["waitlist_plan"] = self.tracker.elapsed()
        self.tracker.plan_found(total(inst, other), other, solver=False)
        return other

    def build(
        self,
        model_inst: Instance,
        *,
        soft: bool = True,
        stats: bool = True,
        record_rows: bool = False,
    ) -> BuiltModel:
        start = time.perf_counter()
        bm = build_model(
            model_inst,
            soft=soft,
            stop=lambda: is_cancelled(self.cancel),
            record_rows=record_rows,
            confirmed="hard",
        )
        self.times["build"] = self.times.get("build", 0.0) + time.perf_counter() - start
        if soft and stats:
            self.stats.update(
                candidates=bm.v.n_x,
                variables=bm.pm.n_vars,
                constraints=len(bm.pm.proto.constraints),
            )
        return bm

    def counting(self) -> int:
        """The counting bound of the whole problem, computed once (0.5 s at 2,000 exhibitors)."""
        if "counting" not in self.times:
            self.times["counting"] = counting_bound(self.inst)
        return int(self.times["counting"])

    def search_limit(self) -> float:
        """Seconds left for the search. Reproducible runs budget deterministic time: a fixed
        share of the limit (less the reserve for explanations and what the waitlist phase
        used), so that on an idle machine they end before the wall clock does; subtracting the
        varying wall-clock build time would break reproducibility. Fast runs keep the whole
        solve within the limit."""
        if self.params.reproducible:
            budget = DETERMINISTIC_SHARE * (self.params.time_limit_s - self.reserve)
            return max(0.1, budget - self.deterministic_spent)
        limit = min(self.params.time_limit_s, self.clock.deadline - self.clock.start)
        return max(0.1, limit - self.tracker.elapsed())

    def better(self, best: np.ndarray, other: np.ndarray | None, force: bool = False):
        """The better valid plan of the two (`other` when `force`); remembered in `kept`, the
        plan a cancel returns."""
        if other is not None:
            valid = is_valid(self.inst, other)
            if not valid:
                self.discarded += 1
            valid = valid and self.keeps_waitlist(other)
            if valid and (force or total(self.inst, other) >= total(self.inst, best)):
                best = other
        self.kept = best
        return best

    def lp_seconds(self, phase_s: float) -> float:
        """Wall seconds PDLP may take beside a phase budgeted `phase_s`: in the reproducible
        profile it runs until the wall-clock deadline (its bound changes no plan), in the
        fast one for the phase."""
        return self.clock.left() if self.params.reproducible else min(phase_s, self.clock.left())

    def keeps_waitlist(self, assign: np.ndarray | None) -> bool:
        """No plan may waitlist more than the waitlist-first phase reached."""
        held = self.held_waitlist
        return assign is not None and (held is None or waitlist_cost(self.inst, assign) <= held)

    @contextmanager
    def placed_held(self, assign: np.ndarray) -> Iterator[None]:
        """Within: every exhibitor placed in `assign` must keep a stand, as a confirmed one
        does (`Instance.must`: the annealer, the windows and the plan check obey it; a built
        model adds `waitlist.hold_placed`). Held only when someone waitlisted could stand."""
        inst = self.inst
        before = inst.must
        must = list(before) or [False] * inst.n_ex
        waiting = [e for e, p in enumerate(assign.tolist()) if p < 0 and len(inst.cands[e])]
        if waiting:
            self.held_placed = [e for e, p in enumerate(assign.tolist()) if p >= 0]
            inst.must = [m or bool(assign[e] >= 0) for e, m in enumerate(must)]
        try:
            yield
        finally:
            inst.must = before  # `held_placed` stays: the bounds found within hold for it only

    def threads(self) -> list:
        """The LP and bound threads started so far."""
        lps = None if self.frontier_lps is None else self.frontier_lps.lps
        return [t for t in (self.lp, self.tree, lps) if t is not None]

    def stop_threads(self) -> None:
        for thread in self.threads():
            thread.stop()

    def join_threads(self, seconds: float) -> None:
        """Wait, at most `seconds` in all, for the stopped LP and bound threads to end: a
        process that exits while CP-SAT still runs on one aborts ("terminate called without
        an active exception": 2 of 4 benchmark runs on a loaded machine)."""
        deadline = time.perf_counter() + seconds
        for thread in self.threads():
            thread.join(max(0.0, deadline - time.perf_counter()))
