"""One plan among those that tie: when a fresh solve has proven its plan best, it returns,
among the plans of that score, the one with the least fixed key (`objective.pair_key`), so
no seed decides between equally good plans.

Measured before (a tiny venue of 10 booths and 6 exhibitors, 3 s): six seeds, six different
plans, all proven best at the same score.

Rule: among the valid plans with that score, no dearer waitlist, everyone held placed kept
placed (the fair waitlist, `Run.placed_held`) and no priority inversion (`rank_repair` leaves
them as they are), the search minimises the sum of the keys of the pairs (exhibitor, stand).
The keys spread like a random draw from 2^20 values, so two such plans almost never have the
same sum. "Proven best" is of all plans, or of those with the fair waitlist (a sold-out venue
where the bounds cannot prove more). The result is kept only when CP-SAT proves the least
key; otherwise the plan stays as the search left it (still best, but the seed may show).
"""

from __future__ import annotations

import numpy as np
from ortools.sat.python import cp_model

from ..evaluate import is_valid, total
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..rank_repair import rank_repair
from ..waitlist import hold_placed, hold_waitlist
from .phase import run_phase
from .state import Run

# The share of the time limit the tie-break may take, out of what the proven search left.
TIE_BREAK_SHARE = 0.2
# Above this many candidate pairs the build alone would eat the budget; such plans are
# rarely proven best anyway.
TIE_BREAK_MAX = 30_000
_NO_LIMIT = 1 << 50


def tie_break(run: Run, best: np.ndarray) -> np.ndarray:
    """`best`, or the plan of the same score with the least key, when `best` is proven best
    (of all plans, or of those with its fair waitlist)."""
    inst = run.inst
    if inst.problem.is_resolve or not (run.proven or run.best_held):
        return best
    if is_cancelled(run.cancel):
        return best
    if total_candidates(inst) > TIE_BREAK_MAX:
        return best
    fair = rank_repair(inst, best)
    score = total(inst, fair)
    if score != total(inst, best):
        return best  # the fair order cost points: the result says the plan is not proven
    bm = run.build(inst, stats=False)
    if run.held_waitlist is not None:
        hold_waitlist(bm, run.held_waitlist)
    hold_placed(bm, run.held_placed)  # the fair waitlist stays as it is
    variables, points, constant = bm.objective.full()
    # At least the score, which is at most it (proven best): as a bound rather than an
    # equality, CP-SAT proved the least key twice as fast (roomy-40: 0.8 against 1.6 s).
    bm.pm.linear(variables, points, score - constant, _NO_LIMIT)
    phase = run_phase(
        run, bm, "tie", fair, run.params.time_limit_s * TIE_BREAK_SHARE, keep_bound=False
    )
    found = phase.assign
    if phase.status != cp_model.OPTIMAL or found is None:
        run.stats["tie_break"] = 0
        return best
    if not is_valid(inst, found):
        run.discarded += 1
        return best
    kept = total(inst, found) == score and run.keeps_waitlist(found)
    if not kept or not np.array_equal(rank_repair(inst, found), found):
        run.stats["tie_break"] = 0
        return best
    run.stats["tie_break"] = 1
    run.kept = found
    return found
