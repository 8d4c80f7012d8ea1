"""The best upper bound that holds for the problem solved, and whether a plan reaches it."""

from __future__ import annotations

import time

import numpy as np

from ..bound import counting_bound
from ..evaluate import total
from ..progress import is_cancelled
from ..result import SolveStatus
from .dominant import dominant
from .state import Run


def reaches_lp_bound(run: Run, best: np.ndarray) -> bool:
    """Whether `best` scores the LP bound, waiting for the bound at most until the LP's
    own deadline (its bound is then reported and kept for the result)."""
    if run.lp is None or is_cancelled(run.cancel):
        return False
    run.lp_value = run.lp.result(run.clock.cap(run.lp.deadline - time.perf_counter()))
    if run.lp_value is None:
        return False
    run.tracker.bound_moved(run.lp_value)
    return total(run.inst, best) >= run.lp_value


def best_bound(run: Run, assign: np.ndarray, status: SolveStatus, objective: int):
    """The best valid upper bound: the lowest of CP-SAT's, the LP's, the bound search's
    and counting's that hold for the problem solved (on re-solve: with moves held)."""
    inst = run.inst
    if status is SolveStatus.OPTIMAL:
        return objective, run.scope if run.scope != "none" else "full"
    if inst.problem.is_resolve:
        held = []
        if run.scope == "moves_fixed":  # bounds of the quality model, moves held
            held += [b for b in (run.bound, run.lp_value) if b is not None]
        if run.moves_proven:
            held.append(counting_bound(inst, soft_only=True) + dominant(inst, assign))
        elif run.scope != "moves_fixed":  # a neighbourhood model's bound holds for it only
            return run.bound, run.scope if run.bound is not None else "none"
        return (min(held), "moves_fixed") if held else (None, "none")
    bounds = [run.counting()]
    if run.waitlist_bound:  # every plan waitlists at least this much
        bounds.append(run.soft_bound - run.waitlist_bound)
    if run.scope == "full" and run.bound is not None and not run.held_placed:
        if run.held_waitlist is None:
            bounds.append(run.bound)
        elif run.waitlist_proven:  # CP-SAT's bound holds with the waitlist held only
            others = run.soft_bound - run.held_waitlist - run.waitlist_step
            bounds.append(max(run.bound, others))
    bounds += [b for b in (run.lp_value, run.tree_value) if b is not None]
    return min(bounds), "full"
