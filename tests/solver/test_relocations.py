"""The frontier's relocations keep each exhibitor's options between steps and price a chain's
second move without taking anyone off the board (solver/relocate.py); both must give exactly
what recomputing everything from the board gives. Checked on stored fairs after the changes
the benchmarks make, against a plain search written here that recomputes every step."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from helpers.stored_re_solve import stored_re_solve

from qods_planner.snapshot import build_problem
from solver.evaluate import is_valid, moved
from solver.indexing import build_instance
from solver.placement_board import Board
from solver.relocate import MAX_STEPS, Relocations, quality
from solver.repair import repair

# Re-solves whose relocations gain within three extra moves (their repaired plans valid)
CASES = [
    ("gen-0050-s1", "bigger_stand"),
    ("gen-0050-s1", "section_closed"),
    ("gen-0050-s1", "booth_blocked"),
    ("gen-0050-s2", "all_together"),
    ("gen-0050-s2", "new_competitors"),
]


def _re_solve(name: str, change: str):
    """`stored_re_solve`, with partners added; the instance and the repaired plan a
    re-solve starts from."""
    project = stored_re_solve(name, change)
    # Five pairs of partners, by id (a stored fair has one), whose bonus moves with each
    # relocation.
    ids = sorted(project.exhibitors)
    for a, b in zip(ids[0:20:4], ids[1:20:4], strict=True):
        project.put_exhibitor(replace(project.exhibitors[a], partners=(b,)))
    inst = build_instance(build_problem(project))
    return inst, repair(inst)[0]


@pytest.fixture(scope="module", params=CASES, ids=["-".join(c) for c in CASES])
def re_solve(request):
    inst, start = _re_solve(*request.param)
    assert is_valid(inst, start)
    return inst, start


def _board(inst, assign) -> Board:
    board = Board(inst)
    for e, p in enumerate(assign.tolist()):
        if p >= 0:
            board.place(e, p)
    return board


def _off_board(board: Board, e: int):
    """`e`'s free candidates and their points with `e` taken off the board."""
    p = int(board.assign[e])
    board.remove(e)
    cand, points = board.options(e)
    board.place(e, p)
    return cand, points


def plain_relocate(inst, assign: np.ndarray, cap: int) -> np.ndarray:
    """The relocations recomputed from the board at every step: of all single moves and
    chains within the cap, the one that gains most (ties: the lowest exhibitor, singles
    before chains, the lowest second exhibitor)."""
    board = _board(inst, assign)
    ref = [-1 if r is None or r < 0 else r for r in (inst.ref or [None] * inst.n_ex)]
    count = len(moved(inst, assign))

    def cost(e, source, target):
        return int(source == ref[e]) - int(target == ref[e])

    def single(e, spent):
        p0 = int(board.assign[e])
        if p0 < 0 or inst.fixed[e] is not None:
            return None
        cand, points = _off_board(board, e)
        if p0 not in cand.tolist():
            return None
        here = int(points[cand.tolist().index(p0)])
        best = None
        for p, value in zip(cand.tolist(), points.tolist(), strict=True):
            if p != p0 and spent + cost(e, p0, p) <= cap and (best is None or value > best[1]):
                best = (p, value)
        return None if best is None else (best[1] - here, best[0])

    for _ in range(MAX_STEPS):
        singles = []
        for e in range(inst.n_ex):
            step = single(e, count)
            if step is not None and step[0] > 0:
                singles.append((step[0], e, step[1]))
        chosen, gain = [], 0
        for g, e, p in singles:
            if g > gain:
                chosen, gain = [(e, p)], g
        for g, e, p in singles:
            p0 = int(board.assign[e])
            after = count + cost(e, p0, p)
            board.remove(e)
            board.place(e, p)
            second = None
            for f in range(inst.n_ex):
                q = int(board.assign[f])
                if f == e or q < 0 or inst.fixed[f] is not None or not inst.is_candidate(f, p0):
                    continue
                if after + cost(f, q, p0) > cap:
                    continue
                cand, points = _off_board(board, f)
                there = points[cand == p0]
                if len(there) and q in cand.tolist():
                    value = int(there[0]) - int(points[cand.tolist().index(q)])
                    if second is None or value > second[0]:
                        second = (value, f)
            board.remove(e)
            board.place(e, p0)
            if second is not None and g + second[0] > gain:
                chosen, gain = [(e, p), (second[1], p0)], g + second[0]
        if not chosen:
            break
        for e, p in chosen:
            count += cost(e, int(board.assign[e]), p)
            board.remove(e)
            board.place(e, p)
    out = board.assign.copy()
    return out if is_valid(inst, out) and quality(inst, out) >= quality(inst, assign) else assign


@pytest.mark.parametrize("case", [*CASES, ("tight-0050-clique-s1", "late_batch")])
def test_a_placed_exhibitors_points_elsewhere_are_its_options_off_the_board(case):
    inst, start = _re_solve(*case)
    board = _board(inst, start)
    checked = 0
    for e in range(inst.n_ex):
        if start[e] < 0:
            continue
        cand, points = _off_board(board, e)
        free, moved_points = board.points_if_moved(e, inst.cands[e])
        assert inst.cands[e][free].tolist() == cand.tolist()
        assert moved_points[free].tolist() == points.tolist()
        checked += 1
    assert checked > 0


def test_the_cases_hold_placed_partners_and_competitors():
    """So the comparisons here cover partners' bonus and competitors' bans."""
    inst, start = _re_solve(*CASES[0])
    assert sum(start[i] >= 0 and start[j] >= 0 for i, j in inst.partner_pairs) >= 3
    assert sum(1 for e, rivals in enumerate(inst.competitors) if rivals and start[e] >= 0) >= 2


def test_options_kept_through_moves_are_those_recomputed(re_solve):
    """After each move the kept options, less those `_forget` drops, are still exact."""
    inst, start = re_solve
    relocations = Relocations(inst)
    board = _board(inst, start)
    kept = {e: _off_board(board, e) for e in range(inst.n_ex) if start[e] >= 0}
    rng = np.random.default_rng(7)
    made = 0
    for _ in range(400):
        if made == 20:
            break
        e = int(rng.choice(np.flatnonzero(board.assign >= 0)))
        source = int(board.assign[e])
        targets = [p for p in _off_board(board, e)[0].tolist() if p != source]
        if inst.fixed[e] is not None or not targets:
            continue
        target = int(rng.choice(targets))
        board.remove(e)
        board.place(e, target)
        relocations._forget(kept, e, (source, target))
        for f, (cand, points) in kept.items():
            fresh = _off_board(board, f)
            assert (cand.tolist(), points.tolist()) == (fresh[0].tolist(), fresh[1].tolist())
        kept.update({f: _off_board(board, f) for f in range(inst.n_ex) if f not in kept})
        made += 1
    assert made == 20


def test_kept_options_take_the_steps_recomputing_takes(re_solve):
    inst, start = re_solve
    relocations = Relocations(inst)
    m = len(moved(inst, start))
    current = plain = start
    gained = 0
    for cap in range(m + 1, m + 4):
        expected = plain_relocate(inst, start, cap)
        assert relocations.relocate(start, cap).tolist() == expected.tolist()
        plain = plain_relocate(inst, plain, cap)
        current = relocations.relocate(current, cap)
        assert current.tolist() == plain.tolist()
        gained += quality(inst, expected) - quality(inst, start)
        assert len(moved(inst, current)) <= cap and is_valid(inst, current)
    assert gained > 0  # the relocations have work to do here
