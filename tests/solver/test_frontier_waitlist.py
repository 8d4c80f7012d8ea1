"""The frontier when someone must wait, checked against the brute force: the lines that cap
the waitlist per moves cap (`waitlist_ceiling`, in CP-SAT's model and the movers' LPs) must
cut no valid plan, and must let every point be proven.

The venue: A1–A4 side by side and B1 apart, five booths for six exhibitors. Automotive
(e1, e3) and metal (e4 published, e5 and e6 new) stand well together, food (e2) alone; the
published plan scatters them, so extra moves buy quality while one exhibitor always waits.
"""

from __future__ import annotations

from dataclasses import replace

from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.solving import QUICK, solve_checked

from qods_planner.validation import check

SECTORS = {"e1": "auto", "e2": "food", "e3": "auto", "e4": "metal", "e5": "metal", "e6": "metal"}


def _venue() -> TinyProject:
    tiny = TinyProject()
    tiny.row("A", 4, x=600, y=0)
    tiny.row("B", 1, x=600, y=1400)
    for eid, sector in SECTORS.items():
        tiny.exhibitor(eid, sector=sector, m2=9, max_m2=9)
    published = tiny.place(e1=["A1"], e2=["A2"], e3=["A4"], e4=["B1"])
    tiny.project.set_baseline(published)
    return tiny


def _scored(project) -> list[tuple[int, int, int]]:
    """(moves, waitlist term, score without moves) of every valid plan keeping a stand for
    every published exhibitor."""
    baseline = project.baseline
    out = []
    for plan in valid_plans(project, 1):
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
