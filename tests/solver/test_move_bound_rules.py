"""The movers' LP (solver/movers_lp.py `cap_relaxation`) holds where the hard rules bite:
facing rows (competitors kept apart across the aisle or not), locked and pinned exhibitors,
confirmed exhibitors who must keep a stand, premium booths. On tiny re-solves drawn by
hypothesis, no valid plan with at most c moves scores more (without its moves, waitlist
included) than either form of the LP for c. Plans are judged by the solver's own validity
check and score, so confirmed, pinned and locked exhibitors count as the solver counts them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.tiny_exhibitors import draw_change, draw_exhibitors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qods_planner.model import Plan
from qods_planner.snapshot import build_problem
from solver.evaluate import breakdown, is_valid, moved
from solver.indexing import build_instance
from solver.move_bound import MoveBound
from solver.movers_lp import cap_relaxation


@st.composite
def re_solves(draw):
    """Rows A (4 booths) and B (2) facing across a 3 m aisle; 4–5 exhibitors of one or two
    booths with competitors, partners, tiers and corner wishes; a published plan drawn among
    the valid ones, some of it locked, often published as the baseline (its exhibitors then
    confirmed); sometimes a pin; then a held booth blocked, a newcomer, a withdrawal or
    nothing."""
    tiny = TinyProject()
    tiny.row("A", 4, x=0, y=0, w=300, h=300)
    tiny.row("B", 2, x=0, y=600, w=300, h=300)
    project = tiny.project
    rules = project.settings.neighbours
    facing = draw(st.booleans())
    project.set_settings(
        replace(project.settings, neighbours=replace(rules, competitors_facing=facing))
    )
    if draw(st.booleans()):
        premium = draw(st.sampled_from(sorted(project.booths)))
        project.put_booth(replace(project.booths[premium], premium=True))
    ids = draw_exhibitors(draw, tiny, tiers=True)
    plans = valid_plans(project, 2)
    drawn = plans[draw(st.integers(0, len(plans) - 1))]
    locked = frozenset(e for e in sorted(drawn.stands) if draw(st.integers(0, 3)) == 0)
    reference = Plan(dict(drawn.stands), locked)
    project.set_plan(reference)
    if draw(st.integers(0, 4)) < 3:
        project.set_baseline(Plan(dict(drawn.stands)))
    if draw(st.integers(0, 2)) == 0:
        who = draw(st.sampled_from(ids))
        booth = draw(st.sampled_from(sorted(project.booths)))
        project.put_exhibitor(replace(project.exhibitors[who], pinned_booths=(booth,)))
    draw_change(draw, tiny, ids, dict(drawn.stands))
    return project, reference


def _assign(inst, plan: Plan) -> np.ndarray | None:
    out = np.full(inst.n_ex, -1, dtype=np.int64)
    for eid, stand in plan.stands.items():
        p = inst.placement_of(stand)
        if eid not in inst.eidx or p is None:
            return None
        out[inst.eidx[eid]] = p
    return out


def _scored(project, inst, largest: int):
    """(moves, score without moves, stands) of every plan the solver's own check accepts."""
    for plan in valid_plans(project, largest):
        assign = _assign(inst, plan)
        if assign is not None and is_valid(inst, assign):
            terms = breakdown(inst, assign)
            value = sum(v for k, v in terms.items() if k != "moves")
            yield len(moved(inst, assign)), value, dict(plan.stands)


def _lp(bound: MoveBound, inst, cap: int, whole_pairs: bool) -> int:
    relaxation = cap_relaxation(bound, inst, cap, whole_pairs=whole_pairs)
    return relaxation.bound(relaxation.solve_exact(10.0)[1])


@settings(
    max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(re_solves())
def test_no_valid_plan_within_a_cap_earns_more_than_either_lp(case):
    project, reference = case
    inst = build_instance(build_problem(project, reference=reference))
    if inst.infeasible:
        return  # no plan at all: nothing to bound
    best: dict[int, int] = {}
    for moves, value, _stands in _scored(project, inst, 2):
        best[moves] = max(best.get(moves, value), value)
    bound = MoveBound(inst)
    within: int | None = None  # the best plan with at most `cap` moves
    for cap in range(min(best, default=0), max(best, default=-1) + 2):
        if cap in best:
            within = best[cap] if within is None else max(within, best[cap])
        if within is None:
            continue
        for whole_pairs in (True, False):
            lp = _lp(bound, inst, cap, whole_pairs)
            assert within <= lp, (cap, whole_pairs, within, lp)


def test_competitors_may_face_each_other_when_the_rules_allow_it():
    """With competitors kept apart only side by side, r2 may move across the aisle to face its
    competitor r1 (locked; same sector, so the facing pair earns points): the best plan with
    one move does exactly that, and both LPs hold for it."""
    tiny = TinyProject()
    tiny.row("A", 2, x=0, y=0, w=300, h=300)
    tiny.row("B", 2, x=0, y=600, w=300, h=300)
    project = tiny.project
    rules = project.settings.neighbours
    project.set_settings(
        replace(project.settings, neighbours=replace(rules, competitors_facing=False))
    )
    tiny.exhibitor("r1", sector="auto", m2=9, max_m2=9, competitors=("r2",))
    tiny.exhibitor("r2", sector="auto", m2=9, max_m2=9)
    reference = tiny.place(locked=["r1"], r1=["A1"], r2=["B2"])
    project.set_plan(reference)
    project.set_baseline(reference)
    inst = build_instance(build_problem(project, reference=reference))
    best: dict[int, tuple[int, dict]] = {}
    for moves, value, stands in _scored(project, inst, 1):
        if moves not in best or value > best[moves][0]:
            best[moves] = (value, stands)
    assert best[1][0] > best[0][0] and best[1][1] == {"r1": ("A1",), "r2": ("B1",)}
    bound = MoveBound(inst)
    for whole_pairs in (True, False):
        assert _lp(bound, inst, 1, whole_pairs) >= best[1][0]
