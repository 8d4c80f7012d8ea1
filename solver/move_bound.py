"""An upper bound on a re-solve's score under a moves cap, from the reference plan.

With at most c moves, every exhibitor but a few keeps its reference stand, and what those
keep is known exactly: their stand points, the neighbouring pairs and partner pairs among
them. Only the others — exhibitors that move or are waitlisted, newcomers, and those whose
stand cannot be kept — are unknown, and each is bounded on its own: its best candidate's stand
points, plus, at every booth of that candidate, each neighbouring booth's best sector pair
with its sector, plus its partner pairs. An exhibitor that leaves its reference stand gives up
at least its stand points, its negative pairs with kept neighbours and half of its positive
ones (the other half may be given up by the neighbour, if it moves too). So

    score ≤ kept(all) + Σ unknown(forced, newcomers) + the c − |forced| largest gains
            max(0, unknown(e) − given_up(e)) among the exhibitors that could keep their stand,

a bound on the score without the moves penalty and the waitlist (waitlisted exhibitors count
0), valid for the whole problem whatever model is searched. The LP relaxation of a cap lets
every exhibitor move a little; this bound lets only c move, which is what makes it tight
where the frontier's points move a handful of exhibitors among hundreds.
"""

from __future__ import annotations

import numpy as np

from .evaluate import stands_touch
from .instance import Instance


