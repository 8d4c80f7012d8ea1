"""The score as a CP-SAT objective: each rule returns its (variables, points, constant).

The sum over all rules equals `evaluate.total` (and the validator's score) for every
assignment, because both follow docs/rules.md term for term. Waitlisting costs on each
exhibitor's waitlist literal; moves as a constant (everyone moved) plus a reward on each
reference stand's variable.
"""

from __future__ import annotations

import zlib

import numpy as np

from .instance import Instance
from .variables import Variables

STAND_RULES = ("premium", "corner_wish", "island_wish", "hall_wish", "choice", "waste")


class Objective:
    def __init__(self, v: Variables, inst: Instance) -> None:
        self.v, self.inst = v, inst

    def full(self) -> tuple[list[int], list[int], int]:
        """Every rule of the score."""
        return self._combine(
            [self._stand_rule(r) for r in STAND_RULES]
            + [self._neighbour_sectors(), self._partners(), self._waitlist(), self._moves()]
        )

    def dominant(self) -> tuple[list[int], list[int], int]:
        """Only what re-solving minimises first: waitlist and moves."""
        return self._combine([self._waitlist(), self._moves()])

    def waitlist_less_moves(self, weight: int) -> tuple[list[int], list[int], int]:
        """The waitlist term minus `weight` × moves (`dominant` when `weight` is the move
        weight): what a line of `waitlist.waitlist_ceiling` bounds."""
        return self._combine([self._waitlist(), self._moves(weight)])

    def choices(self) -> tuple[list[int], list[int], int]:
        """Only the booth choices met (the choices-first phase)."""
        return self._combine([self._stand_rule("choice")])

    def tie_break(self) -> tuple[list[int], list[int], int]:
        """Minus each candidate pair's fixed key (`pair_key`): maximised, the plan with the
        least total key, which no seed or worker changes (`run.tie_break`)."""
        inst, v = self.inst, self.v
        keys = [
            -pair_key(inst.ex[e].id, inst.stand(int(p)))
            for e in range(inst.n_ex)
            for p in inst.cands[e].tolist()
        ]
        return list(range(v.x0, v.x0 + v.n_x)), keys, 0

    def terms(self) -> dict[str, tuple[np.ndarray, np.ndarray, int]]:
        """Rule name -> (variables, points, constant), for checks and explanations."""
        out = {r: self._stand_rule(r) for r in STAND_RULES}
        out["neighbour_sectors"] = self._neighbour_sectors()
        out["partners"] = self._partners()
        out["waitlist"] = self._waitlist()
        out["moves"] = self._moves()
        return out

    # -- one method per rule ---------------------------------------------------------------
    def _stand_rule(self, rule: str) -> tuple[np.ndarray, np.ndarray, int]:
        """Points a stand earns on its own: premium, wishes, waste (per candidate)."""
        inst, v = self.inst, self.v
        if not inst.n_ex:
            return _empty()
        pts = np.concatenate([t[rule] for t in inst.cterms])
        return np.arange(v.x0, v.x0 + v.n_x, dtype=np.int64), pts, 0

    def _neighbour_sectors(self) -> tuple[np.ndarray, np.ndarray, int]:
        """Same-sector and complementary neighbouring booth pairs."""
        pairs = self.v.pairs
        return (
            np.array([p[0] for p in pairs], dtype=np.int64),
            np.array([p[4] for p in pairs], dtype=np.int64),
            0,
        )

    def _partners(self) -> tuple[np.ndarray, np.ndarray, int]:
        w = self.inst.problem.weights.partners
        near = self.v.near
        return np.array([r for r, *_ in near], dtype=np.int64), np.full(len(near), w), 0

    def _waitlist(self) -> tuple[np.ndarray, np.ndarray, int]:
        """−cost per waitlisted exhibitor, on its waitlist literal."""
        inst, v = self.inst, self.v
        exhibitors = sorted(v.wait)
        return (
            np.array([v.wait[e] for e in exhibitors], dtype=np.int64),
            -inst.wcost[exhibitors] if exhibitors else np.zeros(0, dtype=np.int64),
            0,
        )

    def _moves(self, weight: int | None = None) -> tuple[np.ndarray, np.ndarray, int]:
        """−w per reference exhibitor = −w × count + w if it keeps its stand; w is the move
        weight unless `weight` is given."""
        inst, v = self.inst, self.v
        if inst.problem.reference is None:
            return _empty()
        w = inst.problem.weights.move if weight is None else weight
        refs = [(e, r) for e, r in enumerate(inst.ref) if r is not None]
        keep = [v.x(e, r) for e, r in refs if r >= 0]
        keep = [x for x in keep if x is not None]
        return np.array(keep, dtype=np.int64), np.full(len(keep), w), -w * len(refs)

    @staticmethod
    def _combine(parts) -> tuple[list[int], list[int], int]:
        """Merge the rules into one linear objective (summing points per variable)."""
        variables = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.int64)
        points = np.concatenate([np.asarray(p[1], dtype=np.int64) for p in parts])
        constant = sum(p[2] for p in parts)
        if not len(variables):
            return [], [], constant
        order = np.argsort(variables, kind="stable")
        variables, points = variables[order], points[order]
        uniq, start = np.unique(variables, return_index=True)
        summed = np.add.reduceat(points, start)
        keep = summed != 0
        return uniq[keep].tolist(), summed[keep].tolist(), constant


def pair_key(exhibitor_id: str, booth_ids: tuple[str, ...]) -> int:
    """A number from 1 to 2^20 fixed by the exhibitor's id and its stand's booth ids: spread
    like a random draw, so two different plans almost never sum to the same key."""
    text = exhibitor_id + "\x1f" + "\x1e".join(booth_ids)
    return 1 + zlib.crc32(text.encode("utf-8")) % (1 << 20)


def _empty() -> tuple[np.ndarray, np.ndarray, int]:
    return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 0
