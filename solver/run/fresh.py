"""A fresh solve: the waitlist first, then the annealer and CP-SAT on one model (window by
window on large problems), with the LP and LB-tree bounds on threads."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from ortools.sat.python import cp_model

from ..bound import counting_bound
from ..bound_search import BoundSearch
from ..built_model import BuiltModel
from ..evaluate import is_valid, total
from ..floor_windows import (
    WINDOW_BOOTHS,
    WINDOW_SECONDS,
    make_window,
    merge,
    window_booths,
    window_order,
)
from ..integer_plan import INTEGER_AFTER_PROOF_S, INTEGER_PLAN_MAX, IntegerPlan
from ..lp_bound import LinearRelaxation, LpBound
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..rank_repair import fair_waitlist
from ..waitlist import hold_placed, hold_waitlist, waitlist_cost, waitlist_step
from ..waitlist_lp import relax_waitlist, round_plan
from .bounds import reaches_lp_bound
from .choices_first import choices_first
from .integer_first import integer_plan, integer_proven
from .lowest_waitlist import lowest_ranked_waitlist
from .phase import Phase, anneal_from, run_phase, search_around
from .state import Run

# The waitlist phase's model is built only up to this many candidate pairs: its build is not
# interruptible by the clock (measured 6 s at 2,000 exhibitors, 1.75 M pairs, where the phase
# found nothing anyway); above, the annealer alone lowers the waitlist.
WAITLIST_MODEL_MAX = 300_000
# The waitlist's relaxation (GLOP) is built up to this many pairs: measured 7 s to build and
# solve at 1,000 exhibitors (400 k pairs).
WAITLIST_LP_MAX = 1_000_000
# SCIP's search for a small fair's best plan may take this share of the wall clock left.
INTEGER_WALL_SHARE = 0.8
# The share of a fresh solve's budget the annealer works before the waitlist phase.
WARM_SHARE = 0.1


def fresh(run: Run, best: np.ndarray, large: bool) -> np.ndarray:
    """Anneal, then CP-SAT on one model (or window by window when `large`); meanwhile on
    threads the LP bound, when the problem is small enough for PDLP to finish, and on
    small problems the LB-tree search's bound (which may prove the annealed plan best), or
    on the smallest SCIP's best plan (`integer_plan`, which then takes the search's place)."""
    best = waitlist_first(run, best)
    if is_cancelled(run.cancel):
        return best
    best = run.better(best, fair_waitlist(run.inst, best), force=True)
    best = run.better(best, lowest_ranked_waitlist(run, best), force=True)
    limit = run.search_limit()
    bm = _model_and_bounds(run, large, limit)  # before the hold: the bounds stay global
    with run.placed_held(best):
        if bm is not None:
            hold_placed(bm, run.held_placed)
            if _integer(run, large):
                _start_integer(run, bm, best, limit)
        best = choices_first(run, best, limit)
        return _improve(run, bm, best, large, run.search_limit())


def _share(run: Run, large: bool) -> float:
    return run.params.anneal_share_windows if large else run.params.anneal_share


def _start_integer(run: Run, bm: BuiltModel, best: np.ndarray, limit: float) -> None:
    """SCIP's search for the best plan, beside the annealer and then CP-SAT for the whole
    search (3.5 s at 960 pairs, where the annealer's share of a 10 s solve is 2.7 s), with
    the holds. A proven least waitlist also keeps everyone waiting waitlisted (placing one
    more would make it less): measured on a sold-out fair of 41 exhibitors in 38 booths, SCIP
    then proves the best plan in 21 s, 38 points above the search's, and without it proves
    nothing in 23 s."""
    placed = run.held_placed
    waiting = []
    if placed and run.waitlist_proven:
        waiting = [e for e, p in enumerate(best.tolist()) if p < 0]
    # Wall seconds: the reproducible search's limit is deterministic, and on two cores SCIP
    # shares them with CP-SAT's workers (rows of 960 pairs: 3.5 s alone, over 5.4 s beside).
    # Of the time limit, not of a wall limit raised for a busy machine (tests: 120 s).
    left = run.params.time_limit_s - run.tracker.elapsed()
    seconds = min(max(limit, INTEGER_WALL_SHARE * left), run.clock.left())
    objective = bm.objective.full()
    run.tree = IntegerPlan(bm, objective, seconds, placed=placed, waiting=waiting)


def _integer(run: Run, large: bool) -> bool:
    """SCIP looks for the best plan (`integer_plan`) beside the annealer and CP-SAT."""
    return _share(run, large) > 0 and not large and total_candidates(run.inst) <= INTEGER_PLAN_MAX


def _model_and_bounds(run: Run, large: bool, limit: float) -> BuiltModel | None:
    """The whole model (none when `large` and too big for the LP) with its bounds started on
    threads, and the waitlist's cost held in it."""
    inst, params = run.inst, run.params
    if large and total_candidates(inst) > params.lp_bound_max:
        return None
    bm = run.build(inst, record_rows=True)
    objective = bm.objective.full()
    run.lp = LpBound(
        lambda: LinearRelaxation(bm.pm, *objective), run.lp_seconds(params.time_limit_s)
    )
    share = _share(run, large)
    small = total_candidates(inst) <= params.bound_search_max
    if share > 0 and small and not _integer(run, large):  # else SCIP's (`fresh`)
        bm.use_objective("full")
        run.tree = BoundSearch(
            bm.pm.model.clone(),
            limit * share,
            reproducible=params.reproducible,
            seed=params.seed,
        )
    if run.held_waitlist is not None:
        hold_waitlist(bm, run.held_waitlist)  # after the bounds' copies: they stay global
    return bm


def _improve(
    run: Run, bm: BuiltModel | None, best: np.ndarray, large: bool, limit: float
) -> np.ndarray:
    """The rest of the score, the waitlist held (who is placed stays placed)."""
    inst, params = run.inst, run.params
    share = _share(run, large)
    if share > 0:
        best = anneal_from(run, best, limit * share)
    rest = max(0.1, limit * (1 - share)) if params.reproducible else run.search_limit()
    if is_cancelled(run.cancel):
        return best
    if isinstance(run.tree, IntegerPlan):
        if integer_proven(run):  # beside the annealer
            return _integer_best(run, best)
    elif run.tree is not None:
        # Reproducible: wait for its deterministic budget, so the bound (and whether the
        # plan is proven best) is the same run after run. Fast: take what it has now.
        wait = 3 * limit * share + 5 if params.reproducible else 0.0
        run.tree_value = run.tree.result(run.clock.cap(wait), run.cancel)
        if run.tree_value is None and params.reproducible and run.clock.over():
            run.clock.note_cut("bound_search")
        if is_cancelled(run.cancel):
            return best
        if run.tree_value is not None:
            run.stats["bound_search"] = run.tree_value
            run.tracker.bound_moved(run.tree_value)
            if total(inst, best) >= run.tree_value:
                run.proven = True  # the plan reaches a valid upper bound
                return best
    if large:
        best = _windows(run, best, rest)
    else:
        assert bm is not None  # built above for every problem below `windows_above`
        stopped = run.clock_stop
        phase = run_phase(run, bm, "full", best, rest)
        best = run.better(best, phase.assign)
        optimal = phase.status == cp_model.OPTIMAL and run.scope == "full"
        run.best_held = optimal
        run.proven = optimal and _held_is_global(run, best)
        if isinstance(run.tree, IntegerPlan):
            found = _integer_after(run, run.tree)
            if found is not None and total(inst, found) >= total(inst, best):
                if integer_proven(run):
                    run.clock_stop = stopped  # SCIP's plan ended CP-SAT's search, not the clock
                return _integer_best(run, best)
        if run.tree_value is not None and total(inst, best) >= run.tree_value:
            run.proven = True
    if not run.proven and reaches_lp_bound(run, best):
        run.proven = True
    return best


def _integer_after(run: Run, plan: IntegerPlan) -> np.ndarray | None:
    """SCIP's plan (`integer_first.integer_plan`) once CP-SAT's phase has ended, waited for
    within SCIP's budget, and for a while even when CP-SAT proved its own plan best: a plan
    no seed chose is what the tie-break falls back on; SCIP's bound kept."""
    wait = plan.left() if not run.best_held else min(plan.left(), INTEGER_AFTER_PROOF_S)
    run.tree_value = plan.result(run.clock.cap(wait), run.cancel)
    if plan.bound is not None:
        run.stats["integer_bound"] = plan.bound
    if run.tree_value is not None:
        run.tracker.bound_moved(run.tree_value)
    return None if is_cancelled(run.cancel) else integer_plan(run)


def _integer_best(run: Run, best: np.ndarray) -> np.ndarray:
    """SCIP's plan (`integer_plan`: the same for every seed) in place of the search's, which
    it equals or betters; proven best with the holds when it scores SCIP's bound."""
    run.stats["integer_plan"] = 1
    if isinstance(run.tree, IntegerPlan) and run.tree.bound is not None:
        run.stats["integer_bound"] = run.tree.bound
    proven = integer_proven(run)
    best = run.better(best, integer_plan(run), force=True)
    if proven:
        run.best_held = True
        run.proven = _held_is_global(run, best)
    return best


def _held_is_global(run: Run, best: np.ndarray) -> bool:
    """A plan proven best with the holds in place is best of all plans: nobody was held
    placed, and no plan waitlisting more can score higher (see `global_from_held`)."""
    if run.held_placed:
        return False  # another plan, as fair and as cheap, might score more
    if run.held_waitlist is None:
        return True
    others = run.soft_bound - run.held_waitlist - run.waitlist_step
    return bool(run.waitlist_proven) and total(run.inst, best) >= others


def waitlist_first(run: Run, best: np.ndarray) -> np.ndarray:
    """Minimise the tier-weighted waitlist on the hard rules alone, then hold it: the
    quality model's objective is dominated by thousands of small pair terms and its LP
    says little about who fits, so on tight venues it left exhibitors waitlisted that a
    plan could place (measured: docs/benchmarks.md).

    First the relaxation (`waitlist_lp`): its bound, a plan rounded from it and a small
    exact search around what the rounding left in doubt; on the tight family this reaches
    the bound within seconds up to 1,000 exhibitors. Only if a gap remains, a short
    annealing and CP-SAT's search over the whole hard model."""
    inst = run.inst
    cost = waitlist_cost(inst, best)
    run.times["waitlist_plan"] = run.times.get("first_plan", 0.0)
    if cost == 0:
        run.waitlist_bound, run.waitlist_proven = 0, True
        return best
    run.held_waitlist = cost  # from now on no plan may waitlist more than the greedy's
    run.soft_bound = counting_bound(inst, soft_only=True)
    run.waitlist_step = waitlist_step(inst)
    limit = run.search_limit()
    budget = limit * run.params.waitlist_share
    lowest, spent, hard = 0, 0.0, None
    if total_candidates(inst) <= WAITLIST_LP_MAX:
        hard = run.build(inst, soft=False, stats=False, record_rows=True)
        if is_cancelled(run.cancel):
            return best
        best, lowest, spent = _waitlist_relaxed(run, hard, best, budget)
    cost = waitlist_cost(inst, best)
    if cost > lowest:
        best, phase = _waitlist_search(run, hard, best, max(0.1, budget - spent), limit)
        spent += phase.used if phase is not None else 0.0
        if phase is not None and phase.bound is not None:
            # Proven by the bound, not the status word (after a stop it may read OPTIMAL).
            lowest = max(lowest, -phase.bound)
    if run.params.reproducible:
        run.deterministic_spent = spent
    cost = waitlist_cost(inst, best)
    run.waitlist_bound = min(cost, lowest)
    run.waitlist_proven = run.waitlist_bound == cost
    run.held_waitlist = cost
    run.stats["waitlist_bound"] = run.waitlist_bound
    return best


def _waitlist_relaxed(
    run: Run, hard: BuiltModel, best: np.ndarray, budget: float
) -> tuple[np.ndarray, int, float]:
    """The relaxation's bound and rounded plan, then an exact search of the neighbourhood
    the rounding left in doubt. Returns the plan, the bound and the deterministic seconds
    spent (the relaxation's own are not counted: they do not vary with the machine, and
    counting their wall time would)."""
    inst = run.inst
    relaxed = relax_waitlist(inst, hard, run.clock.cap(budget), best)
    if not relaxed.optimal and run.params.reproducible:
        run.clock.note_cut("waitlist_relaxation")
    run.stats["waitlist_relaxation"] = relaxed.lowest
    rounded = round_plan(inst, hard, relaxed.share)
    best = run.fewer_waitlisted(best, rounded)
    spent = 0.0
    if waitlist_cost(inst, best) > relaxed.lowest and not is_cancelled(run.cancel):
        lowest = relaxed.lowest
        phase = search_around(
            run, hard, relaxed.share, best, budget / 2, lambda a: waitlist_cost(inst, a) <= lowest
        )
        spent = phase.used
        best = run.fewer_waitlisted(best, phase.assign)
    return best, relaxed.lowest, spent


def _waitlist_search(
    run: Run, hard: BuiltModel | None, best: np.ndarray, seconds: float, limit: float
) -> tuple[np.ndarray, Phase | None]:
    """A short annealing (it places many on large odd venues: measured at 400
    exhibitors, 71 → 54 waitlisted), then CP-SAT's search over the whole hard model from
    its plan (below `WAITLIST_MODEL_MAX` pairs)."""
    inst = run.inst
    warm_s = min(seconds / 2, limit * WARM_SHARE)
    best = run.fewer_waitlisted(best, anneal_from(run, best, warm_s))
    if total_candidates(inst) > WAITLIST_MODEL_MAX:  # too big to build within a limit
        return best, None
    if hard is None:
        hard = run.build(inst, soft=False, stats=False)
    if is_cancelled(run.cancel):
        return best, None
    phase = run_phase(run, hard, "dominant", best, seconds - warm_s, worker="waitlist")
    phase = replace(phase, used=phase.used + warm_s)
    return run.fewer_waitlisted(best, phase.assign), phase


def _windows(run: Run, best: np.ndarray, limit: float) -> np.ndarray:
    """Large-neighbourhood search over windows of the floor (see `windows`)."""
    inst = run.inst
    order = window_order(inst)
    step = max(1, WINDOW_BOOTHS // 2)
    per_sweep = -(-len(order) // step)
    spent, k, quiet = 0.0, 0, 0
    score = total(inst, best)
    began = run.tracker.elapsed()
    run.tracker.bound_moved(run.counting())  # the bound this search reports
    while spent < limit - 0.05 and quiet < per_sweep and not is_cancelled(run.cancel):
        if run.clock.left() < 0.05:
            if run.params.reproducible:
                run.clock.note_cut("windows")
            break
        seed = order[(k * step) % len(order)]
        k += 1
        quiet += 1
        window = make_window(inst, best, window_booths(inst, seed))
        if len(window.free) < 2:
            continue
        bm = run.build(window.inst, stats=False)
        phase = run_phase(
            run,
            bm,
            "full",
            window.hint,
            min(WINDOW_SECONDS, limit - spent),
            decode=lambda sol, w=window, b=best, m=bm: merge(b, w, m.v.extract(sol)),
            keep_bound=False,
        )
        spent += phase.used
        if not run.params.reproducible:  # the fast profile keeps the solve within the limit
            spent = max(spent, run.tracker.elapsed() - began)
        found = phase.assign
        if found is not None:
            better = is_valid(inst, found)
            if not better:
                run.discarded += 1
            better = better and run.keeps_waitlist(found)
            if better and total(inst, found) > score:
                best, score, quiet = found, total(inst, found), 0
                run.kept = best
    run.clock_stop = spent >= limit - 0.05 or run.clock.over()
    run.stats.update(windows=k)
    return best
