"""Weight presets of the solve panel: named sets of `RuleWeights` an organiser starts from.

Only the gains change between presets; the waitlist and move penalties stay dominant, so
every preset still places as many exhibitors as possible and moves as few as possible.
"""

from __future__ import annotations

from dataclasses import fields, replace

from qods_planner.model import RuleWeights

BALANCED = "balanced"
SECTORS = "sectors"
WISHES = "wishes"

PRESETS: dict[str, RuleWeights] = {
    BALANCED: RuleWeights(),
    SECTORS: replace(RuleWeights(), same_sector=30, complementary=12, partners=12),
    WISHES: replace(
        RuleWeights(), corner_wish=25, island_wish=25, hall_wish=35, partners=25, premium=12
    ),
}

WEIGHT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(RuleWeights))


def preset_of(weights: RuleWeights) -> str | None:
    """The preset these weights are, or None (custom)."""
    return next((name for name, w in PRESETS.items() if w == weights), None)
