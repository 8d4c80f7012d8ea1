"""`check(project, plan)`: every broken hard rule and every soft shortfall, plus the score."""

from __future__ import annotations

from ..model.plan import Plan
from ..model.project import Project
from .facts import PlanFacts
from .hard_rules import hard_violations
from .scoring import score_facts
from .soft_rules import soft_violations
from .validation_report import Report


def check(project: Project, plan: Plan | None = None, previous: Plan | None = None) -> Report:
    """Judge `plan` (default: the project's plan) against every rule of docs/rules.md.

    `previous` is the plan being re-solved from: its locked exhibitors must keep their stands,
    and moves are counted against it. Without `previous`, locks are not checked and moves are
    counted against the project's published baseline (when it has one).
    Solver-independent: it reads only the project, the plan and the derived layout.
    """
    plan = project.plan if plan is None else plan
    baseline = previous if previous is not None else project.baseline
    facts = PlanFacts(project, plan)
    violations = [*hard_violations(facts, previous), *soft_violations(facts, baseline)]
    violations.sort(key=lambda v: v.sort_key())
    waitlisted = sum(
        1 for ex in project.exhibitors.values() if ex.registered and ex.id not in plan.stands
    )
    return Report(
        violations=violations,
        score=score_facts(facts, baseline),
        assigned=len(facts.placed),
        waitlisted=waitlisted,
    )
