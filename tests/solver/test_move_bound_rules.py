"""The movers' LP (solver/move_bound.py `cap_relaxation`) holds where the hard rules bite:
facing rows (competitors kept apart across the aisle or not), locked and pinned exhibitors,
confirmed exhibitors who must keep a stand, premium booths. On tiny re-solves drawn by
hypothesis, no valid plan with at most c moves scores more (without its moves, waitlist
included) than either form of the LP for c. Plans are judged by the solver's own validity
check and score, so confirmed, pinned and locked exhibitors count as the solver counts them."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import numpy as np
from helpers.brute import valid_plans
from helpers.builders import TinyProject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qods_planner.model import BoothStatus, ExhibitorStatus, Plan, PriorityTier, Wishes
from qods_planner.snapshot import build_problem
from solver.evaluate import breakdown, is_valid, moved
from solver.indexing import build_instance
from solver.move_bound import MoveBound, cap_relaxation

SECTORS = ("auto", "metal", "food")


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
    n = draw(st.integers(4, 5))
    ids = [f"e{i}" for i in range(n)]
    pairs = list(combinations(ids, 2))
    rivals = draw(st.sets(st.sampled_from(pairs), max_size=2))
    friends = draw(st.sets(st.sampled_from(pairs), max_size=2)) - rivals
    for eid in ids:
        m2 = draw(st.sampled_from((9, 9, 18)))
        tiny.exhibitor(
            eid,
            sector=draw(st.sampled_from(SECTORS)),
            m2=m2,
            min_m2=m2,
            max_m2=m2,
            wishes=Wishes(corner=draw(st.booleans())),
            priority=draw(st.sampled_from(list(PriorityTier))),
            competitors=tuple(b for a, b in rivals if a == eid),
            partners=tuple(b for a, b in friends if a == eid),
        )
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
    change = draw(st.sampled_from(("block", "newcomer", "withdraw", "none")))
    held = sorted(b for s in drawn.stands.values() for b in s)
    if change == "block" and held:
        gone = held[draw(st.integers(0, len(held) - 1))]
        project.put_booth(replace(project.booths[gone], status=BoothStatus.BLOCKED))
    elif change == "newcomer":
        tiny.exhibitor("late", sector=draw(st.sampled_from(SECTORS)), m2=9, max_m2=9)
    elif change == "withdraw":
        gone = ids[draw(st.integers(0, n - 1))]
        project.put_exhibitor(replace(project.exhibitors[gone], status=ExhibitorStatus.WITHDRAWN))
    return project, reference


def _assign(inst, plan: Plan) -> np.ndarray | None:
    out = np.full(inst.n_ex, -1, dtype=np.int64)
    for eid, stand in plan.stands.items():
        p = inst.placement_of(stand)
        if eid not in inst.eidx or p is None:
            return None
        out[inst.eidx[eid]] = p
    return out


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
    for plan in valid_plans(project, 2):
        assign = _assign(inst, plan)
        if assign is None or not is_valid(inst, assign):
            continue
        value = sum(v for k, v in breakdown(inst, assign).items() if k != "moves")
        moves = len(moved(inst, assign))
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
    for plan in valid_plans(project, 1):
        assign = _assign(inst, plan)
        if assign is None or not is_valid(inst, assign):
            continue
        value = sum(v for k, v in breakdown(inst, assign).items() if k != "moves")
        moves = len(moved(inst, assign))
        if moves not in best or value > best[moves][0]:
            best[moves] = (value, dict(plan.stands))
    assert best[1][0] > best[0][0] and best[1][1] == {"r1": ("A1",), "r2": ("B1",)}
    bound = MoveBound(inst)
    for whole_pairs in (True, False):
        assert _lp(bound, inst, 1, whole_pairs) >= best[1][0]
