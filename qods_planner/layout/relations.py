"""How two booths can be neighbours, and what each relation is worth."""

from __future__ import annotations

from enum import Enum


class Relation(Enum):
    """SIDE_BY_SIDE: a shared side wall in a row. BACK_TO_BACK: a shared back wall, fronts on
    opposite aisles. FACING: open fronts opposite each other across an aisle."""

    SIDE_BY_SIDE = "side_by_side"
    BACK_TO_BACK = "back_to_back"
    FACING = "facing"

    @property
    def factor(self) -> int:
        """Multiplier of the sector rules: a shared side wall counts double."""
        return 2 if self is Relation.SIDE_BY_SIDE else 1
