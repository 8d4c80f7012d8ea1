"""The repair's budget is work, not time: the same repaired plan run after run, whatever the
load on the machine (the clock only guards a much slower one)."""

from __future__ import annotations

import numpy as np
from test_column_generation import late_batch  # noqa: F401  (a fixture)

from solver.repair import REPAIR_WORK, repair
from solver.run.dominant import dominant
from solver.work_budget import WorkBudget


def test_a_budget_is_spent_after_its_work_or_its_time():
    count = [10]
    budget = WorkBudget(lambda: count[0], 5, 60.0)
    assert not budget.spent()
    count[0] = 14
    assert not budget.spent()
    count[0] = 15
    assert budget.spent()
    assert WorkBudget(lambda: 0, 5, 0.0).spent()  # the guard


def test_the_repair_of_a_late_batch_stops_on_its_work(late_batch):  # noqa: F811
    inst, _hard, repaired = late_batch
    # With the clock out of the way, the same plan: the work bound it.
    again, _dropped = repair(inst, guard_s=600.0)
    assert np.array_equal(again, repaired)
    # Less work, a dearer plan: the work is what stopped it.
    less, _dropped = repair(inst, work=REPAIR_WORK // 10)
    assert dominant(inst, less) < dominant(inst, repaired)
