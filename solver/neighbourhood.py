"""Decomposition for large instances: a neighbourhood model around the heuristic plan.

Above `max_candidates` (exhibitor, placement) pairs a full model takes too long to build and
presolve (measured: ~10⁶ pairs at 2,000 exhibitors). Each exhibitor then keeps only its
candidates nearest its heuristic stand (always that stand, its start and reference stands),
or — when waitlisted — the candidates with the most points of their own. CP-SAT improves the
plan inside that neighbourhood; its bound holds for the neighbourhood model only.
`kept_around` is the same idea for a small exact search: everyone but a few kept in place.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .instance import Instance
from .placement_board import Board

MIN_PER_EXHIBITOR = 12


def total_candidates(inst: Instance) -> int:
    return int(sum(len(c) for c in inst.cands))


def restrict(inst: Instance, assign: np.ndarray, max_candidates: int) -> Instance:
    """A copy of `inst` with at most ~`max_candidates` candidates in all."""
    per = max(MIN_PER_EXHIBITOR, max_candidates // max(1, inst.n_ex))
    xs = np.array([b.x for b in inst.problem.booths] + [0], dtype=np.float64)
    ys = np.array([b.y for b in inst.problem.booths] + [0], dtype=np.float64)
    width = np.array([len(p) for p in inst.p_booths], dtype=np.float64)
    real = inst.pb < inst.n_booths
    cx = (xs[inst.pb] * real).sum(axis=1) / width
    cy = (ys[inst.pb] * real).sum(axis=1) / width
    keeps = {}
    for e in range(inst.n_ex):
        cand = inst.cands[e]
        if len(cand) > per:
            must = {int(p) for p in (assign[e], inst.start[e], inst.ref[e]) if p is not None}
            anchor = int(assign[e]) if assign[e] >= 0 else None
            if anchor is not None:
                far = np.hypot(cx[cand] - cx[anchor], cy[cand] - cy[anchor])
                far += 1e9 * (inst.p_hall[cand] != inst.p_hall[anchor])
                order = np.argsort(far, kind="stable")
            else:
                order = np.argsort(-inst.cgain[e], kind="stable")
            chosen = set(order[:per].tolist())
            chosen |= {int(i) for i in np.nonzero(np.isin(cand, list(must)))[0]}
            keeps[e] = np.array(sorted(chosen), dtype=np.int64)
    return _with_candidates(inst, keeps)


def kept_around(inst: Instance, assign: np.ndarray, free: list[int]) -> Instance:
    """A copy of `inst` in which every placed exhibitor outside `free` may only stay where
    `assign` has it (or wait, at its waitlist cost), and each free one keeps only the
    candidates clear of those stands and of competitors among them. Its models are what
    CP-SAT's presolve would reduce the whole model to with the others fixed, without the
    presolve: at 400 exhibitors it spent 0.3 s reducing 83,618 variables to 116 (measured:
    docs/benchmarks.md)."""
    board = Board(inst)
    freed = set(free)
    kept = [e for e in range(inst.n_ex) if assign[e] >= 0 and e not in freed]
    for e in kept:
        board.place(e, int(assign[e]))
    keeps = {
        e: board.clear(e) if e in freed or assign[e] < 0 else inst.cands[e] == assign[e]
        for e in range(inst.n_ex)
        if inst.fixed[e] is None
    }
    return _with_candidates(inst, keeps)


def _with_candidates(inst: Instance, keeps: dict[int, np.ndarray]) -> Instance:
    """A copy of `inst` in which each exhibitor of `keeps` has only the candidates its mask
    or index array picks (with their points); the others keep theirs."""
    cands, cgain, cterms = list(inst.cands), list(inst.cgain), list(inst.cterms)
    for e, keep in keeps.items():
        cands[e] = inst.cands[e][keep]
        cgain[e] = inst.cgain[e][keep]
        cterms[e] = {k: v[keep] for k, v in inst.cterms[e].items()}
    return replace(inst, cands=cands, cgain=cgain, cterms=cterms)
