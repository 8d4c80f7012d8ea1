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
from .confirmed import place_confirmed
from .constraints import BuildStopped
from .evaluate import breakdown, is_valid, moved, total
from .explain import fixed_clash, waitlist_reasons
from .frontier import point_of, trace_frontier
from .greedy import greedy
from .instance import Instance, build_instance
from .local_search import anneal
from .lp_bound import LinearRelaxation, LpBound
from .model import BuiltModel, build_model
from .neighbourhood import restrict, total_candidates
from .params import SolveParams, cp_parameters
from .progress import CancelFlag, ProgressFn, SolutionCallback, Tracker, Watchdog, is_cancelled
from .repair import repair
from .result import FrontierPoint, SolveResult, SolveStatus, Times, WaitlistEntry
from .windows import WINDOW_BOOTHS, WINDOW_SECONDS, make_window, merge, window_booths, window_order

# The move-minimising model (hard rules only) stays on every candidate up to this many times
# `max_candidates`: it has no sector variables, so it builds and presolves far faster.
MOVES_MODEL_FACTOR = 4


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
    inst = build_instance(problem)
    tracker = Tracker(on_progress, lambda a: to_plan(inst, a))
    run = _Run(inst, params, tracker, cancel)
    return run.go()


def to_plan(inst: Instance, assign: np.ndarray) -> Plan:
    stands = {inst.ex[e].id: inst.stand(int(p)) for e, p in enumerate(assign) if p >= 0}
    locked = set(inst.problem.locked) & stands.keys()
    return Plan(stands, frozenset(locked))


