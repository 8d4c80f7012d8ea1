"""One CP-SAT search of a built model from a hinted plan, within the budget and the wall
clock, with its plans and bound reported as they come; and the annealer's turn."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from ortools.sat.python import cp_model

from ..built_model import BuiltModel
from ..evaluate import total
from ..local_search import anneal
from ..neighbourhood import kept_around
from ..params import cp_parameters, waitlist_parameters
from ..progress import SolutionCallback, Watchdog, is_cancelled
from ..waitlist_lp import neighbourhood
from .integer_first import integer_proven
from .state import Run


@dataclass
class Phase:
    """What one search returned: CP-SAT's status, its best plan (None: none found), its bound
    (None: not kept) and the seconds it used."""

    status: cp_model.CpSolverStatus
    assign: np.ndarray | None
    bound: int | None
    used: float  # deterministic seconds when reproducible, else wall-clock seconds


def run_phase(
    run: Run,
    bm: BuiltModel,
    mode: str,
    hint: np.ndarray,
    seconds: float,
    *,
    parallel: bool = False,
    worker: str = "max_lp",
    decode=None,
    keep_bound: bool = True,
    enough: Callable[[np.ndarray], bool] | None = None,
    seed: int | None = None,
) -> Phase:
    """Search `bm` under objective `mode` from `hint` for `seconds` (deterministic seconds
    when reproducible, never past the wall clock); `parallel` races the workers, `decode`
    turns a solution into a plan, `keep_bound` records CP-SAT's bound, and the search stops
    at a plan that is `enough`; `seed` replaces the run's."""
    inst = run.inst
    if is_cancelled(run.cancel):
        return Phase(cp_model.UNKNOWN, None, None, 0.0)
    offset = bm.use_objective(mode)
    bm.hint(hint)
    params = replace(run.params, reproducible=False) if parallel else run.params
    if seed is not None:
        params = replace(params, seed=seed)
    if worker == "waitlist":
        solver = waitlist_parameters(params, max(0.05, seconds))
    else:
        solver = cp_parameters(params, max(0.05, seconds), full_worker=worker)
    # The wall clock holds in every profile (a reproducible phase's deterministic budget
    # stays; the clock only cuts it short on a busy machine, and the run says so).
    asked = solver.parameters.max_time_in_seconds
    wall = run.clock.cap(asked)
    if wall < 0.02:
        if params.reproducible:
            run.clock.note_cut(mode)
        run.clock_stop = True
        return Phase(cp_model.UNKNOWN, None, None, 0.0)
    solver.parameters.max_time_in_seconds = wall
    decode = decode or bm.v.extract
    callback = SolutionCallback(run.tracker, decode, lambda a: total(inst, a), run.cancel, enough)
    if mode == "full" and keep_bound:
        solver.best_bound_callback = lambda bound: report_bound(run, bound)

    def reached() -> bool:
        """A plan reached a known bound (the bound search's, or the LP's once it comes):
        nothing better exists. CP-SAT reports only better plans, so stopping then cannot
        change which plan a reproducible run returns."""
        candidates = [run.tree_value, None if run.lp is None else run.lp.value]
        known = [b for b in candidates if b is not None]
        # SCIP's plan, proven best and one the solve may return, takes this search's place.
        return bool(known) and callback.reaches(min(known)) or integer_proven(run)

    with Watchdog(solver, run.cancel, reached if mode == "full" else None):
        status = solver.solve(bm.pm.model, callback)
    assign = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        assign = decode(np.asarray(solver.response_proto.solution, dtype=np.int64))
    bound = None
    if keep_bound and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        bound = int(round(solver.best_objective_bound))
        if mode == "full":
            run.bound = bound
    # A search stopped at a plan that is enough ended on what it knew, not on the clock.
    clock = status != cp_model.OPTIMAL and not is_cancelled(run.cancel) and not callback.enough_met
    budget = solver.parameters.max_deterministic_time
    # Cut by the wall clock: the cap bit (not a stop at a reached bound, nor the budget).
    cut = wall < asked and (run.clock.over() or solver.wall_time >= wall - 0.05)
    if params.reproducible and clock and cut and solver.deterministic_time < 0.98 * budget:
        run.clock.note_cut(mode)
    run.clock_stop = run.clock_stop or clock
    del offset
    used = solver.deterministic_time if params.reproducible else solver.wall_time
    return Phase(status, assign, bound, used)


def report_bound(run: Run, bound: float) -> None:
    """CP-SAT's bound as it moves, where it holds for the whole problem: with the waitlist
    held only through `global_from_held`, once the waitlist is proven (else not at all), and
    never with who is placed held."""
    value = int(round(bound))
    if run.held_placed:  # a bound for this waitlist only: others as cheap may score more
        return
    if run.held_waitlist is not None:
        if not run.waitlist_proven:
            return
        value = max(value, run.soft_bound - run.held_waitlist - run.waitlist_step)
    run.tracker.bound_moved(value)


def search_around(
    run: Run,
    hard: BuiltModel,
    share: np.ndarray,
    best: np.ndarray,
    seconds: float,
    enough: Callable[[np.ndarray], bool],
) -> Phase:
    """The exact search on the dominant terms around what rounding the relaxation left in
    doubt (`waitlist_lp.neighbourhood`), everyone else kept where `best` has them, on a model
    of just those (`kept_around`); it stops at a plan that is `enough` (one reaching the
    relaxation's bound: at 200 exhibitors it had taken a further 0.2 s to prove it)."""
    free = neighbourhood(run.inst, hard, share, best)
    small = run.build(kept_around(run.inst, best, free), soft=False, stats=False)
    return run_phase(run, small, "dominant", best, seconds, worker="waitlist", enough=enough)


def anneal_from(run: Run, best: np.ndarray, seconds: float) -> np.ndarray:
    """Simulated annealing from `best` (see `local_search`); better plans are reported
    as they come, and the bounds of the LP and bound-search threads as they move."""
    inst = run.inst
    deadline = time.perf_counter() + seconds
    scored = [total(inst, best)]

    def stop() -> bool:
        for thread in (run.lp, run.tree):
            if thread is not None and thread.value is not None:
                run.tracker.bound_moved(thread.value)  # reports only a lower one
        late = not run.params.reproducible and time.perf_counter() > deadline
        if run.clock.over():
            if run.params.reproducible:
                run.clock.note_cut("anneal")
            late = True
        if is_cancelled(run.cancel):
            run.stop_threads()  # they compete for the GIL with the way out
            return True
        # A plan that reaches the bound cannot be bettered: the annealer's best stays.
        tree = run.tree
        reached = (
            tree is not None and tree.proven and tree.value is not None and scored[0] >= tree.value
        )
        # SCIP's plan, proven best and one the solve may return: the annealer's is not needed.
        return late or reached or integer_proven(run)

    def better(assign: np.ndarray) -> None:
        scored[0] = total(inst, assign)
        run.tracker.plan_found(scored[0], assign, solver=False)
        run.kept = assign

    found = anneal(inst, best, seconds, seed=run.params.seed, stop=stop, on_better=better)
    return run.better(best, found)
