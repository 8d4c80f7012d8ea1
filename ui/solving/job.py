"""A solve job: the frozen snapshot taken in the GUI thread and everything needed to apply
its result later — the project revision it was taken at, the plan before, the settings used.

A result is applied only to the project state it came from: `is_current(project)` compares
the project's identity and revision, so an edit made during the solve makes the result stale.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from qods_planner.model import Plan, Project, RuleWeights, Settings, SolverSettings
from qods_planner.snapshot import Problem, build_problem
from solver.limits import limit_for

SOLVE = "solve"  # a fresh plan (locked stands kept)
RESOLVE = "resolve"  # from the current plan, fewest moves against the baseline
_ids = itertools.count(1)


@dataclass(frozen=True)
class SolveJob:
    id: int
    mode: str
    problem: Problem
    settings: Settings  # the project's settings with the weights and solver settings used
    project_key: int  # id() of the project the snapshot came from
    revision: int
    plan_before: Plan
    reference: Plan | None  # the plan moves are counted against (re-solve)

    @property
    def time_limit_s(self) -> float:
        """The limit the solve runs with: a re-solve's is at most 10 s (`solver.limits`)."""
        return limit_for(self.settings.solver.time_limit_s, self.problem.is_resolve)

    def is_current(self, project: Project) -> bool:
        """True while `project` is exactly the state this job's snapshot was taken from."""
        return id(project) == self.project_key and project.revision == self.revision


def make_job(
    project: Project,
    mode: str,
    weights: RuleWeights | None = None,
    solver_settings: SolverSettings | None = None,
) -> SolveJob:
    """Snapshot `project` for a fresh solve (`SOLVE`) or a re-solve (`RESOLVE`).

    A re-solve starts from the current plan and counts moves against the published baseline
    when there is one, else against the current plan (as the command line does), and keeps a
    stand for every confirmed exhibitor unless the solver settings allow otherwise. Runs in
    the GUI thread; the result is a frozen value that another thread may read.
    """
    if mode not in (SOLVE, RESOLVE):
        raise ValueError(f"mode must be {SOLVE!r} or {RESOLVE!r}, got {mode!r}")
    settings = replace(
        project.settings,
        weights=weights or project.settings.weights,
        solver=solver_settings or project.settings.solver,
    )
    reference = project.baseline if mode == RESOLVE else None
    problem = build_problem(
        project,
        fresh=mode == SOLVE,
        reference=reference,
        keep_confirmed=settings.solver.keep_confirmed,
    )
    if problem.weights != settings.weights:
        problem = replace(problem, weights=settings.weights)
    if mode == RESOLVE and reference is None and problem.reference is not None:
        reference = project.plan
    return SolveJob(
        id=next(_ids),
        mode=mode,
        problem=problem,
        settings=settings,
        project_key=id(project),
        revision=project.revision,
        plan_before=project.plan,
        reference=reference,
    )
