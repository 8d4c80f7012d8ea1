"""An exhibitor that requires a hall stands in that hall.
Validator: qods_planner/validation/hard_rules.py (`hall_required`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import tr
from qods_planner.snapshot import ExhibitorData

from .rule_contract import Placements


class RequiredHallRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        self._hidx = {h: i for i, h in enumerate(places.hall_ids)}
        self._all = np.ones(len(places.p_booths), dtype=bool)

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        if not ex.hall_required:
            return self._all
        return np.asarray(self.places.p_hall == self._hidx.get(ex.preferred_hall or "", -2))

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        hall = self.places.problem.booths[self.places.p_booths[p][0]].hall
        if not ex.hall_required or hall == ex.preferred_hall:
            return None
        return tr(
            "is in {hall}, not the required hall {required}", hall=hall, required=ex.preferred_hall
        )
