"""The problem indexed for solving: booths, placements and exhibitors as integers and arrays.

A *placement* is a set of booths that can form one stand: every single booth (placement index
= booth index) followed by the problem's multi-booth shapes. An exhibitor's *candidates* are
the placements it may take under the hard rules that concern it alone (size, needs, hall,
status, pins, locks, booths kept by fixed stands, fixed competitors next door); the model is
built from candidates only. Everything is ordered by sorted ids, so it is reproducible.
`solver.indexing.build_instance` makes one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from qods_planner.snapshot import ExhibitorData, Problem
from qods_planner.validation.facts import (
    CORNER_KINDS as _CORNER_KINDS,
)
from qods_planner.validation.facts import (
    PREMIUM_TIER_VALUE,
    WAITLIST_TIER_FACTOR,
)

from .stand_rules import StandRules

# The validator's tier tables and stand kinds, keyed by the snapshot's plain strings.
PREMIUM_VALUE = {tier.value: v for tier, v in PREMIUM_TIER_VALUE.items()}
WAITLIST_FACTOR = {tier.value: v for tier, v in WAITLIST_TIER_FACTOR.items()}
CORNER_KINDS = tuple(sorted(kind.value for kind in _CORNER_KINDS))


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
    # sector index -> stands held by exhibitors left out of a window's instance (caps count them)
    held_elsewhere: dict[int, int] = field(default_factory=dict)
    stand_rules: StandRules = field(init=False)  # set by `indexing.build_instance`

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
