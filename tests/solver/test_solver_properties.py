"""Property: whatever the generated instance (feasible or with a known clash, fresh or
re-solved after changes), every plan the solver returns passes the validator and its
objective equals the validator's score — checked inside `solve_checked`."""

from __future__ import annotations

from dataclasses import replace

from helpers.solving import solve_checked
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qods_planner.generate import generate_project
from qods_planner.model import BoothStatus, ExhibitorStatus
from solver import SolveParams

FAST = SolveParams(wall_limit_s=120, time_limit_s=0.3, explain_time_s=0.3)


@st.composite
def instances(draw):
    exhibitors = draw(st.integers(3, 18))
    booths = draw(st.integers(exhibitors, exhibitors + 8))
    halls = draw(st.integers(1, 2))
    seed = draw(st.integers(0, 10_000))
    feasible = draw(st.booleans())
    return generate_project(exhibitors, booths, halls, seed, feasible=feasible)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_every_fresh_plan_passes_the_validator_with_the_same_score(project):
    result = solve_checked(project, fresh=True, params=FAST)
    assert result.status.has_plan
    assert len(result.stands) + len(result.waitlist) == len(project.registered())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.integers(0, 10_000))
def test_every_re_solved_plan_passes_the_validator_with_the_same_score(project, pick):
    first = solve_checked(project, fresh=True, params=FAST)
    project.set_plan(first.plan)
    ids = sorted(e for e, ex in project.exhibitors.items() if not ex.pinned_booths)
    gone = project.exhibitors[ids[pick % len(ids)]]
    project.put_exhibitor(replace(gone, status=ExhibitorStatus.WITHDRAWN))
    grown = project.exhibitors[ids[(pick + 1) % len(ids)]]
    project.put_exhibitor(
        replace(grown, requested_m2=grown.max_m2, min_m2=grown.max_m2, max_m2=grown.max_m2 + 9)
    )
    booths = sorted(project.booths)
    blocked = project.booths[booths[pick % len(booths)]]
    if blocked.status is BoothStatus.AVAILABLE:
        project.put_booth(replace(blocked, status=BoothStatus.BLOCKED))
    result = solve_checked(project, params=FAST)
    assert result.status.has_plan
    assert gone.id not in result.stands
