"""The frontier's relocations: better plans within a moves cap by moving one exhibitor, or a
chain of two, to free stands. CP-SAT starts each frontier point from their plan: alone it found
next to nothing from 200 exhibitors on within a point's budget (measured)."""

from __future__ import annotations

import numpy as np

from .evaluate import breakdown, is_valid, moved
from .instance import Instance
from .placement_board import Board

MAX_STEPS = 50  # relocations tried per plan


def quality(inst: Instance, assign: np.ndarray) -> int:
    """The score without the moves penalty."""
    terms = breakdown(inst, assign)
    return sum(v for k, v in terms.items() if k != "moves")


def relocate(inst: Instance, assign: np.ndarray, cap: int) -> np.ndarray:
    """`Relocations(inst).relocate(assign, cap)`, for a single call."""
    return Relocations(inst).relocate(assign, cap)


class Relocations:
    """Relocations on one instance; made once, it serves every frontier point.

    Each step's options (every exhibitor's free candidates and their points, with the
    exhibitor off the board) are kept between steps and recomputed only for the exhibitors a
    step can change: those with a candidate on or next to a booth the step emptied or took.
    Recomputing them all each step took 1–2 s of a
    frontier at 400 exhibitors (measured); the steps taken are the same."""

    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        n_b = inst.n_booths
        self._covers: list[list[int]] = [[] for _ in range(n_b)]  # booth → candidates' owners
        for e in range(inst.n_ex):
            if len(inst.cands[e]):
                for b in np.unique(inst.pb[inst.cands[e]]).tolist():
                    if b < n_b:  # not the padding sentinel
                        self._covers[b].append(e)
        self._takers: dict[int, list[int]] = {}  # placement → exhibitors with it as candidate

    def relocate(self, assign: np.ndarray, cap: int) -> np.ndarray:
        """A better plan with at most `cap` moves, by relocations: repeatedly the step that
        gains the most while the cap allows — one exhibitor moved to a free candidate (an
        exhibitor already off its reference stand moves again at no extra cost), or a *chain*:
        one moved to a free candidate and another into the stand it left. The points of a
        relocation come from the board's per-booth, per-sector neighbour gains, as the
        annealer's do; every step keeps every hard rule. Chains: on the 200-exhibitor
        withdrawal, the best plan with two moves is one (5,824 points; single relocations
        and CP-SAT found 5,805)."""
        inst = self.inst
        board = Board(inst)
        for e, p in enumerate(assign.tolist()):
            if p >= 0:
                board.place(e, p)
        moves = _Moves(inst, len(moved(inst, assign)))
        options: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for _step in range(MAX_STEPS):
            singles = []  # (gain, exhibitor, placement), every positive single relocation
            for e in range(inst.n_ex):
                step = self._best_relocation(board, moves, e, cap, options)
                if step is not None and step[0] > 0:
                    singles.append((step[0], e, step[1]))
            best_step: list[tuple[int, int]] = []
            gain = 0
            if singles:
                g, e, p = max(singles, key=lambda t: (t[0], -t[1]))
                best_step, gain = [(e, p)], g
            for g, e, p in singles:  # chains begin with a move that gains on its own
                chain = self._chain(board, moves, e, p, cap)
                if chain is not None and g + chain[0] > gain:
                    best_step, gain = [(e, p), (chain[1], int(board.assign[e]))], g + chain[0]
            if not best_step:
                break
            for e, p in best_step:
                source = int(board.assign[e])
                moves.count += moves.cost(e, source, p)
                board.remove(e)
                board.place(e, p)
                self._forget(options, e, (source, p))
        out = board.assign.copy()
        if not is_valid(inst, out) or quality(inst, out) < quality(inst, assign):
            return assign  # never worse, never invalid (the board keeps the rules; a check)
        return out

    def _forget(
        self,
        options: dict[int, tuple[np.ndarray, np.ndarray]],
        e: int,
        placements: tuple[int, int],
    ) -> None:
        """Drop the kept options that moving `e` between `placements` may change: those of
        every exhibitor with a candidate on the booths or next to them, whose occupancy,
        sector gains, competitor bans or partner bonus (all by `nbrs`) the move changes."""
        inst = self.inst
        booths = {b for p in placements for b in inst.p_booths[p]}
        near = set(booths)
        for b in booths:
            near.update(n for n, _f, _apart in inst.nbrs[b])
        stale = {e}
        for b in near:
            stale.update(self._covers[b])
        for f in stale:
            options.pop(f, None)

    def _best_relocation(
        self,
        board: Board,
        moves: _Moves,
        e: int,
        cap: int,
        options: dict[int, tuple[np.ndarray, np.ndarray]],
    ) -> tuple[int, int] | None:
        """(gain, placement) of `e`'s best move to a free candidate within the cap, or None."""
        inst = self.inst
        p0 = int(board.assign[e])
        if p0 < 0 or inst.fixed[e] is not None:
            return None
        home = moves.home(e)
        if p0 == home and moves.count >= cap:
            return None  # any step takes it from home, one move over the cap
        if e not in options:
            cand = inst.cands[e]
            free, points = board.points_if_moved(e, cand)
            options[e] = (cand[free], points[free])
        cand, points = options[e]
        here = points[cand == p0]
        if not len(here):
            return None
        allowed = (moves.count + int(p0 == home) - (cand == home) <= cap) & (cand != p0)
        if not allowed.any():
            return None
        i = int(np.flatnonzero(allowed)[np.argmax(points[allowed])])
        return int(points[i] - here[0]), int(cand[i])

    def _chain(
        self, board: Board, moves: _Moves, e: int, p: int, cap: int
    ) -> tuple[int, int] | None:
        """With `e` moved to `p`: (gain, exhibitor) of the best move of another exhibitor into
        the stand `e` left, within the cap counting both moves; or None."""
        inst = self.inst
        p0 = int(board.assign[e])
        after = moves.count + moves.cost(e, p0, p)
        if p0 not in self._takers:
            self._takers[p0] = [f for f in range(inst.n_ex) if inst.is_candidate(f, p0)]
        board.remove(e)
        board.place(e, p)
        best: tuple[int, int] | None = None
        for f in self._takers[p0]:
            q = int(board.assign[f])
            if f == e or q < 0 or inst.fixed[f] is not None:
                continue
            if after + moves.cost(f, q, p0) > cap:
                continue
            free, points = board.points_if_moved(f, [q, p0])
            gain = int(points[1] - points[0])
            if free.all() and (best is None or gain > best[0]):
                best = (gain, f)
        board.remove(e)
        board.place(e, p0)
        return best


class _Moves:
    """The moves a plan on the board makes against the reference, and what one costs."""

    def __init__(self, inst: Instance, count: int) -> None:
        self.inst = inst
        self.count = count

    def home(self, e: int) -> int:
        """`e`'s reference stand, or -1 (no reference, or one it cannot take)."""
        r = self.inst.ref[e] if self.inst.ref else None
        return r if r is not None and r >= 0 else -1

    def cost(self, e: int, source: int, target: int) -> int:
        """The change in moves when `e` goes from `source` to `target` (both placed)."""
        home = self.home(e)
        return int(source == home) - int(target == home)
