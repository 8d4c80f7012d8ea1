"""The bound per moves cap (solver/move_bound.py) holds for every plan of tiny re-solves,
enumerated and scored by the validator alone: no plan with at most c moves earns more, without
its moves and waitlist, than the bound for c."""

from __future__ import annotations

import threading
from dataclasses import replace

from helpers.brute import valid_plans
from helpers.builders import TinyProject
from helpers.tiny_exhibitors import draw_change, draw_exhibitors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qods_planner.model import Plan, PriorityTier, Wishes
from qods_planner.snapshot import build_problem
from qods_planner.validation import score
from solver.indexing import build_instance
from solver.lp_bound import WarmGlop
from solver.move_bound import MoveBound
from solver.movers_lp import cap_relaxation, cap_rows_relaxation


@st.composite
def re_solves(draw):
    """A row of 5 booths of 3 m and a facing booth; 4–5 exhibitors of one or two booths, with
    competitors, partners and corner wishes; a published plan drawn among the valid ones; then
    one change: a held booth blocked, a newcomer, a withdrawal, or nothing."""
    tiny = TinyProject()
    tiny.row("A", 5, x=0, y=0, w=300, h=300)
    tiny.booth("B1", 0, 900, 300, 300)
    ids = draw_exhibitors(draw, tiny)
    project = tiny.project
    plans = all_plans(project)
    reference = plans[draw(st.integers(0, len(plans) - 1))]
    project.set_plan(reference)
    draw_change(draw, tiny, ids, dict(reference.stands))
    return project, reference


def all_plans(project) -> list[Plan]:
    """Every valid plan, stands of one or two booths (`helpers.brute.valid_plans`)."""
    return valid_plans(project, 2)


