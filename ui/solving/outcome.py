"""What the interface keeps of a solve: progress ticks and the final outcome, as plain values.

The solver's own result and progress objects are read here and nowhere else in the interface
(`outcome_from_result`, `progress_from_report`), so the panels depend on these small frozen
types only. Conversions run in the GUI thread, never on the solver's threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qods_planner.model import Plan

# Statuses, as the solver names them; "error" is the interface's own (the solver raised).
OPTIMAL = "optimal"
FEASIBLE = "feasible"
INFEASIBLE = "infeasible"
CANCELLED = "cancelled"
TIME_LIMIT = "time_limit"
NO_PLAN = "no_plan"
ERROR = "error"
STATUSES = (OPTIMAL, FEASIBLE, INFEASIBLE, CANCELLED, TIME_LIMIT, NO_PLAN, ERROR)


@dataclass(frozen=True, slots=True)
class Progress:
    """One tick of a running solve: a better plan was found or the bound moved."""

    seconds: float
    objective: int | None = None
    bound: int | None = None
    plans_found: int = 0
    plan: Plan | None = None

    @property
    def gap(self) -> float | None:
        return relative_gap(self.objective, self.bound)


@dataclass(frozen=True, slots=True)
class Move:
    """On re-solve: `exhibitor` goes from the booths `before` to `after` (() = waitlist)."""

    exhibitor: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    why: str = ""


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

    status: str
    plan: Plan | None = None
    objective: int | None = None
    breakdown: Mapping[str, int] = field(default_factory=dict)
    bound: int | None = None
    gap: float | None = None
    seconds: float = 0.0
    first_plan_seconds: float | None = None
    plans_found: int = 0
    waitlist: Mapping[str, str] = field(default_factory=dict)  # exhibitor id -> reason
    changes: tuple[Move, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    moves_proven_minimal: bool | None = None
    error: str = ""
    waitlist_proven: bool | None = None  # fresh: no plan waitlists less (by priority)
    frontier: tuple[Any, ...] = ()  # re-solve: `frontier.Choice` per point, fewest moves first
    chosen: int = 0  # the frontier point this outcome shows

    @property
    def has_plan(self) -> bool:
        return self.plan is not None


def relative_gap(objective: float | None, bound: float | None) -> float | None:
    """|bound − objective| / max(1, |objective|) (a maximised score), None when unknown."""
    if objective is None or bound is None:
        return None
    return abs(bound - objective) / max(1.0, abs(objective))


# -- reading the solver's objects ------------------------------------------------------------
def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _status(value: Any) -> str:
    text = str(getattr(value, "value", value) or "")
    return text if text in STATUSES else NO_PLAN


def as_plan(value: Any) -> Plan | None:
    """A model `Plan` from a Plan or a mapping of stands (exhibitor id -> booth ids)."""
    if value is None or isinstance(value, Plan):
        return value
    return Plan({e: tuple(b) for e, b in dict(value).items()})


def _int(value: Any) -> int | None:
    return None if value is None else int(round(value))


def progress_from_report(report: Any, seconds: float) -> Progress:
    """A `Progress` from what the solver passed to `on_progress` (an object or a mapping
    with seconds, objective, bound, plans_found and, for a better plan, plan or stands)."""
    plan = _get(report, "plan")
    if plan is None:
        plan = _get(report, "stands")
    return Progress(
        seconds=float(_get(report, "seconds", seconds) or seconds),
        objective=_int(_get(report, "objective")),
        bound=_int(_get(report, "bound")),
        plans_found=int(_get(report, "plans_found", 0) or 0),
        plan=as_plan(plan),
    )


def outcome_from_result(result: Any) -> Outcome:
    """An `Outcome` from the solver's `SolveResult`."""
    times = _get(result, "times")
    objective = _int(_get(result, "objective"))
    bound = _int(_get(result, "bound"))
    gap = _get(result, "gap")
    return Outcome(
        status=_status(_get(result, "status")),
        plan=as_plan(_get(result, "plan")),
        objective=objective,
        breakdown=dict(_get(result, "breakdown") or {}),
        bound=bound,
        gap=float(gap) if gap is not None else relative_gap(objective, bound),
        seconds=float(_get(times, "total", 0.0) or 0.0),
        first_plan_seconds=_get(times, "first_plan"),
        plans_found=int(_get(result, "plans_found", 0) or 0),
        waitlist={
            w.exhibitor: getattr(w, "brief", "") or w.reason
            for w in _get(result, "waitlist", ()) or ()
        },
        changes=tuple(
            Move(c.exhibitor, tuple(c.before), tuple(c.after), c.why)
            for c in _get(result, "changes", ()) or ()
        ),
        explanations=tuple(Explanation(str(t)) for t in _get(result, "explanation", ()) or ()),
        moves_proven_minimal=_get(result, "moves_proven_minimal"),
        waitlist_proven=_get(result, "waitlist_proven"),
        frontier=_frontier(result),
    )


def _frontier(result: Any) -> tuple[Any, ...]:
    from .frontier import choices_from_result  # it builds on this module's `Move`

    return choices_from_result(result, frozenset(_get(result, "locked", ()) or ()))
