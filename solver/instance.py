"""The problem indexed for solving: booths, placements and exhibitors as integers and arrays.

A *placement* is a set of booths that can form one stand: every single booth (placement index
= booth index) followed by the problem's multi-booth shapes. An exhibitor's *candidates* are
the placements it may take under the hard rules that concern it alone (size, needs, hall,
status, pins, locks, booths kept by fixed stands, fixed competitors next door); the model is
built from candidates only. Everything is ordered by sorted ids, so it is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData, Problem

from .eligibility import kind_name, static_unfit

CM2_PER_M2 = 10_000
PREMIUM_VALUE = {"sponsor": 3, "returning": 1, "regular": 0}
WAITLIST_FACTOR = {"sponsor": 3, "returning": 2, "regular": 1}
CORNER_KINDS = ("corner", "peninsula", "island")


@dataclass
class Instance:
    problem: Problem
    booth_ids: list[str]
    bidx: dict[str, int]
    hall_ids: list[str]
    sector_ids: list[str]
    pair_weight: np.ndarray  # S × S points per factor 1 of a neighbouring pair of sectors
    p_booths: list[tuple[int, ...]]
    p_key: dict[tuple[str, ...], int]
    p_area: np.ndarray
    p_hall: np.ndarray  # hall index, -1 when a shape spans halls
    p_kind: list[str]
    p_premium: np.ndarray
    pb: np.ndarray  # placements × widest, padded with the sentinel booth index B
    cover: list[list[int]]
    edges: list[tuple[int, int, int, bool]]  # (a, b, factor, competitors apart)
    nbrs: list[list[tuple[int, int, bool]]]  # booth -> (neighbour, factor, apart)
    ex: tuple[ExhibitorData, ...]
    eidx: dict[str, int]
    e_sector: np.ndarray
    wcost: np.ndarray  # points lost when the exhibitor is waitlisted
    competitors: list[list[int]]
    partner_pairs: list[tuple[int, int]]
    cands: list[np.ndarray] = field(default_factory=list)
    cgain: list[np.ndarray] = field(default_factory=list)  # sum of `cterms`
    cterms: list[dict[str, np.ndarray]] = field(default_factory=list)  # per stand rule
    fixed: list[int | None] = field(default_factory=list)
    fixed_kind: list[str | None] = field(default_factory=list)
    start: list[int | None] = field(default_factory=list)
    ref: list[int | None] = field(default_factory=list)  # -1: in reference, not placeable
    infeasible: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    must: list[bool] = field(default_factory=list)  # confirmed: must get a stand (re-solve)

    @property
    def n_booths(self) -> int:
        return len(self.booth_ids)

    @property
    def n_ex(self) -> int:
        return len(self.ex)

    def stand(self, p: int) -> tuple[str, ...]:
        return tuple(self.booth_ids[b] for b in self.p_booths[p])

    def labels(self, p: int) -> str:
        booths = self.problem.booths
        return ", ".join(booths[b].label for b in self.p_booths[p])

    def is_candidate(self, e: int, p: int) -> bool:
        cand = self.cands[e]
        i = int(np.searchsorted(cand, p))
        return i < len(cand) and int(cand[i]) == p

    def placement_of(self, booth_ids: tuple[str, ...]) -> int | None:
        return self.p_key.get(tuple(sorted(booth_ids)))


def build_instance(problem: Problem) -> Instance:
    """Index `problem` and compute every exhibitor's candidates and their fixed points."""
    booth_ids = [b.id for b in problem.booths]
    bidx = {b: i for i, b in enumerate(booth_ids)}
    n_b = len(booth_ids)
    hall_ids = [h.id for h in problem.halls]
    hidx = {h: i for i, h in enumerate(hall_ids)}
    sector_ids = [s.id for s in problem.sectors]
    sidx = {s: i for i, s in enumerate(sector_ids)}
    w = problem.weights
    pair_weight = np.zeros((len(sector_ids), len(sector_ids)), dtype=np.int64)
    np.fill_diagonal(pair_weight, w.same_sector)
    for a, b, mw in problem.complementarity:
        if a in sidx and b in sidx:
            pair_weight[sidx[a], sidx[b]] = pair_weight[sidx[b], sidx[a]] = w.complementary * mw

    p_booths: list[tuple[int, ...]] = [(i,) for i in range(n_b)]
    p_key: dict[tuple[str, ...], int] = {(b,): i for i, b in enumerate(booth_ids)}
    area = [b.area for b in problem.booths]
    hall = [hidx.get(b.hall, -1) for b in problem.booths]
    kind = [b.kind for b in problem.booths]
    premium = [b.premium for b in problem.booths]
    for shape in problem.shapes:
        p_key[shape.booths] = len(p_booths)
        p_booths.append(tuple(bidx[b] for b in shape.booths))
        area.append(shape.area)
        hall.append(hidx.get(shape.hall, -1) if shape.hall is not None else -1)
        kind.append(shape.kind)
        premium.append(shape.premium)
    widest = max((len(p) for p in p_booths), default=1)
    pb = np.full((len(p_booths), widest), n_b, dtype=np.int64)
    cover: list[list[int]] = [[] for _ in range(n_b)]
    for p, booths in enumerate(p_booths):
        pb[p, : len(booths)] = booths
        for b in booths:
            cover[b].append(p)

    edges = [(bidx[e.a], bidx[e.b], e.factor, e.apart) for e in problem.edges]
    nbrs: list[list[tuple[int, int, bool]]] = [[] for _ in range(n_b)]
    for a, b, f, apart in edges:
        nbrs[a].append((b, f, apart))
        nbrs[b].append((a, f, apart))

    ex = problem.exhibitors
    eidx = {e.id: i for i, e in enumerate(ex)}
    competitors: list[list[int]] = [[] for _ in ex]
    for a, b in problem.competitors:
        competitors[eidx[a]].append(eidx[b])
        competitors[eidx[b]].append(eidx[a])
    inst = Instance(
        problem=problem,
        booth_ids=booth_ids,
        bidx=bidx,
        hall_ids=hall_ids,
        sector_ids=sector_ids,
        pair_weight=pair_weight,
        p_booths=p_booths,
        p_key=p_key,
        p_area=np.array(area, dtype=np.int64),
        p_hall=np.array(hall, dtype=np.int64),
        p_kind=kind,
        p_premium=np.array(premium, dtype=bool),
        pb=pb,
        cover=cover,
        edges=edges,
        nbrs=nbrs,
        ex=ex,
        eidx=eidx,
        e_sector=np.array([sidx[e.sector] for e in ex], dtype=np.int64),
        wcost=np.array([w.waitlist * WAITLIST_FACTOR[e.tier] for e in ex], dtype=np.int64),
        competitors=[sorted(c) for c in competitors],
        partner_pairs=[(eidx[a], eidx[b]) for a, b in problem.partners],
    )
    _plans(inst)
    _candidates(inst)
    return inst


