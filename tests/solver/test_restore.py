"""The repair's restore pass: a new competitor pair moves whichever side costs fewer moves.

The venue: a row A1–A4 holding e1–e4 and two free booths B1–B2. Only A2 and A3 have power,
and e2 needs power. When e1 and e2 become competitors the repair keeps e1 (first in order);
e2 can then only take A3 by pushing e3 out — two moves — while moving e1 to B costs one.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from helpers.builders import TinyProject
from helpers.solving import solve_checked

from qods_planner.model import BoothStatus, Needs, PriorityTier
from qods_planner.snapshot import build_problem
from solver.evaluate import breakdown, is_valid, moved
from solver.greedy import eject_into_waitlist_gaps, insert_all, place_fixed, placement_order
from solver.indexing import build_instance
from solver.placement_board import Board
from solver.repair import repair
from solver.restore_homes import restore_homes


@pytest.fixture
def venue() -> TinyProject:
    tiny = TinyProject()
    tiny.booth("A1", 600, 0)
    tiny.booth("A2", 900, 0, power=True)
    tiny.booth("A3", 1200, 0, power=True)
    tiny.booth("A4", 1500, 0)
    tiny.row("B", 2, x=600, y=1400)
    for i in range(1, 5):
        needs = Needs(power=True) if i == 2 else Needs()
        tiny.exhibitor(f"e{i}", m2=9, max_m2=9, needs=needs)
    tiny.place(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"])
    ex = tiny.project.exhibitors["e1"]
    tiny.project.put_exhibitor(replace(ex, competitors=("e2",)))
    return tiny


def _names(inst, exhibitors) -> set[str]:
    return {inst.ex[e].id for e in exhibitors}


def _repair_without_restore(inst) -> Board:
    """What the repair did before this pass: keep old stands in order, insert, eject."""
    board = Board(inst)
    place_fixed(board)
    for e, p in enumerate(inst.start):
        if (
            p is not None
            and inst.fixed[e] is None
            and inst.is_candidate(e, p)
            and board.can_take(e, p)
        ):
            board.place(e, p)
    insert_all(board, placement_order(inst, [e for e in range(inst.n_ex) if board.assign[e] < 0]))
    eject_into_waitlist_gaps(board, lambda: False)
    return board


def test_keeping_the_first_of_a_new_pair_costs_two_moves(venue):
    inst = build_instance(build_problem(venue.project))
    board = _repair_without_restore(inst)
    assert _names(inst, moved(inst, board.assign)) == {"e2", "e3"}


def test_the_restore_pass_moves_the_other_side_instead(venue):
    inst = build_instance(build_problem(venue.project))
    board = _repair_without_restore(inst)
    before = breakdown(inst, board.assign)
    restore_homes(board, lambda: False)
    assert is_valid(inst, board.assign)
    assert _names(inst, moved(inst, board.assign)) == {"e1"}
    after = breakdown(inst, board.assign)
    assert after["moves"] > before["moves"] and after["waitlist"] == before["waitlist"]


def test_repair_gives_the_minimal_move_plan_and_the_solver_proves_it(venue):
    inst = build_instance(build_problem(venue.project))
    assign, _dropped = repair(inst)
    assert _names(inst, moved(inst, assign)) == {"e1"}
    result = solve_checked(venue.project)
    assert result.moves == 1 and result.moves_proven_minimal
    assert {c.exhibitor for c in result.changes} == {"e1"}


def test_a_step_that_would_cost_more_is_undone(venue):
    """Block B1–B2: e1 has nowhere to go, so sending e2 home would waitlist e1 — dearer than
    the two moves; the pass leaves the plan exactly as it was."""
    for bid in ("B1", "B2"):
        booth = venue.project.booths[bid]
        venue.project.put_booth(replace(booth, status=BoothStatus.BLOCKED))
    inst = build_instance(build_problem(venue.project))
    board = _repair_without_restore(inst)
    start = board.assign.copy()
    restore_homes(board, lambda: False)
    assert np.array_equal(board.assign, start)


def _changed_generated_project(seed: int):
    """A generated project planned by the greedy, then hit by many changes at once: stands
    grown past their booths, neighbours made competitors, booths blocked."""
    from qods_planner.generate import generate_project
    from qods_planner.layout import layout_of
    from qods_planner.model import Plan
    from solver.greedy import greedy

    project = generate_project(40, 48, 1, seed=seed)
    inst = build_instance(build_problem(project, fresh=True))
    assign = greedy(inst)
    stands = {inst.ex[e].id: inst.stand(int(p)) for e, p in enumerate(assign) if p >= 0}
    project.set_plan(Plan(stands))
    layout = layout_of(project)
    placed = sorted(e for e in stands if not project.exhibitors[e].pinned_booths)
    for eid in placed[:3]:
        ex = project.exhibitors[eid]
        area = sum(project.booths[b].area for b in stands[eid]) / 10_000
        project.put_exhibitor(replace(ex, requested_m2=area + 9, min_m2=area + 1, max_m2=area + 27))
    pairs = 0
    for a in placed[3:]:
        for b in placed[3:]:
            if pairs < 4 and a < b and layout.stand_relation(stands[a], stands[b]) is not None:
                ex = project.exhibitors[a]
                project.put_exhibitor(replace(ex, competitors=(*ex.competitors, b)))
                pairs += 1
    for eid in placed[-2:]:
        booth = project.booths[stands[eid][0]]
        project.put_booth(replace(booth, status=BoothStatus.BLOCKED))
    return project


def _dominant(inst, assign) -> int:
    terms = breakdown(inst, assign)
    return terms["waitlist"] + terms["moves"]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_after_many_changes_the_pass_keeps_every_rule_and_never_costs_more(seed):
    inst = build_instance(build_problem(_changed_generated_project(seed)))
    board = _repair_without_restore(inst)
    assert is_valid(inst, board.assign)
    before = _dominant(inst, board.assign)
    restore_homes(board, lambda: False)
    assert is_valid(inst, board.assign)
    assert _dominant(inst, board.assign) >= before
    assign, _dropped = repair(inst)
    assert is_valid(inst, assign)


def test_a_waitlisted_sponsor_takes_a_two_booth_stand_by_moving_both_holders():
    """e5 needs two booths in a row; only row A has such runs, each held by two exhibitors.
    The ejection pass moves single holders only; the restore pass moves both to B1 and B2."""
    tiny = TinyProject()
    tiny.row("A", 4, x=600, y=0)
    tiny.booth("B1", 600, 1400)
    tiny.booth("B2", 1500, 1400)
    for i in range(1, 5):
        tiny.exhibitor(f"e{i}", m2=9, max_m2=9)
    tiny.place(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"])
    tiny.exhibitor("e5", m2=18, max_m2=18, priority=PriorityTier.SPONSOR)
    inst = build_instance(build_problem(tiny.project))
    board = _repair_without_restore(inst)
    assert board.assign[inst.eidx["e5"]] < 0  # what the repair used to hand the solver
    restore_homes(board, lambda: False)
    assert is_valid(inst, board.assign)
    assert board.assign[inst.eidx["e5"]] >= 0
    assert len(moved(inst, board.assign)) == 2
