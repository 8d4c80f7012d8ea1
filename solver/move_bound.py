"""An upper bound on a re-solve's score under a moves cap, from the reference plan.

With at most c moves, every exhibitor but a few keeps its reference stand, and what those
keep is known exactly: their stand points, the neighbouring pairs and partner pairs among
them. Only the others — exhibitors that move or are waitlisted, newcomers, and those whose
stand cannot be kept — are unknown, and each is bounded on its own: its best candidate's stand
points, plus, per outside neighbour of that candidate's booths, the pair with a kept
neighbour's sector or half the best pair with anyone who may stand there (`_earnings`), plus
its partner pairs. An exhibitor that leaves its reference stand gives up
at least its stand points, its negative pairs with kept neighbours and half of its positive
ones (the other half may be given up by the neighbour, if it moves too). So

    score ≤ kept(all) + Σ unknown(forced, newcomers) + the c − |forced| largest gains
            max(0, unknown(e) − given_up(e)) among the exhibitors that could keep their stand,

a bound on the score without the moves penalty and the waitlist (waitlisted exhibitors count
0), valid for the whole problem whatever model is searched. `MoveBound.bound` refines it with
displacements (see there); `movers_lp.cap_relaxation` adds that two movers cannot share a
booth. The whole model's LP relaxation of a cap lets every exhibitor move a little; these
bounds let only c move, which is what makes them tight where the frontier's points move a
handful of exhibitors among hundreds.
"""

from __future__ import annotations

import math

import numpy as np

from .instance import Instance
from .touch import stands_touch


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
        earn = _earnings(inst, home)
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
        self.leaving = given_up / 2  # the least an optional exhibitor gives up by leaving
        self.home = home
        self.kept_always = kept_always
        self.owner = owner
        self.inst = inst
        self._rivals = [set(c) for c in inst.competitors]
        self._partner_points = [w_partners * k for k in partners]
        self._half_best: np.ndarray | None = None
        self._lp_stands: dict[tuple[int, int], tuple[int, tuple[int, ...] | None]] = {}
        self.newcomers = [e for e in range(n) if home[e] < 0 and not kept_always[e]]
        self.optional = [e for e in range(n) if home[e] >= 0 and not kept_always[e]]
        self.kept = kept
        self.home_of = [inst.p_booths[p] if p >= 0 else () for p in home]
        self.home_booths = np.array([len(inst.p_booths[p]) if p >= 0 else 1 for p in home])
        self.options = [
            _options(inst, e, earn[e] + w_partners * partners[e], owner, home, kept_always)
            for e in range(n)
        ]

    def lp_stand(self, e: int, p: int) -> tuple[int, tuple[int, ...] | None]:
        """Twice what `e` earns at most on candidate `p` in the movers' LP, and the competitors
        whose published stands border it (None when one of them never moves: `p` is out).
        Stand points and partners, and per outside neighbour the exact pair with one that
        never moves, else the larger of the pair with the published neighbour and half the
        best pair with whoever may stand there. The same for every cap: kept once computed."""
        key = (e, p)
        if key not in self._lp_stands:
            self._lp_stands[key] = self._lp_stand(e, p)
        return self._lp_stands[key]

    def _lp_stand(self, e: int, p: int) -> tuple[int, tuple[int, ...] | None]:
        inst = self.inst
        sector, weight = inst.e_sector, inst.pair_weight
        if self._half_best is None:
            self._half_best = _best_with(inst)
        half_best = self._half_best
        s = int(sector[e])
        own = set(self.home_of[e])
        booths = inst.p_booths[p]
        twice = 2 * (points_at(inst, e, p) + self._partner_points[e])
        clash: set[int] = set()
        for a in booths:
            for b, f, apart in inst.nbrs[a]:
                if b in booths:
                    continue
                o = int(self.owner[b])
                stays = o >= 0 and o != e and b not in own
                if apart and stays and o in self._rivals[e]:
                    clash.add(o)
                half = f * int(half_best[s, b])
                base = 2 * f * int(weight[s, sector[o]]) if stays else 0
                if stays and self.kept_always[o]:
                    twice += base
                    continue
                twice += max(base, half)
        if any(self.kept_always[o] for o in clash):
            return twice, None
        return twice, tuple(sorted(clash))

    def bound(self, cap: int) -> int | None:
        """Upper bound on the score without moves and waitlist with at most `cap` moves;
        None when no plan can make that few (fewer than the forced moves).

        With `free` = cap − forced movers at most, a newcomer's stand displaces at most
        `free` exhibitors from their reference stands and a mover's at most `free` − 1 (each
        displaced one is a mover too). A displaced exhibitor's loss (`charge`: at most 0, the
        best it can do elsewhere) is passed to those who displace it, shared by the booths of
        its stand: each displacer takes at least one of them, so the shares add up to no less
        than its loss; the displaced one's own gain is raised by as much."""
        free = cap - self.forced
        if free < 0:
            return None
        charge = np.zeros(len(self.options) + 1)  # the last one for free booths
        for e in self.optional:
            charge[e] = min(0.0, self._best(e, free - 1, None) - self.leaving[e]) if free else 0.0
        share = charge / np.r_[self.home_booths, 1]
        total = float(self.kept)
        total += sum(self._best(e, free, share) for e in self.newcomers)  # ≥ 0: waitlisted
        if free:
            gains = sorted(
                (
                    max(0.0, self._best(e, free - 1, share) - self.leaving[e] - charge[e])
                    for e in self.optional
                ),
                reverse=True,
            )
            total += sum(gains[:free])
        return math.floor(total + 1e-6)

    def _best(self, e: int, displaced: int, share: np.ndarray | None) -> float:
        """The most `e` earns off its reference stand (0 when waitlisted) on a candidate
        displacing at most `displaced` exhibitors, less the shares of their losses."""
        earn, count, held, _placements = self.options[e]
        ok = count <= displaced
        if not ok.any():
            return 0.0
        value = earn[ok].astype(float)
        if share is not None:
            value += share[held[ok]].sum(axis=1)
        return max(0.0, float(value.max()))


