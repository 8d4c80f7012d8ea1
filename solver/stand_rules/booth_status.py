"""A stand uses available booths only: never a blocked one, nor one reserved for another
exhibitor (an exhibitor pinned to a reserved booth holds it by its pin, not as a candidate).
Validator: qods_planner/validation/hard_rules.py (`booth_blocked`, `booth_reserved`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData

from .rule_contract import Placements, booth_column


class BoothStatusRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        self._usable = (booth_column(places, "status", "available") == "available")[places.pb].all(
            axis=1
        )

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        return self._usable

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        booths = [self.places.problem.booths[b] for b in self.places.p_booths[p]]
        blocked = [b.label for b in booths if b.status == "blocked"]
        if blocked:
            return tr("uses blocked booth {labels}", labels=join(blocked))
        reserved = [b.label for b in booths if b.status == "reserved" and b.id not in ex.pinned]
        if reserved and not pinned_ok:
            return tr("uses booth {labels}, reserved for another exhibitor", labels=join(reserved))
        return None
