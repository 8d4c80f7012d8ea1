"""The score of an assignment, rule by rule, computed on the indexed instance.

It follows docs/rules.md term for term (the validator's `score` is the specification; the
tests check both agree on every plan the solver returns). An assignment is an integer array:
`assign[e]` is exhibitor e's placement, or -1 for the waitlist.
"""

from __future__ import annotations

import numpy as np

from qods_planner.validation import SCORE_TERMS
from qods_planner.validation.choices import choice_value
from qods_planner.validation.facts import CM2_PER_M2

from .competitors import any_neighbours
from .instance import CORNER_KINDS, PREMIUM_VALUE, Instance
from .sector_caps import within_caps
from .touch import stands_touch

TERMS = SCORE_TERMS  # the validator's names and order


def owners(inst: Instance, assign: np.ndarray) -> np.ndarray:
    """Booth index (plus sentinel) -> exhibitor index holding it, or -1."""
    owner = np.full(inst.n_booths + 1, -1, dtype=np.int64)
    for e, p in enumerate(assign):
        if p >= 0:
            owner[list(inst.p_booths[p])] = e
    return owner


def breakdown(inst: Instance, assign: np.ndarray) -> dict[str, int]:
    """Points per rule of `assign` (penalties negative); the total is their sum."""
    w = inst.problem.weights
    terms = dict.fromkeys(TERMS, 0)
    owner = owners(inst, assign)
    sector = inst.e_sector
    for a, b, f, _apart in inst.edges:
        ea, eb = owner[a], owner[b]
        if ea < 0 or eb < 0 or ea == eb:
            continue
        key = "same_sector" if sector[ea] == sector[eb] else "complementary"
        terms[key] += int(inst.pair_weight[sector[ea], sector[eb]]) * f
    hidx = {h: i for i, h in enumerate(inst.hall_ids)}
    for e, p in enumerate(assign):
        ex = inst.ex[e]
        if p < 0:
            terms["waitlist"] -= int(inst.wcost[e])
            continue
        if inst.p_premium[p]:
            terms["premium"] += w.premium * PREMIUM_VALUE[ex.tier]
        kind = inst.p_kind[p] if inst.p_hall[p] >= 0 else None
        if ex.wish_corner and kind in CORNER_KINDS:
            terms["corner_wish"] += w.corner_wish
        if ex.wish_island and kind == "island":
            terms["island_wish"] += w.island_wish
        if (
            ex.preferred_hall is not None
            and not ex.hall_required
            and inst.p_hall[p] == hidx.get(ex.preferred_hall, -2)
        ):
            terms["hall_wish"] += w.hall_wish
        if ex.choices:
            held = set(inst.stand(int(p)))
            met = next((k for k, b in enumerate(ex.choices, 1) if b in held), None)
            terms["choice"] += w.choice * choice_value(met)
        excess = int(inst.p_area[p]) - ex.requested
        if excess > 0:
            terms["waste"] -= w.waste * (excess // CM2_PER_M2)
    for i, j in inst.partner_pairs:
        if assign[i] >= 0 and assign[j] >= 0 and stands_touch(inst, assign[i], assign[j]):
            terms["partners"] += w.partners
    if inst.problem.reference is not None:
        terms["moves"] -= w.move * len(moved(inst, assign))
    return terms


def total(inst: Instance, assign: np.ndarray) -> int:
    return sum(breakdown(inst, assign).values())


def move_penalty(inst: Instance, e: int, p: int) -> int:
    """The move weight when exhibitor `e` on placement `p` (-1: waitlist) counts as moved —
    off its reference stand, or that stand cannot be kept — else 0 (as in `moved`)."""
    r = inst.ref[e] if inst.ref else None
    return inst.problem.weights.move if r is not None and (r < 0 or p != r) else 0


def moved(inst: Instance, assign: np.ndarray) -> list[int]:
    """Exhibitors of the reference plan whose stand now differs (or who are waitlisted)."""
    return [e for e, r in enumerate(inst.ref) if r is not None and (r < 0 or assign[e] != r)]


def is_valid(inst: Instance, assign: np.ndarray, *, confirmed: bool = True) -> bool:
    """Hard rules on the instance: candidates only, booths once, competitors apart, sector caps,
    fixed kept and (when `confirmed`) every confirmed exhibitor of a re-solve with a stand."""
    used = np.zeros(inst.n_booths, dtype=np.int64)
    for e, p in enumerate(assign):
        if inst.fixed[e] is not None and p != inst.fixed[e]:
            return False
        if p < 0:
            if confirmed and inst.must and inst.must[e]:
                return False
            continue
        if not inst.is_candidate(e, int(p)):
            return False
        used[list(inst.p_booths[p])] += 1
    if (used > 1).any() or not within_caps(inst, assign):
        return False
    return not any_neighbours(inst, assign)
