"""A stand of several booths is a straight run of adjacent booths within one hall.
Validator: qods_planner/validation/hard_rules.py (`stand_spans_halls`, `stand_not_straight_run`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import tr
from qods_planner.snapshot import ExhibitorData

from .rule_contract import Placements


class StandShapeRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        n_b = places.n_booths
        straight = np.ones(len(places.p_booths), dtype=bool)
        straight[n_b:] = [s.straight for s in places.problem.shapes]
        self._ok = straight & (places.p_hall >= 0)

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        return self._ok

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        if p < self.places.n_booths:
            return None
        shape = self.places.problem.shapes[p - self.places.n_booths]
        if shape.hall is None:
            return tr("spans two halls")
        if not shape.straight:
            return tr("is not a straight run of adjacent booths")
        return None
