"""The SCIP plan of a small fair (`integer_plan.IntegerPlan`), when the solve may return it."""

from __future__ import annotations

import numpy as np

from ..evaluate import is_valid, total
from ..integer_plan import IntegerPlan
from ..rank_repair import rank_repair
from .state import Run


def integer_plan(run: Run) -> np.ndarray | None:
    """The plan SCIP found best over the model's rows, made fair, when it is one this solve
    may return: valid, no dearer waitlist, everyone held placed still placed
    (`Instance.must`, within `Run.placed_held`), and fair at no cost. None otherwise, or
    before SCIP has finished. Checked once."""
    plan = run.tree
    if not isinstance(plan, IntegerPlan) or plan.assign is None:
        return None
    if not plan.checked:
        inst, found = run.inst, plan.assign
        fair = rank_repair(inst, found)
        score = total(inst, found)
        ok = is_valid(inst, found) and run.keeps_waitlist(found) and total(inst, fair) == score
        plan.fair, plan.score, plan.checked = (fair if ok else None), score, True
    return plan.fair


def integer_proven(run: Run) -> bool:
    """SCIP's plan (`integer_plan`) is best of every plan with the holds: it scores SCIP's
    bound. The rows' objective may credit a plan more than its score (measured on a sold-out
    fair of 41 exhibitors: bound −24,250, the plan −24,254), and then it is only a good plan."""
    plan = run.tree
    if integer_plan(run) is None or not isinstance(plan, IntegerPlan) or plan.bound is None:
        return False
    return plan.score >= plan.bound
