"""The SCIP plan of a small fair (`integer_plan.IntegerPlan`), when the solve may return it."""

from __future__ import annotations

import numpy as np

from ..evaluate import is_valid, total
from ..integer_plan import IntegerPlan
from ..rank_repair import rank_repair
from .state import Run


def integer_plan(run: Run) -> np.ndarray | None:
    """The plan SCIP proved best over the model's rows, made fair, when it is one this solve
    may return: valid, no dearer waitlist,
    everyone held placed still placed (`Instance.must`, within `Run.placed_held`), and fair
    at no cost. None otherwise, or before SCIP has finished. Checked once."""
    plan = run.tree
    if not isinstance(plan, IntegerPlan) or plan.assign is None:
        return None
    if not plan.checked:
        inst, found = run.inst, plan.assign
        fair = rank_repair(inst, found)
        ok = (
            is_valid(inst, found)
            and run.keeps_waitlist(found)
            and total(inst, fair) == total(inst, found)
        )
        plan.fair, plan.checked = (fair if ok else None), True
    return plan.fair
