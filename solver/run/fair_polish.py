"""The fair order's cost won back: when undoing the search's inversions (`rank_repair`)
costs points, anneal from the repaired plan with moves that keep it fair (`fair_anneal`).

Measured on the choices family at 10 s (docs/benchmarks.md): see `fair_anneal`. Fresh solves
only: a re-solve's plan is held to its moves, which the repair already respects.
"""

from __future__ import annotations

import numpy as np

from ..evaluate import is_valid, total
from ..fair_anneal import fair_anneal
from ..progress import is_cancelled
from ..rank_repair import rank_repair
from .state import Run

# The share of the time limit the polish may take (in the annealer's moves, so the same run
# after run); the wall clock still ends it at the limit.
FAIR_POLISH_SHARE = 0.05


def fair_polish(run: Run, best: np.ndarray) -> np.ndarray:
    """`best` made fair, and then bettered by annealing that keeps it fair; `best` itself
    when making it fair costs nothing. Says what the fair order cost in the end."""
    inst = run.inst
    if inst.problem.is_resolve or is_cancelled(run.cancel):
        return best
    fair = rank_repair(inst, best)
    searched, repaired = total(inst, best), total(inst, fair)
    if repaired >= searched:
        return best

    def stop() -> bool:
        if run.clock.over() and run.params.reproducible:
            run.clock.note_cut("fair_polish")
        return run.clock.over() or is_cancelled(run.cancel)

    seconds = run.params.time_limit_s * FAIR_POLISH_SHARE
    # One seed for every run: the polish is then a function of the repaired plan, so seeds
    # whose searches tie on the same plan still do after it (with the run's seed, three seeds
    # that had tied at 60 s on choices-0050-tight-s2 reached three scores).
    polished = fair_anneal(inst, fair, seconds, seed=0, stop=stop)
    valid = is_valid(inst, polished)
    run.discarded += not valid  # a bug if ever
    if valid and total(inst, polished) > repaired:
        fair = polished
    run.stats["rank_repair_points"] = total(inst, fair) - searched
    run.stats["fair_polish_points"] = total(inst, fair) - repaired
    # The best score found broke the fair order: the plan returned is not the best one.
    run.proven = False
    run.kept = fair
    return fair