@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(re_solves())
def test_no_plan_within_a_cap_earns_more_than_its_bound(case):
    project, reference = case
    problem = build_problem(project, reference=reference, keep_confirmed=False)
    inst = build_instance(problem)
    bound = MoveBound(inst)
    move_w = project.settings.weights.move
    fewest = None
    lp: dict[int, list[int]] = {}
    plans = [(plan, dict(score(project, plan, reference).breakdown)) for plan in all_plans(project)]
    # lines (w, c): waitlist − w × moves ≤ c in every plan, the tightest c (the move weight's
    # is the proven minimal-move plan's waitlist + moves, in a re-solve)
    lines = [
        (w, max(t["waitlist"] + t["moves"] // move_w * w for _plan, t in plans))
        for w in (move_w, move_w // 3, 0)
    ]
    # the movers' LP of a looser cap, solved again with the cap lowered (`WarmGlop`)
    loosest = max(-t["moves"] // move_w for _plan, t in plans) + 1
    warm = WarmGlop(lambda: _rows_sides(bound, inst, loosest, lines))
    warm_at: dict[int, int | None] = {}
    for plan, terms in plans:
        moves = -terms.pop("moves") // move_w
        waitlist = terms.pop("waitlist")
        fewest = moves if fewest is None else min(fewest, moves)
        at = bound.bound(moves)
        assert at is not None and sum(terms.values()) <= at, (plan, moves, terms, at)
        if moves not in lp:
            lp[moves] = [
                lp_bound(bound, inst, moves, whole, lines=with_lines)
                for whole in (True, False)
                for with_lines in (None, lines)
            ]
        for value in lp[moves]:  # the LPs count the waitlist too
            assert sum(terms.values()) + waitlist <= value, (plan, moves, terms, lp[moves])
        if moves not in warm_at:
            warm_at[moves] = warm.step(moves)(10.0, [], threading.Event())
        value = warm_at[moves]
        assert value is not None and sum(terms.values()) + waitlist <= value, (plan, moves, value)
    # below the moves every plan must make there is no plan, and the bound says so
    assert bound.bound(bound.forced - 1) is None
    assert fewest is None or fewest >= bound.forced


def _rows_sides(bound: MoveBound, inst, cap: int, lines):
    relaxation, rows = cap_rows_relaxation(bound, inst, cap, waitlist_lines=lines)
    return relaxation, rows.sides


def lp_bound(bound: MoveBound, inst, moves: int, whole_pairs: bool = True, lines=None) -> int:
    """The movers' LP bound for at most `moves` moves (`lines`: `waitlist_ceiling`'s)."""
    relaxation = cap_relaxation(bound, inst, moves, whole_pairs=whole_pairs, waitlist_lines=lines)
    return relaxation.bound(relaxation.solve_exact(10.0)[1])


def test_the_bound_is_exact_when_nobody_may_move():
    """A published plan kept whole earns exactly its score: the bound at 0 moves is it."""
    tiny = TinyProject()
    tiny.row("A", 4, x=0, y=0, w=300, h=300)
    tiny.exhibitor("a", sector="auto", m2=9, max_m2=9, partners=("b",))
    tiny.exhibitor("b", sector="metal", m2=9, max_m2=9)
    tiny.exhibitor("c", sector="food", m2=9, max_m2=9)
    reference = tiny.place(a=["A1"], b=["A2"], c=["A4"])
    project = tiny.project
    bound = MoveBound(build_instance(build_problem(project, reference=reference)))
    terms = dict(score(project, reference, reference).breakdown)
    assert bound.forced == 0
    assert bound.bound(0) == sum(v for k, v in terms.items() if k not in ("moves", "waitlist"))
    assert bound.bound(1) > bound.bound(0)  # one move may gain: moving c next to a and b


def _premium_row(**place) -> tuple:
    """A1–A3 side by side, A2 premium, C1 far away; k1 and k2 automotive, x metal, f food
    (returning); published k1 A1, f A2, k2 A3, x C1 (`place`: more arguments for it)."""
    tiny = TinyProject()
    tiny.row("A", 3, x=0, y=0, w=300, h=300)
    tiny.booth("C1", 0, 1200, 300, 300)
    project = tiny.project
    project.put_booth(replace(project.booths["A2"], premium=True))
    for eid, sector in (("k1", "auto"), ("k2", "auto"), ("x", "metal")):
        tiny.exhibitor(eid, sector=sector, m2=9, max_m2=9)
    tiny.exhibitor("f", sector="food", m2=9, max_m2=9, priority=PriorityTier.RETURNING)
    reference = tiny.place(k1=["A1"], f=["A2"], k2=["A3"], x=["C1"], **place)
    return project, reference


def test_a_displaced_exhibitor_s_loss_is_charged_to_whoever_takes_its_stand():
    """x (metal) would gain two locked automotive neighbours on f's premium booth; f (food,
    returning) loses its premium there and has only the far booth left. With two moves the
    best plan swaps them, and the bound is exactly that plan: f's loss, passed to x, is what
    keeps the bound from counting x's gain whole."""
    project, reference = _premium_row(locked=("k1", "k2"))
    bound = MoveBound(build_instance(build_problem(project, reference=reference)))
    move_w = project.settings.weights.move
    best: dict[int, int] = {}
    for plan in all_plans(project):
        terms = dict(score(project, plan, reference).breakdown)
        moves = -terms.pop("moves") // move_w
        terms.pop("waitlist")
        best[moves] = max(best.get(moves, sum(terms.values())), sum(terms.values()))
    within_two = max(v for m, v in best.items() if m <= 2)
    assert within_two > best[0]  # the swap gains
    assert bound.bound(2) == within_two


def test_the_movers_lp_shares_a_booth_the_per_exhibitor_bound_counts_twice():
    """Three exhibitors want f's booth between two automotive firms; with two moves only one
    of them can have it. The per-exhibitor bound counts two of them there; the LP does not,
    and still holds for the best plan."""
    project, reference = _premium_row()
    inst = build_instance(build_problem(project, reference=reference))
    bound = MoveBound(inst)
    move_w = project.settings.weights.move
    within_two = max(
        sum(v for k, v in score(project, plan, reference).breakdown.items() if k != "moves")
        for plan in all_plans(project)
        if -score(project, plan, reference).breakdown["moves"] // move_w <= 2
    )
    assert within_two <= lp_bound(bound, inst, 2) < bound.bound(2)  # nobody waitlisted here


def test_the_movers_lp_counts_a_published_pair_lost_whole_when_one_of_them_moves():
    """a (sponsor, wishing a corner and an island) and b, both automotive, stand side by side;
    the premium island C1 is free. With one move the best plan sends a there and loses the
    pair of 20 points. The LP holds for that plan and stays within a point of it (the
    per-exhibitor bound, which charges a mover half its pairs, is 10 points above); with nobody
    moving it is the published plan."""
    tiny = TinyProject()
    tiny.row("A", 3, x=0, y=0, w=300, h=300)
    tiny.booth("C1", 0, 1200, 300, 300)
    project = tiny.project
    project.put_booth(replace(project.booths["C1"], premium=True))
    wishes = Wishes(corner=True, island=True)
    tiny.exhibitor("a", sector="auto", m2=9, max_m2=9, priority=PriorityTier.SPONSOR, wishes=wishes)
    tiny.exhibitor("b", sector="auto", m2=9, max_m2=9)
    reference = tiny.place(a=["A1"], b=["A2"])
    inst = build_instance(build_problem(project, reference=reference))
    bound = MoveBound(inst)
    move_w = project.settings.weights.move
    best: dict[int, int] = {}
    for plan in all_plans(project):
        terms = dict(score(project, plan, reference).breakdown)
        moves = -terms.pop("moves") // move_w
        best[moves] = max(best.get(moves, sum(terms.values())), sum(terms.values()))
    lp = {cap: lp_bound(bound, inst, cap) for cap in (0, 1)}
    assert lp[0] == best[0]
    assert best[1] > best[0]  # the move gains, though it loses the pair
    assert best[1] <= lp[1] <= best[1] + 1 < bound.bound(1)
    assert lp[1] < lp_bound(bound, inst, 1, whole_pairs=False)  # a's half of the pair kept


def _z_waits():
    """x and y (9 m²) hold A1 and A2 of three booths; z, a newcomer, needs two booths: the
    instance, its `MoveBound`, the move weight and every plan's score breakdown."""
    tiny = TinyProject()
    tiny.row("A", 3, x=0, y=0, w=300, h=300)
    tiny.exhibitor("x", sector="auto", m2=9, max_m2=9)
    tiny.exhibitor("y", sector="metal", m2=9, max_m2=9)
    reference = tiny.place(x=["A1"], y=["A2"])
    tiny.exhibitor("z", sector="food", m2=18, max_m2=18)
    project = tiny.project
    inst = build_instance(build_problem(project, reference=reference))
    bound = MoveBound(inst)
    move_w = project.settings.weights.move
    plans = [dict(score(project, plan, reference).breakdown) for plan in all_plans(project)]
    return inst, bound, move_w, plans


def test_the_movers_lp_places_no_part_of_a_waitlisted_exhibitor_the_moves_cannot_pay_for():
    """x and y (9 m²) hold A1 and A2 of three booths; z, a newcomer, needs two booths and
    waits in every plan. Without the ceiling on waitlist + moves, the LP lets y half move to
    A3 and z half take A2–A3, winning half of z's waitlist cost; with it (the best plan's,
    as a proven minimal-move re-solve knows it), no move can shorten the waitlist and the
    bound is within a few points of the best plan's score (the pairs' relaxation, as without
    a waitlist), not half of z's 5,000 above it."""
    inst, bound, move_w, plans = _z_waits()
    assert all(t["waitlist"] < 0 for t in plans)  # z never fits
    lines = [(move_w, max(t["waitlist"] + t["moves"] for t in plans))]
    best = {
        cap: max(
            sum(v for k, v in t.items() if k != "moves")
            for t in plans
            if -t["moves"] <= cap * move_w
        )
        for cap in (1, 2)
    }
    for cap in (1, 2):
        loose = lp_bound(bound, inst, cap)
        tight = lp_bound(bound, inst, cap, lines=lines)
        assert best[cap] <= tight <= best[cap] + 20, (cap, best, tight)
        assert loose >= best[cap] + 2_000, (cap, best, loose)  # half of z placed


def test_the_movers_lp_pays_for_a_waitlist_gain_with_its_own_moves():
    """The venue above at a cap of 5 moves: the move weight's ceiling (waitlist + moves at
    most −5,000) lets the waitlist reach 0 there, but only x and y can move, so the line
    itself (waitlist ≤ −5,000 + 1,000 × the LP's moves) keeps at least 3,000 of z's cost,
    where the LP without it keeps only half of z's 5,000."""
    inst, bound, move_w, plans = _z_waits()
    lines = [(move_w, max(t["waitlist"] + t["moves"] for t in plans))]
    best = max(sum(v for k, v in t.items() if k != "moves") for t in plans)
    loose = lp_bound(bound, inst, 5)
    tight = lp_bound(bound, inst, 5, lines=lines)
    assert best <= tight <= loose - 400, (best, tight, loose)
