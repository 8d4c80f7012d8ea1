"""The constructive heuristic: a complete valid plan in milliseconds, the hint for CP-SAT.

Fixed stands first; then exhibitors in order of what waitlisting them would cost (sponsors
first), the hardest to place first (fewest candidates, largest request); each takes the free
candidate that earns the most points *given the stands already placed* — same-sector and
complementary neighbours, partners, wishes, premium, little waste — so sectors grow into
clusters. Finally a short ejection pass tries to place the waitlisted by moving one occupant
of a candidate elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from .instance import Instance
from .placement_board import Board

MAX_EJECTION_TRIES = 40
PRESSURE_WEIGHT = 50.0


def placement_order(inst: Instance, exhibitors: list[int]) -> list[int]:
    """Most expensive to waitlist first, then fewest candidates, then largest request."""
    return sorted(
        exhibitors,
        key=lambda e: (-int(inst.wcost[e]), len(inst.cands[e]), -inst.ex[e].requested, e),
    )


def place_fixed(board: Board) -> None:
    for e, p in enumerate(board.inst.fixed):
        if p is not None:
            board.place(e, p)


def insert_all(board: Board, exhibitors: list[int]) -> None:
    """Give each exhibitor (in the given order) its best free candidate, if any: the most
    points, less `PRESSURE_WEIGHT` per unit of how much the exhibitors still waiting need
    its booths (so nobody takes the only place that fits someone else)."""
    board.track_pressure(exhibitors)
    inst = board.inst
    for e in exhibitors:
        if board.assign[e] >= 0:
            continue
        cand, points = board.options(e)
        if not len(cand):
            continue
        own = board._usable.get(e)
        pressure = board.pressure[inst.pb[cand]].sum(axis=1)
        if own is not None:  # its own share does not count against it
            pressure -= own[1] * (inst.pb[cand] < inst.n_booths).sum(axis=1)
        value = points - PRESSURE_WEIGHT * pressure
        board.place(e, int(cand[int(np.argmax(value))]))


def eject_into_waitlist_gaps(board: Board, spent: Callable[[], bool]) -> None:
    """Place waitlisted exhibitors by moving a single occupant of one of their candidates."""
    inst = board.inst
    waiting = [e for e in range(inst.n_ex) if board.assign[e] < 0 and len(inst.cands[e])]
    for e in placement_order(inst, waiting):
        order = np.argsort(-inst.cgain[e], kind="stable")
        tries = 0
        for p in inst.cands[e][order]:
            if tries >= MAX_EJECTION_TRIES or spent():
                break
            occupants = board.occupants(int(p))
            if len(occupants) != 1 or inst.fixed[occupants[0]] is not None:
                continue
            tries += 1
            if take_by_moving(board, e, int(p), occupants[0]) >= 0:
                break


def take_by_moving(board: Board, e: int, p: int, holder: int) -> int:
    """`e` takes placement `p` once `holder`, its only occupant, moves to its own best free
    candidate; returns the holder's new placement, or -1 with the board as it was."""
    old = int(board.assign[holder])
    board.remove(holder)
    if board.can_take(e, p):
        board.place(e, p)
        q = board.best(holder)
        if q >= 0:
            board.place(holder, q)
            return q
        board.remove(e)
    board.place(holder, old)
    return -1


def greedy(inst: Instance, budget_s: float = 1.0) -> np.ndarray:
    """A complete valid assignment (placement per exhibitor, -1 = waitlist)."""
    deadline = time.perf_counter() + budget_s
    board = Board(inst)
    place_fixed(board)
    insert_all(board, placement_order(inst, [e for e in range(inst.n_ex) if board.assign[e] < 0]))
    eject_into_waitlist_gaps(board, lambda: time.perf_counter() > deadline)
    return board.assign.copy()
