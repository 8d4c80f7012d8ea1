"""One plan among those that tie: when a fresh solve has proven its plan best, it returns,
among the plans of that score, the one with the least fixed key (`objective.pair_key`), so
no seed decides between equally good plans.

Measured before (a tiny venue of 10 booths and 6 exhibitors, 3 s): six seeds, six different
plans, all proven best at the same score.

Rule: among the valid plans with that score, no dearer waitlist and everyone placed kept
placed (the fair waitlist, `Run.placed_held`), the search minimises the sum of the keys of
the pairs (exhibitor, stand); the plan found is then made fair (`rank_repair`, a function of
it, so the same for every seed too) and kept if that costs no points. The keys spread like
a random draw from 2^20 values, so two such plans almost never have the same sum. "Proven
best" is of all plans, or of those with the fair waitlist (a sold-out venue where the bounds
cannot prove more). When undoing the search's own inversions costs points, the tie is
broken among the plans of exactly that fair score (measured on the choices family at 60 s:
three seeds had tied there with three different plans). The result is kept only when
CP-SAT proves the least key; otherwise the plan stays as the search left it (the seed may
then show).

The search takes one seed whatever the run's: from the same plan it then ends the same way
for every seed. On a small fair SCIP's plan (`run.integer_first`) is that plan, the same for
every seed, and stays when the least key is not proven: on two rows of 20 identical booths
and 24 exhibitors the search does not prove it within its 2 s, and SCIP takes 7.9 s to prove
the best score and the least key together, where the best score alone takes 3.5 s. Before
the seed was fixed, a generated fair of 40 exhibitors proven best by SCIP gave two plans:
the least key was proven for two seeds of three.

A plan the search did not prove best is broken the same way, among the plans of at least its
score: seeds that reach the same score then return the same plan, and a plan of a higher
score, if the tie-break finds one, is better still. Measured on two rows of identical booths
with 12 exhibitors (10 s): two seeds of three did not prove their plan (bound 230, score
212); three plans before, one after. It needs wall-clock time left for the build and gets at
most `UNPROVEN_BUDGET_S`.
"""

from __future__ import annotations

import numpy as np
from ortools.sat.python import cp_model

from ..evaluate import is_valid, total
from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..rank_repair import rank_repair
from ..waitlist import hold_placed
from .phase import run_phase
from .state import Run

# The share of the time limit the tie-break may take, out of what the proven search left.
TIE_BREAK_SHARE = 0.2
# Above this many candidate pairs the build alone would eat the budget; such plans are
# rarely proven best anyway.
TIE_BREAK_MAX = 30_000
_NO_LIMIT = 1 << 50
# An unproven search has used its whole budget: the tie-break runs only with this much wall
# clock left, so that building its model cannot carry the solve past the limit.
UNPROVEN_MIN_LEFT_S = 1.0
# ... and for at most this many seconds: where it succeeds the proof is quick (rows of 12
# identical booths: 0.25–0.36 deterministic s), where not it would spend 20 % of the limit
# for nothing (the choices family at 50 exhibitors: never proven, +1–2.6 s per solve at 10 s).
UNPROVEN_BUDGET_S = 1.0
# The tie-break's search takes this seed whatever the run's (see above).
TIE_BREAK_SEED = 0


def tie_break(run: Run, best: np.ndarray) -> np.ndarray:
    """`best` made fair (`rank_repair`), and then the plan of its score with the least key
    (when `best` is proven best, of all plans or of those with its fair waitlist; else of at
    least its score)."""
    inst = run.inst
    proven = run.proven or run.best_held
    if inst.problem.is_resolve or not (proven or run.clock.left() >= UNPROVEN_MIN_LEFT_S):
        return best
    if is_cancelled(run.cancel) or total_candidates(inst) > TIE_BREAK_MAX:
        return best
    fair = rank_repair(inst, best)
    score = total(inst, fair)
    # Undoing the search's inversions may have cost points: then plans of a higher score
    # exist, and the tie is broken among those of exactly this one.
    repaired = score != total(inst, best)
    bm = run.build(inst, stats=False)
    # The fair waitlist stays as it is (so its cost cannot rise either).
    hold_placed(bm, np.nonzero(fair >= 0)[0].tolist())
    variables, points, constant = bm.objective.full()
    # Unrepaired and proven, "at least the score" is "exactly", and CP-SAT proved the least
    # key twice as fast with it (roomy-40: 0.8 against 1.6 deterministic s).
    top = score - constant if repaired or proven else _NO_LIMIT
    bm.pm.linear(variables, points, score - constant, top)
    stopped = run.clock_stop
    budget = run.params.time_limit_s * TIE_BREAK_SHARE
    phase = run_phase(
        run,
        bm,
        "tie",
        fair,
        budget if proven else min(budget, UNPROVEN_BUDGET_S),
        keep_bound=False,
        seed=TIE_BREAK_SEED,
    )
    run.clock_stop = stopped  # the plan's status is the search's, not this phase's
    if phase.status != cp_model.OPTIMAL or phase.assign is None:
        run.stats["tie_break"] = 0
        return best
    if not is_valid(inst, phase.assign):
        run.discarded += 1
        return best
    found = rank_repair(inst, phase.assign)  # a function of the least-key plan: the same too
    # Exactly the score where it is bounded so; unproven, a higher one is better still.
    if total(inst, found) < score or not run.keeps_waitlist(found):
        run.stats["tie_break"] = 0
        return best
    if repaired:  # `finish` sees a fair plan: say here what fairness cost, and that it did
        run.stats["rank_repair_points"] = total(inst, found) - total(inst, best)
        run.proven = False
    run.stats["tie_break"] = 1
    run.kept = found
    return found
