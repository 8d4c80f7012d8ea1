"""How the search keeps the fair order and the choices without losing score: the choices-first
phase, the waitlist held while the rest is searched, and a re-solve that must move someone."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from helpers.brute import valid_plans
from helpers.builders import TinyProject, plan_of
from helpers.solving import QUICK, solve_checked
from ortools.sat.python import cp_model

from qods_planner.model import BoothStatus
from qods_planner.snapshot import build_problem
from qods_planner.validation import check
from solver.built_model import build_model
from solver.clock import Clock
from solver.evaluate import breakdown, is_valid
from solver.indexing import build_instance
from solver.local_search import Annealer
from solver.progress import Tracker
from solver.run.choices_first import choices_first
from solver.run.state import Run
from solver.waitlist import hold_placed


def _run(project) -> Run:
    inst = build_instance(build_problem(project, fresh=True))
    return Run(inst, QUICK, Tracker(None, lambda a: None), None, Clock(QUICK.wall_s))


def _assign(run: Run, **stands: tuple[str, ...]) -> np.ndarray:
    inst = run.inst
    out = np.full(inst.n_ex, -1, dtype=np.int64)
    for eid, booths in stands.items():
        out[inst.eidx[eid]] = inst.p_key[tuple(booths)]
    return out


def test_the_choices_first_phase_meets_the_most_choices_any_plan_meets():
    b = TinyProject()
    b.row("A", 4, x=300, y=0)
    b.exhibitor("e1", choices=("A2", "A3"))
    b.exhibitor("e2", choices=("A1",))
    b.exhibitor("e3", choices=("A2",))
    run = _run(b.project)
    start = _assign(run, e1=("A1",), e2=("A2",), e3=("A3",))  # meets no choice at all
    assert breakdown(run.inst, start)["choice"] == 0
    found = choices_first(run, start, limit=5.0)
    assert is_valid(run.inst, found) and (found >= 0).all()
    best = max(check(b.project, p).score.breakdown["choice"] for p in valid_plans(b.project, 1))
    assert breakdown(run.inst, found)["choice"] == best == 140  # e2 A1, e3 A2, e1 A3 (its 2nd)


def _one_booth_two_takers(first: str, second: str) -> Run:
    b = TinyProject()
    b.row("A", 1, x=300, y=0)
    b.exhibitor(first)
    b.exhibitor(second)
    return _run(b.project)


def test_the_annealer_never_waitlists_an_exhibitor_that_must_keep_a_stand():
    run = _one_booth_two_takers("held", "waiting")
    inst = run.inst
    inst.must = [eid == "held" for eid in (d.id for d in inst.ex)]
    annealer = Annealer(inst, _assign(run, held=("A1",)), seed=3)
    for _ in range(2_000):
        annealer.step(12.0)
        assert annealer.board.assign[inst.eidx["held"]] >= 0


def test_the_waitlist_hold_is_lifted_after_the_search():
    run = _one_booth_two_takers("a", "b")
    plan = _assign(run, a=("A1",))
    before = list(run.inst.must)
    with run.placed_held(plan):
        assert run.inst.must[run.inst.eidx["a"]] and not run.inst.must[run.inst.eidx["b"]]
    assert run.inst.must == before and run.held_placed == [run.inst.eidx["a"]]


def test_a_moved_exhibitor_goes_to_its_best_available_choice():
    b = TinyProject()
    b.row("A", 4, x=300, y=0)
    b.exhibitor("mover", choices=("A2", "A4"))
    b.exhibitor("stays")
    published = plan_of(mover=["A1"], stays=["A2"])
    b.project.set_plan(published)
    b.project.set_baseline(published)
    b.project.put_booth(replace(b.project.booths["A1"], status=BoothStatus.BLOCKED))
    result = solve_checked(b.project)
    # A2 is held by an exhibitor on its published stand; A3 meets no choice; A4 is choice 2
    assert "A4" in result.stands["mover"] and result.stands["stays"] == ("A2",)
    assert b.project.exhibitors["mover"].choice_met(result.stands["mover"]) == 2


def test_the_quality_model_keeps_everyone_held_placed():
    run = _one_booth_two_takers("a", "b")
    a = run.inst.eidx["a"]
    bm = build_model(run.inst)
    hold_placed(bm, [a])
    bm.pm.set_objective([bm.v.wait[a]], [1], 0)  # the search would rather a waited
    solver = cp_model.CpSolver()
    assert solver.solve(bm.pm.model) == cp_model.OPTIMAL
    assert solver.response_proto.solution[bm.v.wait[a]] == 0