class _Run:
    def __init__(self, inst: Instance, params: SolveParams, tracker: Tracker, cancel) -> None:
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
        self.frontier: list[FrontierPoint] = []

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
            moves_proven=bool(self.moves_proven),
        )

    def _fresh(self, best: np.ndarray, large: bool) -> np.ndarray:
        """Anneal, then CP-SAT on one model (or window by window when `large`); meanwhile on
        threads the LP bound, when the problem is small enough for PDLP to finish, and on
        small problems the LB-tree search's bound (which may prove the annealed plan best)."""
        inst, params = self.inst, self.params
        limit = self._search_limit()
        bm = None
        share = params.anneal_share_windows if large else params.anneal_share
        if not large or total_candidates(inst) <= params.lp_bound_max:
            bm = self._build(inst, record_rows=True)
            objective = bm.objective.full()
            self.lp = LpBound(lambda: LinearRelaxation(bm.pm, *objective), params.time_limit_s)
            if share > 0 and total_candidates(inst) <= params.bound_search_max:
                bm.use_objective("full")
                self.tree = BoundSearch(
                    bm.pm.model.clone(),
                    limit * share,
                    reproducible=params.reproducible,
                    seed=params.seed,
                )
        if share > 0:
            best = self._anneal(best, limit * share)
        rest = max(0.1, limit * (1 - share)) if params.reproducible else self._search_limit()
        if is_cancelled(self.cancel):
            return best
        if self.tree is not None:
            # Reproducible: wait for its deterministic budget, so the bound (and whether the
            # plan is proven best) is the same run after run. Fast: take what it has now.
            wait = 3 * limit * share + 5 if params.reproducible else 0.0
            self.tree_value = self.tree.result(wait, self.cancel)
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
            self.proven = phase.status == cp_model.OPTIMAL and self.scope == "full"
            if self.tree_value is not None and total(inst, best) >= self.tree_value:
                self.proven = True
        if not self.proven and self._reaches_lp_bound(best):
            self.proven = True
        return best

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
        self.tracker.bound_moved(counting_bound(inst))  # the bound this search reports
        while spent < limit - 0.05 and quiet < per_sweep and not is_cancelled(self.cancel):
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
            if better and total(inst, phase.assign) > score:
                best, score, quiet = phase.assign, total(inst, phase.assign), 0
                self.kept = best
        self.clock_stop = spent >= limit - 0.05
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
        limit = self._search_limit()
        repaired_at = self.tracker.elapsed()
        whole = total_candidates(inst) <= MOVES_MODEL_FACTOR * self.params.max_candidates
        hard = self._build(inst if whole else model_inst, soft=False)
        if is_cancelled(self.cancel):
            return best
        repaired = best
        reached = _dominant(inst, best)
        # Core-guided search proves the fewest moves in about a second where the LP-based
        # interleaved search does not in a minute (measured at 400 exhibitors), so this phase
        # always races its workers against the wall clock.
        if reached == 0:
            # Nobody waits and nobody moves: nothing can cost less, no search needed. (With
            # confirmed exhibitors kept, the core-guided search did not prove even this within
            # the phase at 400 exhibitors: measured, docs/benchmarks.md.)
            first = Phase(cp_model.OPTIMAL, None, 0, False, 0.0)
        else:
            first = self._phase(
                hard,
                "dominant",
                best,
                limit * self.params.resolve_share,
                parallel=True,
                worker="core",
            )
        fewer = first.assign is not None and _dominant(inst, first.assign) > reached
        if fewer:
            self.times["minimal_moves_plan"] = self.tracker.elapsed()
            best = self._better(best, first.assign, force=True)
        self.times.setdefault("minimal_moves_plan", repaired_at)
        self.moves_proven = first.status == cp_model.OPTIMAL and (
            whole or self.scope == "full" or reached == 0
        )
        if self.moves_proven:
            self.times["moves_proven"] = self.tracker.elapsed()
        if is_cancelled(self.cancel):
            return best
        quality_s = max(0.1, limit * (1 - self.params.resolve_share))
        # The LP bound needs the whole problem (a neighbourhood model's would not hold for
        # it), and is worth its CPU only when PDLP can finish within the quality phase.
        pairs = total_candidates(inst)
        with_lp = (
            model_inst is inst
            and pairs <= self.params.lp_bound_max
            and pairs <= self.params.lp_pairs_per_s * quality_s
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
            self.lp = LpBound(lambda: LinearRelaxation(bm.pm, *objective), quality_s)
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
        solver = cp_parameters(params, max(0.05, seconds), full_worker=worker)
        decode = decode or bm.v.extract
        callback = SolutionCallback(self.tracker, decode, lambda a: total(inst, a), self.cancel)
        if mode == "full" and keep_bound:
            solver.best_bound_callback = lambda b: self.tracker.bound_moved(int(round(b)))

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
        if mode == "full" and keep_bound and status != cp_model.INFEASIBLE:
            bound = int(round(solver.best_objective_bound))
            self.bound = bound
        clock = status != cp_model.OPTIMAL and not is_cancelled(self.cancel)
        self.clock_stop = self.clock_stop or clock
        del offset
        used = solver.deterministic_time if params.reproducible else solver.wall_time
        return Phase(status, assign, bound, clock, used)

    def _search_limit(self) -> float:
        """Seconds left for CP-SAT. Reproducible runs give the search the whole limit in
        deterministic time (subtracting the varying wall-clock build time would break
        reproducibility); fast runs keep the whole solve within the limit."""
        if self.params.reproducible:
            return self.params.time_limit_s
        return max(0.1, self.params.time_limit_s - self.tracker.elapsed())

    def _better(self, best: np.ndarray, other: np.ndarray | None, force: bool = False):
        """The better valid plan of the two (`other` when `force`); remembered in `kept`, the
        plan a cancel returns."""
        valid = other is not None and is_valid(self.inst, other)
        if valid and (force or total(self.inst, other) >= total(self.inst, best)):
            best = other
        self.kept = best
        return best

    def _reaches_lp_bound(self, best: np.ndarray) -> bool:
        """Whether `best` scores the LP bound, waiting for the bound at most until the LP's
        own deadline (its bound is then reported and kept for the result)."""
        if self.lp is None or is_cancelled(self.cancel):
            return False
        self.lp_value = self.lp.result(self.lp.deadline - time.perf_counter())
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
        budget = params.explain_time_s if explain else 0.0
        reasons = waitlist_reasons(
            inst, assign, budget_s=budget, seed=params.seed, resolve=inst.problem.is_resolve
        )
        explain_s = time.perf_counter() - start
        bound, scope = self._bound(assign, status, objective)
        gap = None if bound is None else max(0.0, (bound - objective) / max(1, abs(objective)))
        plan = to_plan(inst, assign)
        changes = list_changes(inst, assign, self.dropped, reasons)
        waitlist = tuple(
            WaitlistEntry(inst.ex[e].id, inst.ex[e].name, reasons[e]) for e in sorted(reasons)
        )
        frontier: tuple[FrontierPoint, ...] = ()
        if inst.problem.is_resolve and status is not SolveStatus.CANCELLED:
            held = None if bound is None else bound - terms["moves"]
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
            ),
            plans_found=self.tracker.plans_found,
            greedy_objective=getattr(self, "greedy_objective", None),
            waitlist=waitlist,
            changes=changes,
            moves=len(moved(inst, assign)) if inst.problem.is_resolve else 0,
            moves_proven_minimal=self.moves_proven,
            stats=dict(self.stats),
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
        bounds = [counting_bound(inst)]
        if self.scope == "full" and self.bound is not None:
            bounds.append(self.bound)
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
