"""The allocation solver (OR-Tools CP-SAT): `solve(problem, params, on_progress, cancel)`.

`problem` is the frozen snapshot `qods_planner.snapshot.build_problem(project)`; the result is
a `SolveResult` with a status (never an exception), the plan, its score per rule, the proven
bound and gap, times, the waitlist with reasons and, on re-solve, the changes. See
docs/solver.md.

The names load when first used: the interface reads the plain result types
(`solver.result`) at start-up without loading OR-Tools.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import solve, to_plan
    from .params import SolveParams
    from .result import Change, Progress, SolveResult, SolveStatus, Times, WaitlistEntry

_HOMES = {
    "solve": "api",
    "to_plan": "api",
    "SolveParams": "params",
    "Change": "result",
    "Progress": "result",
    "SolveResult": "result",
    "SolveStatus": "result",
    "Times": "result",
    "WaitlistEntry": "result",
}

__all__ = [
    "Change",
    "Progress",
    "SolveParams",
    "SolveResult",
    "SolveStatus",
    "Times",
    "WaitlistEntry",
    "solve",
    "to_plan",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'solver' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
