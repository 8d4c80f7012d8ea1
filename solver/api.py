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
5. Fresh, proven best: among the plans of that score, the one with the least fixed key
   (`run.tie_break`), so that no seed decides between equally good plans.
6. The best plan found, a reason per waitlisted exhibitor, the changes against the reference.

The phases live in `solver/run/`: `fresh` (with `lowest_waitlist`), `resolve`, `phase` (one
CP-SAT search), `bounds`, `tie_break`, `finish` (the result), sharing one `state.Run`.
"""

from __future__ import annotations

from qods_planner.messages import tr
from qods_planner.snapshot import Problem

from .clock import Clock
from .confirmed import place_confirmed
from .constraints import BuildStopped
from .evaluate import is_valid, total
from .explain import fixed_clash
from .greedy import greedy
from .indexing import build_instance
from .neighbourhood import restrict, total_candidates
from .params import SolveParams
from .progress import CancelFlag, ProgressFn, Tracker, is_cancelled
from .repair import repair
from .result import SolveResult, SolveStatus
from .run.fair_polish import fair_polish
from .run.finish import finish, infeasible, to_plan
from .run.fresh import fresh
from .run.resolve import frontier, resolve
from .run.state import Run, reserve_for
from .run.tie_break import tie_break
from .waitlist import waitlist_cost


def solve(
    problem: Problem,
    params: SolveParams | None = None,
    on_progress: ProgressFn | None = None,
    cancel: CancelFlag | None = None,
) -> SolveResult:
    """Plan `problem` (see the module doc). Never raises for infeasible, cancelled or
    time-limited runs: they are statuses of the result. A re-solve's time limit is at most
    `params.resolve_limit_s`."""
    params = (params or SolveParams()).for_problem(problem.is_resolve)
    clock = Clock(params.wall_s - reserve_for(params))  # indexing counts against the limit too
    inst = build_instance(problem)
    tracker = Tracker(on_progress, lambda a: to_plan(inst, a))
    return go(Run(inst, params, tracker, cancel, clock))


def go(run: Run) -> SolveResult:
    """The phases of the module doc, from a first plan to the result."""
    inst = run.inst
    if inst.infeasible:
        return infeasible(run, [m for m, _who in inst.infeasible])
    first = greedy(inst) if not inst.problem.start else None
    if first is None:
        first, run.dropped = repair(inst)
    if not is_valid(inst, first) and is_valid(inst, first, confirmed=False):
        # Only confirmed exhibitors are left waiting: search for room for them.
        budget = run.params.time_limit_s * run.params.resolve_share
        placed = place_confirmed(inst, first, budget_s=budget, seed=run.params.seed)
        if placed.assign is None:
            return infeasible(run, list(placed.lines), proven=placed.infeasible)
        first = placed.assign
    if not is_valid(inst, first):
        clash = fixed_clash(inst, budget_s=run.params.explain_time_s, seed=run.params.seed)
        return infeasible(run, clash or [tr("the pinned and locked stands cannot all be kept")])
    run.times["first_plan"] = run.tracker.elapsed()
    run.tracker.plan_found(total(inst, first), first, solver=False)
    run.greedy_objective = total(inst, first)
    best = first
    if is_cancelled(run.cancel):
        return finish(run, best, SolveStatus.CANCELLED)
    if inst.n_ex == 0 or total_candidates(inst) == 0:
        run.proven = True
        if not inst.problem.is_resolve:  # nobody can be placed: nothing can be better
            run.waitlist_bound, run.waitlist_proven = waitlist_cost(inst, best), True
        return finish(run, best, SolveStatus.OPTIMAL)
    model_inst = inst
    run.scope = "full"
    pairs = total_candidates(inst)
    run.stats["candidates"] = pairs
    large = pairs > run.params.windows_above
    if inst.problem.is_resolve and pairs > run.params.max_candidates:
        model_inst = restrict(inst, first, run.params.max_candidates)
        run.scope = "restricted"
    run.kept = best
    try:
        if inst.problem.is_resolve:
            best = resolve(run, model_inst, best)
        else:
            best = tie_break(run, fair_polish(run, fresh(run, best, large)))
    except BuildStopped:  # cancelled while a model was being built
        return finish(run, run.kept, SolveStatus.CANCELLED)
    if is_cancelled(run.cancel):
        return finish(run, best, SolveStatus.CANCELLED)
    if inst.problem.is_resolve:
        try:
            run.frontier = frontier(run, model_inst, best)
        except BuildStopped:  # cancelled while the frontier's model was being built
            return finish(run, best, SolveStatus.CANCELLED)
    if run.proven:
        return finish(run, best, SolveStatus.OPTIMAL)
    ended = SolveStatus.TIME_LIMIT if run.clock_stop else SolveStatus.FEASIBLE
    return finish(run, best, ended)
