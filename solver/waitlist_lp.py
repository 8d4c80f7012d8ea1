"""The waitlist's linear relaxation: a bound on the smallest waitlist and a plan rounded from it.

On the hard rules alone, with each booth in at most one stand and each exhibitor in at most
one, the relaxation is nearly integral: a stand is a run of booths along a row, so the booth
rows form interval matrices, and only multi-booth stands that overlap make odd cycles. GLOP's
dual simplex solves it in under a second at 400 exhibitors and in about 5 s at 1,000, where
CP-SAT's own search needed more than the whole limit to bound or better the annealed plan
(measured on the tight family: docs/benchmarks.md).

- `relax_waitlist`: the relaxation's optimum. Its duals bound the waitlist from below by weak
  duality, valid however the solve ended; the rows left out (those with enforcement
  literals: the holds and the explanations' requirements) only relax it further.
- `round_plan`: a valid plan that takes the relaxation's placements largest first, then
  gives the rest their best free place.
- `neighbourhood`: the exhibitors a rounding left in doubt (split by the relaxation, refused
  their share, or waitlisted) and those standing where the relaxation would put them; a small
  exact search over them closes the last gap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .built_model import BuiltModel
from .greedy import eject_into_waitlist_gaps, insert_all, place_fixed
from .instance import Instance
from .lp_bound import LinearRelaxation
from .placement_board import Board
from .waitlist import waitlist_step

INTEGRAL = 1e-6  # a relaxation value this close to 0 or 1 counts as whole


@dataclass(frozen=True)
class WaitlistRelaxation:
    """`lowest`: no plan waitlists at a smaller tier-weighted cost. `share[k]`: the relaxed
    value of the model's k-th placement variable. `optimal`: GLOP finished (else `lowest`
    is still valid, only weaker)."""

    lowest: int
    share: np.ndarray
    optimal: bool


def relax_dominant(
    hard: BuiltModel,
    seconds: float,
    plan: np.ndarray | None = None,
    on_round: Callable[[np.ndarray, float], None] | None = None,
) -> tuple[int, np.ndarray, bool]:
    """The relaxation of `hard` (built with `record_rows`) under its dominant objective (the
    waitlist, and on re-solve the moves): an upper bound on that part of the score, valid
    however GLOP ended, each placement variable's relaxed value, and whether GLOP finished.
    With a valid `plan`, by column generation from `start_columns`; `on_round` sees the
    placement values and objective of each round that raised the objective.

    The bound is rounded down to the common divisor of the waitlist costs and the move
    weight, since every plan's waitlist and moves are multiples of it: a relaxation half a
    move above a plan then proves that plan (measured: the 200-exhibitor late batch)."""
    variables, points, constant = hard.objective.dominant()
    relaxation = LinearRelaxation(hard.pm, variables, points, constant)
    v = hard.v
    start = None if plan is None else start_columns(hard, plan)

    def seen(values: np.ndarray, value: float) -> None:
        if on_round is not None:  # the placements only, as `share` below
            on_round(values[v.x0 : v.x0 + v.n_x], value)

    share, duals, optimal = relaxation.solve_exact(seconds, start, seen)
    bound = on_grid(hard.objective.inst, relaxation.bound(duals))
    return bound, share[v.x0 : v.x0 + v.n_x], optimal


def waitlist_line(hard: BuiltModel, weight: int, seconds: float) -> tuple[int, int] | None:
    """A line (`weight`, c) of `waitlist.waitlist_ceiling`: waitlist − `weight` × moves ≤ c
    in every plan, c from the relaxation of `hard` (built with `record_rows`) under that
    objective; None unless GLOP finishes within `seconds` (a bound from where it stopped
    would hold too, but would vary with how far GLOP got; a line that misses its time is
    left out, which still changes the frontier's model on a loaded machine). With a weight
    below the move weight it holds for more moves than the minimal-move plan's own line: on
    the tight venues, no plan within K more moves waitlists less, which that line leaves
    open at the K-th (measured: docs/benchmarks.md)."""
    inst = hard.objective.inst
    variables, points, constant = hard.objective.waitlist_less_moves(weight)
    relaxation = LinearRelaxation(hard.pm, variables, points, constant)
    _values, duals, optimal = relaxation.solve_exact(seconds)
    if not optimal:
        return None
    grid = math.gcd(waitlist_step(inst), weight)  # every plan's value is a multiple of it
    return weight, relaxation.bound(duals) // grid * grid


def on_grid(inst: Instance, value: float) -> int:
    """`value` rounded down to the common divisor of the waitlist costs and the move weight:
    every plan's waitlist and moves are multiples of it."""
    step = waitlist_step(inst)
    if inst.problem.reference is not None:
        step = math.gcd(step, inst.problem.weights.move)
    return math.floor(value + 1e-6) // step * step


def start_columns(hard: BuiltModel, plan: np.ndarray) -> np.ndarray:
    """The columns column generation starts from: every variable but the placements, and the
    placements a plan's neighbourhood needs: `plan`'s own, all of an exhibitor it leaves out
    or that is new since the reference plan, all on a booth it or the reference plan leaves
    free, and the reference stands. `plan` must be valid, so that these columns hold a
    solution. (From `plan`'s free booths alone, the 400-exhibitor late batch took 10 rounds
    where it takes 8 with the reference's.)"""
    v = hard.v
    inst = hard.objective.inst
    start = np.ones(hard.pm.n_vars, dtype=bool)
    out = plan < 0
    free = _free_booths(inst, plan)
    resolve = inst.problem.reference is not None  # a fresh solve's `ref` is all None
    if resolve:
        ref = np.array([-1 if r is None else r for r in inst.ref], dtype=np.int64)
        out |= ref < 0
        free |= _free_booths(inst, ref)
    needed = (plan[v.xe] == v.xp) | out[v.xe] | free[inst.pb[v.xp]].any(axis=1)
    if resolve:
        needed |= ref[v.xe] == v.xp
    start[v.x0 : v.x0 + v.n_x] = needed
    return start


def _free_booths(inst: Instance, plan: np.ndarray) -> np.ndarray:
    """Per booth (and `pb`'s padding, never free), whether no stand of `plan` uses it."""
    free = np.ones(inst.n_booths + 1, dtype=bool)
    booths = inst.pb[plan[plan >= 0]].ravel()
    free[booths] = False
    free[inst.n_booths] = False
    return free


def relax_waitlist(
    inst: Instance, hard: BuiltModel, seconds: float, plan: np.ndarray | None = None
) -> WaitlistRelaxation:
    """The relaxation of a fresh solve's `hard` model (built with `record_rows`), from the
    columns of a valid `plan` when given (see `relax_dominant`)."""
    bound, share, optimal = relax_dominant(hard, seconds, plan)
    step = waitlist_step(inst)
    # The bound is on the score (minus the waitlist's cost); whole steps of the cost only.
    lowest = max(0, math.ceil(-bound / step) * step)
    return WaitlistRelaxation(lowest, share, optimal)


def round_plan(inst: Instance, hard: BuiltModel, share: np.ndarray) -> np.ndarray:
    """A valid plan from the relaxation: fixed stands, then each placement holding at least
    half an exhibitor, largest share first, where it is still free and apart from
    competitors; then everyone left, surest first, takes its best free place."""
    v = hard.v
    board = Board(inst)
    place_fixed(board)
    for k in np.argsort(-share, kind="stable").tolist():
        if share[k] < 0.5:
            break
        e, p = int(v.xe[k]), int(v.xp[k])
        if board.assign[e] < 0 and board.can_take(e, p):
            board.place(e, p)
    mass = _mass(inst, hard, share)
    left = [e for e in range(inst.n_ex) if board.assign[e] < 0]
    left.sort(key=lambda e: (-int(inst.wcost[e]), -mass[e], len(inst.cands[e]), e))
    insert_all(board, left)
    eject_into_waitlist_gaps(board, lambda: False)
    return board.assign.copy()


def neighbourhood(
    inst: Instance, hard: BuiltModel, share: np.ndarray, assign: np.ndarray
) -> list[int]:
    """Who a search should move to place more: exhibitors the relaxation split or that the
    rounding left waitlisted or put elsewhere, and whoever stands on the booths the
    relaxation gave them."""
    v = hard.v
    mass = _mass(inst, hard, share)
    doubt = {e for e in range(inst.n_ex) if assign[e] < 0 or INTEGRAL < mass[e] < 1 - INTEGRAL}
    on = share > INTEGRAL
    for k in np.nonzero(on)[0].tolist():
        e, p = int(v.xe[k]), int(v.xp[k])
        if assign[e] != p:
            doubt.add(e)
    booths: set[int] = set()
    for k in np.nonzero(on)[0].tolist():
        if int(v.xe[k]) in doubt:
            booths.update(int(b) for b in inst.p_booths[int(v.xp[k])])
    around = set(doubt)
    for e in range(inst.n_ex):
        p = int(assign[e])
        if p >= 0 and e not in around and booths.intersection(int(b) for b in inst.p_booths[p]):
            around.add(e)
    return sorted(e for e in around if inst.fixed[e] is None)


def _mass(inst: Instance, hard: BuiltModel, share: np.ndarray) -> np.ndarray:
    """How much of each exhibitor the relaxation places."""
    mass = np.zeros(inst.n_ex)
    np.add.at(mass, hard.v.xe, share)
    return mass
