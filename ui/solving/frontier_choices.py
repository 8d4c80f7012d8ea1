"""The re-solve's trade-off frontier as the interface keeps it: one `Choice` per point (moves,
score without the moves penalty, proven or its gap, the plan, its changes). Choosing a point
makes it the proposal (`Outcome.choose`).

The solver's `FrontierPoint`s are read here (in the GUI thread). The first point is the
minimal-move plan, which stays the default proposal.
"""

from __future__ import annotations

from dataclasses import dataclass

from qods_planner.model import Plan
from solver.result import Change, SolveResult


@dataclass(frozen=True, slots=True)
class Choice:
    """One frontier point: at most `moves` moves (`moved` made), `score` without the moves
    penalty, `floor` without the waitlist's either, `objective` with both; `proven` best for
    its moves, else `gap` (None: unknown)."""

    moves: int
    moved: int
    score: int
    floor: int
    objective: int
    proven: bool
    gap: float | None
    plan: Plan
    changes: tuple[Change, ...] = ()
    waitlist: tuple[tuple[str, str], ...] = ()  # (exhibitor id, reason)

    def gain_over(self, first: Choice) -> float:
        """Score gain over `first`, relative to what `first`'s stands earn on the floor
        (0.031 = +3.1 %): a waitlist can make the score itself negative."""
        return (self.score - first.score) / max(1, abs(first.floor))


def choices_from_result(result: SolveResult) -> tuple[Choice, ...]:
    """The frontier of a solver `SolveResult` (empty when it has none)."""
    return tuple(
        Choice(
            moves=point.moves,
            moved=point.moved,
            score=point.score,
            floor=point.floor,
            objective=point.objective,
            proven=point.proven,
            gap=point.gap,
            plan=result.point_plan(index) or Plan(),
            changes=tuple(point.changes),
            waitlist=tuple((w.exhibitor, w.reason) for w in point.waitlist),
        )
        for index, point in enumerate(result.frontier)
    )
