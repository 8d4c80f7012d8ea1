"""Annealing that keeps the fair order: the annealer's moves (`local_search`), each taken only
if it adds no priority inversion and changes no one's place on the waitlist.

Undoing the search's inversions after it (`rank_repair`) costs points: measured on the
choices family at 10 s, 0–84 at 50 exhibitors and 72–428 at 200. Annealing from the repaired
plan with this filter won back 108 of 52 lost (50 exhibitors, roomy) and 185–265 of 368–412
(200) in a second of moves, with the validator finding no inversion after it.

An inversion is counted where the validator looks for one (qods_planner/validation/
fairness.py), a little more widely: "could trade" is read as "each stand is a candidate of
the other", without the neighbours' hard rules. A move is kept when the exhibitors it moved
are in no more such pairs than before it, so inversions the repair had to leave (a trade the
hard rules forbid) do not block every move around them.
"""

from __future__ import annotations

import numpy as np

from .instance import Instance
from .local_search import MOVES_PER_SECOND, Annealer

_NONE = 1 << 30  # no choice met


class FairAnnealer(Annealer):
    """An `Annealer` whose moves never add a priority inversion; who is placed stays so."""

    def __init__(self, inst: Instance, assign: np.ndarray, seed: int = 0) -> None:
        super().__init__(inst, assign, seed)
        self.rank = np.array([inst.ex[e].rank for e in range(inst.n_ex)], dtype=np.int64)
        self.choosers: dict[int, list[tuple[int, int]]] = {}  # booth → (exhibitor, choice k)
        for e in range(inst.n_ex):
            for k, booth in enumerate(inst.ex[e].choices, 1):
                if booth in inst.bidx:
                    self.choosers.setdefault(inst.bidx[booth], []).append((e, k))
        self.waiting = [int(e) for e in np.nonzero(self.board.assign < 0)[0]]
        self._delta: int | None = None

    def _met(self, e: int, p: int) -> int:
        if p < 0 or not self.inst.ex[e].choices:
            return _NONE
        met = self.inst.ex[e].choice_met(self.inst.stand(p))
        return _NONE if met is None else met

    def _keeps(self, e: int) -> bool:
        return self.inst.fixed[e] is not None

    def inversions(self, movers: list[int]) -> int:
        """Pairs in which a mover is the higher-ranked one refused, or the lower-ranked one
        holding the place (see the module doc)."""
        inst, owner, assign = self.inst, self.board.owner, self.board.assign
        rank, count = self.rank, 0
        for e in movers:
            p = int(assign[e])
            if p < 0:
                continue
            choices = inst.ex[e].choices
            for booth in choices[: min(self._met(e, p), len(choices) + 1) - 1]:
                i = inst.bidx.get(booth)
                low = -1 if i is None else int(owner[i])
                if low < 0 or low == e or rank[low] < rank[e] or self._keeps(low):
                    continue
                if inst.is_candidate(e, int(assign[low])) and inst.is_candidate(low, p):
                    count += 1
            if self._keeps(e):
                continue
            for i in inst.pb[p].tolist():
                for h, k in self.choosers.get(i, ()):
                    q = int(assign[h])
                    if h == e or rank[h] > rank[e] or q < 0 or self._met(h, q) <= k:
                        continue
                    if inst.is_candidate(h, p) and inst.is_candidate(e, q):
                        count += 1
            for h in self.waiting:
                if rank[h] < rank[e] and inst.wcost[e] <= inst.wcost[h]:
                    count += inst.is_candidate(h, p)
        return count

    def _moved(self, delta: int) -> None:
        self._delta = delta  # judged in `step`, once the move is on the board

    def _put(self, movers: list[int], places: np.ndarray) -> None:
        board = self.board
        for e in movers:
            if board.assign[e] >= 0:
                board.remove(e)
        for e, p in zip(movers, places.tolist(), strict=True):
            if p >= 0:
                board.place(e, p)

    def step(self, temperature: float) -> None:
        before = self.board.assign.copy()
        self._delta = None
        super().step(temperature)
        if self._delta is None:
            return
        now = self.board.assign
        movers = np.nonzero(before != now)[0].tolist()
        moved = now[movers].copy()
        placed = all((before[e] < 0) == (now[e] < 0) for e in movers)
        after = self.inversions(movers) if placed else 0
        self._put(movers, before[movers])
        if placed and after <= self.inversions(movers):
            self._put(movers, moved)
            Annealer._moved(self, self._delta)


def fair_anneal(inst: Instance, assign: np.ndarray, seconds: float, *, seed: int = 0, stop=None):
    """The best plan found from `assign` in about `seconds` of moves that keep the fair
    order (counted in moves: deterministic)."""
    annealer = FairAnnealer(inst, assign, seed)
    annealer.run(int(seconds * MOVES_PER_SECOND), stop or (lambda: False))
    return annealer.best
