"""Index a problem for solving: booths, placements and exhibitors as integers and arrays,
and every exhibitor's candidates under the rules that concern it alone (`stand_rules`), the
fixed stands (`fixed_stands`) and fixed competitors next door (`competitors`)."""

from __future__ import annotations

import numpy as np

from qods_planner.snapshot import ExhibitorData, Problem
from qods_planner.validation.choices import choice_value
from qods_planner.validation.facts import CM2_PER_M2

from .competitors import near_fixed_competitors, next_to_fixed_competitor
from .fixed_stands import index_plans, kept_for_fixed, taken_by_fixed
from .instance import CORNER_KINDS, PREMIUM_VALUE, WAITLIST_FACTOR, Instance
from .stand_rules import StandRules


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
    for one, other, mw in problem.complementarity:
        if one in sidx and other in sidx:
            i, j = sidx[one], sidx[other]
            pair_weight[i, j] = pair_weight[j, i] = w.complementary * mw

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
    for one, other in problem.competitors:
        competitors[eidx[one]].append(eidx[other])
        competitors[eidx[other]].append(eidx[one])
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
    inst.stand_rules = StandRules(inst)
    index_plans(inst)
    _candidates(inst)
    return inst


def _candidates(inst: Instance) -> None:
    """Every exhibitor's eligible placements and the constant points each one earns."""
    free = ~taken_by_fixed(inst)[inst.pb].any(axis=1)
    cornerish = np.array([k in CORNER_KINDS for k in inst.p_kind])
    island = np.array([k == "island" for k in inst.p_kind])
    hidx = {h: i for i, h in enumerate(inst.hall_ids)}
    w = inst.problem.weights
    for e, data in enumerate(inst.ex):
        if inst.fixed[e] is not None or any(m[1] == (data.id,) for m in inst.infeasible):
            cand = np.array([] if inst.fixed[e] is None else [inst.fixed[e]], dtype=np.int64)
        else:
            ok = free & inst.stand_rules.allowed(data)
            bad = near_fixed_competitors(inst, e)
            if bad is not None:
                ok &= ~bad[inst.pb].any(axis=1)
            cand = np.nonzero(ok)[0]
        terms = {
            "premium": w.premium * PREMIUM_VALUE[data.tier] * inst.p_premium[cand],
            "corner_wish": w.corner_wish * data.wish_corner * cornerish[cand],
            "island_wish": w.island_wish * data.wish_island * island[cand],
            "hall_wish": w.hall_wish
            * (data.preferred_hall is not None and not data.hall_required)
            * (inst.p_hall[cand] == hidx.get(data.preferred_hall or "", -2)),
            "waste": -w.waste * (np.maximum(inst.p_area[cand] - data.requested, 0) // CM2_PER_M2),
            "choice": w.choice * _choice_values(inst, data)[cand],
        }
        terms = {k: np.asarray(v, dtype=np.int64) for k, v in terms.items()}
        inst.cterms.append(terms)
        gain = sum(terms.values(), np.zeros(len(cand), dtype=np.int64))
        inst.cands.append(cand)
        inst.cgain.append(gain.astype(np.int64))


def _choice_values(inst: Instance, data: ExhibitorData) -> np.ndarray:
    """Over every placement: the value of the best booth choice it holds (0 when none)."""
    if not data.choices:
        return np.zeros(len(inst.p_booths), dtype=np.int64)
    values = np.zeros(inst.n_booths + 1, dtype=np.int64)  # the padding is worth nothing
    for k, booth in reversed(list(enumerate(data.choices, 1))):
        if booth in inst.bidx:
            values[inst.bidx[booth]] = choice_value(k)
    return np.asarray(values[inst.pb].max(axis=1))


def why_not_candidate(inst: Instance, e: int, p: int) -> str | None:
    """Why placement `p` is not among exhibitor `e`'s candidates, in words, or None: a stand
    rule, someone else's fixed stand, or a fixed competitor next door."""
    return (
        inst.stand_rules.why_not(inst.ex[e], p)
        or kept_for_fixed(inst, e, p)
        or next_to_fixed_competitor(inst, e, p)
    )
