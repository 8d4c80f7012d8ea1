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
    inst, _hard, _repaired = late_batch
    # The clock out of the way (a busy machine must not decide): the same plan twice ...
    repaired, _dropped = repair(inst, guard_s=600.0)
    again, _dropped = repair(inst, guard_s=600.0)
    assert np.array_equal(again, repaired)
    # ... and with less work a dearer one: the work is what stopped it.
    less, _dropped = repair(inst, work=REPAIR_WORK // 10, guard_s=600.0)
    assert dominant(inst, less) < dominant(inst, repaired)


def test_the_work_shrinks_on_larger_venues(late_batch, monkeypatch):  # noqa: F811
    """Above `WORK_FOR` exhibitors each update costs more, so the repair does less of them."""
    import solver.repair as repair_module

    inst, _hard, _repaired = late_batch
    seen = []
    real = repair_module.WorkBudget

    def spy(work, amount, seconds):
        seen.append(amount)
        return real(work, amount, seconds)

    monkeypatch.setattr(repair_module, "WorkBudget", spy)
    repair(inst)
    monkeypatch.setattr(repair_module, "WORK_FOR", inst.n_ex // 4)
    repair(inst)
    assert seen == [REPAIR_WORK, REPAIR_WORK // 2]
