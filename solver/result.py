"""What a solve returns. Infeasible, cancelled and time-limited runs are statuses, never
exceptions; every returned plan passes the validator's hard rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from qods_planner.model import Plan


class SolveStatus(Enum):
    OPTIMAL = "optimal"  # the plan is proven best
    FEASIBLE = "feasible"  # a valid plan; the search ended before a proof (not by the clock)
    TIME_LIMIT = "time_limit"  # a valid plan; the time limit ended the search
    CANCELLED = "cancelled"  # asked to stop; the plan is the best found so far
    INFEASIBLE = "infeasible"  # pinned or locked stands clash; `explanation` says how
    NO_PLAN = "no_plan"  # no valid plan could be made (nothing to plan counts as a plan)
    # Never returned by `solve`: the caller's mark for a solve that raised (a bug).
    ERROR = "error"

    @property
    def has_plan(self) -> bool:
        return self not in (SolveStatus.INFEASIBLE, SolveStatus.NO_PLAN, SolveStatus.ERROR)


@dataclass(frozen=True, slots=True)
class Progress:
    """One report of a running solve, handed to `on_progress`: a better plan was found
    (`plan`, a `qods_planner.model.Plan`) or the bound moved (`plan` None)."""

    seconds: float
    objective: int | None = None
    bound: int | None = None
    plans_found: int = 0
    plan: Any = None

    @property
    def gap(self) -> float | None:
        return relative_gap(self.objective, self.bound)


def relative_gap(objective: float | None, bound: float | None) -> float | None:
    """|bound − objective| / max(1, |objective|) (a maximised score), None when unknown."""
    if objective is None or bound is None:
        return None
    return abs(bound - objective) / max(1.0, abs(objective))


@dataclass(frozen=True, slots=True)
class Change:
    """One exhibitor whose stand differs from the reference plan (empty = none / waitlist)."""

    exhibitor: str
    name: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    why: str
    evicted: bool = False  # registered, in the reference plan, and now without a stand

    def as_dict(self) -> dict[str, Any]:
        return {
            "exhibitor": self.exhibitor,
            "name": self.name,
            "from": list(self.before),
            "to": list(self.after),
            "why": self.why,
        }


@dataclass(frozen=True)
class FrontierPoint:
    """One point of a re-solve's trade-off frontier: the best plan found with at most `moves`
    moves (`moved`: how many it actually makes). `score` is its score without the moves
    penalty, `objective` the full score; `proven` best for its number of moves, else `gap`
    = (bound − score) / max(1, |score|) (None without a bound). `seconds`: since the solve
    started, when the point was done. `stands`, `changes` and `waitlist` describe its plan."""

    moves: int
    moved: int
    score: int
    floor: int
    objective: int
    bound: int | None
    proven: bool
    gap: float | None
    seconds: float
    stands: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    waitlist: tuple[WaitlistEntry, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "moves": self.moves,
            "score": self.score,
            "proven": self.proven,
            "gap": self.gap,
            "moved": self.moved,
            "floor": self.floor,
            "objective": self.objective,
            "bound": self.bound,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class WaitlistEntry:
    """A waitlisted exhibitor and why: `reason` lists every exhibitor and booth it concerns,
    `brief` (for printing) shortens long lists; empty means the same as `reason`."""

    exhibitor: str
    name: str
    reason: str
    brief: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "exhibitor": self.exhibitor,
            "name": self.name,
            "reason": self.reason,
            "brief": self.brief or self.reason,
        }


@dataclass(frozen=True, slots=True)
class Times:
    """Seconds since `solve` started: the first complete plan (indexing + greedy or repair),
    model build (a duration), the first CP-SAT plan, on re-solve the first plan with the
    fewest moves found and the proof that it is fewest, explanations (a duration), total."""

    first_plan: float = 0.0
    build: float = 0.0
    first_solver_plan: float | None = None
    minimal_moves_plan: float | None = None
    moves_proven: float | None = None
    explain: float = 0.0
    total: float = 0.0
    waitlist_plan: float | None = None  # fresh: when the waitlist reached its final cost

    def as_dict(self) -> dict[str, Any]:
        return {
            "first_plan": self.first_plan,
            "build": self.build,
            "first_solver_plan": self.first_solver_plan,
            "minimal_moves_plan": self.minimal_moves_plan,
            "moves_proven": self.moves_proven,
            "explain": self.explain,
            "total": self.total,
            "waitlist_plan": self.waitlist_plan,
        }


@dataclass(frozen=True)
class SolveResult:
    """The outcome of `solver.solve`.

    `objective` is the plan's score (equal to `qods_planner.validation.score` with the problem's
    reference as baseline) and `breakdown` its terms per rule. `waitlist_bound` is the smallest
    tier-weighted waitlist cost any plan can have (as far as proven; fresh solves), and
    `waitlist_proven` whether the plan's waitlist meets it. `reproducible` says whether the
    same input and seed give this plan again: False in the fast profile, and when the wall
    clock ended a phase of a reproducible run before its deterministic budget (`cut_by_clock`
    names those phases). `bound` is the best proven
    upper bound on the score of the model solved last (`bound_scope` says which: "full", the
    whole problem; "moves_fixed", the quality phase of a re-solve with moves held at their
    minimum; "restricted", a neighbourhood model of a large instance; "none"). `gap` is
    (bound − objective) / max(1, |objective|).
    """

    status: SolveStatus
    stands: Mapping[str, tuple[str, ...]] | None = None
    locked: frozenset[str] = frozenset()
    objective: int | None = None
    breakdown: Mapping[str, int] = field(default_factory=dict)
    bound: int | None = None
    bound_scope: str = "none"
    gap: float | None = None
    times: Times = Times()
    plans_found: int = 0
    greedy_objective: int | None = None
    waitlist: tuple[WaitlistEntry, ...] = ()
    changes: tuple[Change, ...] = ()
    moves: int = 0
    moves_proven_minimal: bool | None = None
    explanation: tuple[str, ...] = ()
    stats: Mapping[str, int] = field(default_factory=dict)
    waitlist_bound: int | None = None
    waitlist_proven: bool | None = None
    reproducible: bool = False
    cut_by_clock: tuple[str, ...] = ()
    frontier: tuple[FrontierPoint, ...] = ()  # re-solve: moves m, m + 1, … (m's plan first)

    @property
    def evicted(self) -> tuple[Change, ...]:
        """Registered exhibitors of the reference plan left without a stand (only possible when
        confirmed exhibitors may be waitlisted)."""
        return tuple(c for c in self.changes if c.evicted)

    def point_plan(self, index: int) -> Plan | None:
        """The plan of frontier point `index` (0: the minimal-move plan, `plan`)."""
        if index == 0 or not self.frontier:
            return self.plan
        stands = self.frontier[index].stands
        return Plan(dict(stands), self.locked & set(stands))

    @property
    def plan(self) -> Plan | None:
        """The plan as the model's `Plan`, or None when there is none."""
        if self.stands is None:
            return None
        return Plan(dict(self.stands), self.locked & set(self.stands))

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "objective": self.objective,
            "breakdown": dict(self.breakdown),
            "bound": self.bound,
            "bound_scope": self.bound_scope,
            "gap": self.gap,
            "times": self.times.as_dict(),
            "plans_found": self.plans_found,
            "greedy_objective": self.greedy_objective,
            "assigned": len(self.stands or {}),
            "waitlisted": [w.as_dict() for w in self.waitlist],
            "moves": self.moves,
            "moves_proven_minimal": self.moves_proven_minimal,
            "changes": [c.as_dict() for c in self.changes],
            "evicted": [c.as_dict() for c in self.evicted],
            "frontier": [p.as_dict() for p in self.frontier],
            "explanation": list(self.explanation),
            "stats": dict(self.stats),
            "waitlist_bound": self.waitlist_bound,
            "waitlist_proven": self.waitlist_proven,
            "reproducible": self.reproducible,
            "cut_by_clock": list(self.cut_by_clock),
        }
