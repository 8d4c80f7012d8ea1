"""The dominant terms of a re-solve: what the waitlist and the moves cost, and holding them."""

from __future__ import annotations

import numpy as np

from ..built_model import BuiltModel
from ..evaluate import breakdown, is_valid
from ..instance import Instance


def dominant(inst: Instance, assign: np.ndarray) -> int:
    terms = breakdown(inst, assign)
    return terms["waitlist"] + terms["moves"]


def betters(inst: Instance, plan: np.ndarray, best: np.ndarray) -> bool:
    """Whether `plan` may replace `best` with its dominant terms held: valid, no more
    waitlist cost and no more moves, and a higher score."""
    if not is_valid(inst, plan):
        return False
    now, then = breakdown(inst, plan), breakdown(inst, best)
    if now["waitlist"] < then["waitlist"] or now["moves"] < then["moves"]:
        return False
    return sum(now.values()) > sum(then.values())


def hold_dominant(
    bm: BuiltModel, inst: Instance, assign: np.ndarray, *, combined: bool = False
) -> None:
    """Constraints: no more waitlist cost and no more moves than `assign` has (`combined`: no
    more of the two together)."""
    reached = breakdown(inst, assign)
    terms = bm.objective.terms()
    if combined:
        parts = [terms["waitlist"], terms["moves"]]
        variables = np.concatenate([p[0] for p in parts])
        points = np.concatenate([np.asarray(p[1], dtype=np.int64) for p in parts])
        constant = sum(p[2] for p in parts)
        most = int(points[points > 0].sum())
        need = reached["waitlist"] + reached["moves"] - constant
        bm.pm.linear(variables.tolist(), points.tolist(), need, most)
        return
    for rule in ("waitlist", "moves"):
        variables, points, constant = terms[rule]
        if len(variables):
            # const + Σ points·v ≥ reached  ⇔  Σ points·v ≥ reached − const
            most = int(points[points > 0].sum())
            bm.pm.linear(variables.tolist(), points.tolist(), reached[rule] - constant, most)
