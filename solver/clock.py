"""The solve's wall-clock limit, which holds in every profile.

Every phase ends by `deadline` (the start plus the time limit). The reproducible profile
budgets its phases in deterministic time, so the same input gives the same plan; when the wall
clock ends a phase before its deterministic budget (a busy machine), the run is no longer
reproducible, and `cut` names the phases it ended.
"""

from __future__ import annotations

import time

# Left for explaining the waitlist and writing the result after the search: the solve returns
# within the limit plus about this much.
FINISH_S = 0.8


class Clock:
    def __init__(self, limit_s: float) -> None:
        self.start = time.perf_counter()
        self.deadline = self.start + limit_s
        self.cut: list[str] = []

    def left(self) -> float:
        """Wall seconds until the deadline (never negative)."""
        return max(0.0, self.deadline - time.perf_counter())

    def cap(self, seconds: float) -> float:
        """`seconds`, or less when the deadline comes first."""
        return min(seconds, self.left())

    def over(self) -> bool:
        return time.perf_counter() >= self.deadline

    def note_cut(self, phase: str) -> None:
        """The wall clock ended reproducible phase `phase` before its deterministic budget."""
        if phase not in self.cut:
            self.cut.append(phase)
