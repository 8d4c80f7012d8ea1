"""Fewer moves after the repair: send displaced exhibitors home by moving whoever is in the way.

The repair keeps old stands in exhibitor order, so when two old stands can no longer both be
kept (a new competitor pair, a stand grown into a neighbour's) it keeps the first and moves the
second — and whoever the second then displaces — even when moving the first alone would cost
fewer moves. This pass tries, for every exhibitor away from its reference stand, the compound
step "take the reference stand back; re-place those in the way (at home when free, else at
their best free candidate, else where one holder can make room); let everyone whose home came
free go back", and the same step for every waitlisted exhibitor on its best candidates. A step
is kept when waitlist plus moves cost less — or, once per exhibitor, the same, since that can
open the way for the next step. Every step keeps every hard rule (it works on a `Board`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .evaluate import move_penalty
from .greedy import take_by_moving
from .instance import Instance
from .placement_board import Board

MAX_ROUNDS = 4
MAX_TRIES = 40  # candidates tried per waitlisted exhibitor, and per ejection
CONFIRMED_WAITING = 10**12  # restore's price of a confirmed exhibitor left waiting


def restore_homes(board: Board, spent: Callable[[], bool]) -> None:
    """Lower the waitlist-plus-moves cost of `board` by compound steps until none helps, the
    rounds run out or the budget is `spent()` (asked before each step)."""
    inst = board.inst
    level: set[int] = set()  # who has taken a step that cost nothing (once each: no cycling)
    for _round in range(MAX_ROUNDS):
        improved = False
        for e in _away(inst, board):
            if spent():
                return
            if board.assign[e] != inst.ref[e]:
                flat_ok = e not in level
                change = _try_take(board, e, int(inst.ref[e]), flat_ok=flat_ok)  # type: ignore[arg-type]  # `_away` yields only exhibitors with a home
                if change == 0 and flat_ok:
                    level.add(e)
                improved |= change is not None
        for e in _waiting(inst, board):
            order = np.argsort(-inst.cgain[e], kind="stable")[:MAX_TRIES]
            for p in inst.cands[e][order]:
                if spent():
                    return
                if board.assign[e] < 0 and _try_take(board, e, int(p)) is not None:
                    improved = True
                    break
        if not improved:
            return


def dominant_cost(inst: Instance, e: int, p: int) -> int:
    """What exhibitor `e` on placement `p` (-1: waitlist) adds to waitlist plus moves; a
    confirmed exhibitor on the waitlist breaks a hard rule, so it costs more than any moves."""
    cost = (int(inst.wcost[e]) if p < 0 else 0) + move_penalty(inst, e, p)
    if p < 0 and inst.must and inst.must[e]:
        cost += CONFIRMED_WAITING
    return cost


def _away(inst: Instance, board: Board) -> list[int]:
    """Exhibitors away from a reference stand they could still take, dearest first."""
    return _dearest_first(
        inst,
        (
            e
            for e, r in enumerate(inst.ref or ())
            if r is not None
            and r >= 0
            and board.assign[e] != r
            and inst.fixed[e] is None
            and inst.is_candidate(e, r)
        ),
    )


def _waiting(inst: Instance, board: Board) -> list[int]:
    """Waitlisted exhibitors that have candidates, dearest first."""
    return _dearest_first(
        inst,
        (
            e
            for e in range(inst.n_ex)
            if board.assign[e] < 0 and inst.fixed[e] is None and len(inst.cands[e])
        ),
    )


def _dearest_first(inst: Instance, exhibitors) -> list[int]:
    """Confirmed first, then by what waitlisting them would cost, highest first; ties by
    index."""
    must = inst.must or [False] * inst.n_ex
    return sorted(exhibitors, key=lambda e: (not must[e], -int(inst.wcost[e]), e))


def _in_the_way(board: Board, e: int, p: int) -> list[int] | None:
    """Who must leave for `e` to take `p`: its occupants and the competitors next to it; None
    when one of them may not move."""
    inst = board.inst
    way = {o for o in board.occupants(p) if o != e} | set(board.competitors_next_to(e, p))
    if any(inst.fixed[o] is not None for o in way):
        return None
    return sorted(way)


def _try_take(board: Board, e: int, p: int, *, flat_ok: bool = False) -> int | None:
    """The compound step "e takes p", kept when it lowers the cost (or leaves it as it is,
    when `flat_ok`: that can open the way for the next step); returns the change kept, or
    None when the step was undone."""
    inst = board.inst
    way = _in_the_way(board, e, p)
    if way is None:
        return None
    before = {x: int(board.assign[x]) for x in [e, *way]}
    for x in before:
        board.remove(x)
    if not board.can_take(e, p):
        _undo(board, before)
        return None
    board.place(e, p)
    for o in way:
        _place_again(board, o, before)
    _settle(board, before)
    change = sum(
        dominant_cost(inst, x, int(board.assign[x])) - dominant_cost(inst, x, q)
        for x, q in before.items()
    )
    if change < 0 or (change == 0 and flat_ok):
        return change
    _undo(board, before)
    return None


def _place_again(board: Board, o: int, before: dict[int, int]) -> None:
    """Put `o`, pushed out, back on the floor: at home when it is free, else on its best free
    candidate, else where one untouched holder can make room by moving to its own best."""
    inst = board.inst
    r = inst.ref[o]
    if r is not None and r >= 0 and inst.is_candidate(o, r) and board.can_take(o, r):
        board.place(o, r)
        return
    q = board.best(o)
    if q >= 0:
        board.place(o, q)
        return
    order = np.argsort(-inst.cgain[o], kind="stable")[:MAX_TRIES]
    for q in inst.cands[o][order]:
        holders = board.occupants(int(q))
        if len(holders) != 1 or holders[0] in before or inst.fixed[holders[0]] is not None:
            continue
        x = holders[0]
        old = int(board.assign[x])
        if take_by_moving(board, o, int(q), x) >= 0:
            before[x] = old
            return


def _settle(board: Board, before: dict[int, int]) -> None:
    """Everyone away whose home is free now goes home (until nobody can); everyone touched is
    recorded in `before` with the placement it had, so the step can be undone."""
    inst = board.inst
    moved = True
    while moved:
        moved = False
        for x in _away(inst, board):
            r = int(inst.ref[x])  # type: ignore[arg-type]  # `_away` yields only exhibitors with a home
            if board.can_take(x, r):
                before.setdefault(x, int(board.assign[x]))
                board.remove(x)
                board.place(x, r)
                moved = True


def _undo(board: Board, before: dict[int, int]) -> None:
    for x in before:
        board.remove(x)
    for x, p in before.items():
        if p >= 0:
            board.place(x, p)
