"""Solving in tests: small searches, and a solve that checks every returned plan against
the validator (the specification)."""

from __future__ import annotations

from pathlib import Path

from qods_planner.model import Plan, Project
from qods_planner.snapshot import build_problem, default_reference
from qods_planner.validation import check, score
from solver import SolveParams, SolveResult, solve

# Small searches: the suite shares a 2-core machine.
QUICK = SolveParams(wall_limit_s=120, time_limit_s=1.0, explain_time_s=1.0)


def solve_checked(
    project: Project,
    *,
    fresh: bool = False,
    reference: Plan | None = None,
    params: SolveParams = QUICK,
    **kwargs,
) -> SolveResult:
    """Solve `project` and assert what every result must satisfy: a plan without hard
    violations whose score, by the validator, equals the solver's objective."""
    keep = kwargs.pop("keep_confirmed", None)
    problem = build_problem(project, fresh=fresh, reference=reference, keep_confirmed=keep)
    result = solve(problem, params, **kwargs)
    # A search plan that failed the hard rules is dropped silently otherwise: a broken model
    # would go unnoticed behind the greedy's or the annealer's plan.
    assert result.stats.get("discarded", 0) == 0, result.stats
    if result.status.has_plan:
        previous = None if problem.reference is None else (reference or default_reference(project))
        # Re-solving's own hard rule: confirmed exhibitors (published, registered) keep a stand.
        assert set(problem.confirmed) <= set(result.stands), "a confirmed exhibitor lost its stand"
        report = check(project, result.plan, previous=previous)
        assert report.ok, [v.message for v in report.hard]
        # The fair order: no place a higher-ranked exhibitor fits and wants is held by a lower one.
        assert not report.by_rule("priority_inversion"), [
            v.message for v in report.by_rule("priority_inversion")
        ]
        assert result.objective == score(project, result.plan, previous).total
        assert dict(result.breakdown) == dict(score(project, result.plan, previous).breakdown)
    return result


def save_clashing_project(directory: Path) -> Path:
    """A generated project whose first two exhibitors are pinned to the same booth (an
    infeasible request), saved as `clash.json` in `directory`."""
    from dataclasses import replace

    from qods_planner.files import save_project
    from qods_planner.generate import generate_project

    project = generate_project(6, 8, 1, seed=1)
    first, second = sorted(project.exhibitors)[:2]
    booth = sorted(project.booths)[0]
    for eid in (first, second):
        project.put_exhibitor(replace(project.exhibitors[eid], pinned_booths=(booth,)))
    path = directory / "clash.json"
    save_project(project, path)
    return path
