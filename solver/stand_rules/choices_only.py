"""An exhibitor that accepts only its booth choices stands wholly inside them.
Validator: qods_planner/validation/choices.py (`outside_choices`)."""

from __future__ import annotations

import numpy as np

from qods_planner.messages import join, tr
from qods_planner.snapshot import ExhibitorData

from .rule_contract import Placements


class ChoicesOnlyRule:
    def __init__(self, places: Placements) -> None:
        self.places = places
        self._bidx = {b.id: i for i, b in enumerate(places.problem.booths)}
        self._all = np.ones(len(places.p_booths), dtype=bool)

    def allows(self, ex: ExhibitorData) -> np.ndarray:
        if not ex.choices_only:
            return self._all
        chosen = np.zeros(self.places.n_booths + 1, dtype=bool)
        chosen[-1] = True  # the padding of narrower placements
        chosen[[self._bidx[b] for b in ex.choices if b in self._bidx]] = True
        return np.asarray(chosen[self.places.pb].all(axis=1))

    def why_not(self, ex: ExhibitorData, p: int, *, pinned_ok: bool) -> str | None:
        if not ex.choices_only:
            return None
        booths = [self.places.problem.booths[b] for b in self.places.p_booths[p]]
        outside = [b.label for b in booths if b.id not in ex.choices]
        if not outside:
            return None
        return tr("uses {labels}, not among its chosen booths", labels=join(outside))
