"""What the interface keeps of the end of a solve: `Outcome`, in the solver's own types.

The status is the solver's `SolveStatus` (with `ERROR` when the solve raised), the changes are
its `Change`s and progress reaches the panels as its `Progress`; `outcome_from_result` reads a
`SolveResult` in the GUI thread. The waitlist's reasons and the explanations are kept as
plain text for the panels.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from qods_planner.model import Plan
from solver.result import Change, SolveResult, SolveStatus, relative_gap

from .frontier_choices import Choice, choices_from_result


@dataclass(frozen=True, slots=True)
class Explanation:
    """A requirement that cannot be met, in words, with whom and where it concerns."""

    text: str
    exhibitors: tuple[str, ...] = ()
    booths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """The end of one solve. `plan` is None when no plan came out (infeasible, cancelled
    before the start, error)."""

    status: SolveStatus
    plan: Plan | None = None
    objective: int | None = None
    breakdown: Mapping[str, int] = field(default_factory=dict)
    bound: int | None = None
    gap: float | None = None
    seconds: float = 0.0
    first_plan_seconds: float | None = None
    plans_found: int = 0
    waitlist: Mapping[str, str] = field(default_factory=dict)  # exhibitor id -> reason
    changes: tuple[Change, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    moves_proven_minimal: bool | None = None
    error: str = ""
    waitlist_proven: bool | None = None  # fresh: no plan waitlists less (by priority)
    frontier: tuple[Choice, ...] = ()  # re-solve: one per point, fewest moves first
    chosen: int = 0  # the frontier point this outcome shows

    @property
    def has_plan(self) -> bool:
        return self.plan is not None

    def choose(self, index: int) -> Outcome:
        """This outcome as if the solve had returned frontier point `index`: its plan, score,
        moves and waitlist; the frontier and the choice are kept."""
        if not self.frontier or not 0 <= index < len(self.frontier):
            return self
        point = self.frontier[index]
        breakdown = dict(self.breakdown)
        if "moves" in breakdown:
            breakdown["moves"] = point.objective - point.score
        return replace(
            self,
            plan=point.plan,
            objective=point.objective,
            breakdown=breakdown,
            changes=point.changes,
            waitlist=dict(point.waitlist),
            chosen=index,
        )


def outcome_from_result(result: SolveResult) -> Outcome:
    """An `Outcome` from the solver's `SolveResult`."""
    return Outcome(
        status=result.status,
        plan=result.plan,
        objective=result.objective,
        breakdown=dict(result.breakdown),
        bound=result.bound,
        gap=result.gap if result.gap is not None else relative_gap(result.objective, result.bound),
        seconds=result.times.total,
        first_plan_seconds=result.times.first_plan,
        plans_found=result.plans_found,
        waitlist={w.exhibitor: w.brief or w.reason for w in result.waitlist},
        changes=tuple(result.changes),
        explanations=tuple(Explanation(text) for text in result.explanation),
        moves_proven_minimal=result.moves_proven_minimal,
        waitlist_proven=result.waitlist_proven,
        frontier=choices_from_result(result),
    )