def _options(
    inst: Instance,
    e: int,
    earn: np.ndarray,
    owner: np.ndarray,
    home: list[int],
    kept_always: list[bool],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Exhibitor `e`'s candidates other than its reference stand and any over a stand that
    always stays: what each earns at most, how many exhibitors it displaces from their
    reference stands, which (candidates × widest, padded with -1), and the candidates."""
    cand = inst.cands[e]
    held = owner[inst.pb[cand]] if len(cand) else np.zeros((0, 1), dtype=np.int64)
    held = np.where(held == e, -1, held)
    held.sort(axis=1)
    first = np.ones((len(cand), 1), dtype=bool)
    distinct = (held >= 0) & np.concatenate([first, held[:, 1:] != held[:, :-1]], axis=1)
    held = np.where(distinct, held, -1)
    never = np.array([k for k, a in enumerate(kept_always) if a], dtype=np.int64)
    ok = cand != home[e]
    if len(never):
        ok &= ~np.isin(held, never).any(axis=1)
    return earn[ok], distinct[ok].sum(axis=1), held[ok], cand[ok]


def _earnings(inst: Instance, home: list[int]) -> list[np.ndarray]:
    """Per exhibitor, per candidate, the most its stand can earn there: stand points plus, for each
    outside neighbour of each booth, the larger of two cases. Held by a kept exhibitor: the
    pair with that exhibitor's sector, exactly. Held by another unknown exhibitor: at most
    the best pair with whoever may stand there, counted half here and half by that exhibitor
    (each gives at least half of its own best). Empty: nothing."""
    if not len(inst.sector_ids) or not inst.n_ex:
        return [np.zeros(len(c), dtype=np.int64) for c in inst.cands]
    best_with = _best_with(inst)
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
    out = [np.zeros(0, dtype=np.int64)] * inst.n_ex
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
        if home[e] >= 0:
            around -= _own_home(inst, e, cand, home[e], best_with[s])
        out[e] = (2 * inst.cgain[e] + around + 1) // 2
    return out


def _own_home(inst: Instance, e: int, cand: np.ndarray, home: int, best: np.ndarray) -> np.ndarray:
    """What `at` counted too much, per candidate, next to `e`'s own reference stand: `e`
    cannot stand elsewhere and be kept there too, so a booth of that stand is another
    unknown exhibitor's or empty (the half case), never a kept neighbour of `e`'s sector."""
    out = np.zeros(len(cand), dtype=np.int64)
    s = int(inst.e_sector[e])
    mine = set(inst.p_booths[home])
    for n in mine:
        for b, f, _apart in inst.nbrs[n]:
            extra = max(2 * f * int(inst.pair_weight[s, s]), f * int(best[n])) - f * int(best[n])
            if not extra:
                continue
            for p in inst.cover[b]:
                i = int(np.searchsorted(cand, p))
                if i < len(cand) and cand[i] == p and n not in inst.p_booths[p]:
                    out[i] += extra
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


def points_at(inst: Instance, e: int, p: int) -> int:
    return int(inst.cgain[e][np.searchsorted(inst.cands[e], p)])


def _best_with(inst: Instance) -> np.ndarray:
    """[sector, booth]: the best pair (at least 0) the sector makes with whoever may stand
    on the booth."""
    n_s = len(inst.sector_ids)
    sectors_at = np.zeros((inst.n_booths, max(1, n_s)), dtype=bool)
    for e in range(inst.n_ex):
        booths = inst.pb[inst.cands[e]].ravel()
        sectors_at[booths[booths < inst.n_booths], inst.e_sector[e]] = True
    if not n_s:
        return np.zeros((0, inst.n_booths), dtype=np.int64)
    masked = np.where(sectors_at[None, :, :], inst.pair_weight[:, None, :], np.iinfo(np.int64).min)
    return np.maximum(0, masked.max(axis=2))
