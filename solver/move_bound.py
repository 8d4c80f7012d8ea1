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
displacements (see there); `cap_relaxation` adds that two movers cannot share a booth. The
whole model's LP relaxation of a cap lets every exhibitor move a little; these bounds let only
c move, which is what makes them tight where the frontier's points move a handful of
exhibitors among hundreds.
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np

from .instance import Instance
from .lp_bound import LinearRelaxation
from .touch import stands_touch
from .variables import LinearRows
from .waitlist import waitlist_ceiling, waitlist_step


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
        twice = 2 * (_points_at(inst, e, p) + self._partner_points[e])
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


def cap_relaxation(
    mb: MoveBound,
    inst: Instance,
    cap: int,
    *,
    whole_pairs: bool = True,
    waitlist_lines: list[tuple[int, int]] | None = None,
) -> LinearRelaxation:
    """An LP whose optimum bounds the score without moves (the waitlist included) for at
    most `cap` moves; every plan with at most `cap` moves is one of its integer points.
    Variables, all in [0, 1]: each optional exhibitor moves or not; each mover or newcomer
    takes at most one candidate (among those displacing few enough others); each booth holds
    at most one stand, its kept owner's unless that owner moves; at most `cap` − forced
    optional exhibitors move.

    What a move gives up and earns is counted against who stays, not guessed per exhibitor:
    - a pair of published neighbours is lost, whole, when either of them moves (one
      variable per pair, at least each one's move), a pair worth less than nothing is won back;
      without `whole_pairs`, each mover gives up half of it (all of it beside a neighbour that
      never moves), as in `MoveBound`: a weaker LP, but GLOP solves it 3–5 times faster;
    - a mover's new stand earns its stand points and, per outside neighbour, the exact pair
      with a neighbour that never moves, else the larger of the pair with the published
      neighbour and half the best pair with whoever may stand there (as `MoveBound`);
    - a candidate beside a competitor's published stand needs that competitor to move;
    - a newcomer or mover without a stand costs its waitlist cost; a confirmed one gets one;
    - the waitlist gains no more than the moves pay for: per line (w, c) of `waitlist_lines`
      (`waitlist_ceiling`: waitlist − w × moves ≤ c in every plan), waitlist − w × moves ≤ c,
      and the waitlist is at most the lines' ceiling for the cap (whole waitlist costs
      only). Without them the LP let a few moves place part of every waitlisted exhibitor:
      on the tight venues the points from m + 2 on carried gaps of 15–110 % where no plan
      within the cap could shorten the waitlist at all.
    `MoveBound` charges each mover half its positive pairs and leaves the waitlist to the
    caller. Measured on the 200-exhibitor withdrawal: m + 1 closed (5,798 found and bound, was
    5,818), m + 2 at 0.6 % (was 2.4 %). Making the half pairs count only on booths the LP takes
    gained 2–3 points at 400 exhibitors and took GLOP 3–5 s a cap instead of 1–3 s."""
    free = cap - mb.forced
    optional, newcomers = mb.optional, set(mb.newcomers)
    lp = _Lp()
    moves = {e: lp.var(-_points_at(inst, e, mb.home[e])) for e in optional}
    # published neighbours: a pair is lost when either of its exhibitors moves
    for (a, b), v in _home_pairs(inst, mb).items():
        movers = [moves[x] for x in (a, b) if x in moves]
        if not movers or not v:
            continue
        if not whole_pairs:
            alone = len(movers) == 1  # the other never moves
            for m in movers:
                lp.gain[m] -= v if v < 0 or alone else v / 2
            continue
        if v > 0:
            lost = lp.var(-v)
            for m in movers:
                lp.row([(lost, 1.0), (m, -1.0)], 0.0, np.inf)
        else:
            won = lp.var(-v)
            lp.row([(won, 1.0)] + [(m, -1.0) for m in movers], -np.inf, 0.0)
    on_booth: dict[int, list[int]] = defaultdict(list)  # booth -> candidates covering it
    waitlisted = 0.0  # every newcomer's waitlist cost, won back by its stand
    # the LP's waitlist term is Σ wait·(candidates taken) − Σ wait·(moves) − `waitlisted`
    waitlist_terms: list[tuple[int, float]] = []
    for e in optional + mb.newcomers:
        _earn, count, _held, placements = mb.options[e]
        ok = count <= (free if e in newcomers else free - 1)  # displaced ones move too
        taken = []
        for p in placements[ok].tolist():
            twice, clash = mb.lp_stand(e, p)
            if clash is None:
                continue  # next to a competitor that never moves
            booths = inst.p_booths[p]
            x = lp.var(twice / 2)
            taken.append(x)
            for o in clash:  # next to a competitor's published stand: only if it moves
                lp.row([(x, 1.0), (moves[o], -1.0)], -np.inf, 0.0)
            for a in booths:
                on_booth[a].append(x)
        # A mover or newcomer without a stand is waitlisted (a confirmed one never is).
        wait = float(inst.wcost[e])
        for x in taken:
            lp.gain[x] += wait
        waitlist_terms += [(x, wait) for x in taken]
        must = bool(inst.must[e]) if inst.must else False
        if e in moves:
            lp.gain[moves[e]] -= wait
            waitlist_terms.append((moves[e], -wait))
            lp.row([(x, 1.0) for x in taken] + [(moves[e], -1.0)], 0.0 if must else -np.inf, 0.0)
        else:
            waitlisted += wait
            lp.row([(x, 1.0) for x in taken], 1.0 if must else -np.inf, 1.0)
    for b, xs in on_booth.items():
        o = int(mb.owner[b])
        if o >= 0 and o in moves:
            lp.row([(x, 1.0) for x in xs] + [(moves[o], -1.0)], -np.inf, 0.0)
        else:
            lp.row([(x, 1.0) for x in xs], -np.inf, 0.0 if o >= 0 else 1.0)
    lp.row([(m, 1.0) for m in moves.values()], -np.inf, float(max(free, 0)))
    if waitlist_lines and waitlist_terms:
        most = waitlist_ceiling(waitlist_lines, cap, waitlist_step(inst))
        lp.row(waitlist_terms, -np.inf, most + waitlisted)
        for w, c in waitlist_lines:
            if w > 0:  # (w = 0 is the ceiling's row, whole steps only)
                paid = waitlist_terms + [(m, -float(w)) for m in moves.values()]
                lp.row(paid, -np.inf, c + w * mb.forced + waitlisted)
    return lp.relaxation(mb.kept - round(waitlisted))


