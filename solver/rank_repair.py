"""The fair order, made so after the search: no priority inversion is left in the plan.

The search ranks plans by their score, in which the waitlist weighs most; among plans of equal
waitlist cost it has no reason to prefer the higher-ranked exhibitor, so the seed would decide.
This pass decides instead, by the fair order (`ExhibitorData.rank`), in the validator's terms
(qods_planner/validation/fairness.py):

- a waitlisted exhibitor takes the stand of a lower-ranked one whose waitlisting costs no more,
  when it fits there under every hard rule; the one displaced takes its best free candidate,
  or waits;
- an exhibitor trades stands with a lower-ranked one holding a booth it chose above its own,
  when both fit under every hard rule.

Fixed stands never change, nor, on a re-solve, a stand on its reference (a move would be
counted) or a confirmed exhibitor's place on the plan. Each step serves a higher-ranked
exhibitor better, so the pass ends; it is deterministic.
"""

from __future__ import annotations

import numpy as np

from .instance import Instance
from .placement_board import Board

MAX_ROUNDS = 50


def rank_repair(inst: Instance, assign: np.ndarray) -> np.ndarray:
    """`assign` with every priority inversion undone (a new array; the input is unchanged)."""
    return _repair(inst, assign, trade=True)


def fair_waitlist(inst: Instance, assign: np.ndarray) -> np.ndarray:
    """`assign` with every waitlist inversion undone: who waits follows the fair order. A
    fresh solve does this before its quality search and then holds who is placed, so that
    the search optimises the fair plan rather than the repair undoing its work."""
    return _repair(inst, assign, trade=False)


def _repair(inst: Instance, assign: np.ndarray, *, trade: bool) -> np.ndarray:
    if inst.n_ex < 2:
        return assign
    board = Board(inst)
    for e, p in enumerate(assign.tolist()):
        if p >= 0:
            board.place(e, int(p))
    for _ in range(MAX_ROUNDS):
        served = _serve_waitlist(inst, board)
        if not (served | (trade and _trade_for_choices(inst, board))):
            break
    return board.assign.copy()


def _keeps_place(inst: Instance, e: int, p: int) -> bool:
    return inst.fixed[e] is not None or (bool(inst.ref) and inst.ref[e] == p)


def _by_rank(inst: Instance, exhibitors) -> list[int]:
    return sorted(exhibitors, key=lambda e: inst.ex[e].rank)


def _serve_waitlist(inst: Instance, board: Board) -> bool:
    changed = False
    assign = board.assign
    for h in _by_rank(inst, np.nonzero(assign < 0)[0].tolist()):
        if inst.fixed[h] is not None or not len(inst.cands[h]):
            continue
        lower = [
            e
            for e in _by_rank(inst, np.nonzero(assign >= 0)[0].tolist())
            if inst.ex[e].rank > inst.ex[h].rank and inst.wcost[e] <= inst.wcost[h]
        ]
        for low in reversed(lower):  # the lowest-ranked gives way first
            q = int(assign[low])
            if _keeps_place(inst, low, q) or not inst.is_candidate(h, q):
                continue
            board.remove(low)
            if board.can_take(h, q):
                board.place(h, q)
                elsewhere = board.best(low)
                if elsewhere >= 0:
                    board.place(low, elsewhere)
                if elsewhere >= 0 or not (inst.must and inst.must[low]):
                    changed = True
                    break
                board.remove(h)
            board.place(low, q)
    return changed


def _trade_for_choices(inst: Instance, board: Board) -> bool:
    changed = False
    assign = board.assign
    for h in _by_rank(inst, np.nonzero(assign >= 0)[0].tolist()):
        ex = inst.ex[h]
        own = int(assign[h])
        if not ex.choices or _keeps_place(inst, h, own):
            continue
        met = ex.choice_met(inst.stand(own))
        for booth in ex.choices[: (met or len(ex.choices) + 1) - 1]:
            low = int(board.owner[inst.bidx[booth]]) if booth in inst.bidx else -1
            if low < 0 or inst.ex[low].rank < ex.rank:
                continue
            theirs = int(assign[low])
            if _keeps_place(inst, low, theirs):
                continue
            if not (inst.is_candidate(h, theirs) and inst.is_candidate(low, own)):
                continue
            board.remove(h)
            board.remove(low)
            if board.can_take(h, theirs):
                board.place(h, theirs)
                if board.can_take(low, own):
                    board.place(low, own)
                    changed = True
                    break
                board.remove(h)
            board.place(h, own)
            board.place(low, theirs)
    return changed