class MoveBound:
    """The bound for every cap, from one pass over the instance."""

    def __init__(self, inst: Instance) -> None:
        n = inst.n_ex
        fixed = inst.fixed
        ref = inst.ref if inst.ref else [None] * n
        home = [-1] * n  # the reference stand the exhibitor may still keep
        kept_always = [False] * n
        self.forced = 0  # reference exhibitors that count as moved whatever the plan
        for e in range(n):
            r = ref[e]
            if r is None:
                continue
            keepable = r >= 0 and inst.is_candidate(e, r)
            if fixed[e] is not None:
                kept_always[e] = keepable and fixed[e] == r
                keepable = False
                if kept_always[e]:
                    home[e] = r
            if keepable:
                home[e] = r
            elif not kept_always[e]:
                self.forced += 1
        owner = np.full(inst.n_booths + 1, -1, dtype=np.int64)
        for e, p in enumerate(home):
            if p >= 0:
                owner[list(inst.p_booths[p])] = e
        unknown = _unknown(inst, home)
        partners = [0] * n
        for i, j in inst.partner_pairs:
            partners[i] += 1
            partners[j] += 1
        w_partners = inst.problem.weights.partners
        kept = 0
        given_up = np.zeros(n, dtype=np.int64)  # twice what leaving gives up, to stay integral
        for e, p in enumerate(home):
            if p < 0:
                continue
            points = int(inst.cgain[e][np.searchsorted(inst.cands[e], p)])
            kept += points
            given_up[e] += 2 * points
        sector = inst.e_sector
        for a, b, f, _apart in inst.edges:
            ea, eb = int(owner[a]), int(owner[b])
            if ea < 0 or eb < 0 or ea == eb:
                continue
            v = int(inst.pair_weight[sector[ea], sector[eb]]) * f
            kept += v
            for x, y in ((ea, eb), (eb, ea)):
                # a neighbour that always stays cannot share the loss: all of it is given up
                share = 2 * v if v < 0 or kept_always[y] else v
                given_up[x] += share
        for i, j in inst.partner_pairs:
            if home[i] >= 0 and home[j] >= 0 and stands_touch(inst, home[i], home[j]):
                kept += w_partners
                given_up[i] += 2 * w_partners if kept_always[j] else w_partners
                given_up[j] += 2 * w_partners if kept_always[i] else w_partners
        best = np.array(
            [max(0, unknown[e] + w_partners * partners[e]) for e in range(n)], dtype=np.int64
        )
        self.base = kept + int(sum(best[e] for e in range(n) if home[e] < 0 and not kept_always[e]))
        optional = [e for e in range(n) if home[e] >= 0 and not kept_always[e]]
        # Only the gain counts: with given_up doubled, gain = best − given_up / 2, rounded up.
        gains = [max(0, int(best[e]) - int(given_up[e]) // 2) for e in optional]
        self.gains = np.sort(np.array(gains, dtype=np.int64))[::-1]
        self.prefix = np.concatenate([[0], np.cumsum(self.gains)])

    def bound(self, cap: int) -> int | None:
        """Upper bound on the score without moves and waitlist with at most `cap` moves;
        None when no plan can make that few (fewer than the forced moves)."""
        free = cap - self.forced
        if free < 0:
            return None
        return self.base + int(self.prefix[min(free, len(self.gains))])


def _unknown(inst: Instance, home: list[int]) -> list[int]:
    """Per exhibitor, the most its stand can earn anywhere: stand points plus, for each
    outside neighbour of each booth, the larger of two cases. Held by a kept exhibitor: the
    pair with that exhibitor's sector, exactly. Held by another unknown exhibitor: at most
    the best pair with whoever may stand there, counted half here and half by that exhibitor
    (each gives at least half of its own best). Empty: nothing."""
    n_s = len(inst.sector_ids)
    if not n_s or not inst.n_ex:
        return [0] * inst.n_ex
    sectors_at = np.zeros((inst.n_booths, n_s), dtype=bool)
    for e in range(inst.n_ex):
        booths = inst.pb[inst.cands[e]].ravel()
        sectors_at[booths[booths < inst.n_booths], inst.e_sector[e]] = True
    # best_with[s, n]: the best pair sector s can make with whoever may stand on booth n
    masked = np.where(sectors_at[None, :, :], inst.pair_weight[:, None, :], np.iinfo(np.int64).min)
    best_with = np.maximum(0, masked.max(axis=2))
    held_by = np.full(inst.n_booths, -1, dtype=np.int64)  # the sector kept there, if kept
    for e, p in enumerate(home):
        if p >= 0:
            held_by[list(inst.p_booths[p])] = inst.e_sector[e]
    edges = np.array([(a, b, f) for a, b, f, _x in inst.edges], dtype=np.int64).reshape(-1, 3)
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    fac = np.concatenate([edges[:, 2], edges[:, 2]])
    held = held_by[dst] >= 0
    inner_p, inner_edge = _inner_edges(inst, src, dst)
    out = [0] * inst.n_ex
    twice: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # per sector: per booth, per placement
    for e in range(inst.n_ex):
        cand = inst.cands[e]
        if not len(cand):
            continue
        s = int(inst.e_sector[e])
        if s not in twice:
            kept = np.where(held, 2 * fac * inst.pair_weight[s, held_by[dst]], 0)
            per_edge = np.maximum(kept, fac * best_with[s, dst])  # doubled, to stay integral
            at = np.bincount(src, weights=per_edge, minlength=inst.n_booths + 1).astype(np.int64)
            inside = np.bincount(
                inner_p, weights=per_edge[inner_edge], minlength=len(inst.p_booths)
            ).astype(np.int64)
            twice[s] = (at, inside)
        at, inside = twice[s]
        around = at[inst.pb[cand]].sum(axis=1) - inside[cand]  # one exhibitor, no pair inside
        out[e] = int((2 * inst.cgain[e] + around).max() + 1) // 2
    return out


def _inner_edges(inst: Instance, src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(placement, directed edge) for each edge between two booths of one placement."""
    index = {(int(a), int(b)): i for i, (a, b) in enumerate(zip(src, dst, strict=True))}
    places, which = [], []
    for p, booths in enumerate(inst.p_booths):
        if len(booths) < 2:
            continue
        for a in booths:
            for b in booths:
                i = index.get((a, b))
                if i is not None:
                    places.append(p)
                    which.append(i)
    return np.array(places, dtype=np.int64), np.array(which, dtype=np.int64)
