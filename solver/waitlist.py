"""The waitlist first: its cost, holding it in a model, and what a held bound proves.

A fresh solve first minimises the tier-weighted waitlist on the hard rules alone, then keeps
the waitlist at that cost (or less) while it maximises the rest of the score.
"""

from __future__ import annotations

from math import gcd

import numpy as np

from .bound import counting_bound
from .built_model import BuiltModel
from .instance import Instance


def waitlist_cost(inst: Instance, assign: np.ndarray) -> int:
    """Points lost to the waitlist (≥ 0): the tier-weighted cost of everyone unplaced."""
    return int(inst.wcost[np.asarray(assign) < 0].sum()) if inst.n_ex else 0


def hold_waitlist(bm: BuiltModel, cost: int) -> None:
    """Constraint: the waitlist costs at most `cost`. It is enforced by a literal whose domain
    is fixed to true, so that it stays out of the LP rows: the LP bound remains one of the
    whole problem."""
    variables, points, constant = bm.objective.terms()["waitlist"]
    if not len(variables):
        return
    # constant + Σ points·v ≥ −cost; every point is ≤ 0, so the sum is at most 0
    bm.pm.linear(variables.tolist(), points.tolist(), -cost - constant, 0, enforce=[_on(bm)])


def hold_placed(bm: BuiltModel, placed: list[int]) -> None:
    """Constraint: every exhibitor in `placed` gets a stand (the fair order's waitlist, held
    while the rest of the score is searched), out of the LP rows as in `hold_waitlist`."""
    on = _on(bm)
    for e in placed:
        if e in bm.v.wait:
            bm.pm.linear([bm.v.wait[e]], [1], 0, 0, enforce=[on])


def _on(bm: BuiltModel) -> int:
    """A literal fixed to true that enforces the holds: the LP relaxation leaves enforced rows
    out, so the bounds stay bounds of the whole problem."""
    (on,) = bm.pm.new_bools(1)
    bm.pm.proto.variables[on].domain[0] = 1
    bm.always_true.append(on)  # so that a complete hint stays inside its domain
    return on


def waitlist_step(inst: Instance) -> int:
    """The waitlist costs' common divisor: any two waitlists differ by a multiple of it."""
    step = 0
    for c in inst.wcost.tolist():
        step = gcd(step, int(c))
    return max(1, step)


def waitlist_ceiling(lines: list[tuple[int, int]], cap: int, step: int) -> int:
    """The most the waitlist term can be with at most `cap` moves. Each line (w, c) says
    waitlist − w × moves ≤ c in every plan (w the move weight and c the most waitlist + moves,
    or a bound from the relaxation for another w); with at most `cap` moves the waitlist term
    is then at most c + w × `cap`, and it is a multiple of `step` (the waitlist costs'
    common divisor: a few extra moves cannot save a fraction of an exhibitor's waitlist
    cost)."""
    return min([0] + [(c + w * cap) // step * step for w, c in lines])


def global_from_held(inst: Instance, held_bound: int, minimum_cost: int) -> int:
    """An upper bound on the whole problem's score from `held_bound`, a bound with the waitlist
    held at its proven minimum cost `minimum_cost`: any other plan waitlists at least one step
    of the waitlist costs' common divisor more, and scores at most the soft rules' counting
    bound minus that."""
    others = counting_bound(inst, soft_only=True) - minimum_cost - waitlist_step(inst)
    return max(held_bound, others)
