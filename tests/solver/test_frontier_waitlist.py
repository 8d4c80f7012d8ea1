"""The frontier when someone must wait, checked against the brute force: the ceiling on the
waitlist per moves cap (`waitlist_ceiling`, in CP-SAT's model and the movers' LPs) must cut
no valid plan, and must let every point be proven.
"""

from __future__ import annotations

from dataclasses import replace

from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.frontier_venue import scattered_venue
from helpers.solving import QUICK, solve_checked

from qods_planner.validation import check

SECTORS = {"e1": "auto", "e2": "food", "e3": "auto", "e4": "metal", "e5": "metal", "e6": "metal"}


def _venue() -> TinyProject:
    """A1–A4 side by side and B1 apart, five booths for six exhibitors. Automotive (e1, e3)
    and metal (e4 published, e5 and e6 new) stand well together, food (e2) alone; the
    published plan scatters them, so extra moves buy quality while one exhibitor waits."""
    return scattered_venue(4, 1, SECTORS, e1=["A1"], e2=["A2"], e3=["A4"], e4=["B1"])


def _scored(project, largest: int = 1) -> list[tuple[int, int, int]]:
    """(moves, waitlist term, score without moves) of every valid plan keeping a stand for
    every published exhibitor."""
    baseline = project.baseline
    out = []
    for plan in valid_plans(project, largest):
        if not set(baseline.stands) <= set(plan.stands):
            continue
        terms = dict(check(project, plan, previous=baseline).score.breakdown)
        moves = -terms["moves"] // project.settings.weights.move
        out.append((moves, terms["waitlist"], sum(terms.values()) - terms["moves"]))
    return out


def test_with_a_waitlist_every_point_is_the_brute_force_best_and_proven():
    project = _venue().project
    result = solve_checked(project, params=replace(QUICK, extra_moves=3))
    plans = _scored(project)
    held = result.breakdown["waitlist"]
    assert held < 0  # one exhibitor waits in every plan
    assert len(result.frontier) == 4
    for point in result.frontier:
        best = max(q for m, w, q in plans if m <= point.moves and w >= held)
        assert point.score == best, (point, best)
        assert point.proven, point
    scores = [p.score for p in result.frontier]
    assert scores[-1] > scores[0]  # the moves buy quality, so the lines were put to work


def _room_for_z() -> TinyProject:
    """A1–A3 side by side and B1 apart; x and y hold A1 and A2, z (new) needs two booths side
    by side. y moving to B1 makes room for z on A2–A3, but a move weighs 6,000 and z's wait
    5,000, so the minimal-move plan keeps z waiting."""
    tiny = TinyProject()
    tiny.row("A", 3, x=600, y=0)
    tiny.row("B", 1, x=600, y=1400)
    tiny.exhibitor("x", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("y", sector="metal", m2=9, max_m2=9)
    published = tiny.place(x=["A1"], y=["A2"])
    tiny.exhibitor("z", sector="food", m2=18, max_m2=18)
    project = tiny.project
    project.set_baseline(published)
    settings = project.settings
    project.set_settings(replace(settings, weights=replace(settings.weights, move=6_000)))
    return tiny


def test_a_move_that_makes_room_is_a_point_of_its_own_when_it_costs_more_than_the_wait():
    """In `_room_for_z`, the point with one move more places z. A ceiling one waitlist step
    too low would cut that plan."""
    project = _room_for_z().project
    result = solve_checked(project, params=replace(QUICK, extra_moves=2))
    plans = _scored(project, 2)
    held = result.breakdown["waitlist"]
    assert held < 0 and result.moves == 0  # z waits: its room costs a move
    for point in result.frontier:
        best = max(q for m, w, q in plans if m <= point.moves and w >= held)
        assert point.score == best, (point, best)
        assert point.proven, point
    assert not result.frontier[1].waitlist  # one move more places z


def test_a_move_weight_of_nothing_still_gives_a_frontier_when_someone_waits():
    """Moves weighing 0 (the organiser does not mind them) with one exhibitor waiting: the
    waitlist's lines are built without dividing by the move weight."""
    tiny = _venue()
    project = tiny.project
    settings = project.settings
    project.set_settings(replace(settings, weights=replace(settings.weights, move=0)))
    result = solve_checked(project, params=replace(QUICK, extra_moves=2))
    assert result.breakdown["waitlist"] < 0 and len(result.frontier) == 3


def test_each_point_s_search_knows_the_waitlist_cannot_shrink(monkeypatch):
    """Five booths for six exhibitors: no plan waitlists less, and the least waitlist's line
    says so. Each point's CP-SAT model must carry that ceiling, its waitlist row's upper side
    at the plan's waitlist, not 0 (the ceiling is what lets CP-SAT prove larger venues)."""
    from ortools.sat.python import cp_model

    sides: list[tuple[int, int]] = []
    solve = cp_model.CpSolver.solve

    def recording(self, model, *args, **kwargs):
        for c in model.Proto().constraints:
            coeffs = list(c.linear.coeffs)
            # the waitlist row: −5,000 per waiting literal, nothing else on it
            if len(coeffs) > 1 and set(coeffs) == {-5_000}:
                sides.append((c.linear.domain[0], c.linear.domain[1]))
        return solve(self, model, *args, **kwargs)

    monkeypatch.setattr(cp_model.CpSolver, "solve", recording)
    result = solve_checked(_venue().project, params=replace(QUICK, extra_moves=3))
    held = result.breakdown["waitlist"]
    assert held == -5_000
    # the frontier's three point searches are the last solves (the quality phase's row
    # before them holds the waitlist from below only)
    assert sides[-3:] == [(held, held)] * 3, sides


def test_the_plan_of_a_waitlist_lines_integer_optimum_starts_the_frontiers_points(monkeypatch):
    """With no search at the points (relocations only, as when the clock has run out), the
    relocations, which never seat a waitlisted exhibitor, cannot place z; the least waitlist's
    integer optimum has a plan that does, with one move, and the points from m + 1 on start
    from it."""
    import solver.frontier as frontier

    monkeypatch.setattr(frontier, "MIN_SEARCH_S", 1e9)
    project = _room_for_z().project
    result = solve_checked(project, params=replace(QUICK, extra_moves=2))
    assert result.frontier[0].waitlist and not result.frontier[1].waitlist
