"""The re-solve's trade-off frontier as the interface keeps it: one `Choice` per point (moves,
score without the moves penalty, proven or its gap, the plan, its moves), and how choosing a
point turns the proposal's outcome into that point's.

The solver's `FrontierPoint`s are read here (in the GUI thread) and nowhere else. The first
point is the minimal-move plan, which stays the default proposal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from qods_planner.model import Plan

from .outcome import Move, Outcome


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
    changes: tuple[Move, ...] = ()
    waitlist: tuple[tuple[str, str], ...] = ()  # (exhibitor id, reason)

    def gain_over(self, first: Choice) -> float:
        """Score gain over `first`, relative to what `first`'s stands earn on the floor
        (0.031 = +3.1 %): a waitlist can make the score itself negative."""
        return (self.score - first.score) / max(1, abs(first.floor))


def choices_from_result(result: Any, locked: frozenset[str] = frozenset()) -> tuple[Choice, ...]:
    """The frontier of a solver `SolveResult` (empty when it has none)."""
    out = []
    for point in getattr(result, "frontier", ()) or ():
        stands = dict(point.stands)
        out.append(
            Choice(
                moves=int(point.moves),
                moved=int(point.moved),
                score=int(point.score),
                floor=int(point.floor),
                objective=int(point.objective),
                proven=bool(point.proven),
                gap=None if point.gap is None else float(point.gap),
                plan=Plan(stands, locked & set(stands)),
                changes=tuple(
                    Move(c.exhibitor, tuple(c.before), tuple(c.after), c.why) for c in point.changes
                ),
                waitlist=tuple((w.exhibitor, w.reason) for w in point.waitlist),
            )
        )
    return tuple(out)


def choose(outcome: Outcome, index: int) -> Outcome:
    """`outcome` as if the solve had returned frontier point `index`: its plan, score,
    moves and waitlist; the frontier and the choice are kept."""
    if not outcome.frontier or not 0 <= index < len(outcome.frontier):
        return outcome
    point = outcome.frontier[index]
    breakdown = dict(outcome.breakdown)
    if "moves" in breakdown:
        breakdown["moves"] = point.objective - point.score
    return replace(
        outcome,
        plan=point.plan,
        objective=point.objective,
        breakdown=breakdown,
        changes=point.changes,
        waitlist=dict(point.waitlist),
        chosen=index,
    )