def _plans(inst: Instance) -> None:
    """Start and reference placements, and the fixed (pinned or locked) stands."""
    problem = inst.problem
    n = inst.n_ex
    inst.start = [None] * n
    for eid, stand in problem.start:
        inst.start[inst.eidx[eid]] = inst.placement_of(stand)
    inst.ref = [None] * n
    for eid, stand in problem.reference or ():
        if eid in inst.eidx:
            p = inst.placement_of(stand) if all(b in inst.bidx for b in stand) else None
            inst.ref[inst.eidx[eid]] = -1 if p is None else p
    confirmed = set(problem.confirmed)
    inst.must = [data.id in confirmed for data in inst.ex]
    inst.fixed = [None] * n
    inst.fixed_kind = [None] * n
    locked = set(problem.locked)
    for e, data in enumerate(inst.ex):
        who = f"{data.name} ({data.id})"  # no words: the same in every language
        if data.pinned:
            unknown = [b for b in data.pinned if b not in inst.bidx]
            if unknown:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is pinned to booths that do not exist: {ids}",
                            who=who,
                            ids=join(unknown),
                        ),
                        (data.id,),
                    )
                )
                continue
            p = inst.placement_of(data.pinned)
            if data.id in locked and inst.start[e] != p:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is locked on {locked} but pinned to {pinned}",
                            who=who,
                            locked=inst.labels(inst.start[e]),
                            pinned=inst.labels(p),
                        ),
                        (data.id,),
                    )
                )
                continue
            inst.fixed[e], inst.fixed_kind[e] = p, "pinned"
        elif data.id in locked:
            inst.fixed[e], inst.fixed_kind[e] = inst.start[e], "locked"
        if inst.fixed[e] is not None:
            why = static_unfit(inst, e, inst.fixed[e], pinned_ok=True)
            if why is not None:
                inst.infeasible.append(
                    (
                        tr(
                            "{who} is {kind} to {labels}, but that stand {why}",
                            who=who,
                            kind=kind_name(inst.fixed_kind[e]),
                            labels=inst.labels(inst.fixed[e]),
                            why=why,
                        ),
                        (data.id,),
                    )
                )


