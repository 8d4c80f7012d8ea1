"""`solve(problem, params, on_progress, cancel) -> SolveResult`: the whole solve, in phases.

1. Index the snapshot; pinned or locked stands that break a rule, or clash, end the solve as
   INFEASIBLE with an explanation (static checks, then an assumption core).
2. A complete valid plan at once: the greedy (fresh) or the repaired previous plan (re-solve).
3. The CP-SAT model (neighbourhood model above `max_candidates`), hinted with that plan.
4. Fresh: the annealer improves the plan for `anneal_share` of the time while PDLP computes
   the LP bound on a thread; then CP-SAT maximises the score (one model, or window by window
   on large problems). Re-solve: first minimise waitlist and moves (the dominant terms), then
   hold both at what was reached and maximise the score (annealing, then CP-SAT) while PDLP
   computes the held model's LP bound. A plan that reaches the LP bound ends the search.
5. The best plan found, a reason per waitlisted exhibitor, the changes against the reference.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

import numpy as np
from ortools.sat.python import cp_model

from qods_planner.messages import tr
from qods_planner.model import Plan
from qods_planner.snapshot import Problem

from .bound import counting_bound
from .bound_search import BoundSearch
from .changes import list_changes
from .clock import FINISH_S, Clock
from .confirmed import place_confirmed
from .constraints import BuildStopped
from .evaluate import breakdown, is_valid, moved, total
from .explain import fixed_clash
from .frontier import point_of, trace_frontier, waitlist_ceiling
from .greedy import greedy
from .indexing import build_instance
from .instance import Instance
from .local_search import anneal
from .lp_bound import LinearRelaxation, LpBound
from .model import BuiltModel, build_model
from .move_bound import MoveBound
from .neighbourhood import restrict, total_candidates
from .params import SolveParams, cp_parameters, waitlist_parameters
from .progress import CancelFlag, ProgressFn, SolutionCallback, Tracker, Watchdog, is_cancelled
from .repair import repair
from .result import FrontierPoint, SolveResult, SolveStatus, Times, WaitlistEntry
from .waitlist import hold_waitlist, waitlist_cost, waitlist_step
from .waitlist_lp import neighbourhood, others_kept, relax_dominant, relax_waitlist, round_plan
from .why_waitlisted import waitlist_reasons
from .windows import WINDOW_BOOTHS, WINDOW_SECONDS, make_window, merge, window_booths, window_order

# The move-minimising model (hard rules only) stays on every candidate up to this many times
# `max_candidates`: it has no sector variables, so it builds and presolves far faster.
MOVES_MODEL_FACTOR = 4
# The waitlist phase's model is built only up to this many candidate pairs: its build is not
# interruptible by the clock (measured 6 s at 2,000 exhibitors, 1.75 M pairs, where the phase
# found nothing anyway); above, the annealer alone lowers the waitlist.
WAITLIST_MODEL_MAX = 300_000
# The waitlist's relaxation (GLOP) is built up to this many pairs: measured 7 s to build and
# solve at 1,000 exhibitors (400 k pairs).
WAITLIST_LP_MAX = 1_000_000
# A reproducible run's deterministic budget, as a share of its limit: deterministic seconds
# run slower than wall seconds once model building, the annealer's Python and a second worker
# count (measured: a 30 s budget took 36–72 s of wall time), and the wall clock now ends the
# run at the limit in every profile.
DETERMINISTIC_SHARE = 0.6
# The share of a fresh solve's budget the annealer works before the waitlist phase.
WARM_SHARE = 0.1


@dataclass
class Phase:
    status: int
    assign: np.ndarray | None
    bound: int | None
    stopped_by_clock: bool
    used: float  # deterministic seconds when reproducible, else wall-clock seconds


def solve(
    problem: Problem,
    params: SolveParams | None = None,
    on_progress: ProgressFn | None = None,
    cancel: CancelFlag | None = None,
) -> SolveResult:
    """Plan `problem` (see the module doc). Never raises for infeasible, cancelled or
    time-limited runs: they are statuses of the result."""
    params = params or SolveParams()
    clock = _clock_for(params)  # indexing counts against the limit too
    inst = build_instance(problem)
    tracker = Tracker(on_progress, lambda a: to_plan(inst, a))
    run = _Run(inst, params, tracker, cancel, clock)
    return run.go()


def _reserve(params: SolveParams) -> float:
    """Seconds kept from the search for the waitlist reasons."""
    return min(params.explain_time_s, 0.1 * params.time_limit_s) if params.explain else 0.0


def _clock_for(params: SolveParams) -> Clock:
    return Clock(params.wall_s - _reserve(params))


def to_plan(inst: Instance, assign: np.ndarray) -> Plan:
    stands = {inst.ex[e].id: inst.stand(int(p)) for e, p in enumerate(assign) if p >= 0}
    locked = set(inst.problem.locked) & stands.keys()
    return Plan(stands, frozenset(locked))


class _Run:
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
        self.tree: BoundSearch | None = None
        self.tree_value: int | None = None
        # The search ends early enough for the explanations to end within the limit too.
        self.reserve = _reserve(params)
        self.clock = clock
        self.waitlist_bound: int | None = None  # no plan waitlists less (tier-weighted)
        self.waitlist_proven: bool | None = None
        self.held_waitlist: int | None = None  # plans must not waitlist more than this
        self.discarded = 0  # plans from a search that failed the hard rules (a bug if any)
        self.deterministic_spent = 0.0  # by the waitlist phase, out of the reproducible budget
        self.soft_bound = 0  # the soft rules' counting bound, set once the waitlist phase runs
        self.waitlist_step = 1  # the waitlist costs' common divisor (see `global_from_held`)
        self.frontier: list[FrontierPoint] = []
        self.cap_bounds: MoveBound | None = None
        # the most waitlist + moves any valid plan scores (a re-solve's relaxation or proof)
        self.dominant_ceiling: int | None = None

    # -- the phases ----------------------------------------------------------------------------
    def go(self) -> SolveResult:
        inst = self.inst
        if inst.infeasible:
            return self._infeasible([m for m, _who in inst.infeasible])
        first = greedy(inst) if not inst.problem.start else None
        if first is None:
            first, self.dropped = repair(inst)
        if not is_valid(inst, first) and is_valid(inst, first, confirmed=False):
            # Only confirmed exhibitors are left waiting: search for room for them.
            budget = self.params.time_limit_s * self.params.resolve_share
            placed = place_confirmed(inst, first, budget_s=budget, seed=self.params.seed)
            if placed.assign is None:
                return self._infeasible(list(placed.lines), proven=placed.infeasible)
            first = placed.assign
        if not is_valid(inst, first):
            clash = fixed_clash(inst, budget_s=self.params.explain_time_s, seed=self.params.seed)
            return self._infeasible(
                clash or [tr("the pinned and locked stands cannot all be kept")]
            )
        self.times["first_plan"] = self.tracker.elapsed()
        self.tracker.plan_found(total(inst, first), first, solver=False)
        self.greedy_objective = total(inst, first)
        best = first
        if is_cancelled(self.cancel):
            return self._finish(best, SolveStatus.CANCELLED)
        if inst.n_ex == 0 or total_candidates(inst) == 0:
            self.proven = True
            if not inst.problem.is_resolve:  # nobody can be placed: nothing can be better
                self.waitlist_bound, self.waitlist_proven = waitlist_cost(inst, best), True
            return self._finish(best, SolveStatus.OPTIMAL)
        model_inst = inst
        self.scope = "full"
        pairs = total_candidates(inst)
        self.stats["candidates"] = pairs
        large = pairs > self.params.windows_above
        if inst.problem.is_resolve and pairs > self.params.max_candidates:
            model_inst = restrict(inst, first, self.params.max_candidates)
            self.scope = "restricted"
        self.kept = best
        try:
            if inst.problem.is_resolve:
                best = self._resolve(model_inst, best)
            else:
                best = self._fresh(best, large)
        except BuildStopped:  # cancelled while a model was being built
            return self._finish(self.kept, SolveStatus.CANCELLED)
        if is_cancelled(self.cancel):
            return self._finish(best, SolveStatus.CANCELLED)
        if inst.problem.is_resolve:
            try:
                self.frontier = self._frontier(model_inst, best)
            except BuildStopped:  # cancelled while the frontier's model was being built
                return self._finish(best, SolveStatus.CANCELLED)
        if self.proven:
            return self._finish(best, SolveStatus.OPTIMAL)
        ended = SolveStatus.TIME_LIMIT if self.clock_stop else SolveStatus.FEASIBLE
        return self._finish(best, ended)

    def _frontier(self, model_inst: Instance, best: np.ndarray) -> list[FrontierPoint]:
        """The trade-off frontier beyond the minimal-move plan `best` (see `frontier`)."""
        return trace_frontier(
            self.inst,
            model_inst,
            best,
            build=lambda i, **kw: self._build(i, stats=False, **kw),
            params=self.params,
            dropped=self.dropped,
            cancel=self.cancel,
            elapsed=self.tracker.elapsed,
            dominant_ceiling=self.dominant_ceiling,
            time_left=self.clock.left,
            cap_bound=self._cap_bound(),
        )

    def _cap_bound(self) -> MoveBound:
        """The reference plan's bound per moves cap (`move_bound`), made once per re-solve."""
        if self.cap_bounds is None:
            self.cap_bounds = MoveBound(self.inst)
        return self.cap_bounds

    def _fresh(self, best: np.ndarray, large: bool) -> np.ndarray:
        """Anneal, then CP-SAT on one model (or window by window when `large`); meanwhile on
        threads the LP bound, when the problem is small enough for PDLP to finish, and on
        small problems the LB-tree search's bound (which may prove the annealed plan best)."""
        inst, params = self.inst, self.params
        best = self._waitlist_first(best)
        if is_cancelled(self.cancel):
            return best
        limit = self._search_limit()
        bm = None
        share = params.anneal_share_windows if large else params.anneal_share
        if not large or total_candidates(inst) <= params.lp_bound_max:
            bm = self._build(inst, record_rows=True)
            objective = bm.objective.full()
            self.lp = LpBound(
                lambda: LinearRelaxation(bm.pm, *objective), self._lp_seconds(params.time_limit_s)
            )
            if share > 0 and total_candidates(inst) <= params.bound_search_max:
                bm.use_objective("full")
                self.tree = BoundSearch(
                    bm.pm.model.clone(),
                    limit * share,
                    reproducible=params.reproducible,
                    seed=params.seed,
                )
            if self.held_waitlist is not None:
                hold_waitlist(bm, self.held_waitlist)  # after the bounds' copies: they stay global
        if share > 0:
            best = self._anneal(best, limit * share)
        rest = max(0.1, limit * (1 - share)) if params.reproducible else self._search_limit()
        if is_cancelled(self.cancel):
            return best
        if self.tree is not None:
            # Reproducible: wait for its deterministic budget, so the bound (and whether the
            # plan is proven best) is the same run after run. Fast: take what it has now.
            wait = 3 * limit * share + 5 if params.reproducible else 0.0
            self.tree_value = self.tree.result(self.clock.cap(wait), self.cancel)
            if self.tree_value is None and params.reproducible and self.clock.over():
                self.clock.note_cut("bound_search")
            if is_cancelled(self.cancel):
                return best
            if self.tree_value is not None:
                self.stats["bound_search"] = self.tree_value
                self.tracker.bound_moved(self.tree_value)
                if total(inst, best) >= self.tree_value:
                    self.proven = True  # the plan reaches a valid upper bound
                    return best
        if large:
            best = self._windows(best, rest)
        else:
            assert bm is not None  # built above for every problem below `windows_above`
            phase = self._phase(bm, "full", best, rest)
            best = self._better(best, phase.assign)
            optimal = phase.status == cp_model.OPTIMAL and self.scope == "full"
            if optimal and self.held_waitlist is not None:
                # Best with the waitlist held: best of all only if no plan waitlisting more
                # can score higher (see `global_from_held`).
                others = self.soft_bound - self.held_waitlist - self.waitlist_step
                optimal = bool(self.waitlist_proven) and total(inst, best) >= others
            self.proven = optimal
            if self.tree_value is not None and total(inst, best) >= self.tree_value:
                self.proven = True
        if not self.proven and self._reaches_lp_bound(best):
            self.proven = True
        return best

    def _waitlist_first(self, best: np.ndarray) -> np.ndarray:
        """Minimise the tier-weighted waitlist on the hard rules alone, then hold it: the
        quality model's objective is dominated by thousands of small pair terms and its LP
        says little about who fits, so on tight venues it left exhibitors waitlisted that a
        plan could place (measured: docs/benchmarks.md).

        First the relaxation (`waitlist_lp`): its bound, a plan rounded from it and a small
        exact search around what the rounding left in doubt; on the tight family this reaches
        the bound within seconds up to 1,000 exhibitors. Only if a gap remains, a short
        annealing and CP-SAT's search over the whole hard model."""
        inst = self.inst
        cost = waitlist_cost(inst, best)
        self.times["waitlist_plan"] = self.times.get("first_plan", 0.0)
        if cost == 0:
            self.waitlist_bound, self.waitlist_proven = 0, True
            return best
        self.held_waitlist = cost  # from now on no plan may waitlist more than the greedy's
        self.soft_bound = counting_bound(inst, soft_only=True)
        self.waitlist_step = waitlist_step(inst)
        limit = self._search_limit()
        budget = limit * self.params.waitlist_share
        lowest, spent, hard = 0, 0.0, None
        if total_candidates(inst) <= WAITLIST_LP_MAX:
            hard = self._build(inst, soft=False, stats=False, record_rows=True)
            if is_cancelled(self.cancel):
                return best
            best, lowest, spent = self._waitlist_relaxed(hard, best, budget)
        cost = waitlist_cost(inst, best)
        if cost > lowest:
            best, phase = self._waitlist_search(hard, best, max(0.1, budget - spent), limit)
            spent += phase.used if phase is not None else 0.0
            if phase is not None and phase.bound is not None:
                # Proven by the bound, not the status word (after a stop it may read OPTIMAL).
                lowest = max(lowest, -phase.bound)
        if self.params.reproducible:
            self.deterministic_spent = spent
        cost = waitlist_cost(inst, best)
        self.waitlist_bound = min(cost, lowest)
        self.waitlist_proven = self.waitlist_bound == cost
        self.held_waitlist = cost
        self.stats["waitlist_bound"] = self.waitlist_bound
        return best

    def _waitlist_relaxed(
        self, hard: BuiltModel, best: np.ndarray, budget: float
    ) -> tuple[np.ndarray, int, float]:
        """The relaxation's bound and rounded plan, then an exact search of the neighbourhood
        the rounding left in doubt. Returns the plan, the bound and the deterministic seconds
        spent (the relaxation's own are not counted: they do not vary with the machine, and
        counting their wall time would)."""
        inst = self.inst
        relaxed = relax_waitlist(inst, hard, self.clock.cap(budget))
        if not relaxed.optimal and self.params.reproducible:
            self.clock.note_cut("waitlist_relaxation")
        self.stats["waitlist_relaxation"] = relaxed.lowest
        rounded = round_plan(inst, hard, relaxed.share)
        best = self._fewer_waitlisted(best, rounded)
        spent = 0.0
        if waitlist_cost(inst, best) > relaxed.lowest and not is_cancelled(self.cancel):
            phase = self._search_around(hard, relaxed.share, best, budget / 2)
            spent = phase.used
            best = self._fewer_waitlisted(best, phase.assign)
        return best, relaxed.lowest, spent

    def _waitlist_search(
        self, hard: BuiltModel | None, best: np.ndarray, seconds: float, limit: float
    ) -> tuple[np.ndarray, Phase | None]:
        """A short annealing (it places many on large odd venues: measured at 400
        exhibitors, 71 → 54 waitlisted), then CP-SAT's search over the whole hard model from
        its plan (below `WAITLIST_MODEL_MAX` pairs)."""
        inst = self.inst
        warm_s = min(seconds / 2, limit * WARM_SHARE)
        best = self._fewer_waitlisted(best, self._anneal(best, warm_s))
        if total_candidates(inst) > WAITLIST_MODEL_MAX:  # too big to build within a limit
            return best, None
        if hard is None:
            hard = self._build(inst, soft=False, stats=False)
        if is_cancelled(self.cancel):
            return best, None
        phase = self._phase(hard, "dominant", best, seconds - warm_s, worker="waitlist")
        phase = replace(phase, used=phase.used + warm_s)
        return self._fewer_waitlisted(best, phase.assign), phase

    def _fewer_waitlisted(self, best: np.ndarray, other: np.ndarray | None) -> np.ndarray:
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

    def _anneal(self, best: np.ndarray, seconds: float) -> np.ndarray:
        """Simulated annealing from `best` (see `local_search`); better plans are reported
        as they come, and the bounds of the LP and bound-search threads as they move."""
        inst = self.inst
        deadline = time.perf_counter() + seconds
        scored = [total(inst, best)]

        def stop() -> bool:
            for thread in (self.lp, self.tree):
                if thread is not None and thread.value is not None:
                    self.tracker.bound_moved(thread.value)  # reports only a lower one
            late = not self.params.reproducible and time.perf_counter() > deadline
            if self.clock.over():
                if self.params.reproducible:
                    self.clock.note_cut("anneal")
                late = True
            if is_cancelled(self.cancel):
                self._stop_threads()  # they compete for the GIL with the way out
                return True
            # A plan that reaches the bound cannot be bettered: the annealer's best stays.
            reached = self.tree is not None and self.tree.proven and scored[0] >= self.tree.value
            return late or reached

        def better(assign: np.ndarray) -> None:
            scored[0] = total(inst, assign)
            self.tracker.plan_found(scored[0], assign, solver=False)
            self.kept = assign

        found = anneal(inst, best, seconds, seed=self.params.seed, stop=stop, on_better=better)
        return self._better(best, found)

    def _windows(self, best: np.ndarray, limit: float) -> np.ndarray:
        """Large-neighbourhood search over windows of the floor (see `windows`)."""
        inst = self.inst
        order = window_order(inst)
        step = max(1, WINDOW_BOOTHS // 2)
        per_sweep = -(-len(order) // step)
        spent, k, quiet = 0.0, 0, 0
        score = total(inst, best)
        began = self.tracker.elapsed()
        self.tracker.bound_moved(self._counting())  # the bound this search reports
        while spent < limit - 0.05 and quiet < per_sweep and not is_cancelled(self.cancel):
            if self.clock.left() < 0.05:
                if self.params.reproducible:
                    self.clock.note_cut("windows")
                break
            seed = order[(k * step) % len(order)]
            k += 1
            quiet += 1
            window = make_window(inst, best, window_booths(inst, seed))
            if len(window.free) < 2:
                continue
            bm = self._build(window.inst, stats=False)
            phase = self._phase(
                bm,
                "full",
                window.hint,
                min(WINDOW_SECONDS, limit - spent),
                decode=lambda sol, w=window, b=best, m=bm: merge(b, w, m.v.extract(sol)),
                keep_bound=False,
            )
            spent += phase.used
            if not self.params.reproducible:  # the fast profile keeps the solve within the limit
                spent = max(spent, self.tracker.elapsed() - began)
            better = phase.assign is not None and is_valid(inst, phase.assign)
            if phase.assign is not None and not better:
                self.discarded += 1
            better = better and self._keeps_waitlist(phase.assign)
            if better and total(inst, phase.assign) > score:
                best, score, quiet = phase.assign, total(inst, phase.assign), 0
                self.kept = best
        self.clock_stop = spent >= limit - 0.05 or self.clock.over()
        self.stats.update(windows=k)
        return best

    def _build(
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

    def _resolve(self, model_inst: Instance, best: np.ndarray) -> np.ndarray:
        """Minimise waitlist + moves on the hard rules alone (a much smaller model, on every
        candidate while that stays moderate, so the minimum is proven for the whole problem),
        then hold both and maximise the score on the full model."""
        inst = self.inst
        # The frontier's points come after this search, within the same limit.
        frontier_s = self.params.extra_moves * self.params.frontier_point_s
        limit = max(0.1, self._search_limit() - min(frontier_s, 0.5 * self._search_limit()))
        repaired_at = self.tracker.elapsed()
        whole = total_candidates(inst) <= MOVES_MODEL_FACTOR * self.params.max_candidates
        hard = self._build(inst if whole else model_inst, soft=False, record_rows=whole)
        if is_cancelled(self.cancel):
            return best
        repaired = best
        reached = _dominant(inst, best)
        # The relaxation's bound proves the repaired plan's moves fewest in a fraction of a
        # second on most changes, where the search may take the whole phase (measured:
        # docs/benchmarks.md); it holds for the whole problem only on the whole model.
        lowest, rounded = None, None
        if whole and reached != 0:
            lowest, share, _done = relax_dominant(hard, self.clock.cap(limit))
            self.stats["moves_relaxation"] = lowest
            self.dominant_ceiling = lowest
            if reached < lowest:
                seconds = limit * self.params.resolve_share / 2
                rounded = self._relaxed_resolve(hard, best, share, lowest, seconds)
        if reached == 0 or (lowest is not None and reached >= lowest):
            # Nobody waits and nobody moves, or the relaxation proves no plan costs less: no
            # search needed. (With confirmed exhibitors kept, the core-guided search did not
            # prove even the first within the phase at 400 exhibitors: measured,
            # docs/benchmarks.md.)
            first = Phase(cp_model.OPTIMAL, None, reached, False, 0.0)
        elif rounded is not None and _dominant(inst, rounded) >= lowest:
            first = Phase(cp_model.OPTIMAL, rounded, lowest, False, 0.0)
            self.stats["fewest_moves_from_relaxation"] = 1
        else:
            # Core-guided search proves the fewest moves in about a second where the LP-based
            # interleaved search does not in a minute (measured at 400 exhibitors), so this
            # phase always races its workers against the wall clock.
            first = self._phase(
                hard,
                "dominant",
                best if rounded is None else rounded,
                limit * self.params.resolve_share,
                parallel=True,
                worker="core",
            )
            if rounded is not None and (
                first.assign is None or _dominant(inst, rounded) > _dominant(inst, first.assign)
            ):
                first = replace(first, assign=rounded)
        fewer = first.assign is not None and _dominant(inst, first.assign) > reached
        if fewer and lowest is not None and _dominant(inst, first.assign) >= lowest:
            first = replace(first, status=cp_model.OPTIMAL)  # it reaches the relaxation's bound
        if fewer:
            self.times["minimal_moves_plan"] = self.tracker.elapsed()
            best = self._better(best, first.assign, force=True)
        self.times.setdefault("minimal_moves_plan", repaired_at)
        self.moves_proven = first.status == cp_model.OPTIMAL and (
            whole or self.scope == "full" or reached == 0
        )
        if self.moves_proven:
            self.times["moves_proven"] = self.tracker.elapsed()
            self.dominant_ceiling = _dominant(inst, best)
        if is_cancelled(self.cancel):
            return best
        quality_s = max(0.1, limit * (1 - self.params.resolve_share))
        # The LP bound needs the whole problem (a neighbourhood model's would not hold for
        # it), and is worth its CPU only when PDLP can finish within the quality phase.
        pairs = total_candidates(inst)
        with_lp = (
            model_inst is inst
            and pairs <= self.params.lp_bound_max
            and pairs <= self.params.lp_pairs_per_s * self._lp_seconds(quality_s)
        )
        bm = self._build(model_inst, record_rows=with_lp)
        if is_cancelled(self.cancel):
            return best
        # Reproducible and raced: the raced phase may pick any of several minimal-move plans,
        # so hold only the value it reached and start from the repaired plan; the result then
        # stays the same run after run.
        held_together = fewer and self.params.reproducible
        _hold_dominant(bm, inst, best, combined=held_together)
        if with_lp:
            # With everyone but the few movers held at home, the LP is nearly integral: its
            # bound often equals the repaired plan's score and proves it best in a second or
            # two, where CP-SAT's own bound stays far off (measured: docs/benchmarks.md).
            objective = bm.objective.full()
            self.lp = LpBound(
                lambda: LinearRelaxation(bm.pm, *objective), self._lp_seconds(quality_s)
            )
        hint = repaired
        share = self.params.anneal_share
        if not held_together:
            # The annealer never takes a step that moves someone off the baseline (a move
            # costs more than any soft gain), so it improves quality with moves held. Below
            # `windows_above` CP-SAT proves this phase in a fraction of a second on its own.
            if share > 0 and total_candidates(inst) > self.params.windows_above:
                best = self._anneal(best, quality_s * share)
                quality_s = max(0.1, quality_s * (1 - share))
            hint = best
        second = self._phase(bm, "full", hint, quality_s)
        # Reproducible and raced: take the quality phase's plan even when the raced one
        # scored higher, so that the same input always gives the same plan.
        forced = held_together and second.assign is not None
        best = self._better(best, second.assign, force=forced)
        proven = second.status == cp_model.OPTIMAL or self._reaches_lp_bound(best)
        self.proven = proven and bool(self.moves_proven)
        if self.scope == "full":
            self.scope = "moves_fixed"
        return best

    def _relaxed_resolve(
        self, hard: BuiltModel, best: np.ndarray, share: np.ndarray, lowest: int, seconds: float
    ) -> np.ndarray | None:
        """A plan costing less waitlist and moves than `best`, from the relaxation: rounded
        (`waitlist_lp.round_plan`), then an exact search around what the rounding left in
        doubt while it stays above the bound `lowest`. None when neither does better. Measured:
        a closed section at 50 exhibitors reaches the bound in 0.3 s, where the core-guided
        search took 4 s."""
        inst = self.inst
        found = None
        rounded = round_plan(inst, hard, share)
        # A rounding may leave a confirmed exhibitor out: then it is no plan here.
        if is_valid(inst, rounded) and _dominant(inst, rounded) > _dominant(inst, best):
            found = best = rounded
        if _dominant(inst, best) < lowest and not is_cancelled(self.cancel):
            phase = self._search_around(hard, share, best, seconds)
            if phase.assign is not None and not is_valid(inst, phase.assign):
                self.discarded += 1
            elif phase.assign is not None and _dominant(inst, phase.assign) > _dominant(inst, best):
                found = phase.assign
        if found is not None:
            self.tracker.plan_found(total(inst, found), found, solver=False)
        return found

    def _search_around(
        self, hard: BuiltModel, share: np.ndarray, best: np.ndarray, seconds: float
    ) -> Phase:
        """The exact search on the dominant terms around what rounding the relaxation left in
        doubt (`waitlist_lp.neighbourhood`), everyone else kept where `best` has them."""
        free = neighbourhood(self.inst, hard, share, best)
        with others_kept(hard, best, free):
            return self._phase(hard, "dominant", best, seconds, worker="waitlist")

    def _phase(
        self,
        bm: BuiltModel,
        mode: str,
        hint: np.ndarray,
        seconds: float,
        *,
        parallel: bool = False,
        worker: str = "max_lp",
        decode=None,
        keep_bound: bool = True,
    ) -> Phase:
        inst = self.inst
        if is_cancelled(self.cancel):
            return Phase(cp_model.UNKNOWN, None, None, False, 0.0)
        offset = bm.use_objective(mode)
        bm.hint(hint)
        params = replace(self.params, reproducible=False) if parallel else self.params
        if worker == "waitlist":
            solver = waitlist_parameters(params, max(0.05, seconds))
        else:
            solver = cp_parameters(params, max(0.05, seconds), full_worker=worker)
        # The wall clock holds in every profile (a reproducible phase's deterministic budget
        # stays; the clock only cuts it short on a busy machine, and the run says so).
        asked = solver.parameters.max_time_in_seconds
        wall = self.clock.cap(asked)
        if wall < 0.02:
            if params.reproducible:
                self.clock.note_cut(mode)
            self.clock_stop = True
            return Phase(cp_model.UNKNOWN, None, None, True, 0.0)
        solver.parameters.max_time_in_seconds = wall
        decode = decode or bm.v.extract
        callback = SolutionCallback(self.tracker, decode, lambda a: total(inst, a), self.cancel)
        if mode == "full" and keep_bound:
            solver.best_bound_callback = self._report_bound

        def reached() -> bool:
            """A plan reached a known bound (the bound search's, or the LP's once it comes):
            nothing better exists. CP-SAT reports only better plans, so stopping then cannot
            change which plan a reproducible run returns."""
            known = [self.tree_value, None if self.lp is None else self.lp.value]
            known = [b for b in known if b is not None]
            return bool(known) and callback.reaches(min(known))

        with Watchdog(solver, self.cancel, reached if mode == "full" else None):
            status = solver.solve(bm.pm.model, callback)
        assign = None
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            assign = decode(np.asarray(solver.response_proto.solution, dtype=np.int64))
        bound = None
        if keep_bound and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            bound = int(round(solver.best_objective_bound))
            if mode == "full":
                self.bound = bound
        clock = status != cp_model.OPTIMAL and not is_cancelled(self.cancel)
        budget = solver.parameters.max_deterministic_time
        # Cut by the wall clock: the cap bit (not a stop at a reached bound, nor the budget).
        cut = wall < asked and (self.clock.over() or solver.wall_time >= wall - 0.05)
        if params.reproducible and clock and cut and solver.deterministic_time < 0.98 * budget:
            self.clock.note_cut(mode)
        self.clock_stop = self.clock_stop or clock
        del offset
        used = solver.deterministic_time if params.reproducible else solver.wall_time
        return Phase(status, assign, bound, clock, used)

    def _counting(self) -> int:
        """The counting bound of the whole problem, computed once (0.5 s at 2,000 exhibitors)."""
        if "counting" not in self.times:
            self.times["counting"] = counting_bound(self.inst)
        return int(self.times["counting"])

    def _report_bound(self, bound: float) -> None:
        """CP-SAT's bound as it moves, where it holds for the whole problem: with the waitlist
        held only through `global_from_held`, once the waitlist is proven (else not at all)."""
        value = int(round(bound))
        if self.held_waitlist is not None:
            if not self.waitlist_proven:
                return
            value = max(value, self.soft_bound - self.held_waitlist - self.waitlist_step)
        self.tracker.bound_moved(value)

    def _search_limit(self) -> float:
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

    def _better(self, best: np.ndarray, other: np.ndarray | None, force: bool = False):
        """The better valid plan of the two (`other` when `force`); remembered in `kept`, the
        plan a cancel returns."""
        valid = other is not None and is_valid(self.inst, other)
        if other is not None and not valid:
            self.discarded += 1
        valid = valid and self._keeps_waitlist(other)
        if valid and (force or total(self.inst, other) >= total(self.inst, best)):
            best = other
        self.kept = best
        return best

    def _lp_seconds(self, phase_s: float) -> float:
        """Wall seconds PDLP may take beside a phase budgeted `phase_s`: in the reproducible
        profile it runs until the wall-clock deadline (its bound changes no plan), in the
        fast one for the phase."""
        return self.clock.left() if self.params.reproducible else min(phase_s, self.clock.left())

    def _keeps_waitlist(self, assign: np.ndarray | None) -> bool:
        """No plan may waitlist more than the waitlist-first phase reached."""
        held = self.held_waitlist
        return assign is not None and (held is None or waitlist_cost(self.inst, assign) <= held)

    def _reaches_lp_bound(self, best: np.ndarray) -> bool:
        """Whether `best` scores the LP bound, waiting for the bound at most until the LP's
        own deadline (its bound is then reported and kept for the result)."""
        if self.lp is None or is_cancelled(self.cancel):
            return False
        self.lp_value = self.lp.result(self.clock.cap(self.lp.deadline - time.perf_counter()))
        if self.lp_value is None:
            return False
        self.tracker.bound_moved(self.lp_value)
        return total(self.inst, best) >= self.lp_value

    def _stop_threads(self) -> None:
        for thread in (self.lp, self.tree):
            if thread is not None:
                thread.stop()

    # -- the result ----------------------------------------------------------------------------
    def _finish(self, assign: np.ndarray, status: SolveStatus) -> SolveResult:
        inst, params = self.inst, self.params
        self._stop_threads()
        terms = breakdown(inst, assign)
        objective = sum(terms.values())
        start = time.perf_counter()
        explain = params.explain and status is not SolveStatus.CANCELLED
        # Until the limit plus a little: the reserve the search left, and what it did not use
        # (a quarter of the limit at most: a search that ended early leaves room for reasons).
        end = self.clock.deadline + self.reserve + FINISH_S - 0.3
        most = max(params.explain_time_s, 0.25 * params.time_limit_s)
        budget = max(0.2, min(most, end - time.perf_counter())) if explain else 0.0
        proven = self.moves_proven if inst.problem.is_resolve else self.waitlist_proven
        reasons = waitlist_reasons(
            inst,
            assign,
            budget_s=budget,
            seed=params.seed,
            resolve=inst.problem.is_resolve,
            proven=bool(proven),
        )
        explain_s = time.perf_counter() - start
        bound, scope = self._bound(assign, status, objective)
        gap = None if bound is None else max(0.0, (bound - objective) / max(1, abs(objective)))
        plan = to_plan(inst, assign)
        changes = list_changes(inst, assign, self.dropped, {e: r[1] for e, r in reasons.items()})
        waitlist = tuple(
            WaitlistEntry(inst.ex[e].id, inst.ex[e].name, reasons[e][1], reasons[e][0])
            for e in sorted(reasons)
        )
        frontier: tuple[FrontierPoint, ...] = ()
        if inst.problem.is_resolve and status is not SolveStatus.CANCELLED:
            held = None if bound is None else bound - terms["moves"]
            m = len(moved(inst, assign))
            at_cap = self._cap_bound().bound(m)
            if at_cap is not None:
                at_cap += waitlist_ceiling(
                    self.dominant_ceiling, inst.problem.weights.move, m, waitlist_step(inst)
                )
                held = at_cap if held is None else min(held, at_cap)
            first = point_of(
                inst,
                assign,
                cap=len(moved(inst, assign)),
                bound=held,
                proven=status is SolveStatus.OPTIMAL,
                seconds=self.times.get("minimal_moves_plan", 0.0),
                changes=changes,
                waitlist=waitlist,
            )
            frontier = (first, *self.frontier)
        return SolveResult(
            status=status,
            stands=plan.stands,
            locked=plan.locked,
            objective=objective,
            breakdown=terms,
            bound=bound,
            bound_scope=scope,
            gap=gap,
            times=Times(
                first_plan=self.times.get("first_plan", 0.0),
                build=self.times.get("build", 0.0),
                first_solver_plan=self.tracker.first_solver_plan,
                minimal_moves_plan=self.times.get("minimal_moves_plan"),
                moves_proven=self.times.get("moves_proven"),
                explain=explain_s,
                total=self.tracker.elapsed(),
                waitlist_plan=self.times.get("waitlist_plan"),
            ),
            plans_found=self.tracker.plans_found,
            greedy_objective=getattr(self, "greedy_objective", None),
            waitlist=waitlist,
            changes=changes,
            moves=len(moved(inst, assign)) if inst.problem.is_resolve else 0,
            moves_proven_minimal=self.moves_proven,
            waitlist_bound=self.waitlist_bound,
            waitlist_proven=self.waitlist_proven,
            reproducible=(
                self.params.reproducible
                and not self.clock.cut
                and status is not SolveStatus.CANCELLED  # where a cancel lands is chance
            ),
            cut_by_clock=tuple(self.clock.cut),
            stats={**self.stats, **({"discarded": self.discarded} if self.discarded else {})},
            frontier=frontier,
        )

    def _bound(self, assign: np.ndarray, status: SolveStatus, objective: int):
        """The best valid upper bound: the lowest of CP-SAT's, the LP's, the bound search's
        and counting's that hold for the problem solved (on re-solve: with moves held)."""
        inst = self.inst
        if status is SolveStatus.OPTIMAL:
            return objective, self.scope if self.scope != "none" else "full"
        if inst.problem.is_resolve:
            held = []
            if self.scope == "moves_fixed":  # bounds of the quality model, moves held
                held += [b for b in (self.bound, self.lp_value) if b is not None]
            if self.moves_proven:
                held.append(counting_bound(inst, soft_only=True) + _dominant(inst, assign))
            elif self.scope != "moves_fixed":  # a neighbourhood model's bound holds for it only
                return self.bound, self.scope if self.bound is not None else "none"
            return (min(held), "moves_fixed") if held else (None, "none")
        bounds = [self._counting()]
        if self.waitlist_bound:  # every plan waitlists at least this much
            bounds.append(self.soft_bound - self.waitlist_bound)
        if self.scope == "full" and self.bound is not None:
            if self.held_waitlist is None:
                bounds.append(self.bound)
            elif self.waitlist_proven:  # CP-SAT's bound holds with the waitlist held only
                others = self.soft_bound - self.held_waitlist - self.waitlist_step
                bounds.append(max(self.bound, others))
        bounds += [b for b in (self.lp_value, self.tree_value) if b is not None]
        return min(bounds), "full"

    def _infeasible(self, lines: list[str], proven: bool = True) -> SolveResult:
        return SolveResult(
            status=SolveStatus.INFEASIBLE if proven else SolveStatus.NO_PLAN,
            explanation=tuple(lines),
            times=Times(total=self.tracker.elapsed()),
            stats=dict(self.stats),
        )


def _dominant(inst: Instance, assign: np.ndarray) -> int:
    terms = breakdown(inst, assign)
    return terms["waitlist"] + terms["moves"]


def _hold_dominant(
    bm: BuiltModel, inst: Instance, assign: np.ndarray, *, combined: bool = False
) -> None:
    """Constraints: no more waitlist cost and no more moves than `assign` has (`combined`: no
    more of the two together)."""
    reached = breakdown(inst, assign)
    terms = bm.objective.terms()
    if combined:
        parts = [terms["waitlist"], terms["moves"]]
        variables = np.concatenate([p[0] for p in parts])
        points = np.concatenate([np.asarray(p[1], dtype=np.int64) for p in parts])
        constant = sum(p[2] for p in parts)
        most = int(points[points > 0].sum())
        need = reached["waitlist"] + reached["moves"] - constant
        bm.pm.linear(variables.tolist(), points.tolist(), need, most)
        return
    for rule in ("waitlist", "moves"):
        variables, points, constant = terms[rule]
        if len(variables):
            # const + Σ points·v ≥ reached  ⇔  Σ points·v ≥ reached − const
            most = int(points[points > 0].sum())
            bm.pm.linear(variables.tolist(), points.tolist(), reached[rule] - constant, most)
