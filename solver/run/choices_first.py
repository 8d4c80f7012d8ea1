"""The booth choices first: before the rest of the score, a short search for the plan that
meets the most, and the best-ranked, booth choices, with the waitlist held; the quality
search starts from it.

Started from the waitlist plan alone, the search met few choices: a chosen booth is one
among a thousand candidate pairs, and reaching it takes a chain of moves that each lose
points first. Measured on choices-0200-roomy-s1 (10 s): 32 exhibitors met a choice without
this phase, 43 with it (of 57 that any plan of the hard rules can serve), and the score
rose too (-19,220 -> -18,930); a share of 0.6 met 44 but scored less (-19,173).
"""

from __future__ import annotations

import numpy as np

from ..neighbourhood import total_candidates
from ..progress import is_cancelled
from ..waitlist import hold_waitlist
from .phase import run_phase
from .state import Run

# The share of a fresh solve's search budget given to the choices.
CHOICE_SHARE = 0.4
# Above this many candidate pairs the phase is skipped: on the choices family (10 s) it raised
# the score at 17,600 pairs (200 exhibitors) and lowered it at 64,500 (400 exhibitors, by
# 400–1,100 points), where the search left after it was too short.
CHOICES_FIRST_MAX = 30_000


def choices_first(run: Run, best: np.ndarray, limit: float) -> np.ndarray:
    """`best`, or a plan meeting more booth choices with the same waitlist (or cheaper)."""
    inst = run.inst
    if not any(data.choices for data in inst.ex) or is_cancelled(run.cancel):
        return best
    if total_candidates(inst) > CHOICES_FIRST_MAX:
        return best
    hard = run.build(inst, soft=False, stats=False)  # who is placed is held in `inst.must`
    if run.held_waitlist is not None:
        hold_waitlist(hard, run.held_waitlist)
    phase = run_phase(run, hard, "choice", best, limit * CHOICE_SHARE, keep_bound=False)
    if run.params.reproducible:
        run.deterministic_spent += phase.used
    return run.better(best, phase.assign, force=True)
