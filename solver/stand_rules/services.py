"""Every booth of a stand offers each service the exhibitor needs (power, water, heavy floor).
Validator: qods_planner/validation/hard_rules.py (`need_not_met`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData

from .reason_words import need_name
from .rule_contract import Placements, booth_column

SERVICES = (("power", "power"), ("water", "water"), ("heavy floor", "heavy_floor"))


class ServicesRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        self._offers = {
            attr: booth_column(places, attr, True)[places.pb].all(axis=1) for _n, attr in SERVICES
        }
        self._all = np.ones(len(places.p_booths), dtype=bool)

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        ok = self._all
        for _name, attr in SERVICES:
            if getattr(ex, attr):
                ok = ok & self._offers[attr]
        return ok

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        booths = [self.places.problem.booths[b] for b in self.places.p_booths[p]]
        lacking = [
            need_name(name)
            for name, attr in SERVICES
            if getattr(ex, attr) and not all(getattr(b, attr) for b in booths)
        ]
        return tr("lacks {needs}", needs=join(lacking, "and")) if lacking else None
