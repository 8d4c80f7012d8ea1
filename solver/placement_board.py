"""An incremental partial plan for the constructive heuristics (greedy, repair, explanations).

It keeps, for every booth, whether it is taken, how many points each sector would earn there
from the stands already placed around it, and which exhibitors may not go there because a
competitor is next door — so choosing a stand for the next exhibitor is a few array lookups.
"""

from __future__ import annotations

import numpy as np

from .competitors import rivals_next_to
from .instance import Instance
from .sector_caps import CapCount


class Board:
    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        n_b = inst.n_booths
        self.occ = np.zeros(n_b + 1, dtype=bool)  # the last slot is the padding sentinel
        self.owner = np.full(n_b + 1, -1, dtype=np.int64)
        self.gain = np.zeros((n_b + 1, len(inst.sector_ids)), dtype=np.int64)
        self.forbid: dict[int, np.ndarray] = {
            e: np.zeros(n_b + 1, dtype=np.int32) for e, c in enumerate(inst.competitors) if c
        }
        self.assign = np.full(inst.n_ex, -1, dtype=np.int64)
        self.updates = 0
        self.caps = CapCount(inst)
        self.partners: list[list[int]] = [[] for _ in range(inst.n_ex)]
        for i, j in inst.partner_pairs:
            self.partners[i].append(j)
            self.partners[j].append(i)

    def track_pressure(self, waiting: list[int]) -> None:
        """Start counting, per booth, how badly the `waiting` exhibitors need it: each adds
        1 / (number of booths it could use) to every booth it could use."""
        inst = self.inst
        self.pressure = np.zeros(inst.n_booths + 1, dtype=np.float64)
        self._usable: dict[int, tuple[np.ndarray, float]] = {}
        for e in waiting:
            cand = inst.cands[e]
            if not len(cand):
                continue
            mask = np.zeros(inst.n_booths + 1, dtype=bool)
            mask[inst.pb[cand]] = True
            booths = np.nonzero(mask[: inst.n_booths])[0]
            share = 1.0 / len(booths)
            self.pressure[booths] += share
            self._usable[e] = (booths, share)

    def options(self, e: int) -> tuple[np.ndarray, np.ndarray]:
        """(placements, points gained) of every candidate of `e` that is free right now."""
        inst = self.inst
        cand = inst.cands[e]
        if len(cand) == 0 or (self.assign[e] < 0 and self.caps.full_for(e)):
            return cand[:0], cand[:0]
        rows = inst.pb[cand]
        ok = self.clear(e)
        points = inst.cgain[e] + self.gain[rows, inst.e_sector[e]].sum(axis=1)
        return cand[ok], (points + self._partner_bonus(e, rows))[ok]

    def points_if_moved(self, e: int, targets) -> tuple[np.ndarray, np.ndarray]:
        """For placed `e` and candidates `targets` of it: (free, points) of each as `options`
        would give them with `e` off the board, without taking it off: its own booths count
        as free and its pull on the booths around it is left out."""
        inst = self.inst
        q = int(self.assign[e])
        rows = inst.pb[np.asarray(targets, dtype=np.int64)]
        free = ~(self.occ[rows] & (self.owner[rows] != e)).any(axis=1)
        if e in self.forbid:
            free &= ~(self.forbid[e][rows] > 0).any(axis=1)
        sector = inst.e_sector[e]
        own = set(inst.p_booths[q])
        pull = np.zeros(inst.n_booths + 1, dtype=np.int64)
        for b in own:
            for n, f, _apart in inst.nbrs[b]:
                if n not in own:
                    pull[n] += f * inst.pair_weight[sector][sector]
        cand = inst.cands[e]
        points = inst.cgain[e][np.searchsorted(cand, targets)] + (
            self.gain[rows, sector] - pull[rows]
        ).sum(axis=1)
        return free, points + self._partner_bonus(e, rows)

    def _partner_bonus(self, e: int, rows: np.ndarray) -> np.ndarray:
        """Per stand (its booths' `rows`): the partners' points `e` earns there, one partner
        weight for each placed partner whose stand borders it."""
        inst = self.inst
        bonus = np.zeros(len(rows), dtype=np.int64)
        for j in self.partners[e]:
            q = self.assign[j]
            if q >= 0:
                near = np.zeros(inst.n_booths + 1, dtype=bool)
                for b in inst.p_booths[q]:
                    for n, _f, _apart in inst.nbrs[b]:
                        near[n] = True
                bonus += inst.problem.weights.partners * near[rows].any(axis=1)
        return bonus

    def clear(self, e: int) -> np.ndarray:
        """Per candidate of `e`: whether its booths are free and no competitor of `e` stands
        next to them (sector caps aside)."""
        rows = self.inst.pb[self.inst.cands[e]]
        ok = ~self.occ[rows].any(axis=1)
        if e in self.forbid:
            ok &= ~(self.forbid[e][rows] > 0).any(axis=1)
        return ok

    def best(self, e: int) -> int:
        """The free candidate of `e` earning the most points (lowest index on ties), or -1."""
        cand, points = self.options(e)
        if len(cand) == 0:
            return -1
        return int(cand[int(np.argmax(points))])

    def can_take(self, e: int, p: int) -> bool:
        rows = self.inst.pb[p]
        if self.occ[rows].any():
            return False
        if self.assign[e] < 0 and self.caps.full_for(e):
            return False
        return not (e in self.forbid and (self.forbid[e][rows] > 0).any())

    def place(self, e: int, p: int) -> None:
        if self.assign[e] < 0:
            self.caps.add(e, +1)
        self._update(e, p, +1)
        self.assign[e] = p
        usable = getattr(self, "_usable", {}).pop(e, None)
        if usable is not None:
            self.pressure[usable[0]] -= usable[1]

    def remove(self, e: int) -> None:
        p = int(self.assign[e])
        if p >= 0:
            self._update(e, p, -1)
            self.assign[e] = -1
            self.caps.add(e, -1)

    def competitors_next_to(self, e: int, p: int) -> list[int]:
        """Placed competitors of `e` whose stands neighbour placement `p` by a relation that
        must keep competitors apart."""
        return rivals_next_to(self.inst, e, p, self.assign)

    def occupants(self, p: int) -> list[int]:
        """Exhibitors holding booths of placement `p` (sorted, distinct)."""
        return sorted({int(o) for o in self.owner[self.inst.pb[p]] if o >= 0})

    def _update(self, e: int, p: int, sign: int) -> None:
        self.updates += 1  # the unit of a heuristic's work (`WorkBudget`)
        inst = self.inst
        booths = inst.p_booths[p]
        inside = set(booths)
        self.occ[list(booths)] = sign > 0
        self.owner[list(booths)] = e if sign > 0 else -1
        row = inst.pair_weight[inst.e_sector[e]] * sign
        comps = inst.competitors[e]
        for b in booths:
            for n, f, apart in inst.nbrs[b]:
                if n in inside:
                    continue
                self.gain[n] += f * row
                if apart:
                    for c in comps:
                        self.forbid[c][n] += sign