def _candidates(inst: Instance) -> None:
    """Every exhibitor's eligible placements and the constant points each one earns."""
    n_b = inst.n_booths
    n_p = len(inst.p_booths)
    status = np.array([b.status for b in inst.problem.booths] + ["available"])
    power = np.array([b.power for b in inst.problem.booths] + [True])
    water = np.array([b.water for b in inst.problem.booths] + [True])
    heavy = np.array([b.heavy_floor for b in inst.problem.booths] + [True])
    usable = (status == "available")[inst.pb].all(axis=1)
    straight = np.ones(n_p, dtype=bool)
    straight[n_b:] = [s.straight for s in inst.problem.shapes]
    usable &= straight & (inst.p_hall >= 0)
    taken = np.zeros(n_b + 1, dtype=bool)
    for p in inst.fixed:
        if p is not None:
            taken[list(inst.p_booths[p])] = True
    taken[n_b] = False
    usable &= ~taken[inst.pb].any(axis=1)
    p_power = power[inst.pb].all(axis=1)
    p_water = water[inst.pb].all(axis=1)
    p_heavy = heavy[inst.pb].all(axis=1)
    cornerish = np.array([k in CORNER_KINDS for k in inst.p_kind])
    island = np.array([k == "island" for k in inst.p_kind])
    hidx = {h: i for i, h in enumerate(inst.hall_ids)}
    w = inst.problem.weights
    for e, data in enumerate(inst.ex):
        if inst.fixed[e] is not None or any(m[1] == (data.id,) for m in inst.infeasible):
            cand = np.array([] if inst.fixed[e] is None else [inst.fixed[e]], dtype=np.int64)
        else:
            ok = usable & (inst.p_area >= data.min_area) & (inst.p_area <= data.max_area)
            if data.power:
                ok &= p_power
            if data.water:
                ok &= p_water
            if data.heavy_floor:
                ok &= p_heavy
            if data.hall_required:
                ok &= inst.p_hall == hidx.get(data.preferred_hall, -2)
            bad = _next_to_fixed_competitors(inst, e)
            if bad is not None:
                ok &= ~bad[inst.pb].any(axis=1)
            cand = np.nonzero(ok)[0]
        terms = {
            "premium": w.premium * PREMIUM_VALUE[data.tier] * inst.p_premium[cand],
            "corner_wish": w.corner_wish * data.wish_corner * cornerish[cand],
            "island_wish": w.island_wish * data.wish_island * island[cand],
            "hall_wish": w.hall_wish
            * (data.preferred_hall is not None and not data.hall_required)
            * (inst.p_hall[cand] == hidx.get(data.preferred_hall, -2)),
            "waste": -w.waste * (np.maximum(inst.p_area[cand] - data.requested, 0) // CM2_PER_M2),
        }
        terms = {k: np.asarray(v, dtype=np.int64) for k, v in terms.items()}
        inst.cterms.append(terms)
        gain = sum(terms.values(), np.zeros(len(cand), dtype=np.int64))
        inst.cands.append(cand)
        inst.cgain.append(gain.astype(np.int64))


def _next_to_fixed_competitors(inst: Instance, e: int) -> np.ndarray | None:
    """Booths (mask, with sentinel) that touch a fixed competitor's stand by an 'apart' edge."""
    mask = None
    for c in inst.competitors[e]:
        p = inst.fixed[c]
        if p is None:
            continue
        if mask is None:
            mask = np.zeros(inst.n_booths + 1, dtype=bool)
        for b in inst.p_booths[p]:
            for n, _f, apart in inst.nbrs[b]:
                if apart:
                    mask[n] = True
    return mask
