"""The allocation solver (OR-Tools CP-SAT): `solve(problem, params, on_progress, cancel)`.

`problem` is the frozen snapshot `qods_planner.snapshot.build_problem(project)`; the result is
a `SolveResult` with a status (never an exception), the plan, its score per rule, the proven
bound and gap, times, the waitlist with reasons and, on re-solve, the changes. See
docs/solver.md.
"""

from .api import solve, to_plan
from .params import SolveParams
from .result import Change, SolveResult, SolveStatus, Times, WaitlistEntry

__all__ = [
    "Change",
    "SolveParams",
    "SolveResult",
    "SolveStatus",
    "Times",
    "WaitlistEntry",
    "solve",
    "to_plan",
]
