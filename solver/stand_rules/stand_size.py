"""A stand's area lies within the exhibitor's smallest and largest acceptable areas.
Validator: qods_planner/validation/hard_rules.py (`area_outside_range`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import tr
from qods_planner.snapshot import ExhibitorData

from .reason_words import m2, span
from .rule_contract import Placements


class StandSizeRule:
    def __init__(self, places: Placements) -> None:
        self.area = places.p_area

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        return (self.area >= ex.min_area) & (self.area <= ex.max_area)

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        area = int(self.area[p])
        if ex.min_area <= area <= ex.max_area:
            return None
        return tr(
            "is {size}; it accepts {accepted}",
            size=m2(area),
            accepted=span(ex.min_area, ex.max_area),
        )
