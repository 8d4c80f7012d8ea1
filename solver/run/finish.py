"""The result of a solve: the plan, its score and bound, the waitlist's reasons, the
changes and the frontier; or the explanation when there is no plan."""

from __future__ import annotations

import time

import numpy as np

from qods_planner.model import Plan

from ..change_list import list_changes
from ..clock import FINISH_S
from ..evaluate import breakdown, moved
from ..frontier import point_of
from ..instance import Instance
from ..rank_repair import rank_repair
from ..result import FrontierPoint, SolveResult, SolveStatus, Times, WaitlistEntry
from ..waitlist import waitlist_ceiling, waitlist_step
from ..why_waitlisted import waitlist_reasons
from .bounds import best_bound
from .state import Run

# Stopped threads end within a watchdog's poll (50 ms) and CP-SAT's stop; this is a cap.
THREAD_JOIN_S = 2.0


def to_plan(inst: Instance, assign: np.ndarray) -> Plan:
    stands = {inst.ex[e].id: inst.stand(int(p)) for e, p in enumerate(assign) if p >= 0}
    locked = set(inst.problem.locked) & stands.keys()
    return Plan(stands, frozenset(locked))


def finish(run: Run, assign: np.ndarray, status: SolveStatus) -> SolveResult:
    inst, params = run.inst, run.params
    run.stop_threads()
    run.join_threads(THREAD_JOIN_S)
    searched = sum(breakdown(inst, assign).values())
    assign = rank_repair(inst, assign)
    terms = breakdown(inst, assign)
    objective = sum(terms.values())
    if objective != searched:  # what undoing the search's inversions cost (or gained)
        run.stats["rank_repair_points"] = objective - searched
    if objective < searched and status is SolveStatus.OPTIMAL:
        # The fair order came before the rest of the score: the best score is no longer ours.
        status = SolveStatus.FEASIBLE
    start = time.perf_counter()
    explain = params.explain and status is not SolveStatus.CANCELLED
    # Until the limit plus a little: the reserve the search left, and what it did not use
    # (a quarter of the limit at most: a search that ended early leaves room for reasons).
    end = run.clock.deadline + run.reserve + FINISH_S - 0.3
    most = max(params.explain_time_s, 0.25 * params.time_limit_s)
    budget = max(0.2, min(most, end - time.perf_counter())) if explain else 0.0
    proven = run.moves_proven if inst.problem.is_resolve else run.waitlist_proven
    reasons = waitlist_reasons(
        inst,
        assign,
        budget_s=budget,
        seed=params.seed,
        resolve=inst.problem.is_resolve,
        proven=bool(proven),
    )
    explain_s = time.perf_counter() - start
    bound, scope = best_bound(run, assign, status, objective)
    gap = None if bound is None else max(0.0, (bound - objective) / max(1, abs(objective)))
    plan = to_plan(inst, assign)
    changes = list_changes(inst, assign, run.dropped, {e: r[1] for e, r in reasons.items()})
    waitlist = tuple(
        WaitlistEntry(inst.ex[e].id, inst.ex[e].name, reasons[e][1], reasons[e][0])
        for e in sorted(reasons)
    )
    frontier: tuple[FrontierPoint, ...] = ()
    if inst.problem.is_resolve and status is not SolveStatus.CANCELLED:
        held = None if bound is None else bound - terms["moves"]
        m = len(moved(inst, assign))
        at_cap = run.cap_bound().bound(m)
        if at_cap is not None:
            at_cap += waitlist_ceiling(run.waitlist_lines(), m, waitlist_step(inst))
            held = at_cap if held is None else min(held, at_cap)
        if run.bound_at_fewest is not None:
            held = run.bound_at_fewest if held is None else min(held, run.bound_at_fewest)
        first = point_of(
            inst,
            assign,
            cap=len(moved(inst, assign)),
            bound=held,
            proven=status is SolveStatus.OPTIMAL,
            seconds=run.times.get("minimal_moves_plan", 0.0),
            changes=changes,
            waitlist=waitlist,
        )
        frontier = (first, *run.frontier)
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
            first_plan=run.times.get("first_plan", 0.0),
            build=run.times.get("build", 0.0),
            first_solver_plan=run.tracker.first_solver_plan,
            minimal_moves_plan=run.times.get("minimal_moves_plan"),
            moves_proven=run.times.get("moves_proven"),
            explain=explain_s,
            total=run.tracker.elapsed(),
            waitlist_plan=run.times.get("waitlist_plan"),
        ),
        plans_found=run.tracker.plans_found,
        greedy_objective=run.greedy_objective,
        waitlist=waitlist,
        changes=changes,
        moves=len(moved(inst, assign)) if inst.problem.is_resolve else 0,
        moves_proven_minimal=run.moves_proven,
        waitlist_bound=run.waitlist_bound,
        waitlist_proven=run.waitlist_proven,
        reproducible=(
            run.params.reproducible
            and not run.clock.cut
            and status is not SolveStatus.CANCELLED  # where a cancel lands is chance
        ),
        cut_by_clock=tuple(run.clock.cut),
        stats={**run.stats, **({"discarded": run.discarded} if run.discarded else {})},
        frontier=frontier,
    )


def infeasible(run: Run, lines: list[str], proven: bool = True) -> SolveResult:
    return SolveResult(
        status=SolveStatus.INFEASIBLE if proven else SolveStatus.NO_PLAN,
        explanation=tuple(lines),
        times=Times(total=run.tracker.elapsed()),
        stats=dict(run.stats),
    )
