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
    error: str = ""

    @property
    def has_plan(self) -> bool:
        return self.plan is not None


def relative_gap(objective: float | None, bound: float | None) -> float | None:
    """|bound − objective| / max(1, |objective|) (a maximised score), None when unknown."""
    if objective is None or bound is None:
        return None
    return abs(bound - objective) / max(1.0, abs(objective))


# -- reading the solver's objects ------------------------------------------------------------
def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first of `names` that `obj` has (attribute or mapping key)."""
    for name in names:
        if isinstance(obj, Mapping) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _status(value: Any) -> str:
    raw = getattr(value, "value", value)
    text = str(raw or "").lower().replace(" ", "_").replace("-", "_")
    aliases = {
        "timelimit": TIME_LIMIT,
        "time_limit_reached": TIME_LIMIT,
        "noplan": NO_PLAN,
        "unknown": NO_PLAN,
        "canceled": CANCELLED,
    }
    text = aliases.get(text, text)
    return text if text in STATUSES else NO_PLAN


def as_plan(value: Any) -> Plan | None:
    """A model `Plan` from the solver's plan (a Plan, or a mapping of stands)."""
    if value is None or isinstance(value, Plan):
        return value
    stands = _get(value, "stands", default=value)
    locked = _get(value, "locked", default=())
    if isinstance(stands, Mapping):
        return Plan({e: tuple(b) for e, b in stands.items()}, frozenset(locked or ()))
    return Plan({e: tuple(b) for e, b in stands}, frozenset(locked or ()))


def _int(value: Any) -> int | None:
    return None if value is None else int(round(value))


def progress_from_report(report: Any, seconds: float) -> Progress:
    """A `Progress` from what the solver passed to `on_progress`."""
    return Progress(
        seconds=float(_get(report, "seconds", "elapsed", default=seconds) or seconds),
        objective=_int(_get(report, "objective")),
        bound=_int(_get(report, "bound", "best_bound")),
        plans_found=int(_get(report, "plans_found", "solutions", default=0) or 0),
        plan=as_plan(_get(report, "plan")),
    )


def _moves(changes: Any) -> tuple[Move, ...]:
    moves = []
    for c in changes or ():
        moves.append(
            Move(
                exhibitor=str(_get(c, "exhibitor", "exhibitor_id")),
                before=tuple(_get(c, "before", "from_booths", "from_", "source", default=()) or ()),
                after=tuple(_get(c, "after", "to_booths", "to", "target", default=()) or ()),
                why=str(_get(c, "why", "reason", default="") or ""),
            )
        )
    return tuple(moves)


def _waitlist(value: Any) -> dict[str, str]:
    if isinstance(value, Mapping):
        return {str(e): str(r) for e, r in value.items()}
    out: dict[str, str] = {}
    for item in value or ():
        if isinstance(item, tuple) and len(item) == 2:
            out[str(item[0])] = str(item[1])
        else:
            out[str(_get(item, "exhibitor", "exhibitor_id"))] = str(_get(item, "reason", "why"))
    return out


def _explanations(value: Any) -> tuple[Explanation, ...]:
    out = []
    for item in value or ():
        if isinstance(item, str):
            out.append(Explanation(item))
        else:
            out.append(
                Explanation(
                    text=str(_get(item, "text", "message", "reason", default="")),
                    exhibitors=tuple(_get(item, "exhibitors", default=()) or ()),
                    booths=tuple(_get(item, "booths", default=()) or ()),
                )
            )
    return tuple(out)


def outcome_from_result(result: Any) -> Outcome:
    """An `Outcome` from the solver's `SolveResult`."""
    times = _get(result, "times", default=None)
    seconds = _get(times, "total", "total_s", default=None) if times is not None else None
    if seconds is None:
        seconds = _get(result, "seconds", "total_seconds", default=0.0)
    first = _get(times, "first_plan", "first_plan_s", default=None) if times is not None else None
    if first is None:
        first = _get(result, "first_plan_seconds", default=None)
    objective = _int(_get(result, "objective"))
    bound = _int(_get(result, "bound", "best_bound"))
    gap = _get(result, "gap")
    return Outcome(
        status=_status(_get(result, "status")),
        plan=as_plan(_get(result, "plan")),
        objective=objective,
        breakdown=dict(_get(result, "breakdown", default={}) or {}),
        bound=bound,
        gap=float(gap) if gap is not None else relative_gap(objective, bound),
        seconds=float(seconds or 0.0),
        first_plan_seconds=None if first is None else float(first),
        plans_found=int(_get(result, "plans_found", "solutions", default=0) or 0),
        waitlist=_waitlist(_get(result, "waitlist", "waitlisted", default=())),
        changes=_moves(_get(result, "changes", default=())),
        explanations=_explanations(_get(result, "explanations", default=())),
    )
