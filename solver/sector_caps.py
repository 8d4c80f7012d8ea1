"""A capped sector has at most `max_stands` placed exhibitors: every face the rule has in the
solver — the plan check, the board's count for the heuristics, and the model's constraint.
Validator: qods_planner/validation/zones.py (`sector_cap`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import tr

from .instance import Instance
from .variables import ProtoModel, Variables


def sector_caps(inst: Instance) -> np.ndarray:
    """Per sector index: its cap, less the stands held by exhibitors absent from this
    (window's) instance; -1 where the sector has none."""
    caps = np.full(len(inst.sector_ids), -1, dtype=np.int64)
    for s, sector in enumerate(inst.problem.sectors):
        if sector.max_stands is not None:
            caps[s] = max(0, sector.max_stands - inst.held_elsewhere.get(s, 0))
    return caps


def within_caps(inst: Instance, assign: np.ndarray) -> bool:
    caps = sector_caps(inst)
    if (caps < 0).all():
        return True
    counts = np.bincount(inst.e_sector[assign >= 0], minlength=len(caps))
    return bool(((caps < 0) | (counts <= caps)).all())


def add_caps(pm: ProtoModel, v: Variables, inst: Instance) -> None:
    """Σ x over the candidates of a capped sector's exhibitors ≤ its cap."""
    for s, cap in enumerate(sector_caps(inst).tolist()):
        if cap < 0:
            continue
        xs = [x for e in np.nonzero(inst.e_sector == s)[0].tolist() for x in v.xs(e)]
        if len(xs) > cap:
            pm.linear(xs, [1] * len(xs), 0, cap)


class CapCount:
    """The board's running count of placed exhibitors per capped sector."""

    def __init__(self, inst: Instance) -> None:
        self.sector = inst.e_sector
        self.caps = sector_caps(inst)
        self.counts = np.zeros(len(self.caps), dtype=np.int64)
        self.any = bool((self.caps >= 0).any())

    def full_for(self, e: int) -> bool:
        """True when one more stand for `e`'s sector would pass its cap."""
        cap = self.caps[self.sector[e]]
        return self.any and cap >= 0 and self.counts[self.sector[e]] >= cap

    def add(self, e: int, sign: int) -> None:
        self.counts[self.sector[e]] += sign


def cap_reason(inst: Instance, e: int, assign: np.ndarray) -> str | None:
    """Why a waitlisted `e` waits when its sector has all the stands its cap allows, or None."""
    s = int(inst.e_sector[e])
    cap = int(sector_caps(inst)[s])
    if cap < 0 or int((inst.e_sector[assign >= 0] == s).sum()) < cap:
        return None
    sector = inst.problem.sectors[s]
    return tr("its sector {sector} is full (cap: {cap})", sector=sector.name, cap=cap)
