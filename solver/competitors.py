"""Competitors are never neighbours: no booth of one competitor's stand neighbours a booth of
the other's by a relation that keeps competitors apart (side by side, by default).
Validator: qods_planner/validation/hard_rules.py (`competitors_adjacent`).

Here are all of the rule's faces in the solver: the candidates a fixed competitor rules out,
why in words, the check of a plan, the rivals next to a stand, and the model's constraints.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from qods_planner.messages import tr

from .instance import Instance
from .stand_rules.reason_words import kind_name
from .touch import stands_touch
from .variables import ProtoModel

# Booth -> [(x variable, placement)] of one exhibitor's candidates covering it.
Covering = dict[int, list[tuple[int, int]]]


def near_fixed_competitors(inst: Instance, e: int) -> np.ndarray | None:
    """Booths (a mask with the padding sentinel) that touch a pinned or locked competitor's
    stand by an 'apart' relation, or None when `e` has no fixed competitor."""
    mask = None
    for c in inst.competitors[e]:
        p = inst.fixed[c]
        if p is None:
            continue
        if mask is None:
            mask = np.zeros(inst.n_booths + 1, dtype=bool)
        for b in inst.p_booths[p]:
            for n, _f, apart in inst.nbrs[b]:
                if apart:
                    mask[n] = True
    return mask


def next_to_fixed_competitor(inst: Instance, e: int, p: int) -> str | None:
    """Why `p` is ruled out by a pinned or locked competitor next door, or None."""
    booths = set(inst.p_booths[p])
    for c in inst.competitors[e]:
        q = inst.fixed[c]
        if q is None:
            continue
        if any(n in booths for b in inst.p_booths[q] for n, _f, apart in inst.nbrs[b] if apart):
            return tr(
                "is next to competitor {name}, who is {kind}",
                name=inst.ex[c].name,
                kind=kind_name(inst.fixed_kind[c]),
            )
    return None


def rivals_next_to(inst: Instance, e: int, p: int, assign: np.ndarray) -> list[int]:
    """The placed competitors of `e` (in `assign`) whose stands neighbour placement `p`."""
    return [
        c
        for c in inst.competitors[e]
        if assign[c] >= 0 and stands_touch(inst, int(assign[c]), p, apart_only=True)
    ]


def any_neighbours(inst: Instance, assign: np.ndarray) -> bool:
    """True when two placed competitors of `assign` are neighbours."""
    for e, comps in enumerate(inst.competitors):
        for c in comps:
            if (
                c > e
                and assign[e] >= 0
                and assign[c] >= 0
                and stands_touch(inst, assign[e], assign[c], apart_only=True)
            ):
                return True
    return False


def add_apart(pm: ProtoModel, inst: Instance, covering_of: Callable[[int], Covering]) -> None:
    """The model's constraints: per competitor pair and booth a of the first, "covers a" plus
    "the other's stand touches a neighbour of a" is at most one — a clique, since each side
    takes at most one placement."""
    for e, comps in enumerate(inst.competitors):
        for c in comps:
            if (len(inst.cands[e]), e) > (len(inst.cands[c]), c):
                continue  # one direction per pair: the side with fewer candidates
            mine = covering_of(e)
            theirs = covering_of(c)
            for a, lits in sorted(mine.items()):
                touching: set[int] = set()
                for n, _f, apart in inst.nbrs[a]:
                    if apart:
                        touching.update(
                            x for x, p in theirs.get(n, ()) if a not in inst.p_booths[p]
                        )
                if touching:
                    pm.at_most_one([x for x, _p in lits] + sorted(touching))
