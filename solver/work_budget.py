"""A heuristic's budget counted in work, so that its result is the same run after run; the
wall clock only guards a machine too slow to do that work in time."""

from __future__ import annotations

import time
from collections.abc import Callable


class WorkBudget:
    """`spent()`, asked before each step, is true once `work()` (a count that only grows)
    has risen by `amount` or `seconds` have passed since the budget was made."""

    def __init__(self, work: Callable[[], int], amount: int, seconds: float) -> None:
        self.work = work
        self.start = work()
        self.amount = amount
        self.deadline = time.perf_counter() + seconds

    def spent(self) -> bool:
        return self.used >= self.amount or time.perf_counter() > self.deadline

    @property
    def used(self) -> int:
        return self.work() - self.start
