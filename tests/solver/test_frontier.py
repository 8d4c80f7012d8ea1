"""The trade-off frontier of a re-solve, checked against an independent brute force: every
plan of a tiny venue is enumerated and judged by the validator alone (no solver code), so the
fewest moves and the best score at m, m + 1, … moves are known exactly.

The venue: a row A1–A5 side by side and B1–B2 elsewhere; automotive (auto) and basic metals
(metal) stand well together, food stands alone. The published plan scatters them; a late
metal firm registers.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from helpers.builders import TinyProject
from helpers.frontier_venue import scattered_venue
from helpers.solving import QUICK, solve_checked

from qods_planner.model import Plan
from qods_planner.validation import check

SECTORS = {"e1": "auto", "e2": "food", "e3": "auto", "e4": "metal", "e5": "metal"}


@pytest.fixture
def venue() -> TinyProject:
    return scattered_venue(5, 2, SECTORS, e1=["A1"], e2=["A2"], e3=["A3"], e4=["B1"])


def brute_force(project, baseline: Plan) -> list[tuple[int, int, int]]:
    """(moves, waitlist points, score without moves) of every plan that breaks no hard rule
    and keeps a stand for everyone published — by the validator only."""
    booths = sorted(project.booths)
    people = sorted(e for e, x in project.exhibitors.items() if x.registered)
    out = []
    for choice in itertools.product([None, *booths], repeat=len(people)):
        used = [b for b in choice if b is not None]
        if len(used) != len(set(used)):
            continue
        stands = {e: (b,) for e, b in zip(people, choice, strict=True) if b is not None}
        if not set(baseline.stands) <= set(stands):
            continue  # a confirmed exhibitor would lose its stand
        plan = Plan(stands)
        report = check(project, plan, previous=baseline)
        if not report.ok:
            continue
        terms = dict(report.score.breakdown)
        moves = -terms["moves"] // project.settings.weights.move
        out.append((moves, terms["waitlist"], report.score.total - terms["moves"]))
    return out


def test_the_frontier_matches_a_brute_force(venue):
    project = venue.project
    result = solve_checked(project)
    plans = brute_force(project, project.baseline)
    move_w = project.settings.weights.move
    fewest = max(w - move_w * m for m, w, _q in plans)  # waitlist + moves, the dominant terms
    assert result.breakdown["waitlist"] + result.breakdown["moves"] == fewest
    frontier = result.frontier
    assert [p.moves for p in frontier] == list(range(result.moves, result.moves + 6))
    assert frontier[0].stands == result.stands and frontier[0].score == (
        result.objective - result.breakdown["moves"]
    )
    held = result.breakdown["waitlist"]
    for point in frontier:
        best = max(q for m, w, q in plans if m <= point.moves and w >= held)
        assert point.proven and point.gap == 0.0
        assert point.score == best, point
        assert point.moved <= point.moves
    scores = [p.score for p in frontier]
    assert scores == sorted(scores) and scores[-1] > scores[0]  # extra moves buy quality here


def test_each_point_is_a_valid_plan_with_its_own_changes(venue):
    project = venue.project
    result = solve_checked(project)
    for i, point in enumerate(result.frontier):
        plan = result.point_plan(i)
        report = check(project, plan, previous=project.baseline)
        assert report.ok
        assert report.score.total == point.objective
        assert {c.exhibitor for c in point.changes} == {
            e
            for e in set(plan.stands) | set(project.baseline.stands)
            if plan.stands.get(e) != project.baseline.stands.get(e)
        }


def test_no_extra_moves_gives_the_minimal_move_plan_only(venue):
    result = solve_checked(venue.project, params=replace(QUICK, extra_moves=0))
    assert len(result.frontier) == 1 and result.frontier[0].moves == result.moves


def test_a_fresh_solve_has_no_frontier(venue):
    assert solve_checked(venue.project, fresh=True).frontier == ()


def test_extra_moves_save_the_waitlist_in_whole_steps_only():
    """Waitlist + moves at most −13,000 (one regular exhibitor waiting, 8 moves): with up to
    12 moves the waitlist term is at most −5,000 + 4 × 1,000, which no waitlist reaches
    between −5,000 and 0; it is 0 only once the moves could pay the whole 5,000. A second
    line, waitlist − 400 × moves ≤ −7,000, keeps it at −5,000 up to 17 moves."""
    from solver.waitlist import waitlist_ceiling

    assert waitlist_ceiling([(1_000, -13_000)], 8, 5_000) == -5_000
    assert waitlist_ceiling([(1_000, -13_000)], 12, 5_000) == -5_000
    assert waitlist_ceiling([(1_000, -13_000)], 13, 5_000) == 0
    assert waitlist_ceiling([(1_000, -13_000), (400, -7_000)], 13, 5_000) == -5_000
    assert waitlist_ceiling([(1_000, -13_000), (400, -7_000)], 18, 5_000) == 0
    assert waitlist_ceiling([], 8, 5_000) == 0


def test_without_searches_each_point_keeps_a_bound_that_holds(venue, monkeypatch):
    """With CP-SAT's point searches left out (relocations only), every point's bound comes
    from the movers' LPs and the per-exhibitor bound, mapped to its cap: it must hold for the
    best plan the brute force finds within that many moves, and the plan must be no better."""
    monkeypatch.setattr("solver.frontier.MIN_SEARCH_S", 1e9)
    project = venue.project
    result = solve_checked(project)
    plans = brute_force(project, project.baseline)
    held = result.breakdown["waitlist"]
    assert any(not p.proven for p in result.frontier[1:])  # the bounds are what is tested
    for point in result.frontier:
        best = max(q for m, w, q in plans if m <= point.moves and w >= held)
        assert point.bound is not None and point.score <= best <= point.bound, (point, best)
