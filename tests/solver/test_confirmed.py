"""Re-solving keeps faith with confirmed exhibitors: one with a stand in the published plan,
still registered, gets a stand from every re-solve (it may move) unless the organiser allows
otherwise; an eviction is then said in its own words; when the hard rules and this one cannot
all hold, the explanation names the confirmed exhibitors that clash.

The venue: a row A1–A4 held by e1–e4 (published), and B1–B2 side by side elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.builders import TinyProject
from helpers.solving import QUICK, solve_checked

from qods_planner.model import BoothStatus, PriorityTier
from qods_planner.snapshot import build_problem
from solver import SolveStatus


@pytest.fixture
def venue() -> TinyProject:
    tiny = TinyProject()
    tiny.row("A", 4, x=600, y=0)
    tiny.row("B", 2, x=600, y=1400)
    for i in range(1, 5):
        tiny.exhibitor(f"e{i}", m2=9, max_m2=9)
    plan = tiny.place(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"])
    tiny.project.set_baseline(plan)  # published
    return tiny


def _full_venue_and_a_late_sponsor(tiny: TinyProject) -> None:
    """No free booth left, and a sponsor registers late: waitlisting the sponsor costs 3×
    a regular exhibitor, so without the rule the solver would evict a regular one."""
    for b in ("B1", "B2"):
        booth = tiny.project.booths[b]
        tiny.project.put_booth(replace(booth, status=BoothStatus.BLOCKED))
    tiny.exhibitor("e5", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)


def test_the_published_plan_makes_its_exhibitors_confirmed(venue):
    assert build_problem(venue.project).confirmed == ("e1", "e2", "e3", "e4")
    assert build_problem(venue.project, keep_confirmed=False).confirmed == ()
    assert build_problem(venue.project, fresh=True).confirmed == ()
    venue.project.set_baseline(None)
    assert build_problem(venue.project).confirmed == ()  # nothing published: nobody confirmed


def test_a_late_sponsor_does_not_cost_a_published_exhibitor_its_stand(venue):
    _full_venue_and_a_late_sponsor(venue)
    result = solve_checked(venue.project)
    assert set(result.stands) == {"e1", "e2", "e3", "e4"}
    assert [w.exhibitor for w in result.waitlist] == ["e5"]
    assert result.evicted == () and result.moves == 0


def test_switched_off_an_eviction_is_said_in_its_own_words(venue):
    _full_venue_and_a_late_sponsor(venue)
    result = solve_checked(venue.project, keep_confirmed=False)
    assert "e5" in result.stands
    (evicted,) = result.evicted
    assert evicted.before and evicted.after == ()
    assert evicted.why.startswith("loses its stand: ")
    assert "make room for Company e5" in evicted.why


def test_the_project_setting_switches_the_rule_off(venue):
    from qods_planner.model import SolverSettings

    _full_venue_and_a_late_sponsor(venue)
    settings = venue.project.settings
    venue.project.set_settings(
        replace(settings, solver=replace(settings.solver, keep_confirmed=False))
    )
    assert build_problem(venue.project).confirmed == ()
    assert SolverSettings().keep_confirmed is True  # on by default


def test_a_confirmed_exhibitor_may_move_but_not_leave(venue):
    venue.project.put_exhibitor(
        replace(venue.project.exhibitors["e3"], requested_m2=18, min_m2=18, max_m2=18)
    )
    result = solve_checked(venue.project)
    assert result.stands["e3"] == ("B1", "B2")
    assert result.moves == 1 and result.evicted == ()


def test_when_confirmed_exhibitors_cannot_all_keep_a_stand_the_explanation_names_them(venue):
    # e3 grows to 18 m²: the only runs of two booths are in row A, which its neighbours hold,
    # and row B is blocked; someone confirmed would have to leave.
    for b in ("B1", "B2"):
        venue.project.put_booth(replace(venue.project.booths[b], status=BoothStatus.BLOCKED))
    venue.project.put_exhibitor(
        replace(venue.project.exhibitors["e3"], requested_m2=18, min_m2=18, max_m2=18)
    )
    result = solve_checked(venue.project)
    assert result.status is SolveStatus.INFEASIBLE and result.plan is None
    (text,) = result.explanation
    assert text.startswith("confirmed exhibitors cannot all keep a stand: ")
    assert "Company e3" in text and "--may-waitlist-confirmed" in text
    # Allowed to waitlist confirmed exhibitors, the re-solve plans and says who lost a stand.
    allowed = solve_checked(venue.project, keep_confirmed=False)
    assert allowed.status.has_plan and allowed.evicted


def test_a_closed_section_on_a_sold_out_venue_is_proven_too_small_by_area(venue):
    """Row B blocked and A4 closed: four confirmed exhibitors of 9 m² and three booths. The
    relaxation proves it at once, and the explanation gives both areas and who is left out."""
    for b in ("B1", "B2", "A4"):
        venue.project.put_booth(replace(venue.project.booths[b], status=BoothStatus.BLOCKED))
    result = solve_checked(venue.project)
    assert result.status is SolveStatus.INFEASIBLE and result.plan is None
    (text,) = result.explanation
    assert "confirmed exhibitors (4) need at least 36 m² together" in text
    assert "the booths still open offer 27 m²" in text and "Company e4 (e4)" in text


def test_a_confirmed_exhibitor_without_any_fitting_place_is_named(venue):
    venue.project.put_exhibitor(
        replace(venue.project.exhibitors["e2"], requested_m2=72, min_m2=72, max_m2=72)
    )
    result = solve_checked(venue.project)
    assert result.status is SolveStatus.INFEASIBLE
    (text,) = result.explanation
    assert "Company e2" in text and "72 m²" in text


def test_moves_are_counted_against_the_published_plan(venue):
    # By hand since publishing: e1 went to B1. The re-solve counts that as a move (against the
    # published plan), not as the new normal.
    venue.place(e1=["B1"], e2=["A2"], e3=["A3"], e4=["A4"])
    problem = build_problem(venue.project)
    assert dict(problem.reference)["e1"] == ("A1",)
    result = solve_checked(venue.project)
    assert result.stands["e1"] == ("A1",) and result.moves == 0


def test_a_withdrawn_confirmed_exhibitor_is_not_confirmed(venue):
    from qods_planner.model import ExhibitorStatus

    venue.project.put_exhibitor(
        replace(venue.project.exhibitors["e2"], status=ExhibitorStatus.WITHDRAWN)
    )
    assert build_problem(venue.project).confirmed == ("e1", "e3", "e4")
    result = solve_checked(venue.project)
    assert "e2" not in result.stands and result.evicted == ()


def test_on_the_qods_sample_late_registrations_cost_no_published_exhibitor_its_stand():
    """The issue's report: planned, published, 14 late registrations, re-solved — two
    published exhibitors were sent to the waitlist 'to make room'. Now nobody is."""
    from pathlib import Path

    from qods_planner.files import load_project

    sample = Path(__file__).resolve().parents[2] / "samples" / "qods-industries-2026.qods.json"
    project = load_project(sample)
    first = solve_checked(project, fresh=True)
    project.set_plan(first.plan)
    project.set_baseline(first.plan)
    placed = sorted(e for e in first.plan.stands if not project.exhibitors[e].pinned_booths)
    for i in range(14):
        model = project.exhibitors[placed[(i * 7) % len(placed)]]
        project.put_exhibitor(
            replace(model, id=f"L{i + 1:02d}", competitors=(), partners=(), pinned_booths=())
        )
    result = solve_checked(project, params=replace(QUICK, extra_moves=0))
    assert result.evicted == ()
    assert set(first.plan.stands) <= set(result.stands)
    assert result.waitlist  # the venue is full: late registrants wait instead