def _points_at(inst: Instance, e: int, p: int) -> int:
    return int(inst.cgain[e][np.searchsorted(inst.cands[e], p)])


def _home_pairs(inst: Instance, mb: MoveBound) -> dict[tuple[int, int], int]:
    """(a, b) -> the points of published neighbours a < b (their pairs and partnership)."""
    owner, home, sector = mb.owner, mb.home, inst.e_sector
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for a, b, f, _apart in inst.edges:
        ea, eb = int(owner[a]), int(owner[b])
        if ea < 0 or eb < 0 or ea == eb:
            continue
        pairs[(min(ea, eb), max(ea, eb))] += int(inst.pair_weight[sector[ea], sector[eb]]) * f
    w_partners = inst.problem.weights.partners
    for i, j in inst.partner_pairs:
        if home[i] >= 0 and home[j] >= 0 and stands_touch(inst, home[i], home[j]):
            pairs[(min(i, j), max(i, j))] += w_partners
    return pairs


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


class _Lp:
    """Variables in [0, 1] with their gains, and rows (`LinearRows`), for `LinearRelaxation`."""

    def __init__(self) -> None:
        self.gain: list[float] = []
        self.rows = LinearRows()

    def var(self, gain: float) -> int:
        self.gain.append(float(gain))
        return len(self.gain) - 1

    def row(self, entries: list[tuple[int, float]], lo: float, hi: float) -> None:
        self.rows.add([col for col, _ in entries], [coeff for _, coeff in entries], lo, hi)

    def relaxation(self, constant: int) -> LinearRelaxation:
        rows = self.rows
        out = LinearRelaxation.from_arrays(
            len(self.gain),
            np.repeat(np.arange(len(rows)), np.array(rows.sizes, dtype=np.int64)),
            rows.cols,
            rows.coeffs,
            rows.lo,
            rows.hi,
            np.array(self.gain),
            constant=constant,
        )
        # Measured at 400 exhibitors (the late batch, 84,466 columns): the primal simplex
        # had not finished some caps in 10 s; the dual simplex took 2–3.4 s.
        out.glop_parameters = "use_dual_simplex: true"
        return out
