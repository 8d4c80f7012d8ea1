"""Simulated annealing over whole stands: the fast improver between the greedy and CP-SAT.

CP-SAT improves a plan of 50 exhibitors by 40–50 % in a minute but a plan of 200 by a few
per cent: its model grows with the candidates, local moves do not. The annealer moves one
exhibitor to a free candidate stand, or swaps two exhibitors whose stands are each other's
candidates, or places a waitlisted exhibitor (in a free candidate, or in one whose single
holder moves to its own best free candidate), keeping every hard rule at every step (the
board forbids taken booths and competitors next door). A move that loses points is taken
with probability exp(Δ / T), the temperature falling geometrically. Fixed (pinned, locked)
exhibitors never move. On a re-solve the move penalty is part of each exhibitor's value, so
moving anybody away from the baseline costs what it costs in the score.

Deterministic: a seeded generator and a budget counted in moves, not seconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from .evaluate import move_penalty
from .instance import Instance
from .placement_board import Board
from .touch import stands_touch

MOVES_PER_SECOND = 40_000  # single-threaded, measured on the 2-core benchmark machine
START_TEMPERATURE = 12.0  # about one complementary neighbour pair
END_TEMPERATURE = 0.3


class Annealer:
    """Improves a complete valid assignment in place; `best` is the best plan seen."""

    def __init__(self, inst: Instance, assign: np.ndarray, seed: int = 0) -> None:
        self.inst = inst
        self.rng = np.random.default_rng(seed)
        self.board = Board(inst)
        for e, p in enumerate(assign.tolist()):
            if p >= 0:
                self.board.place(e, int(p))
        self.movable = np.array(
            [e for e in range(inst.n_ex) if inst.fixed[e] is None and len(inst.cands[e])],
            dtype=np.int64,
        )
        w = inst.problem.weights
        self.move_cost = w.move if inst.problem.reference is not None else 0
        self.score = 0  # relative: only differences matter
        self.best_score = 0
        self.best = self.board.assign.copy()

    # -- values ---------------------------------------------------------------------------
    def value(self, e: int, p: int) -> int:
        """Points `e` earns at `p` against the stands now on the board (its own stand
        excluded): stand rules, neighbour sectors, partners, the move penalty."""
        inst, board = self.inst, self.board
        if p < 0:
            return -int(inst.wcost[e]) - self._moved_cost(e, p)
        i = int(np.searchsorted(inst.cands[e], p))
        points = int(inst.cgain[e][i]) + int(board.gain[inst.pb[p], inst.e_sector[e]].sum())
        for j in board.partners[e]:
            q = int(board.assign[j])
            if q >= 0 and stands_touch(self.inst, p, q):
                points += inst.problem.weights.partners
        return points - self._moved_cost(e, p)

    def _moved_cost(self, e: int, p: int) -> int:
        return move_penalty(self.inst, e, p) if self.move_cost else 0

    # -- moves ----------------------------------------------------------------------------
    def _accept(self, delta: int, temperature: float) -> bool:
        if delta >= 0:
            return True
        return self.rng.random() < math.exp(delta / temperature)

    def step(self, temperature: float) -> None:
        """Try one random move of one random movable exhibitor."""
        if not len(self.movable):
            return
        inst, board = self.inst, self.board
        e = int(self.movable[self.rng.integers(len(self.movable))])
        cand = inst.cands[e]
        q = int(cand[self.rng.integers(len(cand))])
        p = int(board.assign[e])
        if q == p:
            return
        holders = [o for o in board.occupants(q) if o != e]
        if not holders:
            self._relocate(e, p, q, temperature)
        elif len(holders) == 1 and p >= 0:
            self._swap(e, p, holders[0], q, temperature)
        elif len(holders) == 1:
            self._bump(e, holders[0], q, temperature)

    def _relocate(self, e: int, p: int, q: int, temperature: float) -> None:
        board = self.board
        old = self.value(e, p)
        if p >= 0:
            board.remove(e)
        if board.can_take(e, q):
            delta = self.value(e, q) - old
            if self._accept(delta, temperature):
                board.place(e, q)
                self._moved(delta)
                return
        if p >= 0:
            board.place(e, p)

    def _swap(self, e: int, p: int, f: int, q: int, temperature: float) -> None:
        """e takes f's stand q, f takes e's stand p — when q is a candidate of e (drawn so)
        and p one of f, with both fitting once both have left."""
        inst, board = self.inst, self.board
        if inst.fixed[f] is not None or int(board.assign[f]) != q or not inst.is_candidate(f, p):
            return
        old = self.value(e, p)
        board.remove(e)
        old += self.value(f, q)
        board.remove(f)
        if board.can_take(e, q):
            gain = self.value(e, q)
            board.place(e, q)
            if board.can_take(f, p):
                delta = gain + self.value(f, p) - old
                if self._accept(delta, temperature):
                    board.place(f, p)
                    self._moved(delta)
                    return
            board.remove(e)
        board.place(e, p)
        board.place(f, q)

    def _bump(self, e: int, f: int, q: int, temperature: float) -> None:
        """Waitlisted e takes q from its single holder f, who takes its best free candidate
        (or the waitlist, which the score all but forbids)."""
        inst, board = self.inst, self.board
        held = int(board.assign[f])
        if inst.fixed[f] is not None or held < 0:
            return
        old = self.value(e, -1) + self.value(f, held)
        board.remove(f)
        if board.can_take(e, q):
            gain = self.value(e, q)
            board.place(e, q)
            r = board.best(f)
            if r < 0 and inst.must and inst.must[f]:  # a confirmed exhibitor never waits
                board.remove(e)
                board.place(f, held)
                return
            delta = gain + self.value(f, r) - old
            if self._accept(delta, temperature):
                if r >= 0:
                    board.place(f, r)
                self._moved(delta)
                return
            board.remove(e)
        board.place(f, held)

    def _moved(self, delta: int) -> None:
        self.score += delta
        if self.score > self.best_score:
            self.best_score = self.score
            self.best = self.board.assign.copy()

    # -- the schedule ---------------------------------------------------------------------
    def run(self, moves: int, stop: Callable[[], bool] = lambda: False, on_better=None) -> int:
        """Anneal for `moves` tries (fewer if `stop()` turns true, polled every 250 — a few
        milliseconds); returns the best plan's gain over the start. `on_better(assign)` sees
        each new best plan at most once per 1,000 tries."""
        ratio = END_TEMPERATURE / START_TEMPERATURE
        reported = self.best_score
        for i in range(moves):
            if i % 250 == 0 and stop():
                break
            if i % 1000 == 0 and on_better is not None and self.best_score > reported:
                reported = self.best_score
                on_better(self.best.copy())
            self.step(START_TEMPERATURE * ratio ** (i / max(1, moves)))
        if on_better is not None and self.best_score > reported:
            on_better(self.best.copy())
        return self.best_score


def anneal(
    inst: Instance,
    assign: np.ndarray,
    seconds: float,
    *,
    seed: int = 0,
    stop: Callable[[], bool] = lambda: False,
    on_better=None,
) -> np.ndarray:
    """The best plan found from `assign` in about `seconds` of annealing (counted in moves)."""
    annealer = Annealer(inst, assign, seed)
    annealer.run(int(seconds * MOVES_PER_SECOND), stop, on_better)
    return annealer.best
