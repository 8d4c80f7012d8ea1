"""A quick upper bound on the score, valid for the whole problem, from counting alone.

Every stand earns at most its exhibitor's best candidate (or −waitlist cost if that is
higher), every neighbouring booth pair at most its factor × the best sector pair that could
stand there, every partner pair at most its points; waitlist and moves cost at least 0. Where
CP-SAT's LP has not yet caught up (large models), this is the bound reported; it also holds
for the whole problem when the model is a neighbourhood model.
"""

from __future__ import annotations

import numpy as np

from .instance import Instance


def counting_bound(inst: Instance, *, soft_only: bool = False) -> int:
    """Upper bound on the score; with `soft_only`, on the score without waitlist and moves
    (a waitlisted exhibitor then counts 0)."""
    stands = 0
    for e in range(inst.n_ex):
        gains = inst.cgain[e]
        best = int(gains.max()) if len(gains) else None
        if inst.fixed[e] is None:
            floor = 0 if soft_only else -int(inst.wcost[e])
            best = floor if best is None else max(best, floor)
        stands += best if best is not None else 0
    sectors_at: list[set[int]] = [set() for _ in range(inst.n_booths)]
    for e in range(inst.n_ex):
        s = int(inst.e_sector[e])
        for p in inst.cands[e].tolist():
            for b in inst.p_booths[p]:
                sectors_at[b].add(s)
    pairs = 0
    weight = inst.pair_weight
    for a, b, f, _apart in inst.edges:
        if sectors_at[a] and sectors_at[b]:
            sa, sb = sorted(sectors_at[a]), sorted(sectors_at[b])
            pairs += f * int(np.max(weight[np.ix_(sa, sb)]))
    partners = inst.problem.weights.partners * len(inst.partner_pairs)
    return stands + pairs + partners
