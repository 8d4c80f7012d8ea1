"""Re-solving after each kind of last-minute change, alone and together: the fewest moves
(proven), locked exhibitors never move, and every change is listed with a reason.

The venue: a row A1–A4 holding e1–e4 (one sector, so staying together is worth points), and
two free booths B1–B2 side by side elsewhere in the hall.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.builders import TinyProject, plan_of
from helpers.solving import solve_checked

from qods_planner.model import BoothStatus, ExhibitorStatus, PriorityTier


@pytest.fixture
def venue() -> TinyProject:
    tiny = TinyProject()
    tiny.row("A", 4, x=600, y=0)
    tiny.row("B", 2, x=600, y=1400)
    for i in range(1, 5):
        tiny.exhibitor(f"e{i}", m2=9, max_m2=9)
    tiny.place(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"])
    return tiny


def _edit(tiny: TinyProject, eid: str, **changes) -> None:
    _edit_project(tiny.project, eid, **changes)


def _edit_project(project, eid: str, **changes) -> None:
    project.put_exhibitor(replace(project.exhibitors[eid], **changes))


def _changes(result) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], str]]:
    return {c.exhibitor: (c.before, c.after, c.why) for c in result.changes}


def test_a_withdrawal_moves_nobody_and_releases_the_stand(venue):
    _edit(venue, "e2", status=ExhibitorStatus.WITHDRAWN)
    result = solve_checked(venue.project)
    assert result.moves == 0 and result.moves_proven_minimal
    assert "e2" not in result.stands
    assert _changes(result)["e2"][:2] == (("A2",), ())
    assert "withdrawn" in _changes(result)["e2"][2]
    (left,) = [c for c in result.changes if c.exhibitor == "e2"]
    assert left.name == venue.project.exhibitors["e2"].name("en") != "e2"


def test_a_late_registration_takes_a_free_booth_and_moves_nobody(venue):
    venue.exhibitor("e5", m2=9, max_m2=9)
    result = solve_checked(venue.project)
    assert result.moves == 0
    assert result.stands["e5"] in (("B1",), ("B2",))
    assert "newly placed" in _changes(result)["e5"][2]


def test_a_bigger_stand_moves_only_that_exhibitor(venue):
    _edit(venue, "e3", requested_m2=18, min_m2=18, max_m2=18)
    result = solve_checked(venue.project)
    assert result.moves == 1 and result.moves_proven_minimal
    assert result.stands["e3"] == ("B1", "B2")
    before, after, why = _changes(result)["e3"]
    assert before == ("A3",) and "it accepts 18 m²" in why


def test_a_smaller_stand_shrinks_in_place(venue):
    venue.project.set_plan(plan_of(e1=["A1"], e2=["A2"], e3=["A3", "A4"]))
    _edit(venue, "e4", status=ExhibitorStatus.WITHDRAWN)
    _edit(venue, "e3", requested_m2=18, min_m2=18, max_m2=18)
    base = solve_checked(venue.project)
    assert base.moves == 0  # e4's withdrawal alone moves nobody
    _edit(venue, "e3", requested_m2=9, min_m2=9, max_m2=9)
    result = solve_checked(venue.project)
    assert result.moves == 1
    assert result.stands["e3"] in (("A3",), ("A4",))
    assert "is 18 m²; it accepts 9 m²" in _changes(result)["e3"][2]


def test_a_new_competitor_pair_moves_one_of_them(venue):
    _edit(venue, "e1", competitors=("e2",))
    result = solve_checked(venue.project)
    assert result.moves == 1 and result.moves_proven_minimal
    moved = set(_changes(result))
    assert moved in ({"e1"}, {"e2"})
    assert "competitor" in next(iter(result.changes)).why


def test_a_blocked_booth_moves_its_exhibitor(venue):
    venue.booth("A4", 1500, 0, status=BoothStatus.BLOCKED)
    result = solve_checked(venue.project)
    assert result.moves == 1
    assert set(_changes(result)) == {"e4"}
    assert "blocked" in _changes(result)["e4"][2]


def test_a_priority_upgrade_takes_the_place_of_a_regular_exhibitor(venue):
    venue.booth("B1", 600, 1400, status=BoothStatus.BLOCKED)
    venue.booth("B2", 900, 1400, status=BoothStatus.BLOCKED)
    venue.exhibitor("e5", m2=9, max_m2=9)
    waiting = solve_checked(venue.project)
    assert [w.exhibitor for w in waiting.waitlist] == ["e5"] and waiting.moves == 0
    _edit(venue, "e5", priority=PriorityTier.SPONSOR)
    result = solve_checked(venue.project)
    assert result.moves == 1 and result.moves_proven_minimal
    assert "e5" in result.stands
    (bumped,) = [w.exhibitor for w in result.waitlist]
    assert "make room for Company e5" in _changes(result)[bumped][2]


def test_locked_exhibitors_never_move(venue):
    venue.project.set_plan(plan_of(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"], locked=["e1"]))
    _edit(venue, "e1", competitors=("e2",))
    result = solve_checked(venue.project)
    assert result.stands["e1"] == ("A1",)
    assert set(_changes(result)) == {"e2"}


def test_several_changes_together(venue):
    _edit(venue, "e2", status=ExhibitorStatus.WITHDRAWN)
    venue.exhibitor("e5", m2=9, max_m2=9)
    venue.booth("A4", 1500, 0, status=BoothStatus.BLOCKED)
    result = solve_checked(venue.project)
    assert result.moves == 1  # e4 only
    assert set(_changes(result)) == {"e2", "e4", "e5"}


def test_a_fresh_solve_counts_no_moves(venue):
    _edit(venue, "e1", competitors=("e2",))
    result = solve_checked(venue.project, fresh=True)
    assert result.moves == 0 and result.changes == ()
    assert result.breakdown["moves"] == 0


def test_a_large_re_solve_on_a_neighbourhood_model_still_moves_only_the_changed(venue):
    from solver import SolveParams

    venue.booth("A4", 1500, 0, status=BoothStatus.BLOCKED)
    params = SolveParams(
        wall_limit_s=120, time_limit_s=1.0, max_candidates=4
    )  # force the neighbourhood model
    result = solve_checked(venue.project, params=params)
    assert result.moves == 1 and set(_changes(result)) == {"e4"}


def test_annealing_in_the_quality_phase_moves_nobody_off_the_baseline():
    """The baseline is a plain greedy plan, far from the best: the annealer would gain by
    moving many stands, but a move costs more than any gain, so only the withdrawn goes."""
    from qods_planner.generate import generate_project
    from solver import SolveParams

    project = generate_project(40, 48, 1, seed=12)
    first = solve_checked(
        project, fresh=True, params=SolveParams(wall_limit_s=120, time_limit_s=0.2)
    )
    project.set_plan(first.plan)
    withdrawn = sorted(first.stands)[0]
    _edit_project(project, withdrawn, status=ExhibitorStatus.WITHDRAWN)
    params = SolveParams(wall_limit_s=120, time_limit_s=2.0, anneal_share=0.9, windows_above=100)
    result = solve_checked(project, params=params)
    assert result.moves == 0
    assert result.objective >= result.greedy_objective  # the repaired plan's score
    assert all(result.stands[e] == s for e, s in first.stands.items() if e != withdrawn)
