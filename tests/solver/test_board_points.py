"""The board's points for a stand (solver/placement_board.py: `options`, and `points_if_moved`
for a placed exhibitor) differ between two stands exactly as the validator's scores of the
two plans do: sector neighbours, partners and the stand's own points all counted."""

from __future__ import annotations

import pytest
from helpers.builders import TinyProject

from qods_planner.snapshot import build_problem
from qods_planner.validation import score
from solver.indexing import build_instance
from solver.placement_board import Board


@pytest.mark.parametrize("placed", [False, True])
def test_the_boards_points_follow_the_validators_score(placed):
    tiny = TinyProject()
    tiny.row("A", 6, x=0, y=0)
    tiny.exhibitor("e0", sector="food", max_m2=9, partners=("e1",))
    tiny.exhibitor("e1", sector="auto", max_m2=9)
    tiny.exhibitor("e2", sector="food", max_m2=9)
    project = tiny.project
    fixed = {"e1": ["A1"], "e2": ["A5"]}
    inst = build_instance(build_problem(project, fresh=True))
    idx = {x.id: i for i, x in enumerate(inst.ex)}
    board = Board(inst)
    for eid, booths in fixed.items():
        board.place(idx[eid], inst.placement_of(tuple(booths)))
    e = idx["e0"]
    if placed:  # e0 on A3: its points elsewhere as if it had left
        board.place(e, inst.placement_of(("A3",)))
        cand = inst.cands[e]
        free, points = board.points_if_moved(e, cand)
        cand, points = cand[free], points[free]
    else:
        cand, points = board.options(e)
    values = {}
    for p, value in zip(cand.tolist(), points.tolist(), strict=True):
        booths = inst.stand(p)
        plan = tiny.place(e0=list(booths), **fixed)
        values[booths] = (value, score(project, plan).total)
    assert {("A2",), ("A3",), ("A4",), ("A6",)} <= set(values)
    base_value, base_score = values[("A6",)]
    for value, total in values.values():
        assert value - base_value == total - base_score
    # next to its partner (A2) and next to its sector (A4, A6) are worth something
    assert values[("A2",)][0] != values[("A3",)][0] != values[("A4",)][0]
