"""A booth bound to sectors holds only a stand of an exhibitor of one of them.
Validator: qods_planner/validation/zones.py (`sector_zone`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData

from .rule_contract import Placements


class SectorZoneRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        booths = places.problem.booths
        self._all = np.ones(len(places.p_booths), dtype=bool)
        self._open: dict[str, np.ndarray] = {}
        if not any(b.zone for b in booths):
            return
        for sector in places.problem.sectors:
            fits = np.array([not b.zone or sector.id in b.zone for b in booths] + [True])
            self._open[sector.id] = np.asarray(fits[places.pb].all(axis=1))

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        return self._open.get(ex.sector, self._all)

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        booths = [self.places.problem.booths[b] for b in self.places.p_booths[p]]
        kept = [b for b in booths if b.zone and ex.sector not in b.zone]
        if not kept:
            return None
        names = {s.id: s.name for s in self.places.problem.sectors}
        sectors = sorted({s for b in kept for s in b.zone})
        return tr(
            "uses {labels}, kept for {sectors}",
            labels=join(b.label for b in kept),
            sectors=join(names.get(s, s) for s in sectors),
        )
