"""The annealer: valid plans at every step, honest score bookkeeping, fixed stands kept."""

from __future__ import annotations

import numpy as np
import pytest

from qods_planner.generate import generate_project
from qods_planner.snapshot import build_problem
from solver.evaluate import is_valid, total
from solver.greedy import greedy
from solver.indexing import build_instance
from solver.local_search import Annealer, anneal


def _instance(exhibitors: int = 40, seed: int = 2):
    project = generate_project(exhibitors, int(exhibitors * 1.2), 1, seed=seed)
    inst = build_instance(build_problem(project, fresh=True))
    return inst, greedy(inst)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_annealing_keeps_the_plan_valid_and_counts_its_gain_exactly(seed):
    inst, start = _instance(seed=seed)
    annealer = Annealer(inst, start, seed=seed)
    gain = annealer.run(20_000)
    assert is_valid(inst, annealer.best)
    assert is_valid(inst, annealer.board.assign)
    assert total(inst, annealer.best) == total(inst, start) + gain
    # the current plan's bookkeeping too, not only the best one's
    assert total(inst, annealer.board.assign) == total(inst, start) + annealer.score


def test_annealing_improves_the_greedy_plan():
    inst, start = _instance(exhibitors=60, seed=4)
    better = anneal(inst, start, 0.5, seed=1)
    assert total(inst, better) > total(inst, start)


def test_the_same_seed_gives_the_same_plan():
    inst, start = _instance(seed=5)
    first = anneal(inst, start, 0.2, seed=7)
    second = anneal(inst, start, 0.2, seed=7)
    assert np.array_equal(first, second)


def test_fixed_exhibitors_never_move():
    project = generate_project(30, 36, 1, seed=6)
    inst = build_instance(build_problem(project, fresh=True))
    start = greedy(inst)
    pinned = [e for e in range(inst.n_ex) if inst.fixed[e] is not None]
    # the generator pins some; otherwise lock the first two placed exhibitors by hand
    if not pinned:
        pinned = [e for e in range(inst.n_ex) if start[e] >= 0][:2]
        for e in pinned:
            inst.fixed[e] = int(start[e])
    annealer = Annealer(inst, start, seed=3)
    annealer.run(10_000)
    assert all(annealer.best[e] == inst.fixed[e] for e in pinned)


def test_a_stop_request_ends_the_annealing_early():
    inst, start = _instance(seed=8)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1

    annealer = Annealer(inst, start, seed=1)
    annealer.run(1_000_000, stop)
    assert len(asked) == 2  # polled every 1,000 tries: stopped at the second poll


def test_better_plans_are_reported_as_they_come():
    inst, start = _instance(exhibitors=60, seed=4)
    seen: list[np.ndarray] = []
    found = anneal(inst, start, 0.5, seed=1, on_better=seen.append)
    assert seen and np.array_equal(seen[-1], found)
    scores = [total(inst, a) for a in seen]
    assert scores == sorted(scores) and scores[-1] > total(inst, start)


def test_a_waitlisted_exhibitor_takes_the_only_fitting_booth_and_its_holder_moves_on(tiny):
    from qods_planner.model import Needs

    tiny.booth("A1", 0, 0, water=True)
    tiny.booth("B1", 0, 2000)
    tiny.exhibitor("w", m2=9, max_m2=9, needs=Needs(water=True))  # fits A1 only
    tiny.exhibitor("h", m2=9, max_m2=9)  # fits both
    inst = build_instance(build_problem(tiny.project, fresh=True))
    w, h = inst.eidx["w"], inst.eidx["h"]
    start = np.full(inst.n_ex, -1, dtype=np.int64)
    start[h] = inst.bidx["A1"]  # h holds the only booth w can use; w waits
    annealer = Annealer(inst, start, seed=1)
    annealer._bump(w, h, inst.bidx["A1"], temperature=1.0)  # the one step, taken directly
    assert (
        annealer.board.assign[w] == inst.bidx["A1"] and annealer.board.assign[h] == inst.bidx["B1"]
    )
    assert total(inst, annealer.best) == total(inst, start) + annealer.best_score
    assert total(inst, annealer.best) - total(inst, start) >= inst.wcost[w] - 20


def test_on_a_re_solve_the_gain_counts_moves_as_the_score_does():
    """A deleted reference booth makes its exhibitor's move unavoidable (reference -1); the
    annealer's bookkeeping must still match the score exactly."""
    from solver.repair import repair

    project = generate_project(40, 48, 1, seed=13)
    inst = build_instance(build_problem(project, fresh=True))
    project.set_plan(solve_plan(inst, project))
    reference = project.plan
    project.remove_booths([next(iter(reference.stands.values()))[0]])
    inst = build_instance(build_problem(project, reference=reference))
    unkeepable = [e for e, r in enumerate(inst.ref) if r is not None and r < 0]
    assert unkeepable
    start, _dropped = repair(inst)
    start[unkeepable] = -1  # waiting: the annealer places it, a move either way
    annealer = Annealer(inst, start, seed=2)
    gain = annealer.run(20_000)
    assert total(inst, annealer.best) == total(inst, start) + gain


def solve_plan(inst, project):
    from solver.api import to_plan

    return to_plan(inst, greedy(inst))
